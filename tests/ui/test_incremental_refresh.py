"""After an edit the window reloads only the annotations it changed; what it shows must be exactly what
a full reload shows (rows, order, marks), after adds, edits, deletes and undo."""
from __future__ import annotations

from annotations.edits import AnnotationEdit
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from reader.ui.models import annotation_rows
from tests.conftest import SAMPLES


def _full(window: MainWindow) -> tuple[list[object], list[object]]:
    doc = window.document
    assert doc is not None
    annotations = window.service.annotations(doc.id)
    names = {e.id: e.name for e in window.service.entities()}
    return annotations, annotation_rows(annotations, names, window._colors())


def test_incremental_refresh_matches_a_full_reload(window: MainWindow) -> None:
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    specs = [AnnotationInput(Kind.HIGHLIGHT, i, i + 5) for i in range(0, 1500, 7)]
    window.service.annotate_many(record.id, specs)
    window.refresh_library()
    window.open_document(record.id)
    assert len(window.annotations) > 200
    window.annotating.annotate(Kind.HIGHLIGHT, "", 3, 9)
    window.annotating.annotate(Kind.ENTITY, "PERSON", window.document.text.index("Tomas Ek"), window.document.text.index("Tomas Ek") + 8)
    target = window.annotations[10].id
    window.annotating.edit(target, AnnotationEdit(note="checked"))
    window.annotating.delete(window.annotations[20].id)
    window.undo()
    window.annotating.delete(window.annotations[30].id)
    annotations, rows = _full(window)
    assert window.annotations == annotations
    assert window.annotation_model.rows() == rows
    assert [m.annotation_id for m in window.text_view.marks()] == [a.id for a in sorted(
        annotations, key=lambda a: (a.target.start, a.target.end))]
    assert next(r for r in window.annotation_model.rows() if r.id == target) is not None
