"""A speaker the library refused because it is too long (over 500 characters) is no full disk: closing asked "is the
disk full? … free some space and close again (they are stored then)", advice that can never store it (an outside
tester). The question says why it was refused and what to do instead."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_unstored_notes import enter_refused, _claim, _click, _close_boxes
from tests.ui.window_steps import open_sample


def test_closing_with_a_speaker_too_long_to_store_says_so_not_a_full_disk(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    claim = _claim(window, qtbot, "Tomas Ek")
    _click(window, qtbot, claim)
    speaker = window.inspector.speaker
    enter_refused(window, qtbot, speaker, "x" * 600)
    asked: list[str] = []

    def reply() -> None:  # (closing tries it once more: refused, said in a box first; then the question)
        box = QApplication.activeModalWidget()
        buttons = {b.text().replace("&", ""): b for b in box.buttons()} if isinstance(box, QMessageBox) else {}
        if "Cancel" not in buttons or "Copy them and close" not in buttons:
            _close_boxes(window)
            QTimer.singleShot(20, reply)
            return
        asked.append(box.text())  # type: ignore[union-attr]
        qtbot.mouseClick(buttons["Cancel"], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, reply)
    assert not window.close()
    assert asked and "1 speaker you typed could not be stored" in asked[0]
    assert "disk" not in asked[0] and "free some space" not in asked[0]
    assert "at most 500 characters" in asked[0]
