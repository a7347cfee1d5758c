"""A hand-edited bundle cannot change an annotation under its genuine revision id by saying its note is
"withheld" (break26 bug 4). The revision id covers the note; a record whose note was withheld is still
checked on everything else: as sent when its version was made without the note, against the receiver's
own copy when the receiver holds that version's note, and a copy taken on trust (nobody could check it)
gives way to the genuine version when that arrives.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
QUOTE = "Nobody has shown us a single study of what happens to the fish"


def _rewrite(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    """A teammate with a text editor: every annotation record changed, the checksums made valid again."""
    def edit(name: str, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            change(line["dossier:record"])

    return rewrite_bundle(data, edit, ("annotations.jsonl",))


def _status_false_note_withheld(record: dict[str, Any]) -> None:
    record["claim"]["status"] = "false"  # Ana never said this ...
    record["note"] = ""
    record["note_withheld"] = record["rev"]  # ... and says the note (which the rev covers) was held back


@pytest.fixture
def ana(tmp_path: Path) -> Iterator[tuple[Library, str, str]]:
    lib = Library.open(tmp_path / "ana")
    doc_id = lib.add_document(load_document(TXT), TXT)[0].id
    s, e = find_quote(lib.document(doc_id).text, QUOTE)
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, status=ClaimStatus.UNVERIFIED,
                                                     note="Ana: unverified so far"))
    yield lib, doc_id, claim.id
    lib.close()


def _said(lib: Library, annotation_id: str) -> tuple[str, str, str]:
    a = lib.annotation(annotation_id)
    assert a is not None and a.claim is not None
    return a.rev, a.claim.status.value, a.note


def test_a_withheld_note_does_not_let_a_changed_status_past_a_library_that_holds_the_version(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, claim_id = ana
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(genuine))
    before = _said(cleo, claim_id)
    forged = read_bundle(_rewrite(genuine, _status_false_note_withheld))  # Cleo could not tell by reading it ...
    with pytest.raises(BundleError, match="does not say what its revision"):
        cleo.import_bundle(forged)  # ... but she holds that version's note: re-hashed with it, the lie shows
    with pytest.raises(BundleError, match="does not say what its revision"):
        cleo.import_bundle(forged, dry_run=True)
    assert _said(cleo, claim_id) == before == _said(lib, claim_id)
    cleo.close()


def test_a_version_made_without_the_note_is_checked_as_sent(ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """Ben never saw Ana's note; the version he makes on top (a tag) says an empty note and is checked whole."""
    lib, doc_id, claim_id = ana
    ben = Library.open(tmp_path / "ben")
    ben.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True, hide_notes=True)))
    ben.edit_annotation(claim_id, tags=("checked",))
    honest = ben.export_bundle([doc_id], "Ben")
    assert read_bundle(honest).annotations[0].tags == ("checked",)

    def lie(record: dict[str, Any]) -> None:
        record["claim"]["status"] = "false"

    with pytest.raises(BundleError, match="does not say what its revision"):
        read_bundle(_rewrite(honest, lie))
    counts, _ = lib.import_bundle(read_bundle(honest))  # the honest one: Ana's note stays, the tag is taken
    got = lib.annotation(claim_id)
    assert counts["updated"] == 1 and got is not None and got.tags == ("checked",)
    assert got.note == "Ana: unverified so far" and got.claim is not None and got.claim.status is ClaimStatus.UNVERIFIED
    ben.close()


def test_a_forgery_taken_on_trust_gives_way_to_the_genuine_version(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """Cleo holds nothing, so nothing can check the forged record when it comes first; Ana's genuine bundle
    then replaces all of it (not only the note), and Cleo's next bundle is taken by Ana as it is."""
    lib, doc_id, claim_id = ana
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(_rewrite(genuine, _status_false_note_withheld)))
    counts, _ = cleo.import_bundle(read_bundle(genuine))
    assert counts["updated"] == 1
    assert _said(cleo, claim_id) == _said(lib, claim_id)  # the same revision says the same in both libraries
    counts, _ = lib.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    assert counts["updated"] == 0 and counts["unchanged"] == 1
    cleo.edit_annotation(claim_id, tags=("cleo-checked",))
    lib.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    assert _said(lib, claim_id)[1:] == ("unverified", "Ana: unverified so far")
    cleo.close()


def test_notes_hidden_by_their_author_still_travel_and_come_back(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """The genuine use of withheld notes (a trainer's hidden notes, relayed by a trainee) is not refused."""
    lib, doc_id, claim_id = ana
    trainee = Library.open(tmp_path / "trainee")
    trainee.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True, hide_notes=True)))
    assert trainee.store.withheld([claim_id])
    counts, _ = lib.import_bundle(read_bundle(trainee.export_bundle([doc_id], "Trainee")))  # relayed unchanged
    assert counts["unchanged"] == 1 and _said(lib, claim_id)[2] == "Ana: unverified so far"
    trainee.close()


def test_a_withheld_record_carrying_a_note_is_refused(ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """recheck26 bug 3: the rev checked with `note_covered` (Ana's genuine note) while the record's own
    `note` (the forged words) was what got stored under Ana's genuine revision id."""
    lib, doc_id, claim_id = ana
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)

    def lie(record: dict[str, Any]) -> None:
        record["note_covered"] = record["note"]  # the genuine note, so that the rev checks ...
        record["note"] = "Ana: I made this up, it is FALSE"  # ... beside the note that would be stored
        record["note_withheld"] = "1-" + "0" * 32

    with pytest.raises(BundleError, match="the bundle was altered"):
        read_bundle(_rewrite(genuine, lie))
    cleo = Library.open(tmp_path / "cleo")
    counts, _ = cleo.import_bundle(read_bundle(genuine))  # the genuine one is taken as it is
    assert counts["new"] == 1 and _said(cleo, claim_id) == _said(lib, claim_id)
    cleo.close()


def test_a_trainee_holding_an_earlier_version_gets_the_later_note_when_the_full_bundle_arrives(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """recheck26 bug 1: Tom kept the v1 note beside Ana's hidden v2 as if it were his own ('blind'), so
    Ana's full v2 was 'stale' for him and his next bundle gave Ana a conflict with her own old note."""
    lib, doc_id, claim_id = ana
    tom = Library.open(tmp_path / "tom")
    tom.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True)))
    lib.edit_annotation(claim_id, note="v2: KEY: the study exists (annex 4)")
    lib.set_claim(claim_id, status=ClaimStatus.FALSE)
    tom.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", hide_notes=True)))
    assert _said(tom, claim_id)[1:] == ("false", "")  # v2's note is hidden from him
    counts, _ = tom.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana")))
    assert counts["updated"] == 1 and _said(tom, claim_id) == _said(lib, claim_id)
    tom.edit_annotation(claim_id, tags=("tom-checked",))
    counts, _ = lib.import_bundle(read_bundle(tom.export_bundle([doc_id], "Tom")))
    assert counts["updated"] == 1 and not lib.store.conflicts()
    assert _said(lib, claim_id)[1:] == ("false", "v2: KEY: the study exists (annex 4)")
    tom.close()


def test_a_forged_withheld_version_over_an_older_one_gives_way_to_the_genuine_version(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """recheck26 bug 2: Cleo holds Ana's v1; a forged v2 (status false, note 'withheld') was kept as a local
    version on top, so the genuine v2 was 'stale' and the forged status stayed."""
    lib, doc_id, claim_id = ana
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True)))
    lib.edit_annotation(claim_id, note="Ana v2: still unverified, asked the ministry")
    genuine = lib.export_bundle([doc_id], "Ana")
    cleo.import_bundle(read_bundle(_rewrite(genuine, _status_false_note_withheld)))
    counts, _ = cleo.import_bundle(read_bundle(genuine))
    assert counts["updated"] == 1 and _said(cleo, claim_id) == _said(lib, claim_id)
    counts, _ = lib.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
    assert counts["unchanged"] == 1 and not lib.store.conflicts()
    cleo.close()


def test_a_trainee_who_worked_on_a_hidden_version_gets_its_note_when_the_full_bundle_arrives(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """The trainee tagged the claim after the --hide-notes bundle: his version descends from the one whose
    note he lacks, and the full bundle was 'stale' (the note never arrived); it fills it on his version."""
    lib, doc_id, claim_id = ana
    trainee = Library.open(tmp_path / "trainee")
    trainee.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True, hide_notes=True)))
    trainee.edit_annotation(claim_id, tags=("checked",))
    counts, _ = trainee.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana")))
    got = trainee.annotation(claim_id)
    assert counts["updated"] == 1 and got is not None and (got.note, got.tags) == ("Ana: unverified so far", ("checked",))
    assert not trainee.store.withheld([claim_id])
    counts, _ = lib.import_bundle(read_bundle(trainee.export_bundle([doc_id], "Trainee")))
    mine = lib.annotation(claim_id)
    assert counts["updated"] == 1 and not lib.store.conflicts()
    assert mine is not None and (mine.note, mine.tags) == ("Ana: unverified so far", ("checked",))
    trainee.close()


def test_a_note_filled_in_later_is_no_note_written_blind(ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """The trainee got the hidden version, then the full one: the note that arrived was marked as his own
    written without seeing it ('blind'), so his later edit of it came to Ana as a conflict, not an edit."""
    lib, doc_id, claim_id = ana
    trainee = Library.open(tmp_path / "trainee")
    trainee.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True, hide_notes=True)))
    trainee.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana")))
    assert not trainee.store.withheld([claim_id]) and not trainee.store.blind_notes([claim_id])
    trainee.edit_annotation(claim_id, note="Ana: unverified so far. Trainee: the ministry did not answer.")
    counts, _ = lib.import_bundle(read_bundle(trainee.export_bundle([doc_id], "Trainee")))
    assert counts["updated"] == 1 and not lib.store.conflicts()
    assert _said(lib, claim_id)[2] == "Ana: unverified so far. Trainee: the ministry did not answer."
    trainee.close()
