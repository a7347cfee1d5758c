"""A version that says what an older one said, made after it — a note put back, an undo, a status reverted, a
conflict settled one way — was taken for that older version: a teammate's later edit made on the line it undid was
then taken over it, and the restored words, the undo or the settlement were silently lost ("1 updated", no
conflict; an outside tester, stop 53). Now such a version counts as the later edit it is: merged field by field
with the teammate's, or a conflict where both chose differently. The same words reached on their own still
fast-forward (`annotations.revisions.relation`)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
ANA_NOTE = "Ek's figure is from the 2019 catch survey."


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[list[Library], str, str]]:
    """Ana, Ben, Cleo and Dan; Ana's claim, with her note, has reached the others."""
    libs = [Library.open(tmp_path / name) for name in ("ana", "ben", "cleo", "dan")]
    try:
        doc = load_document(TXT)
        doc_id = libs[0].add_document(doc, TXT)[0].id
        start = doc.text.index("Nobody has shown us a single study")
        claim, _ = libs[0].annotate(doc_id, AnnotationInput(Kind.CLAIM, start, start + 34, note=ANA_NOTE))
        first = _bundle(libs[0], doc_id)
        for lib in libs[1:]:
            lib.import_bundle(first)
        yield libs, doc_id, claim.id
    finally:
        for lib in libs:
            lib.close()


def _bundle(lib: Library, doc_id: str) -> object:
    return read_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=True))


def test_a_note_put_back_survives_a_teammates_later_tag(team: tuple[list[Library], str, str]) -> None:
    (ana, ben, cleo, _), doc_id, claim_id = team
    ben.edit_annotation(claim_id, note="see my email")
    cleo.import_bundle(_bundle(ben, doc_id))
    cleo.edit_annotation(claim_id, note=ANA_NOTE)  # Cleo puts Ana's words back
    ben.edit_annotation(claim_id, tags=("urgent",))  # Ben, who has not seen that, tags it
    cleo.import_bundle(_bundle(ben, doc_id))
    ana.import_bundle(_bundle(ben, doc_id))  # at the author's, the other way round: Ben's first, Cleo's, Ben's last
    ana.import_bundle(_bundle(cleo, doc_id))
    ben.edit_annotation(claim_id, tags=("urgent", "now"))
    ana.import_bundle(_bundle(ben, doc_id))
    for lib, tags in ((cleo, ("urgent",)), (ana, ("urgent", "now"))):
        got = lib.annotation(claim_id)
        assert (got.note, got.tags) == (ANA_NOTE, tags) and not lib.conflicts(), lib.folder.name


def test_an_undo_survives_a_teammates_later_edit(team: tuple[list[Library], str, str]) -> None:
    (ana, ben, _, _), doc_id, claim_id = team
    ana.edit_annotation(claim_id, note="WRONG: pasted from another claim")
    ben.import_bundle(_bundle(ana, doc_id))
    ana.undo()
    ben.edit_annotation(claim_id, tags=("fisheries",))
    ana.import_bundle(_bundle(ben, doc_id))
    got = ana.annotation(claim_id)
    assert (got.note, got.tags) == (ANA_NOTE, ("fisheries",)) and not ana.conflicts()


def test_a_status_set_back_survives_a_teammates_later_note(team: tuple[list[Library], str, str]) -> None:
    (ana, ben, _, _), doc_id, claim_id = team
    ana.set_claim(claim_id, status=ClaimStatus.SUPPORTED)
    ben.import_bundle(_bundle(ana, doc_id))
    ana.set_claim(claim_id, status=ClaimStatus.UNVERIFIED)  # too soon: put back
    ben.edit_annotation(claim_id, note=ANA_NOTE + " Checked twice.")
    ana.import_bundle(_bundle(ben, doc_id))
    got = ana.annotation(claim_id)
    assert got.claim is not None and got.claim.status is ClaimStatus.UNVERIFIED
    assert got.note == ANA_NOTE + " Checked twice." and not ana.conflicts()


@pytest.mark.parametrize("then_tagged", [False, True])
def test_conflicts_settled_opposite_ways_stay_a_conflict(team: tuple[list[Library], str, str],
                                                         then_tagged: bool) -> None:
    """Ana and Ben set the status at once; Cleo keeps Ana's, Ben takes his own: Ben's next bundle is a status
    conflict at Cleo's, whether or not Ben tagged the claim since (with a tag, it silently took Ben's status)."""
    (ana, ben, cleo, _), doc_id, claim_id = team
    ana.set_claim(claim_id, status=ClaimStatus.SUPPORTED)
    ben.set_claim(claim_id, status=ClaimStatus.DISPUTED)
    cleo.import_bundle(_bundle(ana, doc_id))
    cleo.import_bundle(_bundle(ben, doc_id))
    [conflict] = cleo.conflicts()
    cleo.resolve_conflict(conflict.id, take_theirs=False)  # Cleo keeps "supported"
    ben.import_bundle(_bundle(ana, doc_id))
    [conflict] = ben.conflicts()
    ben.resolve_conflict(conflict.id, take_theirs=False)  # Ben keeps "disputed"
    if then_tagged:
        ben.edit_annotation(claim_id, tags=("reviewed",))
    cleo.import_bundle(_bundle(ben, doc_id))
    got = cleo.annotation(claim_id)
    assert got.claim is not None and got.claim.status is ClaimStatus.SUPPORTED
    [conflict] = cleo.conflicts()
    assert conflict.theirs.claim is not None and conflict.theirs.claim.status is ClaimStatus.DISPUTED


def test_the_same_status_set_on_its_own_is_not_taken_over_by_a_settlement_against_it(
        team: tuple[list[Library], str, str]) -> None:
    """Cleo comes to "supported" on her own (after "unverifiable"), as Ana set it; Ben, given Ana's, kept his
    "disputed": his settlement is no edit made on Cleo's version (it never saw it, and chose against those words) —
    a conflict at Cleo's, not a silent "disputed". (Had Cleo made Ana's very edit on the same version, the two would
    be one version, which Ben did see.)"""
    (ana, ben, cleo, _), doc_id, claim_id = team
    ana.set_claim(claim_id, status=ClaimStatus.SUPPORTED)
    cleo.set_claim(claim_id, status=ClaimStatus.UNVERIFIABLE)
    cleo.set_claim(claim_id, status=ClaimStatus.SUPPORTED)
    ben.set_claim(claim_id, status=ClaimStatus.DISPUTED)
    ben.import_bundle(_bundle(ana, doc_id))
    [conflict] = ben.conflicts()
    ben.resolve_conflict(conflict.id, take_theirs=False)
    cleo.import_bundle(_bundle(ben, doc_id))
    got = cleo.annotation(claim_id)
    assert got.claim is not None and got.claim.status is ClaimStatus.SUPPORTED
    assert [c.theirs.claim.status for c in cleo.conflicts() if c.theirs.claim] == [ClaimStatus.DISPUTED]


def test_the_same_words_reached_on_their_own_still_fast_forward(team: tuple[list[Library], str, str]) -> None:
    """Ana and Dan write the same note on their own; Ana goes on editing: Dan takes her later note as it is."""
    (ana, _, _, dan), doc_id, claim_id = team
    ana.edit_annotation(claim_id, note="Checked against the minutes.")
    dan.edit_annotation(claim_id, note="Checked against the minutes.")
    ana.edit_annotation(claim_id, note="Checked against the minutes of 4 May.")
    counts, _ = dan.import_bundle(_bundle(ana, doc_id))
    assert counts["updated"] == 1 and dan.annotation(claim_id).note == "Checked against the minutes of 4 May."
    assert not dan.conflicts()
