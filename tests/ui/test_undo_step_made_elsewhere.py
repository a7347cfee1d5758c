"""Ctrl+Z undoes the step the Edit menu names (an outside tester, stop 58): in the 2 s before the window polls the
library, a step another window or the command line made was undone while the menu still said "Undo Add highlight";
the key press now says what the step is, and the next one undoes it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote


def test_ctrl_z_after_another_process_made_a_step_says_so_first(window: MainWindow, qtbot: QtBot,
                                                                library_dir: Path) -> None:
    doc = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_H)
    [mark] = window.service.annotations(doc)
    assert window.undo_action.text() == "Undo Add highlight"
    other = ReaderService.open(library_dir, annotator="Other", isolated=False)
    try:
        other.edit_annotation(mark.id, note="from the command line")  # before the window's poll
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.service.annotations(doc)[0].note == "from the command line"  # nothing undone unseen
        assert "“Edit highlight”" in window.statusBar().currentMessage()
        assert window.undo_action.text() == "Undo Edit highlight"
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.service.annotations(doc)[0].note == ""  # the step now named
        assert window.undo_action.text() == "Undo Add highlight"
    finally:
        other.close()


def test_a_long_step_name_is_shortened_in_the_menu_and_still_undone(window: MainWindow, qtbot: QtBot) -> None:
    doc = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    [mark] = window.service.annotations(doc)
    long_name = "Tomas Ek, chairman of the Alder Fishing Cooperative and spokesman of the estuary's herring fleet"
    window._run(lambda: window.service.rename_entity(mark.entity_id or "", long_name))
    window._run(lambda: window.service.rename_entity(mark.entity_id or "", "Tomas Ek"))  # "Rename “<the long one>”"
    text = window.undo_action.text()
    assert len(text) == len("Undo ") + 70 and text.startswith("Undo Rename “Tomas Ek") and "…" in text
    assert long_name in window.undo_action.toolTip()  # whole where there is room
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.service.entity(mark.entity_id or "").name == long_name  # type: ignore[union-attr]


def test_ctrl_z_after_another_process_made_a_step_of_the_same_name_says_so_first(window: MainWindow, qtbot: QtBot,
                                                                               library_dir: Path) -> None:
    """Both steps "Add highlight": the menu's name matched, and Ctrl+Z took back the other process's mark (a tester
    on the fixes, stop 58). Which step the menu names is kept with it."""
    doc = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_H)
    other = ReaderService.open(library_dir, annotator="Other", isolated=False)
    try:
        from annotations.anchoring import find_quote
        from annotations.library import AnnotationInput
        from annotations.model import Kind

        start, end = find_quote(other.document(doc).text, "Marta Lindqvist")
        other.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, start, end))
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert sorted(a.target.exact for a in window.service.annotations(doc)) == ["Marta Lindqvist", "Tomas Ek"]
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert [a.target.exact for a in window.service.annotations(doc)] == ["Tomas Ek"]  # the one now named
    finally:
        other.close()
