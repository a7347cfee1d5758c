"""Real PDF annotations, both ways: write highlight annotations with popup notes (visible in Acrobat,
Okular, Zotero...) and read those other readers left. Qt-free; the only PyMuPDF user besides `mupdf`.
"""
from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path

from typing import Any

from reader.document import mupdf
from reader.document.loader import read_bytes
from reader.document.textmodel import Document


@dataclass(frozen=True)
class PdfMark:
    """One annotation to draw: where (page + rectangles, or the quote to find), colour, popup text."""

    quote: str
    occurrence: int
    """1-based occurrence of `quote` in the text (used when there are no stored rectangles)."""
    color: str
    title: str
    content: str
    kind: str = "highlight"
    page: int | None = None
    rects: tuple[tuple[float, float, float, float], ...] = ()


@dataclass(frozen=True)
class FoundMark:
    """An annotation found in a PDF: its range in the canonical text, its note and colour."""

    kind: str  # highlight | note
    start: int
    end: int
    note: str
    author: str
    color: str


pymupdf: Any = mupdf.pymupdf  # constants and classes; every file is still opened through `mupdf`


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def _draw(doc: object, marks: list[PdfMark]) -> int:
    hits: dict[str, list[tuple[int, object]]] = {}
    pages = [(p, p.get_textpage()) for p in doc] if any(m.page is None or not m.rects for m in marks) else []  # type: ignore[attr-defined]
    drawn = 0
    for mark in marks:
        if mark.page is not None and mark.rects:
            page = doc[mark.page]  # type: ignore[index]
            quads = [pymupdf.Rect(r).quad for r in mark.rects]
        else:
            if mark.quote not in hits:  # one text page per page, reused: building it is most of a search
                hits[mark.quote] = [(p.number, q) for p, tp in pages
                                    for q in p.search_for(mark.quote, quads=True, textpage=tp)]
            found = hits[mark.quote]
            if len(found) < mark.occurrence:
                continue
            number, quad = found[mark.occurrence - 1]
            page, quads = doc[number], [quad]  # type: ignore[index]
        annot = page.add_underline_annot(quads) if mark.kind == "claim" else page.add_highlight_annot(quads)
        annot.set_colors(stroke=_rgb(mark.color))
        annot.set_info(title=mark.title, content=mark.content)
        annot.set_opacity(0.6 if mark.kind != "claim" else 1.0)
        annot.update()
        drawn += 1
    return drawn


def annotate_pdf(source: Path, marks: list[PdfMark]) -> bytes:
    """The original PDF with `marks` added as real annotations (the file's own content is not changed)."""
    doc = mupdf.open_document(read_bytes(source), "pdf", source.name)
    try:
        _draw(doc, marks)
        return bytes(doc.tobytes(garbage=1, deflate=True))
    finally:
        doc.close()


def html_pdf(markup: str, css: str) -> bytes:
    """A4 pages of `markup` laid out by PyMuPDF's Story (a subset of HTML and CSS)."""
    story = pymupdf.Story(html=markup, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.paper_rect("a4") + (56, 56, -56, -56))
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()


def article_pdf(title: str, text: str, marks: list[PdfMark]) -> bytes:
    """A PDF of an article's text (for formats that are not PDF), with `marks` as annotations."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n") if p.strip())
    pages = html_pdf(f"<h1>{html.escape(title)}</h1>{body}",
                     "body{font-family:serif;font-size:11pt} p{margin-bottom:6pt}")
    doc = pymupdf.open(stream=pages, filetype="pdf")
    try:
        _draw(doc, marks)
        return bytes(doc.tobytes(garbage=1, deflate=True))
    finally:
        doc.close()


def read_pdf_annotations(path: Path, document: Document) -> list[FoundMark]:
    """Highlights (and underlines, squigglies, strike-outs) and sticky notes in a PDF, mapped onto the
    document's canonical text: a markup covers the characters whose centres lie in its quads; a note is
    attached to the word nearest its icon."""
    doc = mupdf.open_document(read_bytes(path), "pdf", path.name)
    found: list[FoundMark] = []
    markup = {pymupdf.PDF_ANNOT_HIGHLIGHT, pymupdf.PDF_ANNOT_UNDERLINE, pymupdf.PDF_ANNOT_SQUIGGLY,
              pymupdf.PDF_ANNOT_STRIKE_OUT}
    try:
        for index, page in enumerate(doc):
            if index >= len(document.pages):
                break
            span = document.pages[index]
            boxes = mupdf.char_boxes(page, document.text[span.start:span.end])
            for annot in page.annots() or []:
                kind = annot.type[0]
                info = annot.info or {}
                color = annot.colors.get("stroke") or (1, 1, 0)
                hexcolor = "#" + "".join(f"{int(c * 255):02X}" for c in color[:3])
                offsets = []
                if kind in markup:
                    vertices = annot.vertices or []
                    rects = [pymupdf.Quad(vertices[i:i + 4]).rect for i in range(0, len(vertices) - 3, 4)]
                    for i, item in enumerate(boxes):
                        if item is None:
                            continue
                        x0, y0, x1, y1 = item[0]
                        centre = pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)
                        if any(r.contains(centre) for r in rects):
                            offsets.append(span.start + i)
                    if offsets:
                        found.append(FoundMark("highlight", min(offsets), max(offsets) + 1, info.get("content", ""),
                                               info.get("title", ""), hexcolor))
                elif kind == pymupdf.PDF_ANNOT_TEXT:
                    point = annot.rect.tl
                    best, best_d = None, float("inf")
                    for i, item in enumerate(boxes):
                        if item is None:
                            continue
                        x0, y0, _, _ = item[0]
                        d = abs(x0 - point.x) + abs(y0 - point.y)
                        if d < best_d:
                            best, best_d = i, d
                    if best is not None:
                        text = document.text
                        s = e = span.start + best
                        while s > span.start and not text[s - 1].isspace():
                            s -= 1
                        while e < span.end and not text[e].isspace():
                            e += 1
                        if e > s:
                            found.append(FoundMark("note", s, e, info.get("content", ""), info.get("title", ""),
                                                   hexcolor))
    finally:
        doc.close()
    return found


def join_pdfs(parts: list[bytes], footer: str = "") -> bytes:
    """Several PDFs one after the other (an export of several documents); with `footer`, every page gets
    "footer · page n of N" at its foot."""
    out = pymupdf.open()
    try:
        for part in parts:
            with pymupdf.open(stream=part, filetype="pdf") as doc:
                out.insert_pdf(doc, annots=True)
        if footer:
            for page in out:
                rect = page.rect
                page.insert_text((36, rect.height - 22), f"{footer} · page {page.number + 1} of {out.page_count}",
                                 fontsize=8, fontname="helv", color=(0.35, 0.35, 0.35))
        return bytes(out.tobytes(garbage=1, deflate=True))
    finally:
        out.close()
