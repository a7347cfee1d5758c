"""Page images and character boxes for the page view. Qt-free; a `PageRenderer` keeps one PyMuPDF
document open and must be used from a single thread (the page view's render thread)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reader.document import mupdf
from reader.document.loader import read_bytes
from reader.document.textmodel import Document


@dataclass(frozen=True)
class RenderedPage:
    index: int
    zoom: float
    width: int
    height: int
    stride: int
    samples: bytes
    """RGB888 rows of `stride` bytes."""
    chars: tuple[tuple[int, float, float, float, float], ...]
    """(canonical offset, x0, y0, x1, y1) in PDF points for every character drawn on the page, on the unrotated
    page: the space of the stored quads and of the PDF's own annotations."""
    turn: tuple[float, float, float, float, float, float] = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    """The page's rotation (its /Rotate) as a matrix (a, b, c, d, e, f): unrotated page points -> points of the
    page as shown (the image): x' = a x + c y + e, y' = b x + d y + f (PyMuPDF's `page.rotation_matrix`)."""


class PageRenderer:
    def __init__(self, path: str | Path, document: Document) -> None:
        self.document = document
        self._doc: Any = mupdf.open_document(read_bytes(Path(path)), document.format, Path(path).name)

    def render(self, index: int, zoom: float) -> RenderedPage:
        page = self._doc[index]
        pix = page.get_pixmap(matrix=mupdf.pymupdf.Matrix(zoom, zoom), alpha=False)
        span = self.document.pages[index]
        boxes = mupdf.char_boxes(page, self.document.text[span.start:span.end])
        chars = tuple((span.start + i, *b[0]) for i, b in enumerate(boxes) if b is not None)
        if index % 20 == 0:
            mupdf.pymupdf.TOOLS.store_shrink(50)  # keep MuPDF's cache from growing over a long scroll
        m = page.rotation_matrix
        turn = (float(m.a), float(m.b), float(m.c), float(m.d), float(m.e), float(m.f))
        return RenderedPage(index, zoom, pix.width, pix.height, pix.stride, bytes(pix.samples), chars, turn)

    def close(self) -> None:
        self._doc.close()
