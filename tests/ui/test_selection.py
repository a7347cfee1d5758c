"""Selections as a reader makes them: real mouse drags on the text view's viewport, at positions taken from
the text layout, then real keys. A drag snaps to whole words (Alt: exact characters), punctuation around
is trimmed, and the selection is gone after marking and after undo/redo."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.text_view import TextView

ARTICLE = """Macron visits Kyiv as Nordgrid pledges repairs

KYIV, March 3 - French President Emmanuel Macron met officials of Nordgrid, the grid operator, on Monday.
“We will rebuild what was destroyed,” said Volodymyr Zelenskyy after the meeting.
Zelenskyy thanked Macron. Russian forces struck the plant twice; Russia denied it.
"""


def open_article(window: MainWindow, tmp_path: Path, text: str = ARTICLE) -> str:
    path = tmp_path / "macron-kyiv.txt"
    path.write_text(text, encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    return record.id


def point(view: TextView, offset: int, dx: int = 0) -> QPoint:
    """The viewport point of the caret before character `offset` (this text has no astral characters)."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    rect = view.cursorRect(cursor)
    return QPoint(rect.center().x() + dx, rect.center().y())


def drag(qtbot: QtBot, view: TextView, start: int, end: int,
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, modifier, point(view, start))
    middle = point(view, (start + end) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, point(view, end))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, modifier, point(view, end))


def shown(view: TextView) -> str:
    return view.textCursor().selectedText()


def test_a_drag_starting_early_and_ending_short_marks_whole_words(window: MainWindow, qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    open_article(window, tmp_path)
    view, text = window.text_view, ARTICLE
    start = text.index("nt Emmanuel")  # two letters of "President" too
    end = text.index("Macron met") + 4  # "Macr": most of "Macron"
    drag(qtbot, view, start, end)
    assert shown(view) == "Emmanuel Macron"  # the reader sees what will be stored while dragging
    qtbot.keyClick(view, Qt.Key.Key_1)
    [mention] = window.annotations
    assert mention.target.exact == "Emmanuel Macron" and mention.label == "PERSON"
    assert not view.textCursor().hasSelection()  # cleared once marked
    qtbot.keyClick(view, Qt.Key.Key_1)  # the same key again marks nothing more
    assert len(window.annotations) == 1


def test_trailing_punctuation_is_left_out_and_a_quote_keeps_its_closing_mark(window: MainWindow, qtbot: QtBot,
                                                                             tmp_path: Path) -> None:
    open_article(window, tmp_path)
    view, text = window.text_view, ARTICLE
    start = text.index("Nordgrid,")
    drag(qtbot, view, start, start + len("Nordgrid, "))
    assert view.selected_range() == (start, start + len("Nordgrid"))
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert window.annotations[0].target.exact == "Nordgrid"
    quote = text.index("“We")
    drag(qtbot, view, quote - 1, text.index(" said Volodymyr"))
    qtbot.keyClick(view, Qt.Key.Key_C)
    claim = next(a for a in window.annotations if a.kind.value == "claim")
    assert claim.target.exact == "“We will rebuild what was destroyed,”"


def test_alt_drag_keeps_the_exact_characters(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_article(window, tmp_path)
    view, text = window.text_view, ARTICLE
    start = text.index("Nordgrid pledges")
    drag(qtbot, view, start, start + 4, Qt.KeyboardModifier.AltModifier)
    assert shown(view) == "Nord"
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert window.annotations[0].target.exact == "Nord"


def test_undo_and_redo_clear_the_selection_so_the_next_drag_selects_afresh(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    open_article(window, tmp_path)
    view, text = window.text_view, ARTICLE
    start = text.index("Volodymyr Zelenskyy")
    drag(qtbot, view, start, start + len("Volodymyr Zelenskyy"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    view.select_range(start, start + len("Volodymyr Zelenskyy"))  # as if it were still selected
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.annotations == [] and not view.textCursor().hasSelection()
    qtbot.keyClick(view, Qt.Key.Key_1)  # no selection: nothing is re-marked
    assert window.annotations == []
    view.select_range(start, start + 9)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len(window.annotations) == 1 and not view.textCursor().hasSelection()
    # a drag starting inside the old span selects new text (no text-drag of a stale selection)
    other = text.index("Zelenskyy thanked")
    drag(qtbot, view, start + 2, other + len("Zelenskyy"))
    assert shown(view).startswith("Volodymyr Zelenskyy") and shown(view).endswith("Zelenskyy")
    drag(qtbot, view, other, other + len("Zelenskyy"))
    assert shown(view) == "Zelenskyy"


def test_a_drag_backwards_and_a_click_inside_a_word(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_article(window, tmp_path)
    view, text = window.text_view, ARTICLE
    end = text.index("Russia denied") + len("Russia") - 1
    drag(qtbot, view, end, text.index("Russian forces") + 2)  # right to left, cut at both ends
    assert shown(view) == "Russian forces struck the plant twice; Russia"
    word = text.index("officials")
    drag(qtbot, view, word + 2, word + 5)
    assert shown(view) == "officials"


def test_drags_keep_a_percent_sign_and_whole_hyphenated_names(window: MainWindow, qtbot: QtBot,
                                                              tmp_path: Path) -> None:
    text = "Costs rose 12.5% in March, said Jean-Luc O'Neill-Smith of McDonald's."
    open_article(window, tmp_path, text)
    view = window.text_view
    i = text.index("12.5%")
    drag(qtbot, view, i, i + 5)
    qtbot.keyClick(view, Qt.Key.Key_5)
    i = text.index("O'Neill")
    drag(qtbot, view, i + 2, text.index("Smith") + 5)
    qtbot.keyClick(view, Qt.Key.Key_1)
    i = text.index("McDonald's")
    drag(qtbot, view, i, i + 9)
    qtbot.keyClick(view, Qt.Key.Key_2)
    assert [a.target.exact for a in window.annotations] == ["12.5%", "O'Neill-Smith", "McDonald's"]


def test_a_triple_click_selects_the_paragraph_and_a_key_marks_it(window: MainWindow, qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    doc_id = open_article(window, tmp_path)
    view, viewport, text = window.text_view, window.text_view.viewport(), ARTICLE
    at = point(view, text.index("rebuild") + 2)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    assert shown(view) == "rebuild"  # a double-click: the word
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at)
    line = "“We will rebuild what was destroyed,” said Volodymyr Zelenskyy after the meeting."
    assert shown(view) == line
    qtbot.keyClick(view, Qt.Key.Key_H)
    assert [a.target.exact for a in window.service.annotations(doc_id)] == [line[:-1]]  # less the full stop, as any mark
    far = point(view, text.index("Russian forces") + 3)
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, far)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point(view, 3))
    assert shown(view) == ""  # a click elsewhere after a double-click is a click


def test_a_double_click_selects_an_abbreviation_with_its_stops(window: MainWindow, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    """Qt's word of "A.P." was "A" (a click on the A) or nothing (on the P): the README says an abbreviation keeps
    its stop (an outside tester, stop 55)."""
    text = "The group A.P. Møller–Mærsk said on Tuesday, “yes” to the U.S. plan."
    open_article(window, tmp_path, text)
    view, viewport = window.text_view, window.text_view.viewport()
    for clicked, word in (("A.P.", "A.P."), ("P. M", "A.P."), ("ller", "Møller"), ("esday", "Tuesday"),
                          ("yes", "yes"), ("S. plan", "U.S.")):
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                          point(view, text.index(clicked), dx=2))
        assert shown(view) == word, clicked
