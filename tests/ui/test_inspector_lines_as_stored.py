"""The Inspector's lines show what is stored (outside testers, stop 58). A tag typed twice in the tag line is stored
once, and the line is then what is stored: read as two tags it never matched what the library kept, so the Inspector took it for typing not
yet saved — a Delete then brought the highlight back "with your words" as a conflict with a deletion from "another
window", and after Ctrl+Z the line still showed the repeat. A speaker retyped in other case is the same speaker, and
the line shows the stored name again."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_typing import _focus, _press, _type
from tests.ui.window_steps import open_sample, select_quote


def _highlight_and_tag(window: MainWindow, qtbot: QtBot, line: str) -> str:
    """Select "Tomas Ek" in the sample, press H, type `line` into the tag field and press Return; the document."""
    doc = open_sample(window)
    select_quote(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_H)
    _focus(qtbot, window, window.inspector.tags)
    _type(qtbot, window, line)
    _press(qtbot, window, Qt.Key.Key_Return)
    return doc


@pytest.mark.parametrize("typed", [", alpha", ",  alpha ,alpha"])
def test_a_repeated_tag_then_delete_deletes_the_highlight(window: MainWindow, qtbot: QtBot, typed: str) -> None:
    doc = _highlight_and_tag(window, qtbot, "alpha")
    _focus(qtbot, window, window.inspector.tags)
    window.inspector.tags.end(False)
    _type(qtbot, window, typed)
    _press(qtbot, window, Qt.Key.Key_Return)
    _focus(qtbot, window, window.text_view)
    [mark] = window.service.annotations(doc)
    assert mark.tags == ("alpha",)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget() and qtbot.keyClick(  # (the last-mention question)
        QApplication.activeModalWidget(), Qt.Key.Key_Return))
    _press(qtbot, window, Qt.Key.Key_Delete)
    assert window.service.annotations(doc) == [] and window.service.conflicts() == []  # was back, as a conflict
    assert window.undo_action.text() == "Undo Delete highlight"


def test_after_undo_the_tag_line_shows_what_is_stored(window: MainWindow, qtbot: QtBot) -> None:
    doc = _highlight_and_tag(window, qtbot, "alpha, alpha")
    assert window.service.annotations(doc)[0].tags == ("alpha",)
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert window.service.annotations(doc)[0].tags == ()
    assert window.inspector.tags.text() == ""  # was "alpha, alpha" over a library that stores none


def test_a_speaker_retyped_in_other_case_shows_the_stored_name(window: MainWindow, qtbot: QtBot) -> None:
    """"TOMAS EK" over "Tomas Ek" is the same speaker (names match ignoring case): nothing is stored, and the field
    showed the typed spelling as if it were (the claims list and exports said "Tomas Ek"; a tester, stop 58)."""
    doc = open_sample(window)
    select_quote(window, "Nobody has shown us a single study")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_C)
    _focus(qtbot, window, window.inspector.speaker)
    _type(qtbot, window, "Tomas Ek")
    _press(qtbot, window, Qt.Key.Key_Return)
    window.inspector.speaker.selectAll()
    _type(qtbot, window, "TOMAS EK")
    _press(qtbot, window, Qt.Key.Key_Return)
    [claim] = window.service.annotations(doc)
    assert claim.claim is not None and window.service.entity(claim.claim.speaker_id or "").name == "Tomas Ek"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.inspector.speaker.text() == "Tomas Ek")
