"""Ctrl+Z and Ctrl+Shift+Z work in the Entity index window too: its rename, merge and split are undo steps of the
library like any other, yet the keys did nothing there (the window's Undo lives in the main window's menu), so a
merge made by mistake in the index could only be taken back after going back to the main window (an outside tester
on the window)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_file, select_quote

ARTICLE = Path(__file__).parent.parent / "data" / "news-html" / "bbc.com.52241221.html"


def _rename_to(qtbot: QtBot, name: str) -> None:
    """When the rename dialog shows, type `name` over the name it shows and press Return."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        line = dialog.findChild(QLineEdit)
        assert line is not None
        qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(line, name)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)


def test_undo_and_redo_keys_in_the_entity_index(window: MainWindow, qtbot: QtBot) -> None:
    document_id = open_file(window, ARTICLE)
    select_quote(window, "Hart Island")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)
    [place] = window.service.annotations(document_id)
    assert place.entity_id is not None
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # View > Entity index…
    index = window.entity_index.window
    assert index is not None
    index.choose(place.entity_id)
    _rename_to(qtbot, "Hart Island (NYC)")
    index.rename_button.click()

    def name() -> str:
        entity = window.service.entity(place.entity_id or "")
        assert entity is not None
        return entity.name

    assert name() == "Hart Island (NYC)"
    index.activateWindow()
    qtbot.waitUntil(index.isActiveWindow)
    index.table.setFocus()
    qtbot.waitUntil(index.table.hasFocus)
    qtbot.keyClick(index.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert name() == "Hart Island"
    qtbot.keyClick(index.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert name() == "Hart Island (NYC)"
