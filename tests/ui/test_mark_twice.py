"""Marking words that already hold the same mark does not stack a second one: dragged over "Hart Island" again and
marked Place again (or highlighted again), the window made a second annotation exactly on the first, where nothing
shows it — the library counted 2, the Entities dock 2 mentions, exports listed it twice, and one Ctrl+Z seemed to
do nothing (an outside tester on the window). Accepting a suggestion twice was already refused for this reason. The
mark that is there is selected and the status bar says so; a different type, a claim or a note is still added."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_file

ARTICLE = Path(__file__).parent.parent / "data" / "news-html" / "bbc.com.52241221.html"


def _drag_over(window: MainWindow, qtbot: QtBot, words: str) -> None:
    """Drag with the mouse from the first to the last letter of `words` in the open article."""
    assert window.document is not None
    start = window.document.text.index(words)
    window.text_view.show_range(start, start + len(words))
    QApplication.processEvents()
    viewport = window.text_view.viewport()
    rects = window.text_view.range_rects(start, start + len(words))  # where the words are drawn
    press = QPoint(int(rects[0].left()) + 1, int(rects[0].center().y()))
    release = QPoint(int(rects[-1].right()) - 1, int(rects[-1].center().y()))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)


def _mark(window: MainWindow, qtbot: QtBot, words: str, key: Qt.Key) -> None:
    _drag_over(window, qtbot, words)
    qtbot.keyClick(window.text_view, key)


def test_the_same_mark_twice_is_one_mark(window: MainWindow, qtbot: QtBot) -> None:
    document_id = open_file(window, ARTICLE)
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_3)
    [place] = window.service.annotations(document_id)
    step = window.undo_action.text()
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_3)
    assert [a.id for a in window.service.annotations(document_id)] == [place.id]
    assert window.session.selected == place.id and window.undo_action.text() == step  # no step of its own
    assert "already marked" in window.statusBar().currentMessage()
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_H)
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_H)
    assert sorted(a.kind.value for a in window.service.annotations(document_id)) == ["entity", "highlight"]
    [row] = window.entities_panel.model.rows()
    assert row.mentions == 1
    window.undo_action.trigger()  # the highlight
    window.undo_action.trigger()  # the place
    assert window.service.annotations(document_id) == []


def test_another_type_a_claim_or_a_note_on_the_same_words_is_added(window: MainWindow, qtbot: QtBot) -> None:
    document_id = open_file(window, ARTICLE)
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_3)
    _mark(window, qtbot, "Hart Island", Qt.Key.Key_2)  # a second reading of the same words: an organisation
    sentence = "New York state now has more coronavirus cases than any single country"
    for key in (Qt.Key.Key_C, Qt.Key.Key_C, Qt.Key.Key_N, Qt.Key.Key_N):  # two claims, two notes: each its own
        _mark(window, qtbot, sentence, key)
        window.text_view.setFocus()
    kinds = sorted((a.kind.value, a.label or "") for a in window.service.annotations(document_id))
    assert kinds == [("claim", ""), ("claim", ""), ("entity", "ORG"), ("entity", "PLACE"), ("note", ""), ("note", "")]
