"""The page view for PDFs and other paged formats: pages rendered by PyMuPDF off the UI thread (one
render thread owns the PyMuPDF document), cached, continuous scroll, zoom, highlights drawn from each
annotation's quads, and text selection on the page mapped back to canonical-text offsets."""
from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPointF, QRectF, QSize, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QImage, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from annotations.selection import snap_selection
from annotations.model import PageArea
from reader.ui.annotation_keys import key_intent
from reader.document.textmodel import Document

if TYPE_CHECKING:  # PyMuPDF loads with the first page render, not with the window
    from reader.document.render import PageRenderer, RenderedPage

GAP = 12
CACHE_PAGES = 24


class _RenderWorker(QObject):
    rendered = Signal(object)

    def __init__(self, path: Path, document: Document) -> None:
        super().__init__()
        self.path, self.document = path, document
        self.renderer: "PageRenderer | None" = None

    @Slot(int, float)
    def render(self, index: int, zoom: float) -> None:
        if self.renderer is None:
            from reader.document.render import PageRenderer

            self.renderer = PageRenderer(self.path, self.document)
        try:
            self.rendered.emit(self.renderer.render(index, zoom))
        except Exception:  # a page MuPDF cannot draw stays a blank placeholder
            pass

    @Slot()
    def close(self) -> None:
        if self.renderer is not None:
            self.renderer.close()
            self.renderer = None


class PageCanvas(QWidget):
    annotateRequested = Signal(str, str, int, int)
    annotationSelected = Signal(str)
    deleteRequested = Signal(str)
    renderRequested = Signal(int, float)
    suggestionClicked = Signal(int)
    suggestionKey = Signal(str)  # "accept" | "reject"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.document: Document | None = None
        self.zoom = 1.0
        self._cache: "OrderedDict[int, tuple[QImage, RenderedPage]]" = OrderedDict()
        self._pending: set[tuple[int, float]] = set()
        self._tops: list[float] = []
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
        width = max((w for w, _ in self.sizes), default=600) * self.zoom + 2 * GAP
        self.setFixedSize(QSize(int(width), int(y)))
        self.update()

    def page_rect(self, index: int) -> QRectF:
        w, h = self.sizes[index]
        return QRectF((self.width() - w * self.zoom) / 2, self._tops[index], w * self.zoom, h * self.zoom)

    def page_top(self, index: int) -> int:
        return int(self._tops[index]) if 0 <= index < len(self._tops) else 0

    def page_at(self, y: float) -> int:
        index = 0
        for i, top in enumerate(self._tops):
            if top <= y:
                index = i
        return index

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

    def on_rendered(self, page: "RenderedPage") -> None:
        self._pending.discard((page.index, page.zoom))
        if page.zoom != self.zoom:
            return
        image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()
        self._cache[page.index] = (image, page)
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        self.update(self.page_rect(page.index).toRect())

    def cached_pages(self) -> list[int]:
        return list(self._cache)

    def pending(self) -> bool:
        return bool(self._pending)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().window())
        visible = QRectF(event.rect())
        for index in range(len(self.sizes)):
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
            self._cache.move_to_end(index)
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



class PageView(QScrollArea):
    """Scroll area around the canvas; owns the render thread."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.canvas = PageCanvas()
        self.setWidget(self.canvas)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self._thread: QThread | None = None
        self._worker: _RenderWorker | None = None
        self.fit = "width"

    def open(self, path: Path, document: Document, sizes: list[tuple[float, float]]) -> None:
        self.close_document()
        self._thread = QThread(self)
        self._worker = _RenderWorker(path, document)
        self._worker.moveToThread(self._thread)
        self.canvas.renderRequested.connect(self._worker.render, Qt.ConnectionType.QueuedConnection)
        self._worker.rendered.connect(self.canvas.on_rendered, Qt.ConnectionType.QueuedConnection)
        self._thread.start()
        self.canvas.set_document(document, sizes)
        self.fit_width()
        self.verticalScrollBar().setValue(0)

    def fit_width(self) -> None:
        self.fit = "width"
        if self.canvas.sizes:
            widest = max(w for w, _ in self.canvas.sizes)
            self.canvas.set_zoom((self.viewport().width() - 2 * GAP) / widest)

    def fit_page(self) -> None:
        self.fit = "page"
        if self.canvas.sizes:
            w, h = self.canvas.sizes[0]
            self.canvas.set_zoom(min((self.viewport().width() - 2 * GAP) / w, (self.viewport().height() - 2 * GAP) / h))

    def set_percent(self, percent: float) -> None:
        self.fit = "percent"
        self.canvas.set_zoom(percent / 100)

    def go_to_page(self, index: int) -> None:
        self.verticalScrollBar().setValue(self.canvas.page_top(index) - GAP)

    def current_page(self) -> int:
        return self.canvas.page_at(self.verticalScrollBar().value() + self.viewport().height() / 3)

    def show_offset(self, offset: int) -> None:
        """Scroll to the line holding a canonical offset (its page, if that page is not rendered yet)."""
        document = self.canvas.document
        if document is None:
            return
        index = next((p.index for p in document.pages if p.start <= offset < p.end), None)
        if index is None:
            return
        cached = self.canvas._cache.get(index)
        y = next((c[2] for c in cached[1].chars if c[0] >= offset), None) if cached else None
        if y is None:
            self.go_to_page(index)
            return
        rect = self.canvas.page_rect(index)
        target = rect.top() + y * self.canvas.zoom
        bar = self.verticalScrollBar()
        if not bar.value() <= target <= bar.value() + self.viewport().height() - 40:
            bar.setValue(int(target - self.viewport().height() / 3))

    def show_area(self, areas: tuple[PageArea, ...]) -> None:
        if areas and areas[0].quads:
            rect = self.canvas.page_rect(areas[0].page)
            _, y0, _, _ = areas[0].quads[0].rect()
            self.verticalScrollBar().setValue(int(rect.top() + y0 * self.canvas.zoom - self.viewport().height() / 3))

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.fit == "width":
            self.fit_width()
        elif self.fit == "page":
            self.fit_page()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_percent(self.canvas.zoom * 100 * (1.1 if event.angleDelta().y() > 0 else 1 / 1.1))
            return
        super().wheelEvent(event)

    def close_document(self) -> None:
        if self._thread is not None and self._worker is not None:
            self.canvas.renderRequested.disconnect()
            self._worker.rendered.disconnect()
            self._thread.quit()
            self._thread.wait(5000)
            self._worker.close()
        self._thread, self._worker = None, None
