"""The page canvas: the window-sized widget the page view draws pages on (virtual scrolling: it knows the
document's layout at the current zoom and the scroll position, and draws only the pages under it), with
highlights from each annotation's quads, dashed suggestion outlines and the text selection. The mouse and keys
(selection mapped back to canonical-text offsets, snapped to words like the text view's) are `page_pointer`'s;
rendering and the byte-bounded cache are `page_cache`'s.

Character boxes and quads are in points of the unrotated page (PyMuPDF's text layer, the stored quads, the
PDF's own annotations); a page with a /Rotate of 90, 180 or 270 is shown turned, so everything drawn on it goes
through the page's rotation matrix (`_shown`), and a mouse position comes back through its inverse."""
from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QResizeEvent, QTransform
from PySide6.QtWidgets import QSizePolicy, QWidget

from annotations.model import PageArea
from reader.document.textmodel import Document
from reader.ui.page_cache import PageCache
from reader.ui.page_pointer import PagePointer

if TYPE_CHECKING:  # PyMuPDF loads with the first page render, not with the window
    from PySide6.QtGui import QImage

    from reader.document.render import RenderedPage

GAP = 12
"""Pixels around and between pages."""
AROUND = 1
"""Pages above and below the visible ones still worth rendering (a request for anything further is dropped)."""
Turn = tuple[float, float, float, float, float, float]
UPRIGHT: Turn = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


class PageCanvas(PagePointer):
    renderRequested = Signal(int, float)
    layoutChanged = Signal()  # the document's size changed (zoom, pages): the scroll bars follow
    turnFound = Signal(int)  # a page was rendered for the first time and is shown rotated

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
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
        self.end_drag()  # (a drag held past the edge went on selecting in the next document: stop 55)
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

    # -- what the pointer needs (`page_pointer.PagePointer`) ------------------------------------------
    def page_chars(self, index: int) -> tuple[tuple[int, float, float, float, float], ...] | None:
        """The rendered page's characters (offset and box in page points), or None until it is rendered."""
        cached = self._cache.get(index)
        return cached[1].chars if cached is not None else None
