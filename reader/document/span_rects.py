"""On-page rectangles of many ranges of a paged document at once: the file opened once and each page's text layer
read once (`loader.page_rects` does both for every range: the exercise window's diff of a PDF, hundreds of key and
trainee spans, took 10 s)."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from reader.document import mupdf
from reader.document.loader import read_bytes
from reader.document.textmodel import Document

Rect = tuple[float, float, float, float]


def spans_rects(path: str | Path, document: Document, spans: Iterable[tuple[int, int]]
                ) -> dict[tuple[int, int], list[tuple[int, list[Rect]]]]:
    """For each (start, end) of canonical text: its rectangles per page, as `loader.page_rects` gives them."""
    spans = list(spans)
    if not document.paged:
        return {s: [] for s in spans}
    doc = mupdf.without_annotations(mupdf.open_document(read_bytes(Path(path)), document.format, Path(path).name))
    boxes: dict[int, list[tuple[mupdf.Box, int] | None]] = {}
    out: dict[tuple[int, int], list[tuple[int, list[Rect]]]] = {}
    try:
        for start, end in spans:
            found = []
            for index in document.pages_of(start, end):
                span = document.pages[index]
                lo, hi = max(start, span.start) - span.start, min(end, span.end) - span.start
                if hi <= lo:
                    continue
                if index not in boxes:
                    boxes[index] = mupdf.char_boxes(doc[index], document.text[span.start:span.end])
                rects = mupdf.rects_of(boxes[index], lo, hi)
                if rects:
                    found.append((index, rects))
            out[(start, end)] = found
        return out
    finally:
        doc.close()
