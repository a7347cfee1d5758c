"""What a trainee took a withheld version to say (`withheld_as_taken`) is checked where it can be (F6,
session 29). Ana (trainer) hands out a --hide-notes bundle; Tom (trainee) disputes a claim and sends his
work on; Mal, who forwards it, rewrites what Tom took Ana's version to say so that it claims Ana's version
already said "disputed" — Tom would then seem not to have changed the status, Ana's value would win and
Tom's change would be undone without a word. The handout carries the seal of each hidden note (an HMAC keyed
by a salt that never travels beside it: it tells nothing of the note), so what Tom took the version to say,
with that seal, must hash to the version's full content hash: a rewrite is refused, whoever receives it,
and the honest exchange still goes through.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import Library
from annotations.model import ClaimStatus
from annotations.revisions import note_seal
from tests.core.test_withheld_relay import ANA_NOTE, Parties, parties  # noqa: F401
from tests.helpers import rewrite_bundle


def _held(lib: Library, p: Parties) -> tuple[object, ...]:
    ids = [p.claim_id]
    return (p.claim(lib), lib.store.revision_graphs(ids), lib.store.withheld(ids), lib.store.blind_notes(ids),
            lib.store.taken_on_trust(ids), lib.store.conflicts())


def _says_disputed(claim_id: str) -> Any:
    """Mal's text editor: what Tom took Ana's version to say now says it was disputed already."""
    def edit(name: str, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            record = line["dossier:record"]
            if record["id"] == claim_id:
                assert record["withheld_as_taken"]["claim"]["status"] == "unverified"  # what Tom really took
                record["withheld_as_taken"]["claim"]["status"] = "disputed"
    return edit


@pytest.fixture
def ben(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "ben")
    yield lib
    lib.close()


def _toms_work(p: Parties, handout_via_mal: bool = False) -> bytes:
    """Tom takes the handout (from Ana, or as Mal's library passes it on), disputes the claim, and sends his
    work (the note still hidden from him)."""
    p.take(p.tom, p.relay(lambda record: None) if handout_via_mal else p.hidden)
    p.tom.set_claim(p.claim_id, status=ClaimStatus.DISPUTED)
    return p.tom.export_bundle([p.doc_id], "Tom", with_documents=True)


def _relayed_by_mal(p: Parties, data: bytes) -> bytes:
    """Mal imports Tom's bundle and passes it on from his own library."""
    p.take(p.mal, data)
    return p.mal.export_bundle([p.doc_id], "Mal", with_documents=True)


@pytest.mark.parametrize(("handout_via_mal", "through_mals_library"), [(False, False), (True, False), (False, True)],
                         ids=["forwarded", "handout-relayed", "relayed"])
def test_a_rewritten_as_taken_record_is_refused_by_the_trainer(parties: Parties, through_mals_library: bool,
                                                               handout_via_mal: bool) -> None:
    p = parties
    data = _toms_work(p, handout_via_mal)
    if through_mals_library:
        data = _relayed_by_mal(p, data)
    forged = rewrite_bundle(data, _says_disputed(p.claim_id), ("annotations.jsonl",))
    held = _held(p.ana, p)
    for dry_run in (True, False):
        with pytest.raises(BundleError, match="altered"):
            p.ana.import_bundle(read_bundle(forged), dry_run=dry_run)
    assert _held(p.ana, p) == held  # Ana's store is untouched
    counts = p.take(p.ana, data)  # the bundle as Tom (and Mal) sent it: Tom's change reaches Ana
    assert counts["updated"] == 1 and counts["conflicts"] == 0
    mine = p.claim(p.ana)
    assert mine.claim is not None and mine.claim.status is ClaimStatus.DISPUTED and mine.note == ANA_NOTE


def test_a_rewritten_as_taken_record_is_refused_by_a_teammate_who_never_held_the_version(
        parties: Parties, ben: Library) -> None:
    """Ben never got Ana's version: he cannot compare, but the seal lets him hash what Tom took it to say."""
    p = parties
    data = _toms_work(p)
    forged = rewrite_bundle(data, _says_disputed(p.claim_id), ("annotations.jsonl",))
    with pytest.raises(BundleError, match="altered"):
        ben.import_bundle(read_bundle(forged))
    assert ben.store.annotation(p.claim_id) is None and not ben.store.imports()
    assert p.take(ben, data)["new"] == 1
    counts = p.take(ben, p.full())  # Ana's full version later: Tom's status stays, her note is filled in
    got = p.claim(ben)
    assert got.claim is not None and got.claim.status is ClaimStatus.DISPUTED and got.note == ANA_NOTE
    assert counts["conflicts"] == 0 and not ben.store.conflicts()


def test_a_forged_handout_copy_keeping_the_seal_is_refused_by_the_trainee(parties: Parties) -> None:
    """The seal also checks the hidden version itself where it is first taken: Mal's forged status under
    Ana's revision id is refused at Tom's (a relayer who strips the seal is taken on trust as before:
    test_withheld_relay)."""
    p = parties

    def forge(record: dict[str, Any]) -> None:
        assert record["note_withheld"] == record["rev"] and record.get("note_seal")
        record["claim"]["status"] = "false"

    forged = p.relay(forge)
    with pytest.raises(BundleError, match="altered"):
        p.tom.import_bundle(read_bundle(forged))
    assert p.tom.store.annotation(p.claim_id) is None and not p.tom.store.imports()


def test_the_seal_tells_nothing_of_the_note_and_goes_only_where_it_checks(parties: Parties) -> None:
    """The handout carries the seal, never the note or its salt; a copy stored otherwise than it came (here:
    Tom's version made on a copy whose seal was stripped) sends no seal, and is taken on trust as before."""
    p = parties
    ana = p.claim(p.ana)
    hidden = read_bundle(p.hidden)
    assert hidden.seals == {p.claim_id: note_seal(ana.note_salt, ana.note)}
    assert ana.note.encode() not in p.hidden and ana.note_salt.encode() not in p.hidden

    def strip(name: str, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            line["dossier:record"].pop("note_seal", None)

    p.take(p.tom, rewrite_bundle(p.hidden, strip, ("annotations.jsonl",)))
    p.tom.set_claim(p.claim_id, status=ClaimStatus.DISPUTED)
    data = p.tom.export_bundle([p.doc_id], "Tom")
    assert not read_bundle(data).seals and "note_seal" not in read_bundle(data).taken[p.claim_id].note
    assert p.take(p.ana, data)["updated"] == 1
    assert p.claim(p.ana).claim.status is ClaimStatus.DISPUTED  # type: ignore[union-attr]
