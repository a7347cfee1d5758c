"""Ctrl+Z after a codebook edit in the window takes the edit back — its type keys and colours too — and leaves the
mark made before it (an outside tester, stop 58: the edit had no undo step, and Ctrl+Z removed the mark)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.codebook import EntityType
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote


def test_ctrl_z_after_a_codebook_edit_takes_the_edit_back(window: MainWindow, qtbot: QtBot) -> None:
    doc = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    codebook = window.service.codebook()
    window._run(lambda: window.service.library.set_codebook(
        codebook.with_entity_type(EntityType("VESSEL", "Vessel", "#333333", "8"))))
    assert any(a.text() == "8 Vessel" for a in window.type_actions)
    assert window.undo_action.text() == "Undo Edit codebook"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert not any(a.text() == "8 Vessel" for a in window.type_actions)
    assert len(window.service.annotations(doc)) == 1 and window.service.codebook() == codebook
