"""The exercise window's class table follows the keyboard: a click on a trainee's row shows their diff, and the arrow
keys then moved the highlighted row down the class while the diff below stayed on the first trainee."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_workshop import _bundles


def test_arrow_keys_in_the_class_table_choose_the_trainee(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    key_path, trainees = _bundles(tmp_path, with_text=True)
    cw = window.workshop.show_comparison(key_path, trainees)
    assert cw is not None
    table = cw.class_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(cw.class_model.index(0, 0)).center())
    assert cw.trainee_box.currentText() == "Ana"
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert cw.trainee_box.currentText() == "Ben" and "Ben" in cw.scores.text()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the class mean row: no trainee of its own, the diff stays
    assert cw.trainee_box.currentText() == "Ben"
    qtbot.keyClick(table, Qt.Key.Key_Up)
    qtbot.keyClick(table, Qt.Key.Key_Up)
    assert cw.trainee_box.currentText() == "Ana"


def test_a_click_on_the_current_row_after_the_list_chose_another(window: MainWindow, qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    key_path, trainees = _bundles(tmp_path, with_text=True)
    cw = window.workshop.show_comparison(key_path, trainees)
    assert cw is not None
    table = cw.class_table
    first = table.visualRect(cw.class_model.index(0, 0)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    cw.trainee_box.setCurrentIndex(1)  # Ben, from the Trainee list
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert cw.trainee_box.currentText() == "Ana"
