"""A refused speaker or tag line emptied by its typist (not wanted any more) is let go — and the Inspector then said
still "Its speaker or tags as typed are not stored yet … tried again when you leave the field" over two empty fields,
with nothing kept to try (an outside tester)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_unstored_notes import enter_refused, SETTLE_MS, _claim, _click, _close_boxes, _full_disk
from tests.ui.window_steps import open_sample


@pytest.mark.parametrize("field_name", ["speaker", "tags"])
def test_a_refused_field_emptied_no_longer_says_not_stored(window: MainWindow, qtbot: QtBot,
                                                           monkeypatch: pytest.MonkeyPatch, field_name: str) -> None:
    open_sample(window, "harbour_council.txt")
    claim = _claim(window, qtbot, "Tomas Ek")
    _click(window, qtbot, claim)
    _full_disk(window, monkeypatch)
    field = getattr(window.inspector, field_name)
    enter_refused(window, qtbot, field, "Per Ek")
    assert "not stored yet" in window.inspector.summary.text()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    _close_boxes(window)
    assert window.inspector.refused.items() == []
    assert "not stored yet" not in window.inspector.summary.text()


def test_a_speaker_and_tags_emptied_on_a_full_disk_are_copied_as_emptied(window: MainWindow, qtbot: QtBot,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """A stored speaker and tags emptied while the disk was full: closing copied 'On “Tomas Ek”, the speaker:' over
    an empty line, and the tags the same — a clipboard that said nothing of what was not stored."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    open_sample(window, "harbour_council.txt")
    claim = _claim(window, qtbot, "Tomas Ek")
    _click(window, qtbot, claim)
    fields = (window.inspector.speaker, window.inspector.tags)
    for field, words in zip(fields, ("Per Ek", "harbour")):
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClicks(field, words)
        qtbot.keyClick(field, Qt.Key.Key_Return)
    _full_disk(window, monkeypatch)
    for field in fields:
        window.last_error = None
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_Delete)
        qtbot.keyClick(field, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.last_error is not None, timeout=SETTLE_MS)
        _close_boxes(window)
    QApplication.clipboard().clear()

    def reply() -> None:
        box = QApplication.activeModalWidget()
        buttons = {b.text().replace("&", ""): b for b in box.buttons()} if isinstance(box, QMessageBox) else {}
        if "Copy them and close" not in buttons:
            _close_boxes(window)
            QTimer.singleShot(20, reply)
            return
        qtbot.mouseClick(buttons["Copy them and close"], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, reply)
    assert window.close()
    assert QApplication.clipboard().text() == ("On “Tomas Ek”, the speaker:\n(emptied: that could not be stored)\n\n"
                                               "On “Tomas Ek”, the tags:\n(emptied: that could not be stored)")
