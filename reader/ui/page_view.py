"""The page view for PDFs and other paged formats: pages rendered by PyMuPDF off the UI thread (one
render thread owns the PyMuPDF document), cached within a byte budget (`page_cache`), continuous scroll,
zoom, highlights drawn from each annotation's quads, and text selection on the page mapped back to
canonical-text offsets.

Scrolling is virtual: the canvas is only as big as the window and draws the pages under the scroll
position, so any page of a 10,000-page PDF is reachable at any zoom (a widget as tall as the document is
capped by Qt at 16,777,215 px: page 5,000 of a long PDF used to show page 3,313)."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QThread, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QScrollBar, QSizePolicy, QWidget

from annotations.selection import snap_selection
from annotations.model import PageArea
from reader.ui.annotation_keys import key_intent
from reader.ui.page_cache import PageCache, RenderWorker
from reader.document.textmodel import Document

if TYPE_CHECKING:  # PyMuPDF loads with the first page render, not with the window
    from PySide6.QtGui import QImage

    from reader.document.render import RenderedPage

GAP = 12
AROUND = 1
"""Pages above and below the visible ones still worth rendering (a request for anything further is dropped)."""


class PageCanvas(QWidget):
    annotateRequested = Signal(str, str, int, int)
    annotationSelected = Signal(str)
    deleteRequested = Signal(str)
    renderRequested = Signal(int, float)
    suggestionClicked = Signal(int)
    suggestionKey = Signal(str)  # "accept" | "reject"
    layoutChanged = Signal()  # the document's size changed (zoom, pages): the scroll bars follow

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
        self._selection: tuple[int, int] | None = None
        self._press: tuple[int, QPointF] | None = None
        self._exact = False
        self.type_keys: dict[str, str] = {}
        self.sizes: list[tuple[float, float]] = []
        self._suggestions: list[tuple[int, int, str, bool]] = []
        self._current_suggestion = -1
        self.suggestion_focus = False

    def set_document(self, document: Document, sizes: list[tuple[float, float]]) -> None:
        self.document, self.sizes = document, sizes
        self._cache.clear()
        self._pending.clear()
        self._selection = None
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

    def _paint_suggestions(self, painter: QPainter, rect: QRectF, page: "RenderedPage") -> None:
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
                r = QRectF(rect.left() + x0 * self.zoom, rect.top() + y0 * self.zoom,
                           (x1 - x0) * self.zoom, (y1 - y0) * self.zoom)
                if current:
                    painter.fillRect(r, fill)
                if underline:
                    painter.drawLine(r.bottomLeft(), r.bottomRight())
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
        """Top of the first character at or after `offset` on page `index`, in page points (if rendered)."""
        cached = self._cache.get(index)
        return next((c[2] for c in cached[1].chars if c[0] >= offset), None) if cached else None

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
            self._paint_marks(painter, index, rect)
            self._paint_suggestions(painter, rect, cached[1])
            self._paint_selection(painter, index, rect, cached[1])
        painter.end()

    def _paint_marks(self, painter: QPainter, index: int, rect: QRectF) -> None:
        for annotation_id, color, areas in self._marks:
            for area in areas:
                if area.page != index:
                    continue
                fill = QColor(color)
                fill.setAlpha(90)
                for quad in area.quads:
                    x0, y0, x1, y1 = quad.rect()
                    r = QRectF(rect.left() + x0 * self.zoom, rect.top() + y0 * self.zoom,
                               (x1 - x0) * self.zoom, (y1 - y0) * self.zoom)
                    painter.fillRect(r, fill)
                    if annotation_id == self._selected:
                        painter.setPen(QPen(QColor("black"), 1.5))
                        painter.drawRect(r)

    def _paint_selection(self, painter: QPainter, index: int, rect: QRectF, page: "RenderedPage") -> None:
        if self._selection is None:
            return
        lo, hi = self._selection
        fill = QColor(self.palette().highlight().color())
        fill.setAlpha(80)
        for offset, x0, y0, x1, y1 in page.chars:
            if lo <= offset < hi:
                painter.fillRect(QRectF(rect.left() + x0 * self.zoom, rect.top() + y0 * self.zoom,
                                        (x1 - x0) * self.zoom, (y1 - y0) * self.zoom), fill)

    # -- selection and keys -----------------------------------------------------------------------
    def _char_at(self, pos: QPointF) -> tuple[int, int] | None:
        """(page, canonical offset) of the character nearest to `pos` on a rendered page."""
        index = self.page_at(pos.y())
        cached = self._cache.get(index)
        if cached is None:
            return None
        rect = self.page_rect(index)
        x, y = (pos.x() - rect.left()) / self.zoom, (pos.y() - rect.top()) / self.zoom
        best, best_d = None, float("inf")
        for offset, x0, y0, x1, y1 in cached[1].chars:
            dx = 0 if x0 <= x <= x1 else min(abs(x - x0), abs(x - x1))
            dy = 0 if y0 <= y <= y1 else min(abs(y - y0), abs(y - y1))
            d = dx + 4 * dy
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
        self._press = (hit[1], event.position()) if hit else None
        self._exact = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        self._selection = None
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._press is None:
            return
        hit = self._char_at(event.position())
        if hit is not None:  # whole words, punctuation trimmed, as in the text view (Alt: exact characters)
            a, b = sorted((self._press[0], hit[1]))
            text = self.document.text if self.document else ""
            start, end = snap_selection(text, a, b + 1, exact=self._exact)
            self._selection = (start, end) if end > start else None
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
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
        rect = self.page_rect(index)
        x, y = (pos.x() - rect.left()) / self.zoom, (pos.y() - rect.top()) / self.zoom
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
        super().keyPressEvent(event)



class PageView(QWidget):
    """The canvas with its two scroll bars (virtual scrolling: the bars' values are document pixels);
    owns the render thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = PageCanvas()
        self._vbar, self._hbar = QScrollBar(Qt.Orientation.Vertical), QScrollBar(Qt.Orientation.Horizontal)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(0)
        grid.addWidget(self.canvas, 0, 0)
        grid.addWidget(self._vbar, 0, 1)
        grid.addWidget(self._hbar, 1, 0)
        self._vbar.valueChanged.connect(self._scrolled)
        self._hbar.valueChanged.connect(self._scrolled)
        self.canvas.layoutChanged.connect(self._sync_bars)
        self._thread: QThread | None = None
        self._worker: RenderWorker | None = None
        self.fit = "width"

    def verticalScrollBar(self) -> QScrollBar:  # noqa: N802 - as QScrollArea names it
        return self._vbar

    def horizontalScrollBar(self) -> QScrollBar:  # noqa: N802
        return self._hbar

    def viewport(self) -> PageCanvas:
        return self.canvas

    def _scrolled(self) -> None:
        self.canvas.set_scroll(self._hbar.value(), self._vbar.value())

    def _sync_bars(self) -> None:
        canvas = self.canvas
        height, width = max(1, canvas.height()), max(1, canvas.width())
        self._vbar.setRange(0, max(0, int(canvas.content_height) - height))
        self._vbar.setPageStep(height)
        self._vbar.setSingleStep(max(20, height // 20))
        self._hbar.setRange(0, max(0, int(canvas.content_width) - width))
        self._hbar.setPageStep(width)
        self._hbar.setSingleStep(max(20, width // 20))
        self._hbar.setVisible(canvas.content_width > width)
        self._scrolled()

    def open(self, path: Path, document: Document, sizes: list[tuple[float, float]]) -> None:
        self.close_document()
        self._thread = QThread(self)
        self._worker = RenderWorker(path, document, self.canvas.wanted)
        self._worker.moveToThread(self._thread)
        self.canvas.renderRequested.connect(self._worker.render, Qt.ConnectionType.QueuedConnection)
        self._worker.rendered.connect(self.canvas.on_rendered, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self.canvas.set_document(document, sizes)
        self.fit_width()
        self._vbar.setValue(0)

    def _keep_place(self, change: Callable[[], None]) -> None:
        """Zoom (`change()`) keeping the page at the top of the window and the place on it."""
        canvas = self.canvas
        if not canvas.sizes:
            change()
            return
        index = canvas.page_at(0)
        into = (self._vbar.value() - canvas.page_top(index)) / max(canvas.zoom, 1e-6)
        across = self._hbar.value() / self._hbar.maximum() if self._hbar.maximum() else 0.5
        change()
        self._vbar.setValue(int(canvas.page_top(index) + into * canvas.zoom))
        self._hbar.setValue(int(across * self._hbar.maximum()))  # zooming in from a fit keeps the middle

    def fit_width(self) -> None:
        self.fit = "width"
        if self.canvas.sizes:
            widest = max(w for w, _ in self.canvas.sizes)
            self._keep_place(lambda: self.canvas.set_zoom((self.canvas.width() - 2 * GAP) / widest))

    def fit_page(self) -> None:
        self.fit = "page"
        if self.canvas.sizes:
            w, h = self.canvas.sizes[0]
            zoom = min((self.canvas.width() - 2 * GAP) / w, (self.canvas.height() - 2 * GAP) / h)
            self._keep_place(lambda: self.canvas.set_zoom(zoom))

    def set_percent(self, percent: float) -> None:
        self.fit = "percent"
        self._keep_place(lambda: self.canvas.set_zoom(percent / 100))

    def go_to_page(self, index: int) -> None:
        self._vbar.setValue(self.canvas.page_top(index) - GAP)

    def current_page(self) -> int:
        return self.canvas.page_at(self.canvas.height() / 3)

    def ensureVisible(self, x: int, y: int, xmargin: int = 50, ymargin: int = 50) -> None:  # noqa: N802
        """Scroll so that canvas point (x, y) is at least the margins inside the window."""
        for bar, value, size, margin in ((self._hbar, x, self.canvas.width(), xmargin),
                                         (self._vbar, y, self.canvas.height(), ymargin)):
            if value < margin:
                bar.setValue(bar.value() + value - margin)
            elif value > size - margin:
                bar.setValue(bar.value() + value - size + margin)

    def show_offset(self, offset: int) -> None:
        """Scroll to the line holding a canonical offset (its page, if that page is not rendered yet)."""
        document = self.canvas.document
        if document is None:
            return
        index = next((p.index for p in document.pages if p.start <= offset < p.end), None)
        if index is None:
            return
        y = self.canvas.char_top(index, offset)
        if y is None:
            self.go_to_page(index)
            return
        target = self.canvas.page_top(index) + y * self.canvas.zoom
        bar = self._vbar
        if not bar.value() <= target <= bar.value() + self.canvas.height() - 40:
            bar.setValue(int(target - self.canvas.height() / 3))

    def show_area(self, areas: tuple[PageArea, ...]) -> None:
        if areas and areas[0].quads:
            _, y0, _, _ = areas[0].quads[0].rect()
            top = self.canvas.page_top(areas[0].page)
            self._vbar.setValue(int(top + y0 * self.canvas.zoom - self.canvas.height() / 3))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit == "width":
            self.fit_width()
        elif self.fit == "page":
            self.fit_page()
        self._sync_bars()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - the canvas passes wheel events up
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_percent(self.canvas.zoom * 100 * (1.1 if event.angleDelta().y() > 0 else 1 / 1.1))
            return
        pixels = event.pixelDelta()
        dy = pixels.y() if not pixels.isNull() else event.angleDelta().y() * self._vbar.singleStep() // 40
        dx = pixels.x() if not pixels.isNull() else event.angleDelta().x() * self._hbar.singleStep() // 40
        self._vbar.setValue(self._vbar.value() - dy)
        self._hbar.setValue(self._hbar.value() - dx)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - keys the canvas leaves: scrolling
        bar, key = self._vbar, Qt.Key(event.key())
        steps = {Qt.Key.Key_PageDown: bar.pageStep() - 40, Qt.Key.Key_PageUp: -(bar.pageStep() - 40),
                 Qt.Key.Key_Space: bar.pageStep() - 40, Qt.Key.Key_Down: bar.singleStep(),
                 Qt.Key.Key_Up: -bar.singleStep()}
        if key in steps:
            bar.setValue(bar.value() + steps[key])
        elif key == Qt.Key.Key_Home:
            bar.setValue(0)
        elif key == Qt.Key.Key_End:
            bar.setValue(bar.maximum())
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._hbar.setValue(self._hbar.value() + (-1 if key == Qt.Key.Key_Left else 1) * self._hbar.singleStep())
        else:
            super().keyPressEvent(event)

    def close_document(self) -> None:
        if self._thread is not None and self._worker is not None:
            self.canvas.renderRequested.disconnect()
            self._worker.rendered.disconnect()
            self._thread.quit()
            self._thread.wait(5000)
            self._worker.close()
        self._thread, self._worker = None, None
