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
    page: int
    baseline: float
    size: float
    offsets: list[int] = field(default_factory=list)
    """Text offset of each drawn character, ascending."""
    x0: list[float] = field(default_factory=list)
    x1: list[float] = field(default_factory=list)


class _Fonts:
    """The body font and its fallback, with per-character choice and width caches."""

    def __init__(self, main: str) -> None:
        self.fonts = [pymupdf.Font(main), pymupdf.Font("cjk")]
        self._choice: dict[str, int] = {}
        self._width: dict[tuple[str, int], float] = {}

    def pick(self, char: str) -> int:
        found = self._choice.get(char)
        if found is None:
            found = 0 if self.fonts[0].has_glyph(ord(char)) or not self.fonts[1].has_glyph(ord(char)) else 1
            self._choice[char] = found
        return found

    def width(self, char: str, size: float) -> float:
        font = self.pick(char)
        key = (char, font)
        w = self._width.get(key)
        if w is None:
            w = self.fonts[font].text_length(char, fontsize=1.0)
            self._width[key] = w
        return w * size


class ArticleLayout:
    """Pages of an article with a map from text offsets to on-page rectangles (`rects`)."""

    def __init__(self, text: str, title: str = "", meta: str = "") -> None:
        self.text = text
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
        self._starts = [line.offsets[0] for line in self.lines]

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

    def _new_line(self) -> _Line:
        self._y += LEADING
        if self._y > PAGE_H - MARGIN_BOTTOM:
            self.page_count += 1
            self._y = MARGIN_TOP + LEADING
        line = _Line(self.page_count - 1, self._y, BODY_SIZE)
        self.lines.append(line)
        return line

    def _paragraph(self, paragraph: str, start: int) -> None:
        if not paragraph.strip():
            self._y += PARAGRAPH_GAP
            return
        width = PAGE_W - 2 * MARGIN_X
        line: _Line | None = None
        x = 0.0
        for m in _TOKENS.finditer(paragraph):
            token, offset = m.group(), start + m.start()
            if token.isspace():
                if line is None or not line.offsets:
                    continue  # leading spaces of a line are not drawn
                for i, c in enumerate(token):
                    w = self._fonts.width(" ", BODY_SIZE)
                    line.offsets.append(offset + i)
                    line.x0.append(x)
                    line.x1.append(x + w)
                    x += w
                continue
            widths = [self._fonts.width(c, BODY_SIZE) for c in token]
            if line is None or (line.offsets and x + sum(widths) > width):
                if line is not None:
                    self._trim(line)
                line, x = self._new_line(), 0.0
            for i, (c, w) in enumerate(zip(token, widths)):
                if x + w > width and line.offsets:  # a word longer than the line: break it anywhere
                    self._trim(line)
                    line, x = self._new_line(), 0.0
                line.offsets.append(offset + i)
                line.x0.append(x)
                line.x1.append(x + w)
                x += w
        if line is not None:
            self._trim(line)
        self._y += PARAGRAPH_GAP

    def _trim(self, line: _Line) -> None:
        while line.offsets and self.text[line.offsets[-1]].isspace():
            line.offsets.pop()
            line.x0.pop()
            line.x1.pop()

    # -- geometry ---------------------------------------------------------------------------------
    def rects(self, start: int, end: int) -> list[tuple[int, list[tuple[float, float, float, float]]]]:
        """Per page, one rectangle per line covering the drawn characters of text [start, end)."""
        out: list[tuple[int, list[tuple[float, float, float, float]]]] = []
        asc, desc = self._fonts.fonts[0].ascender, self._fonts.fonts[0].descender
        i = max(0, bisect_right(self._starts, start) - 1)
        while i < len(self.lines) and self._starts[i] < end:
            line = self.lines[i]
            i += 1
            lo = bisect_right(line.offsets, start - 1)
            hi = bisect_right(line.offsets, end - 1)
            while hi > lo and self.text[line.offsets[hi - 1]].isspace():
                hi -= 1
            while lo < hi and self.text[line.offsets[lo]].isspace():
                lo += 1
            if hi <= lo:
                continue
            rect = (MARGIN_X + line.x0[lo], line.baseline - asc * line.size,
                    MARGIN_X + line.x1[hi - 1], line.baseline - desc * line.size)
            if out and out[-1][0] == line.page:
                out[-1][1].append(rect)
            else:
                out.append((line.page, [rect]))
        return out

    # -- drawing ----------------------------------------------------------------------------------
    def pdf(self) -> Any:
        """A new `pymupdf.Document` with the article drawn (the caller adds annotations and saves)."""
        doc = pymupdf.open()
        pages = [doc.new_page(width=PAGE_W, height=PAGE_H) for _ in range(self.page_count)]
        writers = [pymupdf.TextWriter(page.rect) for page in pages]
        header = pymupdf.TextWriter(pages[0].rect)
        for text, baseline, size, bold in self._header:
            fonts = self._bold if bold else self._fonts
            self._runs(header, text, MARGIN_X, baseline, size, fonts)
        for line in self.lines:
            chars = "".join(self.text[o] for o in line.offsets)
            self._runs(writers[line.page], chars, MARGIN_X, line.baseline, line.size, self._fonts,
                       [MARGIN_X + x for x in line.x0])
        for page, writer in zip(pages, writers):
            writer.write_text(page)
        header.write_text(pages[0], color=(0.33, 0.33, 0.33))
        return doc

    @staticmethod
    def _runs(writer: Any, text: str, x: float, baseline: float, size: float, fonts: _Fonts,
              xs: list[float] | None = None) -> None:
        """Append `text` in runs of one font each (the fallback font for characters the main one lacks)."""
        if xs is None:
            xs, pos = [], x
            for c in text:
                xs.append(pos)
                pos += fonts.width(c, size)
        start = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or fonts.pick(text[i]) != fonts.pick(text[start]):
                run = text[start:i].replace("\t", " ")
                writer.append((xs[start], baseline), run, font=fonts.fonts[fonts.pick(text[start])], fontsize=size)
                start = i
