"""Going through a trainee's rows with the arrow keys shows each in the text, as a click does: Down moved the
highlighted row while the article stayed on the first row's place."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_workshop import _bundles


def test_arrow_keys_in_the_rows_go_to_each_row_in_the_text(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    key_path, trainees = _bundles(tmp_path, with_text=True)
    cw = window.workshop.show_comparison(key_path, trainees)
    assert cw is not None
    table = cw.diff_table
    rows = cw.diff_model.rows()
    assert len(rows) > 3
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(cw.diff_model.index(0, 2)).center())
    assert cw.view._selected == rows[0].id
    for n in (1, 2, 3):
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert cw.view._selected == rows[n].id
