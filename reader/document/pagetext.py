"""From a paged file's lines to the canonical text: running headers, footers and page numbers taken out
of the body (kept aside as page furniture), line-end hyphenation marked for `wordlist.dehyphenate`.

The rule per page is `mupdf._assemble`'s (lines of a block joined by a space, none after a line-end
hyphen or between Chinese and Japanese characters; blocks by `\\n`), applied to the lines that are not
furniture. Furniture and joined hyphens are deletions of whole lines and single characters, which
`mupdf.char_boxes` aligns back to the glyphs.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from collections.abc import Iterable
from typing import Any

from reader.document.plaintext import canonical
from reader.document.superscripts import as_superscript
from reader.document.textlayer_repair import repair_line

FURNITURE_BAND = 0.12
"""Running heads and feet sit in the top or bottom 12% of a page."""
FURNITURE_MIN_PAGES = 3
FURNITURE_SHARE = 0.3
"""A line is furniture when (digits aside) the same text recurs at the same height on at least this
share of the pages, and on at least `FURNITURE_MIN_PAGES` pages (so odd/even running heads count)."""
_HEIGHT_BUCKETS = 40


@dataclass(frozen=True)
class Line:
    text: str
    block: int
    y0: float
    y1: float
    size: float = 0.0
    """Largest font size on the line (0 when the plain extraction had to be used): the title's hint."""


@dataclass
class PageLines:
    """One page's text lines in reading order, and its height (for the furniture test)."""

    lines: list[Line] = field(default_factory=list)
    height: float = 0.0


_CONTROL = {c: None for c in range(32)} | {9: " ", 0x7F: None}
SOFT_HYPHEN = "\u00ad"


def _soft_hyphens(text: str) -> str:
    """A soft hyphen (U+00AD) ending a line was printed as "-" (then joined like any line-end hyphen);
    elsewhere it is invisible and dropped, so "uncer\u00adtainty" is searchable as "uncertainty"."""
    if SOFT_HYPHEN not in text:
        return text
    if text.endswith(SOFT_HYPHEN):
        return text[:-1].replace(SOFT_HYPHEN, "") + "-"
    return text.replace(SOFT_HYPHEN, "")


_CJK = re.compile("[\u2e80-\u312f\u3190-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff9f\U00020000-\U0003134f]")
"""Chinese and Japanese characters and their punctuation (、。「」，！): written without spaces between words."""


def line_joint(before: str, after: str) -> str:
    """What joins two lines of one paragraph: nothing between Chinese or Japanese characters (a line ends wherever the
    width runs out, inside a word: "完工" broken as "完 工" could not be found), else a space."""
    return "" if _CJK.match(before) and _CJK.match(after) else " "


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalnum())


SUPERSCRIPT_FLAG = 1
"""MuPDF's span flag for type it found raised and smaller than the line's (a note reference, a power)."""


def span_text(span: dict[str, Any]) -> str:
    """A span's text, digits and signs MuPDF found raised as superscript characters ("figures¹", not "figures1")."""
    text = str(span["text"])
    return as_superscript(text) if int(span.get("flags", 0)) & SUPERSCRIPT_FLAG else text


def page_lines(page: Any, flags: int) -> PageLines:
    """The page's lines from `get_text("dict")`; when that misses text that `get_text("blocks")` (the
    plain-text extraction) has — it happens with some Type 3 and broken fonts — the plain lines instead,
    with their block's position."""
    out = PageLines(height=float(page.rect.height))
    for number, block in enumerate(page.get_text("dict", flags=flags)["blocks"]):
        if block.get("type", 0) != 0:
            continue
        for line in block["lines"]:
            text = _soft_hyphens(repair_line("".join(span_text(span) for span in line["spans"]).translate(_CONTROL))
                                 .strip())
            if text:
                size = max((float(span.get("size", 0.0)) for span in line["spans"]), default=0.0)
                out.lines.append(Line(text, number, float(line["bbox"][1]), float(line["bbox"][3]), size))
    if sum(len(line.text) for line in out.lines) >= 400:
        return out  # a page with this much text was read; the plain extraction would only cost time
    found = sum(_letters(line.text) for line in out.lines)
    plain = PageLines(height=out.height)
    for x0, y0, x1, y1, text, number, kind in page.get_text("blocks", flags=flags):
        if kind != 0:
            continue
        rows = [_soft_hyphens(repair_line(r.translate(_CONTROL)).strip()) for r in str(text).split("\n")]
        rows = [r for r in rows if r]
        step = (y1 - y0) / max(1, len(rows))
        for k, row in enumerate(rows):
            plain.lines.append(Line(row, int(number), float(y0 + k * step), float(y0 + (k + 1) * step)))
    return plain if sum(_letters(line.text) for line in plain.lines) > found else out


HEADING_RATIO = 1.2
"""A first page's heading is set at least this much larger than its body text."""


def _body_size(lines: Iterable[Line]) -> float:
    """The font size holding most of the lines' characters (0 when sizes are unknown)."""
    weight: Counter[float] = Counter()
    for line in lines:
        if line.size > 0:
            weight[round(line.size * 2) / 2] += len(line.text)
    return weight.most_common(1)[0][0] if weight else 0.0


def heading_of(page: PageLines) -> str:
    """The text set in the page's largest type (consecutive lines joined), when that type is clearly
    larger than the body's (the size holding most characters); "" when the page has no such heading."""
    sized = [(i, line) for i, line in enumerate(page.lines) if line.size > 0 and _letters(line.text) >= 2]
    if len(sized) < 2:
        return ""
    body = _body_size(line for _, line in sized)
    top = max(line.size for _, line in sized)
    if top < body * HEADING_RATIO:
        return ""
    parts: list[str] = []
    last = -2
    for i, line in sized:
        if line.size >= top - 0.5:
            if parts and i != last + 1:
                break
            parts.append(line.text)
            last = i
        elif parts:
            break
    out = ""
    for part in parts:
        out += ("" if not out or out.endswith("-") else line_joint(out[-1], part[0])) + part
    return out


_ROMAN_PAGE = re.compile(r"(?:page\s+)?[-–—\s]*(?=[mdclxvi])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})"
                         r"(?:ix|iv|v?i{0,3})[-–—\s]*")
"""A line that is a Roman page number and nothing else, taken for a number as digits are (a preface's "i", "ii",
"iii" stayed in the text, one per page; "Part IV" atop a part's first page is a heading: testers, stop 56)."""


def _furniture_key(line: Line, height: float) -> tuple[str, int] | None:
    if height <= 0:
        return None
    if line.y0 > height * FURNITURE_BAND and line.y1 < height * (1 - FURNITURE_BAND):
        return None
    shape = re.sub(r"\d+", "#", line.text.lower()).strip()
    if _ROMAN_PAGE.fullmatch(shape):  # a preface's page numbers: "iv", "Page xii", "– ix –" (not "Part IV")
        shape = "#"
    shape = re.sub(r"\s+", " ", shape)
    bucket = int((line.y0 + line.y1) / 2 / height * _HEIGHT_BUCKETS)
    return shape, bucket


_NUMBER = re.compile(r"\d{1,15}")
"""(Runs of digits in pieces: `int` refuses a string of more than 4,300 digits.)"""


_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _figures(seen_on: list[tuple[int, list[str]]], shape: str = "") -> bool:
    """Whether lines of one shape (digits aside) carry figures rather than a page's number: a number that differs
    from page to page neither counts pages (`_counts_pages`) nor changes rarely (a chapter's number), nor is a date's
    day or year in a line naming a month (a meeting's date atop its minutes). "Population 10,407 and households
    3,012" atop each page of a report was kept out of the text as a running head, and a drag over it marked other
    words (an outside tester, stop 56)."""
    dated = bool(_MONTH.search(shape))
    lengths = {len(found) for _, found in seen_on}
    if len(lengths) != 1:
        return False
    for position in range(lengths.pop()):
        values = [(page_no, int(found[position])) for page_no, found in seen_on]
        distinct = {value for _, value in values}
        if len(distinct) <= max(2, len(values) // 3) or dated and all(v <= 31 or 1800 <= v <= 2100 for v in distinct):
            continue
        steps = [(a, b) for a, b in zip(values, values[1:]) if a[1] != b[1]]  # (a chapter's number stays put)
        counting = sum(_counts_pages(a, b) for a, b in steps)
        if steps and counting < COUNTER_SHARE * len(steps):
            return True
    return False


COUNTER_SHARE = 0.7
"""Of a number's steps from page to page, the share that must count pages for it to be a page number."""


def _counts_pages(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether a number going from `a` to `b` ((page index, value) on two pages) counts pages: up by the pages between
    (twice as many on a two-up sheet, one more where a number is skipped), or starting again at 1 or 2 (a second
    report bound after the first). A figure moves by anything else ("10,407" then "11,417"); a jump now and then (an
    excerpt's pages 11–18 then 101–108) is outweighed by the steps that count."""
    pages, step = b[0] - a[0], b[1] - a[1]
    return 0 < step <= 2 * pages + 1 or b[1] <= 2


def furniture(pages: list[PageLines]) -> list[set[int]]:
    """For each page, the indexes of its lines that are running headers, footers or page numbers."""
    found: list[set[int]] = [set() for _ in pages]
    if len(pages) < FURNITURE_MIN_PAGES:
        return found
    seen: dict[tuple[str, int], set[int]] = defaultdict(set)  # the pages each line shape and height is on
    keys: list[list[tuple[int, tuple[str, int]]]] = []
    for page_no, page in enumerate(pages):
        mine = []
        body = _body_size(page.lines)
        for index, line in enumerate(page.lines):
            if body and line.size >= body * HEADING_RATIO:  # a heading, not a running head: "Section 3 Costs" at
                continue  # the top of each page was left out as one (only its number differed; stop 55's tester)
            key = _furniture_key(line, page.height)
            if key is not None:
                mine.append((index, key))
        for _, key in mine:
            seen[key].add(page_no)
        keys.append(mine)
    need = max(FURNITURE_MIN_PAGES, math.ceil(FURNITURE_SHARE * len(pages)))
    support: dict[tuple[str, int], set[int]] = defaultdict(set)  # pages, not lines: one page holding a line at
    for (shape, bucket), on in seen.items():  # two neighbouring heights (two columns) counted twice, and a body
        for near in (bucket - 1, bucket, bucket + 1):  # line on 2 pages of 3 was left out as a running head
            support[(shape, near)] |= on  # (an outside tester, stop 58)
    numbers: dict[tuple[str, int], list[tuple[int, list[str]]]] = defaultdict(list)
    for page_no, mine in enumerate(keys):
        for index, key in mine:
            numbers[key].append((page_no, _NUMBER.findall(pages[page_no].lines[index].text)))

    def figures(key: tuple[str, int]) -> bool:
        """By shape and height, as the support is counted: a chart's axis label "250" elsewhere in the band is
        not a page number's fellow (grouped by shape alone, it let every page number in: a tester, stop 56)."""
        shape, bucket = key
        return _figures(sorted(n for b in (bucket - 1, bucket, bucket + 1) for n in numbers.get((shape, b), [])),
                        shape)

    for page_no, mine in enumerate(keys):
        for index, key in mine:
            if len(support[key]) >= need and not figures(key):
                found[page_no].add(index)
    if all(line.text.strip() == "" for page, skip in zip(pages, found)
           for index, line in enumerate(page.lines) if index not in skip):
        return [set() for _ in pages]  # "furniture" that is all the text is the text: never empty a document
    return found


def assemble(page: PageLines, skip: set[int] | frozenset[int] = frozenset()) -> str:
    """Canonical page text of the lines not in `skip`; a line-end hyphen is followed by `\\x00` (see
    `wordlist.LINE_HYPHEN`) so the document-wide pass can decide whether to join the word."""
    blocks: list[str] = []
    out = ""
    current = None
    size = 0.0
    for index, line in enumerate(page.lines):
        if index in skip:
            continue
        if line.block != current or _size_break(size, line.size):
            if out:
                blocks.append(out)
            out, current = "", line.block
        size = line.size
        if out:
            out += "\x00" if out.endswith("-") else line_joint(out[-1], line.text[0])
        out += line.text
    if out:
        blocks.append(out)
    return canonical("\n".join(blocks))


SIZE_BREAK_RATIO = 1.3
"""A line this many times larger or smaller than the line before it in the same block starts a paragraph."""


def _size_break(before: float, size: float) -> bool:
    """Whether a line of font size `size` after one of `before` in the same block is a new paragraph: MuPDF put a
    continued sentence and the 18 pt heading under it in one block, and the heading was read as the sentence's end
    ("…in March 2024. 2. Costs": an outside tester, stop 55). Sizes of 0 (plain extraction) never break."""
    return before > 0 and size > 0 and max(before, size) >= SIZE_BREAK_RATIO * min(before, size)
