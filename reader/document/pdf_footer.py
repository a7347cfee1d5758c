"""The footer of every page of a briefing pack: "title · date · page n of N" in grey 8 pt at the page's foot.

Helvetica (not embedded, fast) when Latin-1 has every character; otherwise MuPDF's HTML engine lays the line
out with its built-in fonts (Noto, Droid Sans Fallback for CJK, shaping and right-to-left order), as
`Page.insert_htmlbox` does — but all footers are laid out in one document whose fonts are subset, and each page
shows its footer from there, so a font is embedded once for the whole pack. `insert_htmlbox` embedded it whole on
every page: 3.5 MB a page for a Chinese title.
"""
from __future__ import annotations

import html
import io
from typing import Any

import pymupdf

from reader.document.pdf_fonts import subset

CSS = "body {margin:1px;} * {font-family: sans-serif; font-size: 8pt; color: #595959;}"
"""`insert_htmlbox`'s default margin, then our type."""
GREY = (0.35, 0.35, 0.35)


def add_footers(doc: Any, footer: str) -> None:
    """Foot each page of `doc` with "`footer` · page n of N", upright as the page is seen (its /Rotate)."""
    count = doc.page_count
    lines = [f"{footer} · page {n + 1} of {count}" for n in range(count)]
    if _latin1(footer):
        for page, line in zip(doc, lines):
            page.insert_text(pymupdf.Point(36, page.rect.height - 22) * page.derotation_matrix, line, fontsize=8,
                             fontname="helv", color=GREY, rotate=page.rotation)
        return
    boxes = [_box(page.rect) for page in doc]
    with pymupdf.open(stream=footer_pages(lines, [(b.width, b.height) for b in boxes]), filetype="pdf") as stamps:
        for n, (page, box) in enumerate(zip(doc, boxes)):
            page.show_pdf_page(box * page.derotation_matrix, stamps, n, rotate=page.rotation)


def footer_pages(lines: list[str], sizes: list[tuple[float, float]]) -> bytes:
    """A PDF with one page per line, each the line laid out (shrunk to fit, as `insert_htmlbox` does) for a box of
    that size; one document, so each font is embedded once, then subset."""
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    for line, (width, height) in zip(lines, sizes, strict=True):
        story = pymupdf.Story(html=html.escape(line), user_css=CSS)
        fit = story.fit_scale(pymupdf.Rect(0, 0, width, height), scale_min=1,
                              flags=pymupdf.mupdf.FZ_PLACE_STORY_FLAG_NO_OVERFLOW)
        story.place(fit.rect)
        device = writer.begin_page(fit.rect)
        story.draw(device)
        writer.end_page()
    writer.close()
    with pymupdf.open(stream=buffer.getvalue(), filetype="pdf") as doc:
        subset(doc)
        return bytes(doc.tobytes(garbage=1, deflate=True))


def _box(seen: Any) -> Any:
    """The footer's box on a page that shows as `seen` (its rectangle as turned by /Rotate)."""
    return pymupdf.Rect(36, seen.height - 31, seen.width - 36, seen.height - 12)


def _latin1(text: str) -> bool:
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True
