"""An orphaned annotation in the window (break27 HIGH 1): after its file changed on disk and was added
again, the reading view draws no mark for it (it had painted the old offsets over "ouncil approv"), and
its card says it is orphaned while keeping its quote, note and tags; it can still be selected, edited,
deleted and brought back by undo without ever being drawn on the text."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import QStyleOptionViewItem

from annotations.edits import AnnotationEdit
from reader.ui.cards import ORPHAN_LINE, card_tooltip
from reader.ui.mainwindow import MainWindow
from reader.ui.models import AnnotationRow
from tests.orphan_steps import make_orphan, make_pdf_orphan


def _row(win: MainWindow, annotation_id: str) -> AnnotationRow:
    return next(r for r in win.annotations_panel.model.rows() if r.id == annotation_id)


def test_an_orphan_is_listed_as_orphaned_and_never_drawn_on_the_text(window: MainWindow, tmp_path: Path) -> None:
    doc_id, orphan, live = make_orphan(window.service, tmp_path)
    window.refresh_library()
    window.open_document(doc_id)
    assert window.document is not None
    drawn = {m.annotation_id: window.document.text[m.start:m.end] for m in window.text_view.marks()}
    assert drawn == {live.id: "Tomas Ek"}

    row = _row(window, orphan.id)
    assert row.orphaned and row.text == "flood barrier" and row.note == "orphan-to-be" and "harbour" in row.tags
    assert not _row(window, live.id).orphaned
    assert ORPHAN_LINE in card_tooltip(row) and ORPHAN_LINE not in card_tooltip(_row(window, live.id))
    option = QStyleOptionViewItem()
    option.font = window.annotations_panel.list.font()
    index = window.annotations_panel.model.index(window.annotations_panel.model.row_of(orphan.id), 0)
    delegate = window.annotations_panel.delegate
    assert delegate.sizeHint(option, index).height() > delegate.height_of(replace(row, orphaned=False), option)
    window.annotations_panel.filter.setText("orphaned")  # the filter finds orphans by that word
    assert window.annotations_panel.visible_ids() == [orphan.id]
    window.annotations_panel.filter.setText("")

    window.select_annotation(orphan.id)  # selected: the Inspector has it, nothing is drawn for it
    assert window.session.selected == orphan.id
    assert orphan.id not in {m.annotation_id for m in window.text_view.marks()}

    window._run(lambda: window.service.edit(orphan.id, AnnotationEdit(note="still here")))  # redraws it alone
    assert _row(window, orphan.id).note == "still here" and _row(window, orphan.id).orphaned
    assert orphan.id not in {m.annotation_id for m in window.text_view.marks()}

    window._run(lambda: window.service.delete_annotation(orphan.id))
    assert orphan.id not in {r.id for r in window.annotations_panel.model.rows()}
    window.undo()
    assert _row(window, orphan.id).orphaned
    assert {m.annotation_id for m in window.text_view.marks()} == {live.id}


def test_a_pdf_orphan_is_not_drawn_on_the_pages(window: MainWindow, tmp_path: Path) -> None:
    """On a PDF the orphan keeps the old version's areas: nothing is drawn there, and its card gives no page."""
    doc_id, orphan, live = make_pdf_orphan(window.service, tmp_path)
    window.refresh_library()
    window.open_document(doc_id)
    on_pages = {annotation_id for annotation_id, _, areas in window.page_view.canvas.marks if areas}
    assert on_pages == {live.id}
    assert {m.annotation_id for m in window.text_view.marks()} == {live.id}
    row = _row(window, orphan.id)
    assert row.orphaned and row.page == 0 and _row(window, live.id).page == 1
    window.select_annotation(orphan.id)
    assert {annotation_id for annotation_id, _, areas in window.page_view.canvas.marks if areas} == {live.id}
