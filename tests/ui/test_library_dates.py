"""The library's Date column: a document's publication date, or — when none is known — the day it was added, shown
apart (grey, in italics, said in the tooltip). Shown alike, the day added was read as the article's date (an outside
tester, stop 57: the harbour article, dated 14 March 2025 in its byline, showed the day it was added)."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotations.doc_properties import DocumentProperties
from reader.ui.mainwindow import MainWindow
from reader.ui.models import ROW_ROLE, DocumentModel
from tests.conftest import SAMPLES


def _date_cell(window: MainWindow, document_id: str, role: Qt.ItemDataRole) -> object:
    proxy = window.library_panel.proxy
    row = next(r for r in range(proxy.rowCount()) if proxy.data(proxy.index(r, 0), ROW_ROLE).id == document_id)
    return proxy.data(proxy.index(row, DocumentModel.DATE), role)


def test_a_document_without_a_date_shows_the_day_added_apart_until_it_is_given_one(window: MainWindow) -> None:
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None and not record.published
    window.refresh_library()
    assert _date_cell(window, record.id, Qt.ItemDataRole.DisplayRole) == record.added[:10]
    font = _date_cell(window, record.id, Qt.ItemDataRole.FontRole)
    assert font is not None and font.italic()  # type: ignore[attr-defined]
    assert "No publication date" in str(_date_cell(window, record.id, Qt.ItemDataRole.ToolTipRole))

    window.service.set_document_properties(record.id, DocumentProperties(published="2025-03-14"))
    window.refresh_library()
    assert _date_cell(window, record.id, Qt.ItemDataRole.DisplayRole) == "2025-03-14"
    assert _date_cell(window, record.id, Qt.ItemDataRole.FontRole) is None
    assert "No publication date" not in str(_date_cell(window, record.id, Qt.ItemDataRole.ToolTipRole))
