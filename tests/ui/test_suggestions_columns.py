"""The Suggestions dock gives the suggestion's text room: docked beside the reading view (358 px), the Text column
got 64 px ("€48 mill…") while Type, Entity / speaker and Found by took the rest (an outside tester, stop 55)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def test_the_text_column_keeps_at_least_two_fifths_of_the_table(window: MainWindow, qtbot: object,
                                                                 tmp_path: Path) -> None:
    window.resize(1280, 800)
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    table = window.suggestions_panel.table
    assert 250 < table.viewport().width() < 500  # (docked, as the window opens)
    widths = [table.columnWidth(i) for i in range(4)]
    assert widths[0] >= 0.38 * table.viewport().width() and min(widths[1:]) >= 40
    assert table.horizontalHeader().textElideMode() is Qt.TextElideMode.ElideRight
    table.resize(900, table.height())  # wider: the other columns get their titles' widths again
    assert table.columnWidth(2) >= table.horizontalHeader().sectionSizeHint(2)
    window.grab().save(str(tmp_path / "suggestions.png"))
