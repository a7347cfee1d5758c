"""The Inspector's rows sit together under its title, the note taking the room left: with an entity selected, the
summary floated 60 px below the title in a row of 143 px and the rows spread apart around a note kept to 120 px
(an outside tester, stop 55)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.anchoring import find_quote
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def test_an_entitys_rows_sit_together_and_the_note_takes_the_room(window: MainWindow, qtbot: QtBot,
                                                                  tmp_path: Path) -> None:
    window.resize(1400, 880)
    open_sample(window, "harbour_council.txt")
    view = window.text_view
    view.select_range(*find_quote(window.document.text, "Oslo"))  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_3)
    window.select_annotation(window.annotations[0].id)
    inspector = window.inspector
    summary, type_box, note = inspector.summary, inspector.type_box, inspector.note
    assert summary.geometry().top() < 20 and summary.height() < 40
    assert type_box.geometry().top() - summary.geometry().bottom() < 20
    assert note.height() > 120 and inspector.height() - note.geometry().bottom() < 30
    window.grab().save(str(tmp_path / "inspector.png"))


def test_the_conflict_button_says_resolve_in_the_width_it_has(window: MainWindow, qtbot: QtBot) -> None:
    """"⚠ Open conflict with an edit of the same words m" was all the button showed at the window's default size (the
    other side of a note typed in two windows at once): cut mid-word, "— Resolve…" out of sight (an outside tester on
    the window's core loop). The name is shortened to the room the button has; the whole line is its tooltip."""
    from PySide6.QtGui import QFontMetrics

    from annotations.library import TYPED_AT_ONCE

    window.resize(1400, 880)
    open_sample(window, "harbour_council.txt")
    view = window.text_view
    view.select_range(*find_quote(window.document.text, "Oslo"))  # type: ignore[union-attr]
    qtbot.keyClick(view, Qt.Key.Key_H)
    inspector = window.inspector
    button = inspector.conflict
    for sources in ([TYPED_AT_ONCE], ["Ingrid Halvorsen-Lindqvist, Port Alder Gazette"], ["Bo"]):
        inspector.set_conflicts(sources)
        qtbot.waitUntil(button.isVisible)
        button.ensurePolished()
        shown = button.text()
        assert shown.startswith("⚠ Open conflict with ") and shown.endswith(" — Resolve…")
        assert QFontMetrics(button.font()).horizontalAdvance(shown) <= button.contentsRect().width()
        assert sources[0] in button.toolTip()
    assert button.text() == "⚠ Open conflict with Bo — Resolve…"
