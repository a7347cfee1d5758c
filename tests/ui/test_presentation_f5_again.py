"""F5 pressed in the main window while a presentation runs (the trainer clicked into the window to edit, then the
clicker's "start" button, which sends F5): a second presentation opened over the first, and the first, still full
screen on the projector, no longer followed the trainer's edits; leaving either one cut the other off from them too.
F5 while presenting brings the running presentation to the front, and edits keep reaching it."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from reader.ui.presentation import PresentationSetup, PresentationWindow
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_f5_while_presenting_keeps_one_presentation_that_follows_the_edits(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    qtbot.keyClick(shown, Qt.Key.Key_End)
    claim = shown.deck.current
    assert claim is not None and claim.kind is Kind.CLAIM

    before = [w for w in QApplication.topLevelWidgets() if isinstance(w, PresentationWindow)]  # (earlier tests' too)
    window.activateWindow()  # back on the laptop, then the clicker's F5
    qtbot.waitUntil(window.isActiveWindow)
    asked: list[bool] = []

    def answer() -> None:  # should a Present dialog open, it is answered (a test must not hang on it)
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, PresentationSetup):
            asked.append(True)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not asked
    opened = [w for w in QApplication.topLevelWidgets() if w.isVisible() and isinstance(w, PresentationWindow)
              and w not in before]
    assert opened == [] and window.workshop.presentation is shown and shown.isVisible()
    assert "Already presenting" in window.statusBar().currentMessage()

    window.select_annotation(claim.id)  # the trainer changes the status in the Inspector
    box = window.inspector.status
    box.setCurrentText("false")
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: "Status false" in shown.caption_text(), timeout=5_000)
