"""The Entities dock's buttons: Rename…, Aliases… and Other spellings… act on one selected entity, Merge selected on
two. Each was always enabled and, clicked with another number selected (none, or one for Merge), did nothing and said
nothing (an outside tester on the window's core loop). They are enabled when they can act."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote


def _enabled(window: MainWindow) -> set[str]:
    return {b.text() for b in window.entities_panel.findChildren(QPushButton) if b.isEnabled()}


def test_the_buttons_follow_how_many_entities_are_selected(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window)
    for quote in ("Marta Lindqvist", "Tomas Ek"):
        select_quote(window, quote)
        window.text_view.setFocus()
        qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    panel = window.entities_panel
    panel.table.clearSelection()
    assert _enabled(window) == {"In all documents…"}
    panel.table.selectRow(0)
    assert _enabled(window) == {"Rename…", "Aliases…", "In all documents…", "Other spellings…"}
    panel.table.selectionModel().select(panel.model.index(1, 0), QItemSelectionModel.SelectionFlag.Select
                                        | QItemSelectionModel.SelectionFlag.Rows)
    assert _enabled(window) == {"Merge selected", "In all documents…"}
    select_quote(window, "Claire Dubois")  # (a new mark redraws the rows: the buttons follow what stays selected)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    selected = len(panel.selected_rows())
    assert ("Merge selected" in _enabled(window)) == (selected == 2)
    assert ("Rename…" in _enabled(window)) == (selected == 1)
