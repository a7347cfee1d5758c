"""Find in a document as library search compares words, with the ranges found in the ORIGINAL text.

Find in the document (Ctrl+F, text and page view) and the CLI's `annotate --quote` fold both the text and
what the user typed the way the search analysers do (`annotations.analysis.fold`): case (full case folding,
so "ß" = "ss" and the ligature "ﬁ" = "fi"), Latin accents, apostrophes (' ’ ʼ), ґ/г, ё/е, Arabic diacritics,
tatweel and alef forms, Hebrew points. Every run of white space counts as one space (a PDF's line break, or the
two spaces between its words, match the space typed; "Tomas  Ek" typed finds "Tomas Ek"), a soft hyphen counts as
nothing.

The text is folded one unit at a time (a character with the combining marks after it, or an emoji: a
pictograph with its skin tone, presentation selector and joined pictographs, or a flag, compared without its
presentation selector) keeping a map from each folded character to the original range of its unit (compact:
runs folding one to one are one segment).
A match is accepted only when it starts and ends on unit edges ("s" is not found inside "ß"), so the
original range of a match always folds to the folded query. Unlike search, an elision stays ("l’énergie" is
found by "énergie" as it contains it). Pure functions; no Qt.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from annotations.analysis import INVISIBLE_IN_WORDS, fold
from annotations.errors import AnchorError
from annotations.index_docs import EMOJI_PATTERN

_EMOJI_START = re.compile("[\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\U0001f1e6-\U0001f1ff]")
"""A character that may start an emoji (`index_docs.EMOJI_PATTERN`: pictographs, regional indicators)."""


@dataclass(frozen=True)
class FoldedText:
    """A text folded, with a compact map back to the original: segments, each either a run of characters
    that fold one to one (unit_len 0) or one unit folding to several characters or to one character from
    several (unit_len = the unit's length). Units folding to nothing have no segment."""
    folded: str
    seg_folded: array[int]
    """Per segment: where it starts in the folded text (ascending)."""
    seg_original: array[int]
    """Per segment: where it starts in the original text."""
    unit_len: array[int]

    def _segment(self, j: int) -> int:
        return bisect_right(self.seg_folded, j) - 1

    def starts_unit(self, j: int) -> bool:
        """Folded index `j` is where a unit's folded characters begin (or the end of the text)."""
        if j >= len(self.folded):
            return True
        i = self._segment(j)
        return self.unit_len[i] == 0 or self.seg_folded[i] == j

    def original(self, j: int) -> tuple[int, int]:
        """The original range of the unit folded character `j` comes from."""
        i = self._segment(j)
        if self.unit_len[i] == 0:
            at = self.seg_original[i] + j - self.seg_folded[i]
            return at, at + 1
        return self.seg_original[i], self.seg_original[i] + self.unit_len[i]


@lru_cache(maxsize=4096)
def fold_unit(unit: str) -> str:
    """One character with its combining marks, or a run of white space, folded as search folds it (one space)."""
    if unit.isspace():
        return " "
    if unit in INVISIBLE_IN_WORDS:
        return ""
    if _EMOJI_START.match(unit):  # one emoji, compared without its presentation selector (❤ = ❤️), as search does
        return unit.replace("\ufe0f", "").replace("\ufe0e", "")
    return fold(unit.casefold())


def _is_mark(ch: str) -> bool:
    """A combining mark (Unicode category Mn, Mc or Me), which belongs to the character before it: Devanagari and
    Thai vowel signs too, whose combining class is 0 (`unicodedata.combining` said no to them, so "द" was found
    inside "दुनिया", half a syllable; search and the drag have always kept them with their letter)."""
    return unicodedata.category(ch)[0] == "M"


def _index(text: str) -> FoldedText:
    """Fold `text` unit by unit (a unit: a character and the combining marks after it, a run of white space not
    followed by a combining mark, or one emoji with its skin tone, presentation selector and the pictographs joined
    to it). Runs of characters that each fold to one character are translated at once (`str.translate`); only the
    other units (ß, ﬁ, apostrophes, harakat, a letter with combining marks, an emoji...) are folded one by one, found
    by one regex."""
    one_to_one: dict[int, str] = {}
    marks, others = [], []
    chars = set(text)
    for ch in chars:
        if _is_mark(ch):
            marks.append(ch)
            continue
        folded = fold_unit(ch)
        if len(folded) == 1:
            one_to_one[ord(ch)] = folded
        else:
            others.append(ch)
    seg_f, seg_o, unit_len = array("q"), array("q"), array("q")
    parts: list[str] = []
    size = 0

    def segment(start: int, length: int) -> None:
        seg_f.append(size)
        seg_o.append(start)
        unit_len.append(length)

    def run(start: int, end: int) -> None:
        nonlocal size
        if end > start:
            segment(start, 0)
            parts.append(text[start:end].translate(one_to_one))
            size += end - start

    alternatives = []
    if "  " in text.translate(one_to_one):  # (a run of white space: one unit, one space)
        marking = "".join(map(re.escape, sorted(marks)))
        alternatives.append(rf"\s{{2,}}(?![{marking}])" if marks else r"\s{2,}")
    if any(_EMOJI_START.match(ch) for ch in chars):
        alternatives.append(EMOJI_PATTERN)  # an emoji is one unit, as one word to search: 👍 is not found in 👍🏽
    if marks:
        joined = "".join(map(re.escape, sorted(marks)))
        alternatives.append(f"[^{joined}]?[{joined}]+")
    if others:
        alternatives.append(f"[{''.join(map(re.escape, sorted(others)))}]")
    at = 0
    if alternatives:
        for match in re.finditer("|".join(alternatives), text, re.DOTALL):
            run(at, match.start())
            folded = fold_unit(match.group())
            if folded:
                segment(match.start(), match.end() - match.start())
                parts.append(folded)
                size += len(folded)
            at = match.end()
    run(at, len(text))
    return FoldedText("".join(parts), seg_f, seg_o, unit_len)


def fold_text(text: str) -> str:
    """The text as find compares it."""
    return _index(text).folded


@lru_cache(maxsize=4)
def folded_text(text: str) -> FoldedText:
    """`text` folded, with its map back (cached: a document's text is folded once for every find in it)."""
    return _index(text)


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every match of `query` in `text`, folded, as non-overlapping [start, end) ranges of the original
    text in reading order. A query that folds to nothing (a lone apostrophe) is looked for as typed. The query is
    composed first (NFC), as every document's text is: a Hangul syllable pasted decomposed is jamo, letters that fold
    to no syllable."""
    query = unicodedata.normalize("NFC", query)
    needle = fold_text(query)
    if not needle:
        return _exact(text, query)
    index = folded_text(text)
    hay = index.folded
    out: list[tuple[int, int]] = []
    pos = hay.find(needle)
    while pos >= 0:
        last = pos + len(needle)
        if index.starts_unit(pos) and index.starts_unit(last):
            out.append((index.original(pos)[0], index.original(last - 1)[1]))
            pos = hay.find(needle, last)
        else:
            pos = hay.find(needle, pos + 1)
    return out


def find_next(text: str, query: str, after: int) -> tuple[int, int] | None:
    """The first match starting at or after `after`, wrapping round to the first one; None when none."""
    matches = find_all(text, query)
    return next((m for m in matches if m[0] >= after), matches[0] if matches else None)


def _exact(text: str, query: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = text.find(query) if query else -1
    while pos >= 0:
        out.append((pos, pos + len(query)))
        pos = text.find(query, pos + len(query))
    return out


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Range of the `occurrence`-th (1-based) occurrence of `quote` (the CLI's `annotate --quote`): as typed
    when it occurs as typed (occurrences counted as before), else folded as search folds words ("п'ятницю"
    finds "п’ятницю", "елки" "ёлки", unvocalised Arabic the vocalised text). AnchorError when absent."""
    if not quote:
        raise AnchorError("The quote is empty.")
    if occurrence < 1:
        raise AnchorError("--occurrence counts from 1.")
    matches = _exact(text, quote) or find_all(text, quote)
    if not matches:
        raise AnchorError(f"“{_short(quote)}” does not occur in the document.")
    if occurrence > len(matches):
        raise AnchorError(f"“{_short(quote)}” occurs {len(matches)} time(s), not {occurrence}.")
    return matches[occurrence - 1]


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
