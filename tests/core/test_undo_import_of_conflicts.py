"""An import that only files conflicts is an undo step of its own: Ana presses Ctrl+Z after importing Ben's bundle
and expects the import undone — before, the import left no step, and undo reverted Ana's own last edit instead.
Undoing an import also opens again a conflict it superseded (Ben's earlier version): before, both were gone from
view and Ben's words could not be seen or taken."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.undo import undo_label
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _notes(lib: Library) -> list[tuple[str, str]]:
    return sorted((c.source, c.theirs.note) for c in lib.conflicts())


def test_undo_after_an_import_of_conflicts_undoes_the_import(tmp_path: Path) -> None:
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="ana"))
        first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
        ben.import_bundle(first)
        cleo.import_bundle(first)
        ben.edit_annotation(mark.id, note="BEN: coop minutes p.4")
        cleo.edit_annotation(mark.id, note="CLEO: on radio too")
        ana.edit_annotation(mark.id, note="ana: second thoughts")

        from_ben = ben.export_bundle([doc_id], "Ben")
        ana.import_bundle(read_bundle(from_ben))
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4")]
        assert undo_label(ana.store) == "Import bundle from Ben"

        ana.undo()
        assert _notes(ana) == [] and ana.annotation(mark.id).note == "ana: second thoughts"
        ana.redo()
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4")]
        ana.undo()
        ana.import_bundle(read_bundle(from_ben))  # undone, so the same bundle is offered again
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4")]

        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        ben.edit_annotation(mark.id, note="BEN: coop minutes p.4 and p.9")  # supersedes Ben's first conflict
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4 and p.9"), ("Cleo", "CLEO: on radio too")]
        ana.undo()
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4"), ("Cleo", "CLEO: on radio too")]
        ana.redo()
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4 and p.9"), ("Cleo", "CLEO: on radio too")]
        ana.undo()
        ana.undo()  # Cleo's import
        ana.undo()  # Ben's first
        assert _notes(ana) == [] and ana.annotation(mark.id).note == "ana: second thoughts"
        ana.undo()  # and only now Ana's own edit
        assert ana.annotation(mark.id).note == "ana"
    finally:
        for lib in (ana, ben, cleo):
            lib.close()


def test_a_conflict_settled_again_after_its_settlement_was_undone_settles_as_the_first_time(tmp_path: Path) -> None:
    """Undoing "Take theirs" writes our words again on top of the settlement, which descends from their version:
    settled again, every field read as changed by us since theirs, and nothing of Ben's was written — yet the step
    said "Take their version" and his words left the conflicts list (an outside tester, stop 58)."""
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, start, start + len("Tomas Ek"), note="base"))
        ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True)))
        ben.edit_annotation(claim.id, note="ben's note", tags=["bentag"])
        ben.set_claim(claim.id, status="disputed")
        ana.edit_annotation(claim.id, note="ana's note")
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))

        def settle(take_theirs: bool) -> tuple[str, tuple[str, ...], str]:
            [conflict] = ana.conflicts()
            ana.resolve_conflict(conflict.id, take_theirs=take_theirs)
            a = ana.annotation(claim.id)
            assert a.claim is not None and ana.conflicts() == []
            return a.note, a.tags, a.claim.status.value

        for take_theirs, expected in ((True, ("ben's note", ("bentag",), "disputed")),
                                      (False, ("ana's note", ("bentag",), "disputed"))):
            first = settle(take_theirs)
            assert first == expected
            ana.undo()  # the conflict opens again
            assert ana.annotation(claim.id).note == "ana's note" and len(ana.conflicts()) == 1
            assert settle(take_theirs) == first  # was ("ana's note", (), "unverified") both times
            ana.undo()
    finally:
        ana.close()
        ben.close()


def test_a_settlement_undone_then_sent_drops_no_teammates_words(tmp_path: Path) -> None:
    """Ben took Ana's version, pressed Undo (the conflict opened again) and sent a bundle: his undo was a version on
    top of the settlement, which descends from Ana's, so her library took his note as a later edit of hers and
    dropped her words; her next edit then closed his conflict as superseded (a tester on the fixes, stop 58)."""
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek")))
        ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True)))
        ana.edit_annotation(mark.id, note="Ana: chairman of the cooperative")
        ben.edit_annotation(mark.id, note="Ben: quoted twice")
        ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        [conflict] = ben.conflicts()
        ben.resolve_conflict(conflict.id, take_theirs=True)
        ben.undo()
        assert ben.annotation(mark.id).note == "Ben: quoted twice" and len(ben.conflicts()) == 1
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        words = [ana.annotation(mark.id).note, *(c.theirs.note for c in ana.conflicts())]
        assert "Ana: chairman of the cooperative" in words  # was: Ben's note only, "1 updated"
        ana.edit_annotation(mark.id, tags=["checked"])
        ben.import_bundle(read_bundle(ana.export_bundle([doc_id], "Ana")))
        everywhere = [lib.annotation(mark.id).note for lib in (ana, ben)] + \
            [c.theirs.note for lib in (ana, ben) for c in lib.conflicts()] + [c.ours.note for c in ben.conflicts()]
        assert "Ana: chairman of the cooperative" in everywhere and "Ben: quoted twice" in everywhere
    finally:
        ana.close()
        ben.close()
