"""Ctrl+Z after a codebook edit in the window takes the edit back — its type keys and colours too — and leaves the
mark made before it (an outside tester, stop 58: the edit had no undo step, and Ctrl+Z removed the mark). Driven as
a reader does it: File > Codebook…, "Add type…", OK, then Ctrl+Z."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QInputDialog, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.codebook_editor import CodebookEditor
from reader.ui.mainwindow import MainWindow
from tests.ui.test_typing import _focus
from tests.ui.window_steps import open_sample, select_quote


def test_ctrl_z_after_a_codebook_edit_takes_the_edit_back(window: MainWindow, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    doc = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    codebook = window.service.codebook()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vessel", True))  # the new type's label

    def add_and_accept() -> None:
        editor = QApplication.activeModalWidget()
        assert isinstance(editor, CodebookEditor)
        [add] = [b for b in editor.findChildren(QPushButton) if b.text() == "Add type…"]
        add.click()
        editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, add_and_accept)
    [action] = [a for a in window.findChildren(type(window.undo_action)) if a.text() == "Codebook…"]
    action.trigger()
    assert any(t.label == "VESSEL" for t in window.service.codebook().entity_types)
    assert window.undo_action.text() == "Undo Edit codebook"
    _focus(qtbot, window, window.text_view)  # (the dialog closed: the window takes the keys again)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.service.codebook() == codebook and not any("Vessel" in a.text() for a in window.type_actions)
    assert len(window.service.annotations(doc)) == 1  # the mark before it stays
