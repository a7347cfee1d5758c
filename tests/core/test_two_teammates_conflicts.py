"""Two teammates' conflicting edits of one annotation both stay open at the third's: filing Cleo's conflict had
closed Ben's (every open conflict on the annotation was marked resolved), so Ben's note could no longer be seen or
taken anywhere, and a replay of his bundle was "stale" (found by an outside tester, stop 39). Only a conflict the new
one descends from — Ben's own later version — supersedes it."""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _notes(lib: Library) -> list[tuple[str, str]]:
    return sorted((c.source, c.theirs.note) for c in lib.conflicts())


def test_each_teammates_conflict_stays_open_until_settled(tmp_path: Path) -> None:
    ana, ben, cleo = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo"))
    try:
        doc = load_document(TXT)
        doc_id = ana.add_document(doc, TXT)[0].id
        start = ana.document(doc_id).text.index("Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek"), note="ana"))
        first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
        ben.import_bundle(first)
        cleo.import_bundle(first)
        ana.edit_annotation(mark.id, note="ana: second thoughts")
        ben.edit_annotation(mark.id, note="BEN: source is the coop minutes p.4")
        cleo.edit_annotation(mark.id, note="CLEO: Ek repeated this on radio")
        from_ben = ben.export_bundle([doc_id], "Ben")

        ana.import_bundle(read_bundle(from_ben))
        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "Cleo")))
        assert _notes(ana) == [("Ben", "BEN: source is the coop minutes p.4"),
                               ("Cleo", "CLEO: Ek repeated this on radio")]
        ana.import_bundle(read_bundle(from_ben))  # a replay changes nothing
        assert len(_notes(ana)) == 2

        ben.edit_annotation(mark.id, note="BEN: coop minutes p.4 and p.9")  # Ben's later version supersedes his first
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
        assert _notes(ana) == [("Ben", "BEN: coop minutes p.4 and p.9"), ("Cleo", "CLEO: Ek repeated this on radio")]

        bens = next(c for c in ana.conflicts() if c.source == "Ben")
        ana.resolve_conflict(bens.id, take_theirs=True)  # settling one leaves the other open, against the merge
        assert ana.annotation(mark.id).note == "BEN: coop minutes p.4 and p.9"
        assert _notes(ana) == [("Cleo", "CLEO: Ek repeated this on radio")]
    finally:
        for lib in (ana, ben, cleo):
            lib.close()


def test_settling_a_note_conflict_keeps_every_tag_nobody_removed(tmp_path: Path) -> None:
    """Dan and Ben tagged; Ben's bundle merged into Ana's version after Dan's note conflict was filed, and the
    conflict was then weighed as two whole versions: "Keep mine" dropped Dan's new tag, "Take theirs" Ben's, in every
    library (a tester on the fixes, stop 58). Tags are never contested: the settlement keeps every tag of either."""
    for take_theirs in (False, True):
        root = tmp_path / str(take_theirs)
        ana, ben, dan = (Library.open(root / n) for n in ("ana", "ben", "dan"))
        try:
            doc_id = ana.add_document(load_document(TXT), TXT)[0].id
            start = ana.document(doc_id).text.index("Tomas Ek")
            mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek")))
            first = ana.export_bundle([doc_id], "Ana", with_documents=True)
            for lib in (ben, dan):
                lib.import_bundle(read_bundle(first))
            dan.edit_annotation(mark.id, tags=["dan-tag-1"])
            ben.edit_annotation(mark.id, tags=["ben-tag"])
            ben.import_bundle(read_bundle(dan.export_bundle([doc_id], "Dan")))
            dan.edit_annotation(mark.id, note="Dan's note", tags=["dan-tag-1", "dan-tag-2"])
            ana.edit_annotation(mark.id, note="Ana's note")
            ana.import_bundle(read_bundle(dan.export_bundle([doc_id], "Dan")))
            ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
            [conflict] = ana.conflicts()
            assert "tags" not in conflict.contested
            ana.resolve_conflict(conflict.id, take_theirs=take_theirs)
            for _ in range(2):
                for sender in (ana, ben, dan):
                    for receiver in (ana, ben, dan):
                        if sender is not receiver:
                            receiver.import_bundle(read_bundle(sender.export_bundle([doc_id], "x")))
            for lib in (ana, ben, dan):
                assert sorted(lib.annotation(mark.id).tags) == ["ben-tag", "dan-tag-1", "dan-tag-2"]
                assert lib.annotation(mark.id).note == ("Dan's note" if take_theirs else "Ana's note")
        finally:
            for lib in (ana, ben, dan):
                lib.close()
