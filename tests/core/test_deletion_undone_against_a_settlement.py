"""A deletion undone after it was sent, against a teammate's "Keep mine" (an outside tester's fuzzer on 96db71f, seed
1027, reduced to two teammates). Ana and Cleo changed one note apart. Ana deleted it, sent that, and undid the
deletion (her words back). Cleo's conflict says "they deleted it, you edited it"; she keeps hers — her words against a
deletion, never shown Ana's words as words. Ana imports Cleo's settlement: it is made on Ana's tombstone, which says
Ana's note, so the merge reads Cleo's note as Cleo's later change of Ana's words and Ana's undo as a change of
"deleted" only: "1 combined (both changes kept)", Cleo's words written over Ana's, no conflict — Ana's words are in no
library. Expected: a conflict (Cleo's words beside Ana's), as when no deletion came between. Not fixed: the merge base
being a tombstone that both sides brought back is sound 3-way ancestry; counting every field the two differ in as
contested there would fix this but would (by our reading, untried) make a question of a tag a teammate added before keeping hers against the
deletion (merged cleanly now). Left for the maintainers."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.mark.xfail(strict=True, reason="a deletion undone after it was sent: a teammate's Keep mine against it is "
                   "merged over the words the undo brought back (merge base: the tombstone); no clear small fix")
def test_words_brought_back_by_undoing_a_deletion_meet_a_settlement_against_it_as_a_conflict(tmp_path: Path) -> None:
    ana, cleo = (Library.open(tmp_path / n) for n in ("ana", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True)))
        ana.edit_annotation(mark.id, note="Ana words")
        cleo.edit_annotation(mark.id, note="Cleo words")
        ana.delete_annotation(mark.id)
        deleted = read_bundle(ana.export_bundle([doc_id], "Ana"))
        ana.undo()  # Ana thinks again: her words back
        assert ana.annotation(mark.id).note == "Ana words" and not ana.annotation(mark.id).deleted
        cleo.import_bundle(deleted)
        [conflict] = cleo.conflicts()
        assert conflict.contested == ("deleted",)
        cleo.resolve_conflict(conflict.id, take_theirs=False)  # Cleo keeps hers against the deletion

        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        held = {ana.annotation(mark.id).note} | {c.theirs.note for c in ana.conflicts()}
        assert held == {"Ana words", "Cleo words"}, held  # was {"Cleo words"}: combined, Ana's words gone
    finally:
        ana.close()
        cleo.close()
