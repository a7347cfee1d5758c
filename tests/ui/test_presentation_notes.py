"""The trainer's notes on the projector only when asked for (audit40 T3 finding 7): F5's Present dialog has a
"Show notes" switch, off by default, as the answer-key export leaves the trainer's notes out by default."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.presentation import PresentationSetup, PresentationWindow
from tests.ui.test_workshop import _annotated

PNG = "/work/audit40/fix/A.png"


def _present(window: MainWindow, qtbot: QtBot, tick_notes: bool, seen: dict[str, object]) -> PresentationWindow:
    """F5, then in the Present dialog optionally tick "Show notes" (a click), then Enter."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PresentationSetup):  # F5 not handled yet: look again once it is
            QTimer.singleShot(10, answer)
            return
        try:
            seen["ticked at first"] = dialog.show_notes.isChecked()
            if tick_notes:
                qtbot.mouseClick(dialog.show_notes, Qt.MouseButton.LeftButton)
            dialog.grab().save(PNG)
        finally:  # whatever happened, the dialog is answered (a test must not hang on it)
            qtbot.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    shown = window.workshop.presentation
    assert shown is not None
    return shown


def test_the_room_sees_the_notes_only_when_show_notes_is_ticked(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)  # the claim of Tomas Ek carries the note "Two studies exist (2019, 2022)."
    seen: dict[str, object] = {}
    shown = _present(window, qtbot, tick_notes=False, seen=seen)
    assert seen["ticked at first"] is False
    for _ in range(2):
        qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert "Speaker Tomas Ek" in shown.caption_text()
    assert "Two studies" not in shown.caption_text() and "Note" not in shown.caption_text()
    assert "Two studies" not in shown.caption.toolTip()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)

    shown = _present(window, qtbot, tick_notes=True, seen=seen)
    for _ in range(2):
        qtbot.keyClick(shown, Qt.Key.Key_Right)
    assert "Note Two studies exist (2019, 2022)." in shown.caption_text()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)


def test_f5_then_enter_starts_with_the_last_choices(window: MainWindow, qtbot: QtBot) -> None:
    """The second F5 of a session offered the defaults again (reveal off, all, 26 pt), though its dialog says
    "F5 then Enter starts with the last choices" (an outside tester, stop 52)."""
    _annotated(window)
    offered: list[tuple[object, ...]] = []

    def answer(choose: bool) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PresentationSetup):
            QTimer.singleShot(10, lambda: answer(choose))
            return
        try:
            offered.append((dialog.what.currentData(), dialog.reveal.isChecked(), dialog.font_size.value()))
            if choose:
                dialog.what.setCurrentIndex(dialog.what.findData("claims"))
                qtbot.mouseClick(dialog.reveal, Qt.MouseButton.LeftButton)
                dialog.font_size.setValue(40)
        finally:
            qtbot.keyClick(dialog, Qt.Key.Key_Return)

    for choose in (True, False):
        QTimer.singleShot(0, lambda choose=choose: answer(choose))  # type: ignore[misc]
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_F5)
        shown = window.workshop.presentation
        assert shown is not None and shown.deck.reveal and shown.deck.current is None  # all hidden at first
        assert shown.deck.items and all(a.claim is not None for a in shown.deck.items)  # claims only
        qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert offered == [("all", False, 26), ("claims", True, 40)]
