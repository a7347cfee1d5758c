"""A reopened conflict closed by a version built on the settlement undone (an outside tester's fuzzer on 96db71f, seed
1008, reduced). Ana kept her words against Ben's, sent that to Ben and undid it: Ben's conflict was open again. Ben had
tagged the note meanwhile, so his library merged her settlement with his tag (her words, his tag). His next bundle is a
version made on the settlement Ana undid: it was filed as a conflict, as it should be, but it also superseded Ben's
reopened conflict — it descends from Ben's words through his own tag edit, not only through the settlement — and
Ben's words were gone from Ana's library (and from Ben's, where her settlement had replaced them). Now a version built
on a settlement still undone supersedes no conflict: Ben's words stay before Ana until she settles again."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
ANA, BEN = "Ana: chairman of the cooperative", "Ben: vice-chairman since May"


def test_a_version_built_on_the_settlement_undone_does_not_close_the_reopened_conflict(tmp_path: Path) -> None:
    ana, ben = (Library.open(tmp_path / n) for n in ("ana", "ben"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
        ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True)))
        ana.edit_annotation(mark.id, note=ANA)
        ben.edit_annotation(mark.id, note=BEN)
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        [conflict] = ana.conflicts()
        ana.resolve_conflict(conflict.id, take_theirs=False)  # Ana keeps hers ...
        settled = read_bundle(ana.export_bundle([doc_id], "Ana"))
        ana.undo()  # ... and thinks again: Ben's words are before her again
        assert [c.theirs.note for c in ana.conflicts()] == [BEN]
        ben.edit_annotation(mark.id, tags=["checked"])  # Ben tags his meanwhile
        counts, _ = ben.import_bundle(settled)
        assert counts.get("combined") == 1 and ben.annotation(mark.id).note == ANA  # her settlement, his tag

        counts, _ = ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        assert counts.get("conflicts") == 1 and ana.annotation(mark.id).note == ANA
        theirs = sorted((c.theirs.note, c.theirs.tags) for c in ana.conflicts())
        assert theirs == sorted([(BEN, ()), (ANA, ("checked",))]), theirs  # Ben's words had gone

        ana.close()
        ana = Library.open(tmp_path / "ana")
        reopened = next(c for c in ana.conflicts() if c.theirs.note == BEN)
        ana.resolve_conflict(reopened.id, take_theirs=True)  # Ana settles again, for Ben's words
        for _ in range(2):
            ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
            ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        assert ana.conflicts() == [] and ben.conflicts() == []
        assert ana.annotation(mark.id).note == ben.annotation(mark.id).note == BEN
        assert ana.annotation(mark.id).tags == ben.annotation(mark.id).tags == ("checked",)
    finally:
        ana.close()
        ben.close()


def test_settling_a_version_built_on_the_settlement_undone_leaves_the_reopened_conflict_open(tmp_path: Path) -> None:
    """Ana kept hers against Cleo's words, sent that to Cleo and undid it. Cleo tagged the settlement; Ana's import of
    that is a conflict beside the reopened one, and she took Cleo's tag. Her version then descended from the
    settlement she had undone (through Cleo's), so Cleo's bundle sending back Ana's own version ("1 unchanged") closed
    the reopened conflict: Cleo's words were in no library (the fuzzer's seed 1017, reduced)."""
    ana, cleo = (Library.open(tmp_path / n) for n in ("ana", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="first"))
        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True)))
        ana.edit_annotation(mark.id, note=ANA)
        cleo.edit_annotation(mark.id, note="Cleo: the harbour master")
        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        [conflict] = ana.conflicts()
        ana.resolve_conflict(conflict.id, take_theirs=False)
        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))  # Cleo takes Ana's settlement ...
        ana.undo()
        cleo.edit_annotation(mark.id, tags=["checked"])  # ... and tags it
        counts, _ = ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert counts.get("conflicts") == 1 and len(ana.conflicts()) == 2
        tagged = next(c for c in ana.conflicts() if c.theirs.tags)
        ana.resolve_conflict(tagged.id, take_theirs=True)  # Ana takes Cleo's tag; Cleo's words are still before her
        assert [c.theirs.note for c in ana.conflicts()] == ["Cleo: the harbour master"]

        cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))  # her own version, sent back
        assert [c.theirs.note for c in ana.conflicts()] == ["Cleo: the harbour master"]  # was closed: []

        [reopened] = ana.conflicts()
        ana.resolve_conflict(reopened.id, take_theirs=False)  # Ana keeps hers at last, knowingly
        for _ in range(2):
            cleo.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
            ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert ana.conflicts() == [] and cleo.conflicts() == []
        assert ana.annotation(mark.id).note == cleo.annotation(mark.id).note == ANA
        assert ana.annotation(mark.id).tags == cleo.annotation(mark.id).tags == ("checked",)
    finally:
        ana.close()
        cleo.close()
