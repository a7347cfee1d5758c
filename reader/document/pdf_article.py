"""A PDF of an article's canonical text whose layout we do ourselves, so that every character's place on
the page is known. Exports of text formats (txt, md, html, epub…) draw their marks from this map by the
annotations' stored offsets: nothing is ever found by searching the text (a search finds the first
"Macron", perhaps in the title, not the one that was marked).

Layout: A4, one serif font (MuPDF's built-in Nimbus Roman, which covers Latin, Greek and Cyrillic) with
Droid Sans Fallback for characters it lacks (CJK…), paragraphs wrapped at spaces, words longer than a
line broken anywhere. Lines that need shaping or bidirectional ordering (a right-to-left paragraph, an
Arabic name inside an English line, a character neither font has) are drawn by MuPDF's HTML engine on the
same baselines, and their marks placed from where its glyphs landed (`pdf_bidi`).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import pymupdf

from reader.document import pdf_bidi

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 64.0, 64.0, 60.0
BODY_SIZE, LEADING, PARAGRAPH_GAP = 11.0, 15.5, 6.0
TITLE_SIZE, META_SIZE = 17.0, 9.5
_TOKENS = re.compile(r"\S+|\s+")
SOFT_HYPHEN = "\u00ad"
"""Invisible inside a line (a place where a word may be broken), so never drawn and no width: Nimbus Roman has a
hyphen glyph for it, which printed "soft\u00adhyphen\u00adated" as "soft-hyphen-ated"."""


@dataclass
class _Line:
    """One drawn line: text [start, end) of the article (no leading or trailing spaces), where it sits."""

    page: int
    baseline: float
    size: float
    start: int
    end: int
    rtl: bool = False
    """The paragraph reads right to left."""
    html: bool = False
    """Drawn by `pdf_bidi` (shaping, bidirectional order, fallback fonts), not by our TextWriter runs."""


def _opens_with(text: str, title: str) -> bool:
    """Whether `text` opens with `title`, white space of any kind and soft hyphens aside: a title made from the first
    line is that line tidied (`titles.tidy`: a French no-break space before a colon made plain), and was printed
    again above it."""
    def plain(s: str) -> str:
        return " ".join(s.replace(SOFT_HYPHEN, "").split())
    wanted = plain(title)
    return plain(text[:2 * len(title) + 64]).startswith(wanted)


class _Fonts:
    """The body font and its fallback, with per-character choice and width caches."""

    def __init__(self, main: str) -> None:
        self.fonts = [pymupdf.Font(main), pymupdf.Font("cjk"), pdf_bidi.naskh_font()]
        self._choice: dict[str, int] = {}
        self._width: dict[tuple[str, int], float] = {}
        self._words: dict[str, float] = {}

    def pick(self, char: str) -> int:
        found = self._choice.get(char)
        if found is None:
            code = ord(char)
            found = next((i for i, font in enumerate(self.fonts) if font.has_glyph(code)), 0)
            self._choice[char] = found
        return found

    def width(self, char: str, size: float) -> float:
        if char == SOFT_HYPHEN:
            return 0.0
        if char.isspace():
            char = " "
        font = self.pick(char)
        key = (char, font)
        w = self._width.get(key)
        if w is None:
            w = self.fonts[font].text_length(char, fontsize=1.0)
            self._width[key] = w
        return w * size

    def text_width(self, text: str, size: float) -> float:
        """Width of a run of text; words are cached (articles repeat their words)."""
        w = self._words.get(text)
        if w is None:
            w = sum(self.width(c, 1.0) for c in text)
            if len(self._words) < 200_000:
                self._words[text] = w
        return w * size


class ArticleLayout:
    """Pages of an article with a map from text offsets to on-page rectangles (`rects`)."""

    def __init__(self, text: str, title: str = "", meta: str = "", leading: float = LEADING) -> None:
        """`leading`: baseline to baseline of body lines (the briefing pack sets it closer to avoid a last
        page holding only a line or two)."""
        self.text = text
        self._leading = leading
        self._fonts = _Fonts("tiro")
        self._bold = _Fonts("tibo")
        self.lines: list[_Line] = []
        self._glyphs: dict[int, list[tuple[tuple[float, float, float, float], int] | None]] | None = None
        self._rtl = False
        self._starts: list[int] = []
        self.page_count = 1
        self._header: list[tuple[str, float, float, bool]] = []  # text, baseline, size, bold
        self._y = MARGIN_TOP
        if title and not _opens_with(text, title):
            for line in self._wrap_plain(title, TITLE_SIZE, self._bold):
                self._y += TITLE_SIZE * 1.25
                self._header.append((line, self._y, TITLE_SIZE, True))
            self._y += 4
        if meta:
            for line in self._wrap_plain(meta, META_SIZE, self._fonts):
                self._y += META_SIZE * 1.4
                self._header.append((line, self._y, META_SIZE, False))
        if self._header:
            self._y += 14
        pos = 0
        for paragraph in text.split("\n"):
            self._paragraph(paragraph, pos)
            pos += len(paragraph) + 1
        self._starts = [line.start for line in self.lines]

    # -- layout -----------------------------------------------------------------------------------
    def _wrap_plain(self, text: str, size: float, fonts: _Fonts) -> list[str]:
        width = PAGE_W - 2 * MARGIN_X
        out, line, x = [], "", 0.0
        for token in _TOKENS.findall(" ".join(text.split())):
            w = sum(fonts.width(c, size) for c in token)
            if line and not token.isspace() and x + w > width:
                out.append(line.rstrip())
                line, x = "", 0.0
            if not line and token.isspace():
                continue
            line += token
            x += w
        if line.strip():
            out.append(line.rstrip())
        return out

    def _paragraph(self, paragraph: str, start: int) -> None:
        if not paragraph.strip():
            self._y += PARAGRAPH_GAP
            return
        width = PAGE_W - 2 * MARGIN_X
        self._rtl = pdf_bidi.paragraph_rtl(paragraph) if not paragraph.isascii() else False
        space = self._fonts.width(" ", BODY_SIZE)
        line_start = line_end = -1  # drawn span of the current line, -1: none yet
        x = 0.0
        for m in _TOKENS.finditer(paragraph):
            token, offset = m.group(), start + m.start()
            if token.isspace():
                if line_start >= 0:
                    x += space * len(token)
                continue
            w = self._fonts.text_width(token, BODY_SIZE)
            if line_start >= 0 and x + w > width:
                self._emit(line_start, line_end)
                line_start = -1
            if line_start < 0:
                line_start, x = offset, 0.0
            if w > width:  # a word longer than a line: break it anywhere
                for i, c in enumerate(token):
                    cw = self._fonts.width(c, BODY_SIZE)
                    if x + cw > width and offset + i > line_start:
                        self._emit(line_start, offset + i)
                        line_start, x = offset + i, 0.0
                    x += cw
            else:
                x += w
            line_end = offset + len(token)
        if line_start >= 0:
            self._emit(line_start, line_end)
        self._y += PARAGRAPH_GAP

    def _emit(self, start: int, end: int) -> None:
        self._y += self._leading
        if self._y > PAGE_H - MARGIN_BOTTOM:
            self.page_count += 1
            self._y = MARGIN_TOP + self._leading
        html = self._needs_html(self.text[start:end], self._rtl)
        self.lines.append(_Line(self.page_count - 1, self._y, BODY_SIZE, start, end, self._rtl, html))

    def _needs_html(self, text: str, rtl: bool) -> bool:
        """Whether `text` must be drawn by `pdf_bidi`: right to left, a right-to-left run inside, or a
        character that neither body font has."""
        return not text.isascii() and (rtl or pdf_bidi.has_rtl(text) or any(
            self._fonts.pick(c) > 1 or not self._fonts.fonts[self._fonts.pick(c)].has_glyph(ord(c))
            for c in text if not c.isspace()))

    # -- geometry ---------------------------------------------------------------------------------
    def rects(self, start: int, end: int) -> list[tuple[int, list[tuple[float, float, float, float]]]]:
        """Per page, one rectangle per line covering the drawn characters of text [start, end)."""
        out: list[tuple[int, list[tuple[float, float, float, float]]]] = []
        asc, desc = self._fonts.fonts[0].ascender, self._fonts.fonts[0].descender
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self.lines) and self._starts[i] < end:
            line = self.lines[i]
            i += 1
            lo, hi = max(start, line.start), min(end, line.end)
            while hi > lo and self.text[hi - 1].isspace():
                hi -= 1
            while lo < hi and self.text[lo].isspace():
                lo += 1
            if hi <= lo:
                continue
            if line.html:
                top, bottom = line.baseline - asc * line.size, line.baseline - desc * line.size
                runs = pdf_bidi.range_boxes(self._glyph_boxes(i - 1), lo - line.start, hi - line.start)
                if not runs:  # no glyph matched (a character MuPDF does not extract): our own estimate
                    x0 = self._fonts.text_width(self.text[line.start:lo], line.size)
                    x1 = x0 + self._fonts.text_width(self.text[lo:hi], line.size)
                    runs = [(PAGE_W - MARGIN_X - x1, PAGE_W - MARGIN_X - x0) if line.rtl
                            else (MARGIN_X + x0, MARGIN_X + x1)]
                for x0, x1 in runs:
                    if out and out[-1][0] == line.page:
                        out[-1][1].append((x0, top, x1, bottom))
                    else:
                        out.append((line.page, [(x0, top, x1, bottom)]))
                continue
            x0 = MARGIN_X + self._fonts.text_width(self.text[line.start:lo], line.size)
            x1 = x0 + self._fonts.text_width(self.text[lo:hi], line.size)
            rect = (x0, line.baseline - asc * line.size, x1, line.baseline - desc * line.size)
            if out and out[-1][0] == line.page:
                out[-1][1].append(rect)
            else:
                out.append((line.page, [rect]))
        return out

    def _glyph_boxes(self, index: int) -> list[tuple[tuple[float, float, float, float], int] | None]:
        """Where each character of line `index` (drawn by `pdf_bidi`) landed: known once drawn."""
        if self._glyphs is None:
            self.pdf().close()
        assert self._glyphs is not None
        return self._glyphs.get(index) or [None] * (self.lines[index].end - self.lines[index].start)

    # -- drawing ----------------------------------------------------------------------------------
    def pdf(self) -> Any:
        """A new `pymupdf.Document` with the article drawn (the caller adds annotations and saves). Pages
        are made and filled one at a time (PyMuPDF does not keep hundreds of open pages bound)."""
        doc = pymupdf.open()
        lines = iter(enumerate(self.lines))
        index, line = next(lines, (-1, None))
        shaped: dict[int, list[pdf_bidi.HtmlLine]] = {}
        for number in range(self.page_count):
            page = doc.new_page(width=PAGE_W, height=PAGE_H)
            writer = pymupdf.TextWriter(page.rect)
            while line is not None and line.page == number:
                text = self.text[line.start:line.end]
                if line.html:
                    text = "".join(" " if c.isspace() else c for c in text)
                    shaped.setdefault(number, []).append(
                        pdf_bidi.HtmlLine(index, text, line.baseline, line.size, line.rtl))
                else:
                    self._runs(writer, text, MARGIN_X, line.baseline, line.size, self._fonts)
                index, line = next(lines, (-1, None))
            writer.write_text(page)
            if number == 0 and self._header:
                header = pymupdf.TextWriter(page.rect)
                for text, baseline, size, bold in self._header:
                    rtl = pdf_bidi.paragraph_rtl(text)
                    if self._needs_html(text, rtl):
                        style = "color:#545454" + (";font-weight:bold" if bold else "")
                        head = pdf_bidi.HtmlLine(-1, text, baseline, size, rtl, style)
                        pdf_bidi.draw_lines(doc, {0: [head]}, size * 1.25, MARGIN_X, PAGE_W - 2 * MARGIN_X)
                    else:
                        self._runs(header, text, MARGIN_X, baseline, size, self._bold if bold else self._fonts)
                header.write_text(page, color=(0.33, 0.33, 0.33))
        self._glyphs = pdf_bidi.draw_lines(doc, shaped, self._leading, MARGIN_X, PAGE_W - 2 * MARGIN_X)
        return doc

    @staticmethod
    def _runs(writer: Any, text: str, x: float, baseline: float, size: float, fonts: _Fonts) -> None:
        """Append `text` in runs of one font each (the fallback font for characters the main one lacks);
        whitespace is drawn as plain spaces, the width the layout gave it; soft hyphens are not drawn."""
        if not text.isprintable():
            text = "".join(" " if c.isspace() else c for c in text if c != SOFT_HYPHEN)
        if text.isascii():
            writer.append((x, baseline), text, font=fonts.fonts[0], fontsize=size)
            return
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or fonts.pick(text[i]) != fonts.pick(text[start]):
                writer.append((x, baseline), text[start:i], font=fonts.fonts[fonts.pick(text[start])], fontsize=size)
                x += fonts.text_width(text[start:i], size)
                start = i
