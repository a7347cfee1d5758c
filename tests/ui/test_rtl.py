"""Right-to-left text in the text view: an Arabic article (with Latin names and numbers inside its lines)
and a Hebrew line read, select and mark on the right glyphs. Drags are real mouse drags at the carets Qt
places for logical offsets; what Qt paints for a selection is the reference for where glyphs are."""
from __future__ import annotations

from pathlib import Path

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
    columns = _columns(view.viewport().grab().toImage(), y, view.palette().highlight().color())
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
    assert painted and not _near(painted, covered) and not _near(covered, painted, 3)
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
