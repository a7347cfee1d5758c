"""The room sees the title the trainer corrects while presenting: Document > Properties… changed the title in the
window, and the projector kept the old one (with its typo) until the presentation was started again, though what
the trainer changes while presenting reaches the room at once."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_panels import _dialog, _menu_action
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_a_title_corrected_while_presenting_reaches_the_room(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    assert shown.title.full_text().startswith("Harbour council")
    window.activateWindow()
    _menu_action(window, "Document", "Properties…").trigger()
    dialog = _dialog(window)
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Harbour council backs the barrier")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shown.title.full_text() == "Harbour council backs the barrier", timeout=5_000)
    assert shown.title.toolTip() == "Harbour council backs the barrier"
    assert shown.windowTitle().startswith("Harbour council backs the barrier")
