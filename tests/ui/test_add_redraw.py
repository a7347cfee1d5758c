"""What the window redraws after one added highlight, now done edit by edit instead of in full (issue 17):
the library row's counts (kept by kind in the session, one row replaced), the Undo/Redo menu (the redo
label is read only when a step can have changed it), and the text view's marks (drawn once before the
next paint, for the range on screen as last found — found again after a scroll or a resize). Every step
is a user's: drags, keys, shortcuts, the scroll bar, a resize. The truth each check compares with is the
store (the counts) or a fresh look at what is on screen (the marks)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from reader.ui.models import DocumentRow
from tests.ui.test_selection import drag

LINES = 400
TEXT = "\n".join(f"Paragraph {i}: the harbour council met Maria Lund about berth {i} and the night ferry."
                 for i in range(LINES)) + "\n"


def _open_long(window: MainWindow, tmp_path: Path) -> str:
    """A 400-paragraph article with 'harbour' highlighted in each paragraph and every tenth 'ferry' a claim."""
    path = tmp_path / "long-article.txt"
    path.write_text(TEXT, encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    specs = []
    for i, line_start in enumerate(_line_starts()):
        start = TEXT.index("harbour", line_start)
        specs.append(AnnotationInput(Kind.HIGHLIGHT, start, start + len("harbour")))
        if i % 10 == 0:
            start = TEXT.index("ferry", line_start)
            specs.append(AnnotationInput(Kind.CLAIM, start, start + len("ferry")))
    window.service.annotate_many(record.id, specs)
    window.refresh_library()
    window.open_document(record.id)
    return record.id


def _line_starts() -> list[int]:
    starts, at = [], 0
    for line in TEXT.splitlines(keepends=True):
        starts.append(at)
        at += len(line)
    return starts


def _row(window: MainWindow, doc_id: str) -> DocumentRow:
    return window.library_panel.model.row_at(window.library_panel.model.row_of(doc_id))


def _counts_match_the_store(window: MainWindow, doc_id: str) -> None:
    stored = window.service.annotation_counts().get(doc_id, {})
    row = _row(window, doc_id)
    assert (row.entities, row.claims, row.other) == (
        stored.get("entity", 0), stored.get("claim", 0), stored.get("highlight", 0) + stored.get("note", 0))


def _mark_lund(window: MainWindow, qtbot: QtBot, paragraph: int, key: Qt.Key) -> tuple[int, int]:
    view = window.text_view
    start = TEXT.index("Maria Lund", _line_starts()[paragraph])
    span = start, start + len("Maria Lund")
    view.show_range(*span)
    drag(qtbot, view, *span)
    qtbot.keyClick(view, key)
    return span


def _drawn(window: MainWindow) -> list[tuple[str, bool]]:
    """The marks Qt draws (after the event queue ran): (annotation id, bold)."""
    view = window.text_view
    by_range = {(m.start, m.end): m.annotation_id for m in view.marks()}
    out = []
    for sel in view.extraSelections():
        start, end = sel.cursor.selectionStart(), sel.cursor.selectionEnd()  # (ASCII text: Qt = Python offsets)
        out.append((by_range[(start, end)], sel.format.fontWeight() >= 700))
    return out


def _expected(window: MainWindow) -> list[tuple[str, bool]]:
    """The marks in the character range on screen, found afresh (not from the view's cache)."""
    view = window.text_view
    viewport = view.viewport().rect()
    lo = view.cursorForPosition(viewport.topLeft()).position()
    hi = view.cursorForPosition(viewport.bottomRight()).position() + 1
    return [(m.annotation_id, m.annotation_id == window.session.selected)
            for m in view.marks() if m.start < hi and m.end > lo and m.start >= lo - 2000]


def test_an_added_highlight_and_its_undo_and_redo_update_the_library_row_and_the_undo_menu(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    doc_id = _open_long(window, tmp_path)
    before = _row(window, doc_id)
    _counts_match_the_store(window, doc_id)
    assert not window.redo_action.isEnabled()

    _mark_lund(window, qtbot, 30, Qt.Key.Key_H)
    after = _row(window, doc_id)
    assert (after.other, after.notes) == (before.other + 1, before.notes + 1)
    _counts_match_the_store(window, doc_id)
    assert window.undo_action.text() == "Undo " + window.service.undo_label()  # type: ignore[operator]
    assert not window.redo_action.isEnabled()

    _mark_lund(window, qtbot, 31, Qt.Key.Key_C)  # a claim: its own count
    assert _row(window, doc_id).claims == before.claims + 1
    _counts_match_the_store(window, doc_id)

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the claim goes
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the highlight goes
    assert _row(window, doc_id) == before
    _counts_match_the_store(window, doc_id)
    redo = window.service.redo_label()
    assert redo is not None and window.redo_action.isEnabled() and window.redo_action.text() == f"Redo {redo}"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _row(window, doc_id).other == before.other + 1
    _counts_match_the_store(window, doc_id)
    assert window.redo_action.isEnabled()  # the claim can still be redone

    _mark_lund(window, qtbot, 32, Qt.Key.Key_H)  # a new edit empties the redo stack: the menu says so
    assert window.service.redo_label() is None
    assert not window.redo_action.isEnabled() and window.redo_action.text() == "Redo"
    assert _row(window, doc_id).other == before.other + 2
    _counts_match_the_store(window, doc_id)


def test_an_added_highlight_is_drawn_bold_with_the_marks_on_screen_and_gone_after_undo(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open_long(window, tmp_path)
    start, end = _mark_lund(window, qtbot, 120, Qt.Key.Key_H)
    new = window.session.selected
    assert new is not None and window.session.annotation(new) is not None
    qtbot.waitUntil(lambda: (new, True) in _drawn(window))  # the posted redraw ran
    assert _drawn(window) == _expected(window)
    assert sum(bold for _, bold in _drawn(window)) == 1  # only the new one is bold

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: all(i != new for i, _ in _drawn(window)))
    assert _drawn(window) == _expected(window)
    assert all(m.annotation_id != new for m in window.text_view.marks())


def test_marks_follow_scrolling_and_resizing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open_long(window, tmp_path)
    view = window.text_view
    first = _drawn(window)
    assert first and first == _expected(window)
    bar = view.verticalScrollBar()
    view.setFocus()
    for _ in range(3):
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: bar.value() > 0)
    qtbot.waitUntil(lambda: _drawn(window) == _expected(window))
    assert _drawn(window) != first  # other paragraphs, other marks
    scrolled = _drawn(window)
    bar.setValue(bar.maximum())  # dragging the scroll bar to the end
    qtbot.waitUntil(lambda: _drawn(window) == _expected(window) and _drawn(window) != scrolled)
    window.resize(900, 600)  # narrower: lines wrap again, other characters on screen
    qtbot.waitUntil(lambda: _drawn(window) == _expected(window))
    window.text_view.set_reading_width(40)  # the column's margins change, the scroll position may not
    qtbot.waitUntil(lambda: _drawn(window) == _expected(window))
    assert _drawn(window)


def test_the_library_table_shows_the_new_count_and_re_sorts_by_it(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    """The open document's row is replaced in place: the '#' cell shows the new count; when the table is
    sorted by that column the row moves to its new place, and when it is filtered the filter still holds."""
    other = tmp_path / "other.txt"
    other.write_text("Another article about the harbour.\n" * 3, encoding="utf-8")
    other_record = window.service.add_file(other).record
    assert other_record is not None
    window.service.annotate_many(other_record.id, [AnnotationInput(Kind.HIGHLIGHT, 36 * i, 36 * i + 7)
                                                   for i in range(3)])
    path = tmp_path / "short.txt"
    path.write_text(TEXT[:2000], encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    window.service.annotate_many(record.id, [AnnotationInput(Kind.HIGHLIGHT, TEXT.index("harbour"),
                                                             TEXT.index("harbour") + 7)])
    window.refresh_library()
    window.open_document(record.id)
    table = window.library_panel.table
    header = table.horizontalHeader()
    notes = 3  # the '#' column
    x = header.sectionViewportPosition(notes) + header.sectionSize(notes) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))  # sort by '#'

    def shown() -> list[tuple[str, str]]:
        proxy = table.model()
        return [(proxy.index(r, 0).data(), str(proxy.index(r, notes).data())) for r in range(proxy.rowCount())]

    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    first = shown()
    assert sorted(int(n) for _, n in first) == [1, 3]
    assert [int(n) for _, n in first] == ([1, 3] if ascending else [3, 1])

    for paragraph in (1, 2, 3):
        _mark_lund(window, qtbot, paragraph, Qt.Key.Key_H)
    after = shown()
    mine = next(n for title, n in after if title == record.title)
    assert mine == "4"
    assert [int(n) for _, n in after] == ([3, 4] if ascending else [4, 3])  # it moved past the other one

    window.library_panel.filter.setText(other_record.title[:8])  # only the other document matches
    _mark_lund(window, qtbot, 4, Qt.Key.Key_H)
    assert [title for title, _ in shown()] == [other_record.title]
    window.library_panel.filter.setText("")
    assert dict(shown())[record.title] == "5"


def _framed(window: MainWindow, start: int, end: int) -> bool:
    """Whether the top edge of the span's first line rectangle is drawn dark (the selection's frame)."""
    view = window.text_view
    image = view.viewport().grab().toImage()
    rect = view.range_rects(start, end)[0]
    y = int(rect.top())
    xs = range(int(rect.left()) + 2, int(rect.right()) - 2)
    dark = sum(image.pixelColor(x, y).lightness() < 90 for x in xs)
    return dark >= 0.8 * len(xs)


def test_the_new_annotation_is_framed_and_after_undo_no_card_is_current(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open_long(window, tmp_path)
    start, end = _mark_lund(window, qtbot, 40, Qt.Key.Key_H)
    new = window.session.selected
    cards = window.annotations_panel.list
    assert cards.currentIndex().isValid() and cards.currentIndex().data(Qt.ItemDataRole.DisplayRole) == "Maria Lund"
    qtbot.waitUntil(lambda: _framed(window, start, end))

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.selected is None and window.session.annotation(new) is None
    assert not cards.currentIndex().isValid() and not cards.selectionModel().selectedIndexes()
    qtbot.waitUntil(lambda: not _framed(window, start, end))


def test_the_entity_index_follows_edits_while_shown_and_catches_up_when_shown_again(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open_long(window, tmp_path)
    reads: list[int] = []
    summaries = window.service.entity_summaries
    window.service.entity_summaries = lambda: reads.append(1) or summaries()  # type: ignore[method-assign]
    action = next(a for a in window.actions() if a.text() == "Entity index…")
    action.trigger()  # View > Entity index… (Ctrl+Shift+E)
    index = window.entity_index.window
    assert index is not None and index.isVisible()

    def mentions(name: str) -> int:
        rows = [r for r in index.model.rows() if r.name == name]
        return rows[0].mentions if rows else 0

    _mark_lund(window, qtbot, 50, Qt.Key.Key_1)  # a person: the open index shows it at once
    assert mentions("Maria Lund") == 1
    index.close()
    before = len(reads)
    _mark_lund(window, qtbot, 51, Qt.Key.Key_1)
    _mark_lund(window, qtbot, 52, Qt.Key.Key_H)
    assert len(reads) == before  # closed: no library-wide summaries read per edit
    action.trigger()
    assert index.isVisible() and mentions("Maria Lund") == 2  # shown again: up to date
