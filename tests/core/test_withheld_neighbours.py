"""Neighbours of the forged withheld version (session 27): a withheld record replayed after the full
version, one naming a version the receiver holds in full (its status or its quote changed), and forged
copies passed on by a trainee to whom the full version never came. Each is refused with its message,
changing nothing, or leaves the libraries as the genuine exchange would, with honest counts.
"""
from __future__ import annotations

from typing import Any

import pytest

from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import Library
from tests.core.test_withheld_relay import ANA_NOTE, OTHER, QUOTE, Parties, _states, _status_false, parties  # noqa: F401

CHANGED = ("new", "updated", "deleted", "conflicts")

def _held(lib: Library, p: Parties) -> tuple[object, ...]:
    """Everything an import could change about the claim: the record, its versions, withheld state, conflicts."""
    ids = [p.claim_id]
    return (p.claim(lib), lib.store.revision_graphs(ids), lib.store.withheld(ids), lib.store.blind_notes(ids),
            lib.store.conflicts())


def _move_quote(p: Parties) -> Any:
    text = p.ana.document(p.doc_id).text
    s = text.index(OTHER)

    def move(record: dict[str, Any]) -> None:
        record["target"].update(start=s, end=s + len(OTHER), exact=OTHER, prefix=text[max(0, s - 32):s],
                                suffix=text[s + len(OTHER):s + len(OTHER) + 32])
        record.pop("note_seal", None)  # (left, it gives the forgery away: test_withheld_as_taken)

    return move


def test_a_forged_withheld_record_replayed_after_the_full_version(parties: Parties) -> None:
    """Once Tom holds the genuine version whole, the forged copy of it is checked against it and refused;
    once he has worked on it, the forged copy is an older version: stale, nothing changes."""
    p = parties
    forged = p.relay(_status_false)
    p.take(p.tom, forged)
    p.take(p.tom, p.full())
    held = _held(p.tom, p)
    with pytest.raises(BundleError, match="does not say what its revision"):
        p.take(p.tom, forged)
    assert _held(p.tom, p) == held
    p.tom.edit_annotation(p.claim_id, tags=("tom",))
    held = _held(p.tom, p)
    counts = p.take(p.tom, forged)
    assert counts["stale"] == 1 and not any(counts[k] for k in CHANGED)
    assert _held(p.tom, p) == held


@pytest.mark.parametrize("lie", ["status", "quote"])
def test_a_withheld_record_for_a_version_held_in_full_is_refused(parties: Parties, lie: str) -> None:
    """Tom got Ana's full bundle first; a relayed copy of the same version with its note 'withheld' and its
    status or quote changed is re-hashed with the note he holds and refused, in the preview too."""
    p = parties
    p.take(p.tom, p.ana.export_bundle([p.doc_id], "Ana", with_documents=True))
    forged = p.relay(_status_false if lie == "status" else _move_quote(p))
    held = _held(p.tom, p)
    for dry_run in (True, False):
        with pytest.raises(BundleError, match="does not say what its revision"):
            p.tom.import_bundle(read_bundle(forged), dry_run=dry_run)
    assert _held(p.tom, p) == held
    p.tom.edit_annotation(p.claim_id, tags=("tom",))  # on top of the genuine version: the forged copy is stale
    held = _held(p.tom, p)
    counts = p.take(p.tom, forged)
    assert counts["stale"] == 1 and not any(counts[k] for k in CHANGED) and _held(p.tom, p) == held


def test_a_forged_copy_passed_on_unchanged_is_refused_by_the_trainer(parties: Parties) -> None:
    """The full version never reached Tom; his bundle passes the forged copy on as it came: Ana holds that
    version's note, and refuses the bundle rather than take a lie about her own version."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    held = _held(p.ana, p)
    with pytest.raises(BundleError, match="does not say what its revision"):
        p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    assert _held(p.ana, p) == held


def test_a_forged_copy_the_trainee_worked_on_reaches_the_trainer_as_his_work_only(parties: Parties) -> None:
    """Tom tagged the forged copy and sent it on, the full version never having reached him: Ana takes his
    tag, not what the forgery said (the status, the forged tag); both libraries then agree."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.edit_annotation(p.claim_id, tags=("mal-forged", "tom"))
    counts = p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    assert counts["updated"] == 1 and counts["conflicts"] == 0
    assert _states(p)[0] == (ANA_NOTE, "unverified", ("tom",), "Ana", QUOTE)
    counts = p.take(p.tom, p.ana.export_bundle([p.doc_id], "Ana"))  # Ana's answer puts Tom right too
    assert counts["updated"] == 1 and not p.tom.store.conflicts() and not p.ana.store.conflicts()
    assert _states(p)[0] == _states(p)[1]


def test_a_teammate_who_got_the_trainees_version_gets_the_genuine_content_when_the_full_version_arrives(
        parties: Parties, tmp_path: Any) -> None:
    """Ben got Tom's version (made on the forged copy) before Ana's full bundle: what Tom took the hidden
    version to say travels with it, so the full version corrects Ben's copy too and keeps Tom's tag."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.edit_annotation(p.claim_id, tags=("mal-forged", "tom"))
    ben = Library.open(tmp_path / "ben")
    p.take(ben, p.tom.export_bundle([p.doc_id], "Tom", with_documents=True))
    counts = p.take(ben, p.full())
    got = p.claim(ben)
    assert got.claim is not None and got.claim.status.value == "unverified"
    assert (got.note, got.tags, got.creator) == (ANA_NOTE, ("tom",), "Ana")
    assert counts["updated"] == 1 and counts["conflicts"] == 0 and not ben.store.conflicts()
    ben.close()


def test_undoing_the_import_of_the_full_version_withholds_the_note_again(parties: Parties) -> None:
    """Undo forgets an import: the note it filled in goes, so it must be withheld from Tom again — else his
    next bundle carried his empty note as an edit and erased Ana's note at hers. Redo brings it back."""
    p = parties
    p.take(p.tom, p.hidden)
    p.tom.edit_annotation(p.claim_id, tags=("tom",))
    p.take(p.tom, p.full())
    p.tom.undo()
    assert p.claim(p.tom).note == "" and p.tom.store.withheld([p.claim_id])
    p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom"))
    mine = p.claim(p.ana)
    assert (mine.note, mine.tags) == (ANA_NOTE, ("tom",)) and not p.ana.store.conflicts()
    p.tom.redo()
    assert p.claim(p.tom).note == ANA_NOTE and not p.tom.store.withheld([p.claim_id])


def test_undoing_the_import_of_the_full_version_keeps_what_the_forged_copy_said(parties: Parties) -> None:
    """After the undo the forged copy is again what Tom stands on, unchecked: the full bundle imported again
    corrects it as the first time."""
    p = parties
    p.take(p.tom, p.relay(_status_false))
    p.tom.edit_annotation(p.claim_id, tags=("mal-forged", "tom"))
    p.take(p.tom, p.full())
    fixed = _states(p)[1]
    p.tom.undo()
    assert p.tom.store.taken_on_trust([p.claim_id]) and p.tom.store.withheld([p.claim_id])
    counts = p.take(p.tom, p.full())
    assert counts["updated"] == 1 and _states(p)[1] == fixed == (ANA_NOTE, "unverified", ("tom",), "Ana", QUOTE)
