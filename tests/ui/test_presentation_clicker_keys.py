"""A clicker sends PageDown and PageUp. Once the trainer clicked into the main window (to correct a status while the
room watched), they went there and scrolled the article while the room's screen stood still (a workshops tester,
stop 62). While presenting, PageDown and PageUp step the presentation from any window — but not while the trainer
types in a field (the note), where they move the cursor as ever; after the presentation they scroll again."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_the_clicker_steps_the_room_from_the_main_window(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    first = shown.deck.position
    window.activateWindow()  # back on the laptop: the reading view has the focus
    qtbot.waitUntil(window.isActiveWindow)
    reading = window.text_view
    reading.setFocus()
    qtbot.keyClick(reading, Qt.Key.Key_PageDown)
    qtbot.keyClick(reading, Qt.Key.Key_PageDown)
    assert shown.deck.position == first + 2
    qtbot.keyClick(reading, Qt.Key.Key_PageUp)
    assert shown.deck.position == first + 1

    current = shown.deck.current
    assert current is not None
    window.select_annotation(current.id)  # typing a note: PageDown is the cursor's
    note = window.inspector.note
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_PageDown)
    assert shown.deck.position == first + 1

    qtbot.keyClick(shown, Qt.Key.Key_Escape)  # the presentation over: PageDown scrolls the article again
    reading.setFocus()
    qtbot.keyClick(reading, Qt.Key.Key_PageDown)
    assert window.workshop.presentation is None
