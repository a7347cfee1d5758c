"""The mouse and keys on the page canvas, as in the text view: a drag selects whole words (Alt: the characters as
dragged) and scrolls on while held past the top or bottom edge; a double-click selects the word, a triple-click the
paragraph; a click picks a mark or a suggestion; a type key marks the selection; Tab and Shift+Tab step through the
marks; Delete deletes the selected one; Enter and Backspace accept or reject the current suggestion. Split from
`page_canvas` (which draws): the canvas provides where pages are and their rendered characters."""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QWidget

from annotations.model import PageArea
from annotations.selection import paragraph_at, snap_selection, word_around
from reader.document.textmodel import Document
from reader.ui.annotation_keys import key_intent, suggestion_verdict
from reader.ui.edge_scroll import EdgeScroll, next_mark
from reader.ui.text_pointer import follows_double_click

OFF_TEXT = 8.0
"""Points above or below the nearest line of the text beyond which a place is off the text (lines of body text sit
closer than this to the next; a running head, a page number or a figure's words are farther)."""


class PagePointer(QWidget):
    """The pointer and keys of `PageCanvas` (its base class): intent signals only, no store or service."""

    annotateRequested = Signal(str, str, int, int)
    annotationSelected = Signal(str)
    deleteRequested = Signal(str)
    suggestionClicked = Signal(int)
    suggestionKey = Signal(str)  # "accept" | "reject"
    scrollRequested = Signal(int)  # pixels down (negative: up): a drag held past the top or bottom edge

    document: Document | None
    type_keys: dict[str, str]
    suggestion_focus: bool
    _marks: list[tuple[str, str, tuple[PageArea, ...]]]
    _selected: str | None
    _current_suggestion: int

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._selection: tuple[int, int] | None = None
        self._press: tuple[int, QPointF] | None = None
        self._exact = False
        self._edge = EdgeScroll(self)
        self._edge.step.connect(self._edge_step)
        self._dragged_to: QPointF | None = None
        self._double_click: tuple[int, QPoint] | None = None  # (timestamp, where): a press soon after is a triple

    # -- what the canvas provides ---------------------------------------------------------------------
    def page_at(self, y: float) -> int:
        raise NotImplementedError

    def _on_page(self, index: int, pos: QPointF) -> tuple[float, float]:
        raise NotImplementedError

    def page_chars(self, index: int) -> tuple[tuple[int, float, float, float, float], ...] | None:
        raise NotImplementedError

    def suggestion_at(self, offset: int) -> int:
        raise NotImplementedError

    def focus_suggestion(self, index: int) -> None:
        raise NotImplementedError

    # -- selection --------------------------------------------------------------------------------------
    def end_drag(self) -> None:
        """No selection and no drag going on (another document opened)."""
        self._selection, self._press, self._dragged_to = None, None, None
        self._edge.stop()

    def _char_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(page, canonical offset) of the character nearest to `pos` on a rendered page: a character level with
        `pos` counts its horizontal distance at a quarter, one above or below by dx + 4·dy (pressed in the blank
        right of a short line's end, the longer line below won at 60 pt; an outside tester, stop 54)."""
        hit = self._nearest(pos)
        return (hit[0], hit[1]) if hit is not None else None

    def _nearest(self, pos: QPointF) -> tuple[int, int, float] | None:
        """`_char_at`, with how far (in points, up or down) `pos` is from that character's line."""
        index = self.page_at(pos.y())
        chars = self.page_chars(index)
        if chars is None:
            return None
        x, y = self._on_page(index, pos)  # lines run along x on the unrotated page, whatever the rotation
        best, best_d, best_dy = None, float("inf"), 0.0
        for offset, x0, y0, x1, y1 in chars:
            dx = 0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            dy = 0 if y0 <= y <= y1 else min(abs(y - y0), abs(y - y1))
            d = dx / 4 if dy == 0 else dx + 4 * dy  # level with the press: its own line's end beats the next line
            if d < best_d:
                best, best_d, best_dy = offset, d, dy
        return (index, best, best_dy) if best is not None else None

    def _sweeps_text(self, a: QPointF, b: QPointF) -> bool:
        """Whether a drag from `a` to `b` passes over lines of the text: from the blank above a paragraph to the blank
        below the next it does, though neither end is on a line (a tester on the fixes, stop 56)."""
        page = self.page_at(a.y())
        if self.page_at(b.y()) != page:
            return True
        (_, ya), (_, yb) = self._on_page(page, a), self._on_page(page, b)
        low, high = min(ya, yb), max(ya, yb)
        return any(y0 <= high and y1 >= low for _, _, y0, _, y1 in self.page_chars(page) or ())

    def _off_text(self, pos: QPointF) -> bool:
        """Whether `pos` is away from every line of the text (`OFF_TEXT` points above or below the nearest): on a
        running head, a page number, a figure or the margin, none of which is in the document's text."""
        hit = self._nearest(pos)
        return hit is None or hit[2] > OFF_TEXT

    def selected_range(self) -> tuple[int, int] | None:
        return self._selection

    def select_range(self, start: int, end: int) -> None:
        self._selection = (start, end) if end > start else None
        self.update()

    def clear_selection(self) -> None:
        self._selection, self._press = None, None
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self.setFocus()
        hit = self._char_at(event.position())
        if hit is not None and self._triple_click(event):  # the paragraph, as in the text view
            self._press, self._selection = None, None
            text = self.document.text if self.document else ""
            self.select_range(*snap_selection(text, *paragraph_at(text, hit[1])))
            return
        self._press = (hit[1], event.position()) if hit else None
        self._exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._selection = None
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - the word, as in the text view
        hit = self._char_at(event.position())
        if hit is not None and self.document is not None:
            self._press = None
            self.select_range(*word_around(self.document.text, hit[1]))
        self._double_click = (event.timestamp(), event.position().toPoint())

    def _triple_click(self, event: QMouseEvent) -> bool:
        last, self._double_click = self._double_click, None
        return follows_double_click(last, event)

    def _edge_step(self, pixels: int) -> None:
        """The view scrolled on under a drag held past its edge: the selection reaches what came under it."""
        if self._press is None:  # (the drag ended another way: a document opened, the selection cleared)
            self._edge.stop()
            return
        self.scrollRequested.emit(pixels)
        if self._dragged_to is not None and self._press is not None:
            y = min(max(self._dragged_to.y(), 1.0), self.height() - 1.0)
            self._extend(QPointF(self._dragged_to.x(), y))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        self._dragged_to = event.position()
        self._edge.follow(event.position().y(), self.height())
        self._extend(event.position())

    def _extend(self, pos: QPointF) -> None:
        assert self._press is not None
        hit = self._char_at(pos)
        if self._off_text(self._press[1]) and self._off_text(pos) and not self._sweeps_text(self._press[1], pos):
            self._selection = None  # a drag that never touched the text (over a running head) selected the nearest
            self.update()  # body word, and a type key marked it (an outside tester, stop 56)
            return
        if hit is not None:  # whole words, punctuation trimmed, as in the text view (Alt: exact characters)
            a, b = sorted((self._press[0], hit[1]))
            text = self.document.text if self.document else ""
            start, end = snap_selection(text, a, b + 1, exact=self._exact)
            self._selection = (start, end) if end > start else None
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._edge.stop()
        self._dragged_to = None
        if self._press is not None and (event.position() - self._press[1]).manhattanLength() < 3:
            self._selection = None
            hit = self._char_at(event.position())
            suggested = self.suggestion_at(hit[1]) if hit is not None else -1
            if suggested >= 0 and not any(self._contains(areas, hit[0], event.position())  # type: ignore[index]
                                          for _, _, areas in self._marks):
                self.focus_suggestion(suggested)
                self.suggestionClicked.emit(suggested)
            elif hit is not None:
                for annotation_id, _, areas in self._marks:
                    if self._contains(areas, hit[0], event.position()):
                        self.annotationSelected.emit(annotation_id)
                        break
        self._press = None
        self.update()

    def _contains(self, areas: tuple[PageArea, ...], index: int, pos: QPointF) -> bool:
        x, y = self._on_page(index, pos)
        for area in areas:
            if area.page == index:
                for quad in area.quads:
                    x0, y0, x1, y1 = quad.rect()
                    if x0 <= x <= x1 and y0 <= y <= y1:
                        return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        text = event.text()
        if self._selection is not None and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                                                  Qt.KeyboardModifier.ShiftModifier):
            start, end = self._selection
            intent = key_intent(text, self.type_keys) if end > start else None
            if intent is not None:
                self.clear_selection()  # marked: the next key must not mark the same span again
                self.annotateRequested.emit(intent[0], intent[1], start, end)
                return
        verdict = suggestion_verdict(event.key()) if self.suggestion_focus and self._current_suggestion >= 0 else None
        if verdict is not None:
            self.suggestionKey.emit(verdict)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self._selected:
            self.deleteRequested.emit(self._selected)
            return
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and self._marks:  # next / previous annotation
            chosen = next_mark([m[0] for m in self._marks], self._selected,
                               -1 if event.key() == Qt.Key.Key_Backtab else 1)
            if chosen is not None:
                self.annotationSelected.emit(chosen)
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next_: bool) -> bool:  # noqa: N802 - keep Tab for annotation stepping
        return False
