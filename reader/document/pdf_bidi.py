"""Lines of an exported article that our own text drawing cannot print right: right-to-left paragraphs
(Arabic, Hebrew…), lines with right-to-left runs inside left-to-right text, and characters neither body font
has (Arabic punctuation on a Latin line). PyMuPDF's TextWriter neither shapes Arabic nor reorders
bidirectional text, so these lines are laid out by MuPDF's HTML engine (HarfBuzz shaping, the Unicode
bidirectional algorithm, MuPDF's built-in Noto fallback fonts): one `Story` per page holding all its such
lines, each a one-line `<p>` put on the baseline `ArticleLayout` gave it, then stamped on the page.

Where each character ended up is read back from the page's own text layer (`char_boxes`), so marks are drawn
on the glyphs the reader sees — a name inside an Arabic line, a range that crosses a direction change.
"""
from __future__ import annotations

import html
import io
import unicodedata
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from typing import Any

import pymupdf

from reader.document.textlayer_repair import lam_fixes

Box = tuple[float, float, float, float]
_FLAGS = pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES
"""Ligatures read back as the glyphs they are ("ﬃ" in "office", drawn so by the HTML engine's shaping): folded
(NFKC) into their letters, each letter gets the whole glyph's box (expanded by MuPDF, the first letter took the
glyph and the others nothing, so a mark from the second letter on missed it)."""
_RTL = frozenset(("R", "AL"))
_STRONG = frozenset(("L", "R", "AL"))


def paragraph_rtl(text: str) -> bool:
    """The paragraph's direction by its first strong character (rule P2 of the bidirectional algorithm)."""
    for c in text:
        kind = unicodedata.bidirectional(c)
        if kind in _STRONG:
            return kind in _RTL
    return False


def has_rtl(text: str) -> bool:
    return not text.isascii() and any(unicodedata.bidirectional(c) in _RTL for c in text)


@dataclass(frozen=True)
class HtmlLine:
    """One line to draw here: text [start, end) of the article, its baseline and direction."""

    index: int
    """The line's number in the layout (`ArticleLayout.lines`)."""
    text: str
    baseline: float
    size: float
    rtl: bool
    style: str = ""
    """Extra CSS for the line (the header's bold title, grey metadata)."""


def _css(size: float, leading: float) -> str:
    return (f"@font-face{{font-family:naskh;src:url(naskh.ttf)}}body{{margin:0;padding:0}}"
            f"p{{margin:0;padding:0;font-family:Times;font-size:{size:g}pt;line-height:{leading:g}pt;"
            "white-space:pre}.n{font-family:naskh}")


@cache
def naskh_font() -> Any:
    """MuPDF's built-in Noto Naskh Arabic (what its HTML layout falls back to for Arabic), as a PyMuPDF
    `Font`. `fz_load_fallback_font` hands out MuPDF's cached font without a reference for us: one is taken
    (`fz_keep_font`) so our wrapper's release cannot free the font MuPDF's layout still uses."""
    low = pymupdf.mupdf
    raw = low.fz_load_fallback_font(low.UCDN_SCRIPT_ARABIC, 0, 1, 0, 0)
    low.ll_fz_keep_font(raw.m_internal)
    font = pymupdf.Font.__new__(pymupdf.Font)
    font.this = raw
    return font


@cache
def _naskh() -> bytes:
    """Noto Naskh Arabic for the HTML layout, by name: MuPDF's fallback picks a font by the script of a
    run, and Arabic punctuation (، ؛ ؟ ٪) on a line without Arabic letters is in no script, so it came out
    blank; those characters are set in this font by name."""
    return bytes(naskh_font().buffer)


def _markup(text: str) -> str:
    """`text` escaped, its Arabic signs that are not letters (punctuation, digits) in the Naskh font."""
    if text.isascii():
        return html.escape(text)
    return "".join(f"<span class='n'>{c}</span>" if "\u0600" <= c <= "\u06ff" and not c.isalpha()
                   and unicodedata.category(c)[0] != "M" else html.escape(c) for c in text)


@cache
def _baseline_offset(size: float, leading: float) -> float:
    """Where MuPDF's HTML layout puts the baseline of a one-line paragraph below its top."""
    doc = _render([[("Hx", 0.0, False, "")]], size, leading, 0.0, 100.0, pymupdf.Rect(0, 0, 300, 300))
    try:
        return float(doc[0].get_text("rawdict")["blocks"][0]["lines"][0]["spans"][0]["origin"][1])
    finally:
        doc.close()


def _render(pages: Sequence[Sequence[tuple[str, float, bool, str]]], size: float, leading: float, x0: float,
            width: float, rect: Any) -> Any:
    """A PDF with one page per entry, each line (text, top, rtl, css) a paragraph whose top is at `top`."""
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    archive = pymupdf.Archive((_naskh(), "naskh.ttf"))  # a Story does not keep its archive alive: we do
    for lines in pages:
        parts, y = [], 0.0
        for text, top, rtl, css in lines:
            attr = " dir='rtl'" if rtl else ""  # MuPDF aligns a dir=rtl paragraph to the right itself
            parts.append(f"<p{attr} style='margin-top:{max(0.0, top - y):.3f}pt;{css}'>{_markup(text)}</p>")
            y = top + leading
        story = pymupdf.Story(html="".join(parts), user_css=_css(size, leading), archive=archive)
        device = writer.begin_page(pymupdf.Rect(0, 0, rect.width, rect.height))
        story.place(pymupdf.Rect(x0, 0, x0 + width, rect.height * 4))
        story.draw(device)
        writer.end_page()
    writer.close()
    return pymupdf.open(stream=buffer.getvalue(), filetype="pdf")


def draw_lines(doc: Any, by_page: dict[int, list[HtmlLine]], leading: float, x0: float, width: float
               ) -> dict[int, list[tuple[Box, int] | None]]:
    """Draw each page's lines on `doc`'s pages; returns, per line index, each character's box (and its
    order on the line) or None where no glyph could be matched to it."""
    boxes: dict[int, list[tuple[Box, int] | None]] = {}
    pages = sorted(by_page)
    if not pages:
        return boxes
    size = by_page[pages[0]][0].size
    offset = _baseline_offset(size, leading)
    rect = doc[pages[0]].rect
    src = _render([[(line.text, line.baseline - offset, line.rtl, line.style) for line in by_page[p]] for p in pages],
                  size, leading, x0, width, rect)
    try:
        for k, number in enumerate(pages):
            page = doc[number]
            page.show_pdf_page(page.rect, src, k)
            boxes.update(_read_back(page, by_page[number]))
    finally:
        src.close()
    return boxes


def _read_back(page: Any, lines: list[HtmlLine]) -> dict[int, list[tuple[Box, int] | None]]:
    """Each line's characters matched to the glyphs on its band of the page (MuPDF's text layer gives the
    letters in logical order; presentation forms and ligatures folded on both sides, so a character that is one
    glyph with its neighbours — "ﬁ" in the text, or "fi" drawn as one — gets the whole glyph; lam faults repaired
    as the loader does)."""
    chars: list[tuple[str, Box]] = []
    for block in page.get_text("rawdict", flags=_FLAGS)["blocks"]:
        for line in block.get("lines", ()):
            for span in line["spans"]:
                chars += [(ch["c"], tuple(ch["bbox"])) for ch in span["chars"]]
    order = sorted(range(len(lines)), key=lambda k: lines[k].baseline)
    baselines = [lines[k].baseline for k in order]
    mine_of: dict[int, list[tuple[str, Box]]] = {k: [] for k in order}
    for c, box in chars:  # each glyph to the line whose band (baseline - 0.8 size .. + 0.3 size) holds it
        middle = (box[1] + box[3]) / 2
        at = bisect_left(baselines, middle - lines[order[0]].size * 0.3)
        if at < len(order) and middle >= baselines[at] - lines[order[at]].size * 0.8:
            mine_of[order[at]].append((c, box))
    out: dict[int, list[tuple[Box, int] | None]] = {}
    for k, line in enumerate(lines):
        mine = mine_of[k]
        fixes = lam_fixes("".join(c for c, _ in mine))
        flat = [(t, box) for i, (c, box) in enumerate(mine)
                for t in unicodedata.normalize("NFKC", fixes.get(i, c)) or c]
        got = "".join(c for c, _ in flat)
        if got == line.text:
            out[line.index] = [(box, i) for i, (_, box) in enumerate(flat)]
            continue
        folded, back = _folded(line.text)
        found: list[tuple[Box, int] | None] = [None] * len(line.text)
        matcher = SequenceMatcher(None, got, folded, autojunk=False)
        for a, b, n in matcher.get_matching_blocks():
            for j in range(n):
                box, at = flat[a + j][1], back[b + j]
                seen = found[at]
                found[at] = (box, a + j) if seen is None else (_union(seen[0], box), seen[1])
        out[line.index] = found
    return out


def _folded(text: str) -> tuple[str, list[int]]:
    """`text` folded the way the glyphs read back are (NFKC: "ﬁ" is "fi", "…" is "..."), and for each folded
    character the index of the character of `text` it came from."""
    if text.isascii():
        return text, list(range(len(text)))
    parts: list[str] = []
    back: list[int] = []
    for i, c in enumerate(text):
        folded = unicodedata.normalize("NFKC", c) or c
        parts.append(folded)
        back += [i] * len(folded)
    return "".join(parts), back


def _union(a: Box, b: Box) -> Box:
    """The box covering both (a character drawn as one glyph with its neighbour: a ligature's glyph covers it)."""
    if b[2] <= b[0]:  # MuPDF gives a ligature's first letter the glyph and the others none: nothing to add
        return a
    if a[2] <= a[0]:
        return b
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def range_boxes(found: list[tuple[Box, int] | None], lo: int, hi: int) -> list[tuple[float, float]]:
    """The horizontal extents covering characters [lo, hi) of a line: one per run of them that is
    contiguous on the page (a range crossing a direction change is two runs)."""
    placed = sorted((box[0], box[2], i) for i, item in enumerate(found) if item is not None
                    for box in (item[0],) if box[2] > box[0])
    runs: list[tuple[float, float]] = []
    inside = False
    for x0, x1, i in placed:
        if lo <= i < hi:
            if inside and runs:
                runs[-1] = (min(runs[-1][0], x0), max(runs[-1][1], x1))
            else:
                runs.append((x0, x1))
            inside = True
        else:
            inside = False
    return runs
