"""A stale copy of an edit that its author undid must not come back through a third teammate.

A tags an annotation and C receives it; A undoes the tag. B, who had edited and undone on its own, imports A's
latest (the same content as B's: nothing to write, A's line remembered), then C's older bundle. C's version was
built on the original, which says what B holds, so it looked like a plain step forward; but B has already seen
its successor, A's undo. (Found by the three-teammate state machine.)"""
from __future__ import annotations

from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_an_undone_tag_does_not_come_back_from_a_stale_copy(tmp_path: Path) -> None:
    a, b, c = (Library.open(tmp_path / n) for n in "abc")
    try:
        doc = load_document(TXT)
        doc_id = ""
        for lib in (a, b, c):
            doc_id = lib.add_document(doc, TXT)[0].id
        text = a.document(doc_id).text
        start = text.index("Tomas Ek")
        mark, _ = a.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len("Tomas Ek")))
        first = read_bundle(a.export_bundle([doc_id], "A"))
        b.import_bundle(first)
        c.import_bundle(first)

        a.edit_annotation(mark.id, tags=("A1",))
        c.import_bundle(read_bundle(a.export_bundle([doc_id], "A")))  # C now holds A's tag
        a.undo()  # A takes the tag back
        b.edit_annotation(mark.id, tags=("B1",))
        b.undo()  # B's own edit and undo: B's version is concurrent with A's, saying the same

        b.import_bundle(read_bundle(a.export_bundle([doc_id], "A")))
        assert b.annotation(mark.id).tags == ()
        counts = b.import_bundle(read_bundle(c.export_bundle([doc_id], "C")))[0]
        assert b.annotation(mark.id).tags == (), counts
        assert not b.store.conflicts()
    finally:
        for lib in (a, b, c):
            lib.close()
