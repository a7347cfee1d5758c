"""The page view for PDFs and other paged formats: pages rendered by PyMuPDF off the UI thread (one
render thread owns the PyMuPDF document), cached within a byte budget (`page_cache`), continuous scroll,
zoom, highlights drawn from each annotation's quads, and text selection on the page mapped back to
canonical-text offsets (`page_canvas`).

Scrolling is virtual: the canvas is only as big as the window and draws the pages under the scroll
position, so any page of a 10,000-page PDF is reachable at any zoom (a widget as tall as the document is
capped by Qt at 16,777,215 px: page 5,000 of a long PDF used to show page 3,313)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThread, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QGridLayout, QScrollBar, QWidget

from annotations.model import PageArea
from reader.document.textmodel import Document
from reader.ui.page_cache import RenderWorker
from reader.ui.page_canvas import GAP, PageCanvas

__all__ = ["GAP", "PageCanvas", "PageView"]


class PageView(QWidget):
    """The canvas with its two scroll bars (virtual scrolling: the bars' values are document pixels);
    owns the render thread. `pageChanged(index)` when the page at the top third of the view changes
    (scrolling, keys, zoom, a jump), so the toolbar's page box follows."""

    pageChanged = Signal(int)

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
        self.canvas.turnFound.connect(self._turn_found)
        self.canvas.scrollRequested.connect(lambda pixels: self._vbar.setValue(self._vbar.value() + pixels))
        self._thread: QThread | None = None
        self._worker: RenderWorker | None = None
        self.fit = "width"
        self._page = -1
        self._shown_area: tuple[tuple[PageArea, ...], int] | None = None
        """The last `show_area` made before its page's rotation was known, and where it scrolled to."""

    def verticalScrollBar(self) -> QScrollBar:  # noqa: N802 - as QScrollArea names it
        return self._vbar

    def horizontalScrollBar(self) -> QScrollBar:  # noqa: N802
        return self._hbar

    def viewport(self) -> PageCanvas:
        return self.canvas

    def _scrolled(self) -> None:
        self.canvas.set_scroll(self._hbar.value(), self._vbar.value())
        page = self.current_page()
        if page != self._page:
            self._page = page
            self.pageChanged.emit(page)

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
        self._shown_area = None
        self.canvas.set_document(document, sizes)
        self.fit_width()
        self._vbar.setValue(0)
        self._page = -1
        self._scrolled()

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

    def turn_to(self, index: int) -> None:
        """The page box's jump: to page `index`'s top unless it is the page shown (leaving the box is no jump)."""
        if index != self.current_page():
            self.go_to_page(index)

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
        """Scroll to an annotation's first quad. Until its page has been rendered the page's rotation is unknown
        and the quad is taken as upright (nearly every page is); if the page turns out rotated, the view scrolls
        again when it is rendered — unless the scroll position was changed in between."""
        self._shown_area = None
        if areas and areas[0].quads:
            index, box = areas[0].page, areas[0].quads[0].rect()
            shown = self.canvas.shown_top(index, box)
            y0 = box[1] if shown is None else shown
            self._vbar.setValue(int(self.canvas.page_top(index) + y0 * self.canvas.zoom - self.canvas.height() / 3))
            if shown is None:
                self._shown_area = (areas, self._vbar.value())

    def _turn_found(self, index: int) -> None:
        pending = self._shown_area
        if pending is not None and pending[0][0].page == index:
            self._shown_area = None
            if self._vbar.value() == pending[1]:
                self.show_area(pending[0])

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
