"""The Properties dialog and language codes (break18 bug 10): a three-letter code is stored as the two-letter
one, a country code is refused in the dialog with a message saying which code to use."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_panels import _dialog
from tests.ui.window_steps import open_sample as _open


def _type_language(qtbot: QtBot, window: MainWindow, doc_id: str, code: str):  # type: ignore[no-untyped-def]
    menu = window.library_panel.context_menu(doc_id)
    next(a for a in menu.actions() if a.text() == "Properties…").trigger()
    dialog = _dialog(window)
    dialog.language.lineEdit().selectAll()
    qtbot.keyClicks(dialog.language.lineEdit(), code)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_a_country_code_is_refused_and_a_three_letter_code_stored_as_two(window: MainWindow, qtbot: QtBot) -> None:
    doc_id = _open(window, "grid_shortfall.html")
    generation = window.service.library.store.generation
    dialog = _type_language(qtbot, window, doc_id, "ua")
    assert dialog.isVisible() and "country code of Ukraine" in dialog.error.text() and "is uk" in dialog.error.text()
    dialog.grab().save("/tmp/properties_ua.png")
    assert window.service.library.store.generation == generation
    dialog.reject()
    dialog = _type_language(qtbot, window, doc_id, "ukr")
    assert not dialog.isVisible() and window.service.document(doc_id).language == "uk"
