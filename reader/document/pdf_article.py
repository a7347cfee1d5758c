"""A PDF of an article's canonical text whose layout we do ourselves, so that every character's place on
the page is known. Exports of text formats (txt, md, html, epub…) draw their marks from this map by the
annotations' stored offsets: nothing is ever found by searching the text (a search finds the first
"Macron", perhaps in the title, not the one that was marked).

Layout: A4, one serif font (MuPDF's built-in Nimbus Roman, which covers Latin, Greek and Cyrillic) with
Droid Sans Fallback for characters it lacks (CJK…), paragraphs wrapped at spaces, words longer than a
line broken anywhere. Right-to-left scripts are drawn left to right (a known limit).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

import pymupdf

PAGE_W, PAGE_H = pymupdf.paper_size("a4")
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 64.0, 64.0, 60.0
BODY_SIZE, LEADING, PARAGRAPH_GAP = 11.0, 15.5, 6.0
TITLE_SIZE, META_SIZE = 17.0, 9.5
_TOKENS = re.compile(r"\S+|\s+")


@dataclass
class _Line:
    """One drawn line: text [start, end) of the article (no leading or trailing spaces), where it sits."""

    page: int
    baseline: float
    size: float
    start: int
    end: int


class _Fonts:
    """The body font and its fallback, with per-character choice and width caches."""

    def __init__(self, main: str) -> None:
        self.fonts = [pymupdf.Font(main), pymupdf.Font("cjk")]
        self._choice: dict[str, int] = {}
        self._width: dict[tuple[str, int], float] = {}
        self._words: dict[str, float] = {}

    def pick(self, char: str) -> int:
        found = self._choice.get(char)
        if found is None:
            found = 0 if self.fonts[0].has_glyph(ord(char)) or not self.fonts[1].has_glyph(ord(char)) else 1
            self._choice[char] = found
        return found

    def width(self, char: str, size: float) -> float:
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
        self._starts: list[int] = []
        self.page_count = 1
        self._header: list[tuple[str, float, float, bool]] = []  # text, baseline, size, bold
        self._y = MARGIN_TOP
        if title and not text.lstrip().startswith(title.strip()):
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
        self.lines.append(_Line(self.page_count - 1, self._y, BODY_SIZE, start, end))

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
            x0 = MARGIN_X + self._fonts.text_width(self.text[line.start:lo], line.size)
            x1 = x0 + self._fonts.text_width(self.text[lo:hi], line.size)
            rect = (x0, line.baseline - asc * line.size, x1, line.baseline - desc * line.size)
            if out and out[-1][0] == line.page:
                out[-1][1].append(rect)
            else:
                out.append((line.page, [rect]))
        return out

    # -- drawing ----------------------------------------------------------------------------------
    def pdf(self) -> Any:
        """A new `pymupdf.Document` with the article drawn (the caller adds annotations and saves). Pages
        are made and filled one at a time (PyMuPDF does not keep hundreds of open pages bound)."""
        doc = pymupdf.open()
        lines = iter(self.lines)
        line = next(lines, None)
        for number in range(self.page_count):
            page = doc.new_page(width=PAGE_W, height=PAGE_H)
            writer = pymupdf.TextWriter(page.rect)
            while line is not None and line.page == number:
                self._runs(writer, self.text[line.start:line.end], MARGIN_X, line.baseline, line.size, self._fonts)
                line = next(lines, None)
            writer.write_text(page)
            if number == 0 and self._header:
                header = pymupdf.TextWriter(page.rect)
                for text, baseline, size, bold in self._header:
                    self._runs(header, text, MARGIN_X, baseline, size, self._bold if bold else self._fonts)
                header.write_text(page, color=(0.33, 0.33, 0.33))
        return doc

    @staticmethod
    def _runs(writer: Any, text: str, x: float, baseline: float, size: float, fonts: _Fonts) -> None:
        """Append `text` in runs of one font each (the fallback font for characters the main one lacks);
        whitespace is drawn as plain spaces, the width the layout gave it."""
        text = "".join(" " if c.isspace() else c for c in text) if not text.isprintable() else text
        if text.isascii():
            writer.append((x, baseline), text, font=fonts.fonts[0], fontsize=size)
            return
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or fonts.pick(text[i]) != fonts.pick(text[start]):
                writer.append((x, baseline), text[start:i], font=fonts.fonts[fonts.pick(text[start])], fontsize=size)
                x += fonts.text_width(text[start:i], size)
                start = i
