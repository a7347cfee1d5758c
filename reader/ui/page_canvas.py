"""The page canvas: the window-sized widget the page view draws pages on (virtual scrolling: it knows the
document's layout at the current zoom and the scroll position, and draws only the pages under it), with
highlights from each annotation's quads, dashed suggestion outlines, and text selection on the page mapped
back to canonical-text offsets (snapped to words like the text view's). Rendering and the byte-bounded
cache are `page_cache`'s.

Character boxes and quads are in points of the unrotated page (PyMuPDF's text layer, the stored quads, the
PDF's own annotations); a page with a /Rotate of 90, 180 or 270 is shown turned, so everything drawn on it goes
through the page's rotation matrix (`_shown`), and a mouse position comes back through its inverse."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotations.model import PageArea
from annotations.selection import paragraph_at, snap_selection, word_around
from reader.document.textmodel import Document
from reader.ui.annotation_keys import key_intent
from reader.ui.edge_scroll import EdgeScroll, next_mark
from reader.ui.page_cache import PageCache

if TYPE_CHECKING:  # PyMuPDF loads with the first page render, not with the window
    from PySide6.QtGui import QImage

    from reader.document.render import RenderedPage

GAP = 12
"""Pixels around and between pages."""
AROUND = 1
"""Pages above and below the visible ones still worth rendering (a request for anything further is dropped)."""
Turn = tuple[float, float, float, float, float, float]
UPRIGHT: Turn = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PageCanvas(QWidget):
    annotateRequested = Signal(str, str, int, int)
    annotationSelected = Signal(str)
    deleteRequested = Signal(str)
    renderRequested = Signal(int, float)
    suggestionClicked = Signal(int)
    suggestionKey = Signal(str)  # "accept" | "reject"
    layoutChanged = Signal()  # the document's size changed (zoom, pages): the scroll bars follow
    turnFound = Signal(int)  # a page was rendered for the first time and is shown rotated
    scrollRequested = Signal(int)  # pixels down (negative: up): a drag held past the top or bottom edge

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._edge = EdgeScroll(self)
        self._edge.step.connect(self._edge_step)
        self._dragged_to: QPointF | None = None
        self._double_click: tuple[int, QPoint] | None = None  # (timestamp, where): a press soon after is a triple
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.document: Document | None = None
        self.zoom = 1.0
        self._cache = PageCache()
        self._pending: set[tuple[int, float]] = set()
        self._tops: list[float] = []
        self.content_width, self.content_height = 0.0, 0.0
        self.scroll_x, self.scroll_y = 0, 0
        """The document point (in pixels at this zoom) at the canvas's top left."""
        self._marks: list[tuple[str, str, tuple[PageArea, ...]]] = []
        self._selected: str | None = None
        self._selection: tuple[int, int] | None = None
        self._press: tuple[int, QPointF] | None = None
        self._exact = False
        self.type_keys: dict[str, str] = {}
        self.sizes: list[tuple[float, float]] = []
        self._turns: dict[int, Turn] = {}
        """Each rendered page's rotation matrix (kept when its image leaves the cache: a few numbers a page)."""
        self._suggestions: list[tuple[int, int, str, bool]] = []
        self._current_suggestion = -1
        self.suggestion_focus = False

    def set_document(self, document: Document, sizes: list[tuple[float, float]]) -> None:
        self.document, self.sizes = document, sizes
        self._turns.clear()
        self._cache.clear()
        self._pending.clear()
        self._selection, self._press, self._dragged_to = None, None, None  # (a drag held past the edge went on
        self._edge.stop()  # selecting in the next document from the last one's offset: an outside tester, stop 55)
        self._layout()

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.25, min(6.0, zoom))
        self._cache.clear()
        self._pending.clear()
        self._layout()

    def _layout(self) -> None:
        self._tops, y = [], float(GAP)
        for _, h in self.sizes:
            self._tops.append(y)
            y += h * self.zoom + GAP
        self.content_width = max((w for w, _ in self.sizes), default=600) * self.zoom + 2 * GAP
        self.content_height = y
        self.layoutChanged.emit()
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - the scroll bars follow the window
        super().resizeEvent(event)
        self.layoutChanged.emit()

    def set_scroll(self, x: int, y: int) -> None:
        if (x, y) != (self.scroll_x, self.scroll_y):
            self.scroll_x, self.scroll_y = x, y
            self._forget_far_requests()
            self.update()

    def page_rect(self, index: int) -> QRectF:
        """Where page `index` is on the canvas (its own coordinates: mouse positions, painting)."""
        w, h = self.sizes[index]
        left = (max(self.width(), self.content_width) - w * self.zoom) / 2 - self.scroll_x
        return QRectF(left, self._tops[index] - self.scroll_y, w * self.zoom, h * self.zoom)

    def turn(self, index: int) -> Turn | None:
        """Page `index`'s rotation matrix (unrotated page points -> points as shown), once it was rendered."""
        return self._turns.get(index)

    def _shown(self, index: int) -> QTransform:
        """Unrotated page points of page `index` -> canvas pixels (rotation, zoom, the page's place)."""
        rect = self.page_rect(index)
        return (QTransform(*self._turns.get(index, UPRIGHT)) * QTransform.fromScale(self.zoom, self.zoom)
                * QTransform.fromTranslate(rect.left(), rect.top()))

    def _on_page(self, index: int, pos: QPointF) -> tuple[float, float]:
        """A canvas position in unrotated page points of page `index`."""
        back, _ = self._shown(index).inverted()
        point = back.map(pos)
        return point.x(), point.y()

    def shown_top(self, index: int, box: tuple[float, float, float, float]) -> float | None:
        """The top of a box (unrotated page points) on page `index` as shown, in points from the page's top; None
        while the page's rotation is unknown (it has not been rendered yet)."""
        turn = self._turns.get(index)
        if turn is None:
            return None
        x0, y0, x1, y1 = box
        return QTransform(*turn).mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))).top()

    def page_top(self, index: int) -> int:
        """Where page `index` starts in the document, in pixels at this zoom (the scroll position)."""
        return int(self._tops[index]) if 0 <= index < len(self._tops) else 0

    def page_at(self, y: float) -> int:
        """The page at canvas height `y` (the one above, in a gap between two)."""
        return max(0, bisect_right(self._tops, y + self.scroll_y) - 1)

    def visible_pages(self) -> range:
        if not self._tops:
            return range(0)
        return range(self.page_at(0), self.page_at(self.height()) + 1)

    def wanted(self, index: int, zoom: float) -> bool:
        """Still worth rendering (asked from the render thread before it starts a page)."""
        return (index, zoom) in self._pending

    def _forget_far_requests(self) -> None:
        """Scrolled away: renders not started for pages far from the screen are not wanted any more."""
        shown = self.visible_pages()
        near = range(shown.start - AROUND, shown.stop + AROUND)
        self._pending = {(i, z) for i, z in self._pending if i in near and z == self.zoom}

    @property
    def marks(self) -> list[tuple[str, str, tuple[PageArea, ...]]]:
        return list(self._marks)

    def set_suggestions(self, spans: list[tuple[int, int, str, bool]], current: int = -1) -> None:
        """Suggestions to outline, dashed, from the rendered pages' character boxes (no file access)."""
        self._suggestions = spans
        self._current_suggestion = current if 0 <= current < len(spans) else -1
        if self._current_suggestion < 0:
            self.suggestion_focus = False
        self.update()

    def focus_suggestion(self, index: int) -> None:
        self._current_suggestion = index if 0 <= index < len(self._suggestions) else -1
        self.suggestion_focus = self._current_suggestion >= 0
        self.update()

    def offset_rects(self, page: "RenderedPage", start: int, end: int) -> list[tuple[float, float, float, float]]:
        """Page-point rectangles, one per line, of the characters of [start, end) on `page`."""
        out: list[list[float]] = []
        for offset, x0, y0, x1, y1 in page.chars:
            if start <= offset < end:
                last = out[-1] if out else None
                if last is not None and abs(last[1] - y0) < 2 and x0 >= last[0] - 1:
                    last[2], last[3] = max(last[2], x1), max(last[3], y1)
                else:
                    out.append([x0, y0, x1, y1])
        return [(a, b, c, d) for a, b, c, d in out]

    def _paint_suggestions(self, painter: QPainter, shown: QTransform, page: "RenderedPage") -> None:
        if not self._suggestions or not page.chars:
            return
        lo, hi = page.chars[0][0], page.chars[-1][0] + 1
        for i, (start, end, color, underline) in enumerate(self._suggestions):
            if end <= lo or start >= hi:
                continue
            current = i == self._current_suggestion
            painter.setPen(QPen(QColor(color), 2.5 if current else 1.4, Qt.PenStyle.DashLine))
            fill = QColor(color)
            fill.setAlpha(45)
            for x0, y0, x1, y1 in self.offset_rects(page, start, end):
                r = shown.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
                if current:
                    painter.fillRect(r, fill)
                if underline:  # under the text's baseline side, wherever a rotated page shows it
                    painter.drawLine(shown.map(QPointF(x0, y1)), shown.map(QPointF(x1, y1)))
                else:
                    painter.drawRect(r)

    def suggestion_at(self, offset: int) -> int:
        hits = [i for i, (s, e, _, _) in enumerate(self._suggestions) if s <= offset < e]
        return min(hits, key=lambda i: self._suggestions[i][1] - self._suggestions[i][0]) if hits else -1

    def set_marks(self, marks: list[tuple[str, str, tuple[PageArea, ...]]], selected: str | None) -> None:
        if selected is not None and selected != self._selected:
            self.suggestion_focus = False
        self._marks, self._selected = marks, selected
        self.update()

    def on_rendered(self, rendered: "tuple[QImage, RenderedPage]") -> None:
        image, page = rendered
        self._pending.discard((page.index, page.zoom))
        if page.zoom != self.zoom or not 0 <= page.index < len(self.sizes):
            return
        if page.index not in self._turns:
            self._turns[page.index] = page.turn
            if page.turn != UPRIGHT:
                self.turnFound.emit(page.index)
        shown = self.visible_pages()
        self._cache.put(image, page, keep=lambda i: i in shown)
        self.update(self.page_rect(page.index).toRect())

    def cached_pages(self) -> list[int]:
        return list(self._cache)

    def cached_images(self) -> list["QImage"]:
        return [image for image, _ in self._cache.values()]

    def cache_bytes(self) -> int:
        return self._cache.bytes

    def char_top(self, index: int, offset: int) -> float | None:
        """Top of the first character at or after `offset` on page `index` as shown, in points from the page's top
        (if rendered)."""
        cached = self._cache.get(index)
        char = next((c for c in cached[1].chars if c[0] >= offset), None) if cached else None
        return self.shown_top(index, char[1:]) if char is not None else None

    def pending(self) -> bool:
        return bool(self._pending)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        visible = QRectF(event.rect())
        for index in self.visible_pages():
            rect = self.page_rect(index)
            if not rect.intersects(visible):
                continue
            cached = self._cache.get(index)
            if cached is None:
                painter.fillRect(rect, QColor("white"))
                if (index, self.zoom) not in self._pending:
                    self._pending.add((index, self.zoom))
                    self.renderRequested.emit(index, self.zoom)
                continue
            self._cache.touch(index)
            painter.drawImage(rect.topLeft(), cached[0])
            shown = self._shown(index)
            self._paint_marks(painter, index, shown)
            self._paint_suggestions(painter, shown, cached[1])
            self._paint_selection(painter, shown, cached[1])
        painter.end()

    def _paint_marks(self, painter: QPainter, index: int, shown: QTransform) -> None:
        for annotation_id, color, areas in self._marks:
            for area in areas:
                if area.page != index:
                    continue
                fill = QColor(color)
                fill.setAlpha(90)
                for quad in area.quads:
                    x0, y0, x1, y1 = quad.rect()
                    r = shown.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1)))
                    painter.fillRect(r, fill)
                    if annotation_id == self._selected:
                        painter.setPen(QPen(QColor("black"), 1.5))
                        painter.drawRect(r)

    def _paint_selection(self, painter: QPainter, shown: QTransform, page: "RenderedPage") -> None:
        if self._selection is None:
            return
        lo, hi = self._selection
        fill = QColor(self.palette().highlight().color())
        fill.setAlpha(80)
        for offset, x0, y0, x1, y1 in page.chars:
            if lo <= offset < hi:
                painter.fillRect(shown.mapRect(QRectF(QPointF(x0, y0), QPointF(x1, y1))), fill)

    # -- selection and keys -----------------------------------------------------------------------
    def _char_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(page, canonical offset) of the character nearest to `pos` on a rendered page: a character level with
        `pos` counts its horizontal distance at a quarter, one above or below by dx + 4·dy (pressed in the blank
        right of a short line's end, the longer line below won at 60 pt; an outside tester, stop 54)."""
        index = self.page_at(pos.y())
        cached = self._cache.get(index)
        if cached is None:
            return None
        x, y = self._on_page(index, pos)  # lines run along x on the unrotated page, whatever the rotation
        best, best_d = None, float("inf")
        for offset, x0, y0, x1, y1 in cached[1].chars:
            dx = 0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            dy = 0 if y0 <= y <= y1 else min(abs(y - y0), abs(y - y1))
            d = dx / 4 if dy == 0 else dx + 4 * dy  # level with the press: its own line's end beats the next line
            if d < best_d:
                best, best_d = offset, d
        return (index, best) if best is not None else None

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
        if last is None:
            return False
        hints = QGuiApplication.styleHints()
        moved = (event.position().toPoint() - last[1]).manhattanLength()
        return event.timestamp() - last[0] <= hints.mouseDoubleClickInterval() and moved <= hints.startDragDistance()

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
        if self.suggestion_focus and self._current_suggestion >= 0:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.suggestionKey.emit("accept")
                return
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self.suggestionKey.emit("reject")
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
