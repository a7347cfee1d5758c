"""The page view by keyboard and mouse as in the text view (an outside tester, stop 55): Tab and Shift+Tab step
through the annotations (Tab left for the Library's filter box), a drag held past the bottom edge scrolls on and
selects across the page break, a double-click selects the word (an abbreviation with its stops), a triple-click
the paragraph."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.edge_scroll import edge_step, next_mark
from reader.ui.mainwindow import MainWindow

LAST = "The quay closed after a naïve café survey found cracks."
FIRST = "Repairs began in spring and ended late."


def _pdf(path: Path) -> Path:
    doc = pymupdf.open()
    for number in range(2):
        page = doc.new_page(width=420, height=595)
        page.insert_text((50, 60), f"Quay report part {number + 1}", fontsize=16)
        page.insert_text((50, 100), "The group A.P. Moller said the berths reopen.", fontsize=11)
        page.insert_text((50, 560 if number == 0 else 130), LAST if number == 0 else FIRST, fontsize=11)
    doc.save(path)
    return path


def _open(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> str:
    record = window.service.add_file(_pdf(tmp_path / "quay.pdf")).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    qtbot.waitUntil(lambda: 0 in window.page_view.canvas.cached_pages(), timeout=10_000)
    return window.document.text  # type: ignore[union-attr]


def _at(window: MainWindow, page: int, x: float, y: float) -> QPoint:
    canvas = window.page_view.canvas
    rect = canvas.page_rect(page)
    return QPoint(int(rect.left() + x * canvas.zoom), int(rect.top() + y * canvas.zoom))


def _word(window: MainWindow, page: int, word: str) -> QPoint:
    with pymupdf.open(window.document.source_path) as pdf:  # type: ignore[union-attr]
        r = pdf[page].search_for(word)[0]
    return _at(window, page, r.x0 + 2, (r.y0 + r.y1) / 2)


def test_tab_and_shift_tab_step_through_the_annotations_on_the_page(window: MainWindow, qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    text = _open(window, qtbot, tmp_path)
    canvas = window.page_view.canvas
    for quote, key in (("Quay report part 1", Qt.Key.Key_H), ("A.P. Moller", Qt.Key.Key_2),
                       ("naïve café survey", Qt.Key.Key_H)):
        start = text.index(quote)
        canvas.select_range(start, start + len(quote))
        canvas.setFocus()
        qtbot.keyClick(canvas, key)
    ids = [a.id for a in sorted(window.annotations, key=lambda a: a.target.start)]
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=_at(window, 0, 300, 300))  # a blank: nothing selected
    window.select_annotation(None)
    chosen = []
    for key in (Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
        qtbot.keyClick(canvas, key)
        chosen.append(window.session.selected)
        assert QApplication.focusWidget() is canvas  # (it went to the Library's filter box)
    assert chosen == [ids[0], ids[1], ids[2], ids[0], ids[2]]


def test_a_drag_held_past_the_bottom_edge_scrolls_and_selects_across_the_page_break(window: MainWindow,
                                                                                    qtbot: QtBot,
                                                                                    tmp_path: Path) -> None:
    text = _open(window, qtbot, tmp_path)
    view, canvas = window.page_view, window.page_view.canvas
    view.set_percent(250)  # the last line of page 1 and the first of page 2 never on screen together
    press = _word(window, 0, "naïve")
    view.verticalScrollBar().setValue(int(press.y() + view.verticalScrollBar().value() - canvas.height() + 60))
    press = _word(window, 0, "naïve")
    qtbot.waitUntil(lambda: canvas.char_top(0, text.index("naïve")) is not None, timeout=10_000)  # (rendered at
    # this zoom: its characters known)
    assert 0 < press.y() < canvas.height() and canvas.page_rect(1).top() > canvas.height()  # page 2 out of sight
    before = view.verticalScrollBar().value()
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(canvas, QPoint(press.x() + 40, canvas.height() + 40))  # past the bottom edge, then held still
    qtbot.waitUntil(lambda: (canvas.selected_range() or (0, 0))[1] > text.index(FIRST), timeout=10_000)
    assert view.verticalScrollBar().value() > before
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(press.x() + 40, canvas.height() - 5))
    start, end = canvas.selected_range()  # type: ignore[misc]
    assert text[start:].startswith("naïve café survey found cracks.") and end > text.index(FIRST)
    scrolled = view.verticalScrollBar().value()
    qtbot.wait(200)  # (the edge timer's ticks, had it not stopped with the release)
    assert view.verticalScrollBar().value() == scrolled


def test_a_held_drag_ends_when_another_document_opens(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The edge timer went on extending a selection in the next document from the last one's press offset (an
    undo now opens the document it changes, so Ctrl+Z during a drag can do it; an outside tester, stop 55)."""
    _open(window, qtbot, tmp_path)
    canvas = window.page_view.canvas
    press = _word(window, 0, "A.P.")
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(canvas, QPoint(press.x(), canvas.height() + 40))
    second = tmp_path / "second.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 60), "Another report entirely, with other words.", fontsize=11)
    doc.save(second)
    record = window.service.add_file(second).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    qtbot.wait(200)  # (the edge timer's ticks, had it gone on)
    assert canvas.selected_range() is None


def test_double_and_triple_clicks_on_the_page_select_the_word_and_the_line(window: MainWindow, qtbot: QtBot,
                                                                           tmp_path: Path) -> None:
    text = _open(window, qtbot, tmp_path)
    canvas = window.page_view.canvas
    at = _word(window, 0, "A.P.")
    qtbot.mouseDClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    start, end = canvas.selected_range()  # type: ignore[misc]
    assert text[start:end] == "A.P."
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)
    start, end = canvas.selected_range()  # type: ignore[misc]
    assert text[start:end] == "The group A.P. Moller said the berths reopen"
    qtbot.keyClick(canvas, Qt.Key.Key_H)
    assert [a.target.exact for a in window.annotations] == ["The group A.P. Moller said the berths reopen"]  # as a
    # triple-click's mark in the text view: less the full stop


def test_edge_steps_and_the_next_mark() -> None:
    assert [edge_step(y, 500) for y in (-200, -3, 0, 250, 500, 503, 530, 900)] == [-80, -8, 0, 0, 0, 8, 30, 80]
    assert next_mark([], None, 1) is None
    assert [next_mark(["a", "b", "c"], s, d) for s, d in ((None, 1), (None, -1), ("c", 1), ("a", -1), ("b", 1),
                                                           ("gone", 1))] == ["a", "c", "a", "c", "c", "a"]


def _report(path: Path) -> Path:
    """Four pages, each under the running head "Harbour Gazette quarterly report" 40 pt above its first line."""
    doc = pymupdf.open()
    for number in range(4):
        page = doc.new_page(width=420, height=595)
        page.insert_text((50, 40), "Harbour Gazette quarterly report", fontsize=9)
        page.insert_text((50, 100), f"The Northern district grew by {number + 2} per cent in the quarter.", fontsize=11)
        page.insert_text((50, 560), f"Page {number + 1}", fontsize=9)
    doc.save(path)
    return path


def test_a_drag_over_a_running_head_selects_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The running head is not in the text: a drag over it selected the nearest body word ("Northern"), and a type
    key marked it (an outside tester, stop 56). A drag from the margin into the text still selects."""
    record = window.service.add_file(_report(tmp_path / "report.pdf")).record
    assert record is not None and "Harbour Gazette" not in record.text
    window.refresh_library()
    window.open_document(record.id)
    qtbot.waitUntil(lambda: 0 in window.page_view.canvas.cached_pages(), timeout=10_000)
    canvas = window.page_view.canvas
    start, end = _word(window, 0, "Harbour"), _word(window, 0, "report")
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas, end)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=end)
    assert canvas.selected_range() is None
    qtbot.keyClick(canvas, Qt.Key.Key_5)
    assert window.annotations == []
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=start)  # from the running head into the text
    qtbot.mouseMove(canvas, _word(window, 0, "district"))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=_word(window, 0, "district"))
    selected = canvas.selected_range()
    assert selected is not None and record.text[selected[0]:selected[1]].startswith("The Northern")


def test_a_drag_from_blank_to_blank_across_paragraphs_selects_them(window: MainWindow, qtbot: QtBot,
                                                                   tmp_path: Path) -> None:
    """Pressed in the blank above a paragraph and released in the blank below the next: neither end is on a line,
    but the drag passes over them (the first off-text rule selected nothing: a tester on the fixes, stop 56)."""
    record = window.service.add_file(_report(tmp_path / "report.pdf")).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    qtbot.waitUntil(lambda: 0 in window.page_view.canvas.cached_pages(), timeout=10_000)
    canvas = window.page_view.canvas
    above, below = _at(window, 0, 60, 70), _at(window, 0, 300, 130)  # 20 pt above and below the body line
    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=above)
    qtbot.mouseMove(canvas, below)
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=below)
    selected = canvas.selected_range()
    assert selected is not None and "Northern district grew" in record.text[selected[0]:selected[1]]
