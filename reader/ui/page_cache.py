"""Rendered pages for the page view: the render thread's worker and a cache bounded in bytes.

The worker renders with PyMuPDF and turns the pixels into a QImage on its own thread, so the UI thread gets
one image per page and the page's raw bytes are dropped at once (the cache once held both: every page
twice). A request the view no longer wants (scrolled past before its turn came) is skipped, so a fast
scroll at 600% does not queue up a hundred 50 MB renders. The cache keeps the most recently drawn pages
within `budget` bytes (never the ones on screen), whatever the zoom.
"""
from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QImage

from reader.document.textmodel import Document

if TYPE_CHECKING:  # PyMuPDF loads with the first page render, not with the window
    from reader.document.render import PageRenderer, RenderedPage

CACHE_BYTES = 320 * 2**20
"""Page images kept, in bytes: a bound whatever the zoom (a page at 600% is about 54 MB)."""


class RenderWorker(QObject):
    rendered = Signal(object)  # (QImage, RenderedPage without its samples)

    def __init__(self, path: Path, document: Document, wanted: Callable[[int, float], bool]) -> None:
        super().__init__()
        self.path, self.document, self.wanted = path, document, wanted
        self.renderer: "PageRenderer | None" = None

    @Slot(int, float)
    def render(self, index: int, zoom: float) -> None:
        if not self.wanted(index, zoom):
            return
        if self.renderer is None:
            from reader.document.render import PageRenderer

            self.renderer = PageRenderer(self.path, self.document)
        try:
            page = self.renderer.render(index, zoom)
        except Exception:  # a page MuPDF cannot draw stays a blank placeholder
            return
        image = QImage(page.samples, page.width, page.height, page.stride, QImage.Format.Format_RGB888).copy()
        self.rendered.emit((image, replace(page, samples=b"")))

    @Slot()
    def close(self) -> None:
        if self.renderer is not None:
            self.renderer.close()
            self.renderer = None


class PageCache:
    """index -> (image, page), least recently used first, within `budget` bytes of image data."""

    def __init__(self, budget: int = CACHE_BYTES) -> None:
        self.budget = budget
        self._pages: OrderedDict[int, tuple[QImage, RenderedPage]] = OrderedDict()
        self._bytes = 0

    def __contains__(self, index: object) -> bool:
        return index in self._pages

    def __iter__(self) -> Iterator[int]:
        return iter(self._pages)

    def __len__(self) -> int:
        return len(self._pages)

    def __getitem__(self, index: int) -> tuple[QImage, RenderedPage]:
        return self._pages[index]

    def get(self, index: int) -> tuple[QImage, RenderedPage] | None:
        return self._pages.get(index)

    def values(self) -> list[tuple[QImage, RenderedPage]]:
        return list(self._pages.values())

    @property
    def bytes(self) -> int:
        return self._bytes

    def touch(self, index: int) -> None:
        if index in self._pages:
            self._pages.move_to_end(index)

    def put(self, image: QImage, page: RenderedPage, keep: Callable[[int], bool] = lambda _i: False) -> None:
        """Add a page; drop the least recently drawn ones (not those `keep` names) past the budget."""
        old = self._pages.pop(page.index, None)
        if old is not None:
            self._bytes -= old[0].sizeInBytes()
        self._pages[page.index] = (image, page)
        self._bytes += image.sizeInBytes()
        for index in list(self._pages):
            if self._bytes <= self.budget:
                break
            if index == page.index or keep(index):
                continue
            self._bytes -= self._pages.pop(index)[0].sizeInBytes()

    def clear(self) -> None:
        self._pages.clear()
        self._bytes = 0
