"""The reading view reads like an article: the headline, Markdown headings and EPUB chapter titles in larger
bold type, space between paragraphs (none inside a Markdown paragraph), and a drag still selects the words
under the mouse after the spacing — also in right-to-left text."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.reading_layout import reading_headings
from reader.ui.text_view import TextView
from tests.conftest import SAMPLES
from tests.ui.test_selection import drag, shown


def _open(window: MainWindow, name: str) -> str:
    record = window.service.add_file(SAMPLES / name).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    return record.text


def _block_top(view: TextView, offset: int) -> float:
    block = view.document().findBlock(offset)
    return view.blockBoundingGeometry(block).translated(view.contentOffset()).top()


def _heading_font(view: TextView, offset: int) -> QFont:
    cursor = QTextCursor(view.document().findBlock(offset))
    cursor.movePosition(QTextCursor.MoveOperation.NextCharacter)
    return cursor.charFormat().font()


def test_which_lines_are_headings() -> None:
    text = "Harbour council approves barrier\nBy Ines Varga\n\nThe council voted on Thursday.\n"
    assert reading_headings(text, "Harbour council approves barrier") == [(0, 1)]
    assert reading_headings(text, "Something else entirely") == []
    long_first = "The council voted on Thursday to build a barrier " * 6 + "\nMore."
    assert reading_headings(long_first, long_first[:100] + "…") == []  # a paragraph is not a headline
    md = "# Notes\n\nText.\n\n## Arrival\n\nMore text.\n"
    outline = [(1, "Notes", 0), (2, "Arrival", md.index("## Arrival"))]
    assert reading_headings(md, "Notes", outline) == [(0, 1), (md.index("## Arrival"), 2)]
    book = "Chapter 1. Who?\nBody text here.\nChapter 2. Grading\nMore body."
    chapters = [(1, "Chapter 1. Who?", 0), (1, "Chapter 2. Grading", book.index("Chapter 2")),
                (1, "Chapter 3. Missing", book.index("More body"))]  # not found: points at body text
    assert reading_headings(book, "A guide", chapters) == [(0, 1), (book.index("Chapter 2"), 1)]


def test_the_headline_is_larger_and_paragraphs_are_spaced(window: MainWindow, qtbot: QtBot) -> None:
    text = _open(window, "harbour_council.txt")
    view = window.text_view
    assert view.headings() == [(0, 1)]
    body = view.font().pointSizeF()
    headline = _heading_font(view, 0)
    assert headline.bold() and headline.pointSizeF() >= body * 1.4
    line = view.fontMetrics().lineSpacing()
    first, second = text.index("The Port Alder"), text.index("Council leader")
    first_block = view.document().findBlock(first)
    drawn = first_block.layout().lineCount() * line
    assert _block_top(view, second) - _block_top(view, first) >= drawn + 0.5 * line  # the paragraph gap
    view.grab().save("/tmp/reading-view-txt.png")
    view.set_font_size(18)  # headings follow the reader's type size
    assert _heading_font(view, 0).pointSizeF() >= 18 * 1.4


def test_markdown_headings_and_no_gap_inside_a_wrapped_paragraph(window: MainWindow) -> None:
    text = _open(window, "field_notes.md")
    view = window.text_view
    levels = dict(view.headings())
    arrival = text.index("## Arrival")
    assert levels[text.index("# Field notes")] == 1 and levels[arrival] == 2
    assert _heading_font(view, arrival).bold()
    wrapped = text.index("Arrived in Vesterby")
    next_line = text.index("visitors needed")  # the same paragraph, wrapped in the file
    lines = view.document().findBlock(wrapped).layout().lineCount()
    assert _block_top(view, next_line) - _block_top(view, wrapped) == lines * view.fontMetrics().lineSpacing()


def test_epub_chapter_titles_are_headings(window: MainWindow) -> None:
    text = _open(window, "reading_guide.epub")
    view = window.text_view
    assert view.headings() == [(0, 1), (text.index("Chapter 2."), 1)]
    assert _heading_font(view, text.index("Chapter 2.")).bold()


def test_a_drag_after_spaced_paragraphs_selects_the_words_under_the_mouse(window: MainWindow, qtbot: QtBot) -> None:
    text = _open(window, "harbour_council.txt")
    view = window.text_view
    start = text.index("Claire Dubois")
    drag(qtbot, view, start + 1, start + len("Claire Dubois") - 1)
    assert shown(view) == "Claire Dubois"
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert window.annotations[0].target.exact == "Claire Dubois"
    rect = view.range_rects(start, start + len("Claire Dubois"))[0]
    cursor = view.cursorForPosition(rect.center().toPoint())  # where it is drawn is where it is hit
    assert start <= cursor.position() <= start + len("Claire Dubois")


def test_right_to_left_text_drags_to_whole_words(window: MainWindow, qtbot: QtBot) -> None:
    text = _open(window, "ar_gas_contract.txt")
    view = window.text_view
    word = text.index("أوستكرافت (Ostkraft)")
    drag(qtbot, view, word + 2, word + len("أوستكرافت") - 2)
    assert shown(view) == "أوستكرافت"
    assert view.selected_range() == (word, word + len("أوستكرافت"))


def test_a_web_pages_subheadings_are_headings_and_in_the_outline(window: MainWindow, tmp_path: Path) -> None:
    from tests.document.test_html_headings import PAGE

    page = tmp_path / "bridge.html"
    page.write_text(PAGE, encoding="utf-8")
    record = window.service.add_file(page).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    text, view = record.text, window.text_view
    levels = dict(view.headings())
    assert levels[text.index("What the traders say")] == 2 and levels[text.index("Next steps")] == 3
    assert _heading_font(view, text.index("What the traders say")).bold()
    assert not _heading_font(view, text.index("The council voted")).bold()
    items = [window.outline.topLevelItem(i) for i in range(window.outline.topLevelItemCount())]
    titles = []
    while items:
        item = items.pop(0)
        titles.append(item.text(0))
        items += [item.child(i) for i in range(item.childCount())]
    assert {"What the traders say", "Next steps"} <= set(titles)
    headline = window.outline.topLevelItem(0)  # h1 > (h2 > h3, h2): two h2 are siblings, not nested
    assert [headline.child(i).text(0) for i in range(headline.childCount())] == [
        "What the traders say", "What the council says"]
    assert headline.child(0).child(0).text(0) == "Next steps"
    skipping = tmp_path / "skipping.html"  # a headline and <h3> sections (CNN's recap): the sections are siblings
    skipping.write_text(PAGE.replace("h2>", "h3>").replace("traders said", "merchants said"), encoding="utf-8")
    record = window.service.add_file(skipping).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    assert [(o[0], o[1]) for o in record.outline][1:] == [(3, "What the traders say"), (3, "Next steps"),
                                                          (3, "What the council says")]
    headline = window.outline.topLevelItem(0)
    assert [headline.child(i).text(0) for i in range(headline.childCount())] == [
        "What the traders say", "Next steps", "What the council says"]


def test_a_tall_window_opens_on_the_first_line_and_the_side_margins_take_a_drag(window: MainWindow,
                                                                                qtbot: QtBot) -> None:
    """The column was centred by the document's margin, which is as tall as it is wide: in a tall window the text
    began far down the view (169 px at 1920×1080, 1,129 px at 3840×2160; an outside tester, stop 54). The room beside
    the column is now the view's margins; a press there still starts a drag at the column's edge."""
    text = _open(window, "harbour_council.txt")
    window.resize(2400, 1500)
    view = window.text_view
    qtbot.waitUntil(lambda: view.viewportMargins().left() > 100)
    cursor = QTextCursor(view.document())
    cursor.setPosition(0)
    assert view.cursorRect(cursor).top() <= 30
    assert view.viewport().geometry().left() > 100  # the column is centred by the margins
    start = text.index("Claire Dubois")
    line_start = view.document().findBlock(start).position()
    rect = view.cursorRect(QTextCursor(view.document().findBlock(start)))
    beside = view.viewport().mapTo(view, rect.center()) - QPoint(view.viewport().geometry().left() // 2, 0)
    last = start + len("Claire Dubois")
    end = view.viewport().mapTo(view, view.range_rects(last - 2, last)[0].center().toPoint())  # on "Dubois"
    qtbot.mousePress(view, Qt.MouseButton.LeftButton, pos=beside)  # in the left margin, level with the line
    qtbot.mouseMove(view, end)
    qtbot.mouseRelease(view, Qt.MouseButton.LeftButton, pos=end)
    selected = view.selected_range()
    assert selected is not None and selected[0] == line_start and text[selected[0]:selected[1]].endswith("Claire Dubois")
