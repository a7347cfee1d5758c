"""Honest flows around hidden notes that lost the trainer's note (found while testing the note seal, session 29;
both also failed on the code before e8aeff8: they were not caused by the seal). What went wrong is kept
below; now undo moves the `withheld` row back with the note, and a note written blind travels as such
(`note_blind`) in a --hide-notes bundle too. Ana (trainer) hands out a
--hide-notes bundle; Tom (trainee) works on the claim and sends his work back.

- Tom writes a note on the hidden claim and undoes it: the undo puts his note back to empty but his library
  keeps treating the claim as carrying a note of his own written blind (the `withheld` row moved to
  `blind_notes` on the edit and the undo does not move it back). His --hide-notes bundle then makes Ana's
  library replace her note by his "withheld" empty one (counted 'updated', no conflict); his full bundle
  files his disputed status as a conflict although he never touched the note.
- Tom writes his own note on the hidden claim and sends it with --hide-notes: the record carries no
  `note_blind`, so at Ana's his (unseen) note silently replaces hers instead of a conflict showing both, as
  the same work sent without --hide-notes does (test_withheld_relay: nothing he typed is lost, nor hers).
"""
from __future__ import annotations

import pytest

from annotations.model import ClaimStatus
from tests.core.test_withheld_relay import ANA_NOTE, Parties, parties  # noqa: F401


@pytest.mark.parametrize("hide_notes", [True, False], ids=["hidden-export", "full-export"])
def test_undoing_a_note_on_a_hidden_claim_keeps_the_trainers_note(parties: Parties, hide_notes: bool) -> None:
    p = parties
    p.take(p.tom, p.hidden)
    p.tom.set_claim(p.claim_id, status=ClaimStatus.DISPUTED)
    p.tom.edit_annotation(p.claim_id, note="x")
    p.tom.undo()  # Tom's claim is as it was before he typed: disputed, Ana's note still hidden from him
    assert p.claim(p.tom).note == ""
    data = p.tom.export_bundle([p.doc_id], "Tom", with_documents=True, hide_notes=hide_notes)
    counts = p.take(p.ana, data)
    mine = p.claim(p.ana)
    assert mine.note == ANA_NOTE  # hidden-export: '' today (her note replaced by Tom's "withheld" empty one)
    assert mine.claim is not None and mine.claim.status is ClaimStatus.DISPUTED  # full-export: a conflict today
    assert counts["conflicts"] == 0 and not p.ana.store.conflicts()


def test_a_note_written_blind_and_sent_hidden_does_not_erase_the_trainers(parties: Parties) -> None:
    p = parties
    p.take(p.tom, p.hidden)
    p.tom.edit_annotation(p.claim_id, note="Tom: I found no study")
    p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom", with_documents=True, hide_notes=True))
    assert p.claim(p.ana).note == ANA_NOTE  # '' today, counted 'updated'
    p.take(p.ana, p.tom.export_bundle([p.doc_id], "Tom", with_documents=True))
    assert p.claim(p.ana).note == ANA_NOTE  # "Tom: I found no study" today, and no conflict ever filed
    assert [(c.ours.note, c.theirs.note) for c in p.ana.conflicts()] == [(ANA_NOTE, "Tom: I found no study")]
