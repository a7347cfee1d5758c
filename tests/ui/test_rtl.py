"""Right-to-left text in the text view and the page view: an Arabic article (with Latin names and numbers
inside its lines), a Hebrew line, a document mixing directions and an Arabic PDF read, select and mark on
the right glyphs. Drags are real mouse drags at the carets Qt
places for logical offsets; what Qt paints for a selection is the reference for where glyphs are."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.text_view import Mark, TextView
from tests.conftest import SAMPLES

HEBREW = "ועדת הנמל אישרה ביום חמישי את המחסום. לדברי מרתה לינדקוויסט (Marta Lindqvist) העלות היא 48 מיליון אירו.\n"


def _open(window: MainWindow, path: Path) -> tuple[str, TextView]:
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    return window.service.document(record.id).text, window.text_view


def _caret(view: TextView, offset: int) -> QPoint:
    cursor = QTextCursor(view.document())
    cursor.setPosition(offset)
    return view.cursorRect(cursor).center()


def _glyph(qtbot: QtBot, view: TextView, offset: int) -> QPoint:
    """The middle of the glyph of character `offset`, where Qt paints it selected (at a direction change a
    caret position is ambiguous; a glyph is not)."""
    columns, y = _painted(qtbot, view, offset, offset + 1)
    return QPoint((min(columns) + max(columns)) // 2, y)


def _drag(qtbot: QtBot, view: TextView, start: int, end: int) -> None:
    """Press on the first character's glyph, move, release on the last one's: as a reader drags."""
    first, last = _glyph(qtbot, view, start), _glyph(qtbot, view, end - 1)
    viewport = view.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    qtbot.mouseMove(viewport, QPoint((first.x() + last.x()) // 2, first.y()))
    qtbot.mouseMove(viewport, last)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last)


def _near(columns: set[int], others: set[int], slack: int = 2) -> set[int]:
    """The columns of `columns` with no column of `others` within `slack` pixels."""
    return {x for x in columns if not any(x + d in others for d in range(-slack, slack + 1))}


def _columns(image: QImage, y: int, color: QColor) -> set[int]:
    return {x for x in range(image.width()) if image.pixelColor(x, y) == color}


def _painted(qtbot: QtBot, view: TextView, start: int, end: int) -> tuple[set[int], int]:
    """The viewport columns Qt paints as selected for [start, end) on its line, and that line's middle y."""
    view.select_range(start, end)
    qtbot.waitUntil(lambda: view.textCursor().selectionStart() == start)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    y = view.cursorRect(cursor).center().y()
    image, colour = view.viewport().grab().toImage(), view.palette().highlight().color()
    columns = {x for row in range(y - 3, y + 4) for x in _columns(image, row, colour)}  # (a glyph's stroke across
    # one row hides the selection behind it: a 7 px bar of ל at the middle row read as an unpainted gap)
    view.clear_selection()
    return columns, y


def _covered(view: TextView, start: int, end: int, y: int) -> set[int]:
    return {x for r in view.range_rects(start, end) if r.top() <= y <= r.bottom()
            for x in range(round(r.left()), round(r.right()))}


def test_an_arabic_word_and_a_latin_name_inside_arabic_are_selected_by_a_drag(window: MainWindow,
                                                                              qtbot: QtBot) -> None:
    text, view = _open(window, SAMPLES / "ar_gas_contract.txt")
    for word in ("أوستكرافت", "Ostkraft", "يوناس ألبرشت", "Nordgrid"):
        start = text.index(word, text.index("\n\n"))
        end = start + len(word)
        _drag(qtbot, view, start, end)  # on an Arabic line the drag runs from right to left
        assert view.selected_range() == (start, end), word
        view.clear_selection()
    start = text.index("يوناس ألبرشت")
    end = start + len("يوناس ألبرشت")
    first, last = _glyph(qtbot, view, end - 1), _glyph(qtbot, view, start)  # backwards: from the last glyph
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, first)
    qtbot.mouseMove(view.viewport(), last)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, last)
    assert view.selected_range() == (start, end)


def test_a_drag_that_starts_inside_an_arabic_word_snaps_to_the_whole_word(window: MainWindow, qtbot: QtBot) -> None:
    text, view = _open(window, SAMPLES / "ar_gas_contract.txt")
    start = text.index("هيلينا براندت")
    _drag(qtbot, view, start + 2, start + len("هيلينا براندت") - 2)  # from the third letter to the third last
    assert view.selected_range() == (start, start + len("هيلينا براندت"))


def test_suggestion_outlines_cover_the_glyphs_qt_paints_for_the_range(window: MainWindow, qtbot: QtBot) -> None:
    """A range across a direction change ("grid هيلينا" in "لشركة Nordgrid هيلينا") is two pieces on screen:
    the outline must not cover "Nord", which lies between them."""
    text, view = _open(window, SAMPLES / "ar_gas_contract.txt")
    at = text.index("Nordgrid هيلينا")
    for start, end in ((at + 4, at + len("Nordgrid هيلينا")), (at, at + len("Nordgrid")),
                       (text.index("أوستكرافت (Ostkraft)"), text.index("أوستكرافت (Ostkraft)") + 20)):
        painted, y = _painted(qtbot, view, start, end)
        covered = _covered(view, start, end, y)
        assert painted and not _near(painted, covered), (text[start:end], sorted(_near(painted, covered)))
        assert min(covered) >= min(painted) - 5 and max(covered) <= max(painted) + 5, text[start:end]
    nord, y = _painted(qtbot, view, at, at + 4)
    inner = {x for x in nord if min(nord) + 2 < x < max(nord) - 2}
    assert inner and not inner & _covered(view, at + 4, at + len("Nordgrid هيلينا"), y)


def test_a_mark_on_an_arabic_name_is_painted_on_its_glyphs(window: MainWindow, qtbot: QtBot) -> None:
    text, view = _open(window, SAMPLES / "ar_gas_contract.txt")
    start = text.index("هيلينا براندت")
    end = start + len("هيلينا براندت")
    glyphs, y = _painted(qtbot, view, start, end)
    view.set_marks([Mark("m1", start, end, "#00AA00", "entity")])
    qtbot.waitUntil(lambda: bool(view.extraSelections()))
    image = view.viewport().grab().toImage()
    greenish = {x for x in range(image.width())
                if (c := image.pixelColor(x, y)).green() > c.red() + 40 and c.green() > c.blue() + 40}
    assert greenish and min(glyphs) - 3 <= min(greenish) and max(greenish) <= max(glyphs) + 3
    assert abs(min(greenish) - min(glyphs)) <= 3 and abs(max(greenish) - max(glyphs)) <= 3


def test_hebrew_reads_selects_and_marks(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "hebrew.txt"
    path.write_text(HEBREW, encoding="utf-8")
    text, view = _open(window, path)
    for word in ("לינדקוויסט", "Marta Lindqvist", "48"):
        start = text.index(word)
        _drag(qtbot, view, start, start + len(word))
        assert view.selected_range() == (start, start + len(word)), word
        view.clear_selection()
    start = text.index("מרתה לינדקוויסט")
    painted, y = _painted(qtbot, view, start, start + len("מרתה לינדקוויסט"))
    covered = _covered(view, start, start + len("מרתה לינדקוויסט"), y)
    space = view.fontMetrics().horizontalAdvance(" ")
    overhang = {x for x in _near(covered, painted, 3) if x - min(covered) < space or max(covered) - x < space}
    assert painted and not _near(painted, covered) and not _near(covered, painted, 3) - overhang
    # (Left: where the name ends a right-to-left run before "(Marta…", Qt's glyph run for it reaches one space
    # further left than its painted selection, so the frame overhangs by a space there; seen once the window kept
    # its given size, stop 54.)
    view.grab().save(str(tmp_path / "hebrew.png"))


MIXED = ("Nordgrid signs a gas contract.\n"
         "وقّعت شركة نوردغريد عقداً جديداً.\n"
         "ועדת הנמל אישרה את המחסום.\n"
         "The plant restarts in November.\n")


def test_right_to_left_paragraphs_start_at_the_right_margin_and_left_to_right_ones_at_the_left(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """Each paragraph takes its own direction's alignment; a drag on a right-aligned line still selects
    what is under the pointer, and a mark is painted on those glyphs."""
    path = tmp_path / "mixed.txt"
    path.write_text(MIXED, encoding="utf-8")
    text, view = _open(window, path)
    edges = {}
    for line in MIXED.splitlines():
        start = text.index(line)
        painted, _ = _painted(qtbot, view, start, start + len(line))
        edges[line[:5]] = (min(painted), max(painted))
    left_margin = min(edges["Nordg"][0], edges["The p"][0])
    right_margin = max(edges["وقّعت"][1], edges["ועדת "][1])
    assert abs(edges["Nordg"][0] - edges["The p"][0]) <= 2  # English: both at the left margin
    assert abs(edges["وقّعت"][1] - edges["ועדת "][1]) <= 2  # Arabic and Hebrew: both at the right margin
    assert edges["وقّعت"][0] > left_margin + 100 and edges["The p"][1] < right_margin - 100
    assert right_margin > view.viewport().width() * 0.8
    for word in ("نوردغريد", "המחסום"):
        start = text.index(word)
        _drag(qtbot, view, start, start + len(word))
        assert view.selected_range() == (start, start + len(word)), word
        view.clear_selection()
    start = text.index("نوردغريد")
    glyphs, y = _painted(qtbot, view, start, start + len("نوردغريد"))
    view.set_marks([Mark("m1", start, start + len("نوردغريد"), "#00AA00", "entity")])
    qtbot.waitUntil(lambda: bool(view.extraSelections()))
    image = view.viewport().grab().toImage()
    greenish = {x for x in range(image.width())
                if (c := image.pixelColor(x, y)).green() > c.red() + 40 and c.green() > c.blue() + 40}
    assert greenish and abs(min(greenish) - min(glyphs)) <= 3 and abs(max(greenish) - max(glyphs)) <= 3
    window.grab().save(str(tmp_path / "mixed.png"))
    view.grab().save("/tmp/rtl_mixed.png")


ARABIC_HTML = ('<p dir="rtl" style="font-size:18pt">وقّعت شركة أوستكرافت عقداً جديداً مع شركة Nordgrid في قطر.</p>'
               '<p dir="rtl" style="font-size:18pt">وأكدت وزيرة الطاقة صوفيا راوتيو أن العقد مهم جداً.</p>')


def _arabic_pdf(path: Path) -> None:
    """An Arabic PDF made here: PyMuPDF's HTML box shapes the text right to left with the Noto Naskh Arabic
    font MuPDF ships; its text layer holds presentation forms (ﺷﺮﻛﺔ), as many real Arabic PDFs do."""
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=595, height=842)
        page.insert_htmlbox(pymupdf.Rect(72, 72, 523, 400), ARABIC_HTML)
        pdf.save(path)


def _word_box(path: Path, word: str) -> pymupdf.Rect:
    """The box PyMuPDF gives the word on the page (its letters folded from presentation forms)."""
    with pymupdf.open(path) as pdf:
        words = pdf[0].get_text("words")
    [box] = [pymupdf.Rect(w[:4]) for w in words if unicodedata.normalize("NFKC", w[4]).strip(".،") == word]
    return box


def test_an_arabic_pdf_selects_by_a_drag_over_the_glyphs_and_marks_them(window: MainWindow, qtbot: QtBot,
                                                                        tmp_path: Path) -> None:
    path = tmp_path / "arabic.pdf"
    _arabic_pdf(path)
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    assert window.stack.currentWidget() is window.page_view
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    text = window.document.text  # type: ignore[union-attr]
    page = canvas.page_rect(0)
    z = canvas.zoom

    def at(x: float, y: float) -> QPoint:
        return QPoint(int(page.left() + x * z), int(page.top() + y * z))

    for word in ("أوستكرافت", "صوفيا راوتيو", "Nordgrid"):
        start = text.index(word)
        boxes = [_word_box(path, w) for w in word.split()]
        right, left = boxes[0], boxes[-1]  # right to left: the first word is the rightmost
        if word.isascii():
            right, left = left, right
        y = (right.y0 + right.y1) / 2
        first = at(right.x1 - 2, y) if not word.isascii() else at(left.x0 + 2, y)  # the first letter's glyph
        last = at(left.x0 + 2, y) if not word.isascii() else at(right.x1 - 2, y)
        qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=first)
        qtbot.mouseMove(canvas, QPoint((first.x() + last.x()) // 2, first.y()))
        qtbot.mouseMove(canvas, last)
        qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=last)
        assert canvas.selected_range() == (start, start + len(word)), word
    start = text.index("صوفيا راوتيو")
    canvas.select_range(start, start + len("صوفيا راوتيو"))
    row = int(page.top() + (_word_box(path, "صوفيا").y0 + _word_box(path, "صوفيا").y1) / 2 * z)
    canvas.clear_selection()
    before = canvas.grab().toImage()
    canvas.setFocus()
    canvas.select_range(start, start + len("صوفيا راوتيو"))
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    [annotation] = window.annotations
    assert annotation.target.exact == "صوفيا راوتيو" and annotation.target.areas
    canvas.clear_selection()
    qtbot.waitUntil(lambda: bool(canvas.marks))
    after = canvas.grab().toImage()
    marked = {x for x in range(after.width()) if after.pixelColor(x, row) != before.pixelColor(x, row)}
    name = _word_box(path, "صوفيا") | _word_box(path, "راوتيو")
    assert marked and min(marked) >= page.left() + name.x0 * z - 3 and max(marked) <= page.left() + name.x1 * z + 3
    assert len(marked) >= 0.8 * (name.x1 - name.x0) * z  # the glyphs are covered, not a sliver
    canvas.grab().save(str(tmp_path / "arabic_pdf.png"))
    window.grab().save("/tmp/rtl_pdf.png")
