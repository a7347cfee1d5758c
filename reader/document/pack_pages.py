"""Page layout rules of the briefing pack, on top of PyMuPDF's Story (HTML parts) and `ArticleLayout`:

- the cover is one page: when its content (a long title, many sources) would spill onto a second page
  holding only the rest of the source list, it is laid out again more compactly;
- a heading is never the last thing on a page: a heading with less than `KEEP_WITH_NEXT` points below it
  starts the next page instead (so "Claims" is not left at the foot of one page, its list on the next);
- the article does not end on a page holding only a few lines (a source line, a byline): when at most
  `SHORT_LAST_PAGE` lines would be alone there, the lines are set a little closer so they fit before.
"""
from __future__ import annotations

import io
import re
from typing import Any

import pymupdf

from reader.document.pdf_article import LEADING, ArticleLayout
from reader.document.pdf_fonts import subset_pdf

A4 = pymupdf.paper_rect("a4")
MARGINS = (56, 56, -56, -56)
KEEP_WITH_NEXT = 90.0
"""Points a heading needs below it on its page (about three table rows), else it moves to the next page."""
SHORT_LAST_PAGE = 4
"""An article whose last page would hold this many lines or fewer is set tighter to avoid that page."""
TIGHTER = (LEADING * 0.96, LEADING * 0.92, LEADING * 0.88)
COMPACT_COVER_CSS = ".kicker{margin-top:24pt}h1{font-size:22pt}.big{font-size:12pt}h2{margin:8pt 0 4pt 0}"

_HEADING = re.compile(r"<(h[1-3])([ >])")


def _place(markup: str, css: str) -> tuple[bytes, int, list[tuple[str, int, float]]]:
    """Lay `markup` out on A4 pages: the PDF, its page count and (heading id, page, bottom) of each heading."""
    story = pymupdf.Story(html=markup, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    headings: list[tuple[str, int, float]] = []
    page = 0

    def seen(position: Any) -> None:
        if position.heading and position.open_close & 1 and position.id:
            headings.append((position.id, position.page, position.rect[3]))

    more = True
    while more:
        device = writer.begin_page(A4)
        more, _ = story.place(A4 + MARGINS)
        story.element_positions(seen, {"page": page})
        story.draw(device)
        writer.end_page()
        page += 1
    writer.close()
    return buffer.getvalue(), page, headings


def sections_pdf(markup: str, css: str) -> bytes:
    """`markup` on A4 pages, no heading left at the foot of a page without room for what follows it; fonts subset."""
    count = 0

    def named(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return f"<{match.group(1)} id='keep{count}'{match.group(2)}"

    markup = _HEADING.sub(named, markup)
    bottom = A4.y1 + MARGINS[3]
    moved: set[str] = set()
    pdf = b""
    for _ in range(4):  # moves push later headings down, which can strand others: a few rounds settle it
        pdf, _, headings = _place(markup, css)
        stranded = [hid for hid, _, y in headings if y > bottom - KEEP_WITH_NEXT and hid not in moved]
        if not stranded:
            break
        for hid in stranded:  # all at once (one layout per round, not per heading: packs can be long)
            moved.add(hid)
            markup = markup.replace(f"id='{hid}'", f"id='{hid}' style='page-break-before:always'", 1)
    return subset_pdf(pdf)


def cover_pdf(markup: str, css: str) -> bytes:
    """The cover on one page when at all possible (compact type when the normal layout needs two); fonts subset."""
    pdf, pages, _ = _place(markup, css)
    if pages > 1:
        compact, compact_pages, _ = _place(markup, css + COMPACT_COVER_CSS)
        if compact_pages < pages:
            return subset_pdf(compact)
    return subset_pdf(pdf)


def article_layout(text: str, title: str = "", meta: str = "") -> ArticleLayout:
    """The article laid out so that its last page does not hold only a few stray lines."""
    layout = ArticleLayout(text, title, meta)
    if layout.page_count < 2 or _last_page_lines(layout) > SHORT_LAST_PAGE:
        return layout
    for leading in TIGHTER:
        tighter = ArticleLayout(text, title, meta, leading=leading)
        if tighter.page_count < layout.page_count:
            return tighter
    return layout


def _last_page_lines(layout: ArticleLayout) -> int:
    return sum(1 for line in layout.lines if line.page == layout.page_count - 1)
