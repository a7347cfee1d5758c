"""Find in a document as library search compares words, with the ranges found in the ORIGINAL text.

Find in the document (Ctrl+F, text and page view) and the CLI's `annotate --quote` fold both the text and
what the user typed the way the search analysers do (`annotations.analysis.fold`): case (full case folding,
so "ß" = "ss" and the ligature "ﬁ" = "fi"), Latin accents, apostrophes (' ’ ʼ), ґ/г, ё/е, Arabic diacritics,
tatweel and alef forms, Hebrew points. Every whitespace character counts as a space (a PDF's line break
matches the space typed), a soft hyphen counts as nothing.

The text is folded one unit at a time (a character with the combining marks after it) keeping, for every
folded character, the original range of its unit. A match is accepted only when it starts and ends on unit
edges ("s" is not found inside "ß"), so the original range of a match always folds to the folded query.
Pure functions; no Qt.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from annotations.analysis import fold
from annotations.errors import AnchorError


@dataclass(frozen=True)
class FoldedText:
    folded: str
    starts: tuple[int, ...]
    """Per folded character: the start offset, in the original text, of the unit it comes from."""
    ends: tuple[int, ...]
    """Per folded character: the end offset of its unit."""
    unit_start: frozenset[int]
    """Folded indices where a unit's folded characters begin."""


@lru_cache(maxsize=4096)
def fold_unit(unit: str) -> str:
    """One character with its combining marks, folded as search folds it (whitespace -> one space)."""
    if unit.isspace():
        return " "
    if unit == "\u00ad":
        return ""
    return fold(unit.casefold())


def _units(text: str) -> list[str]:
    """The text cut into units: a character with the combining marks that follow it."""
    out: list[str] = []
    for ch in text:
        if out and unicodedata.combining(ch):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def fold_text(text: str) -> str:
    """The text as find compares it."""
    return "".join(fold_unit(u) for u in _units(text))


@lru_cache(maxsize=4)
def folded_text(text: str) -> FoldedText:
    """`text` folded, with the map from each folded character back to the original (cached: a document's
    text is folded once for every find in it)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    unit_start: set[int] = set()
    at = 0
    n = 0
    for unit in _units(text):
        folded = fold_unit(unit)
        end = at + len(unit)
        if folded:
            parts.append(folded)
            unit_start.add(n)
            starts.extend([at] * len(folded))
            ends.extend([end] * len(folded))
            n += len(folded)
        at = end
    return FoldedText("".join(parts), tuple(starts), tuple(ends), frozenset(unit_start))


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Every match of `query` in `text`, folded, as non-overlapping [start, end) ranges of the original
    text in reading order. A query that folds to nothing (a lone apostrophe) is looked for as typed."""
    needle = fold_text(query)
    if not needle:
        return _exact(text, query)
    index = folded_text(text)
    hay, size = index.folded, len(index.folded)
    out: list[tuple[int, int]] = []
    pos = hay.find(needle)
    while pos >= 0:
        last = pos + len(needle)
        if pos in index.unit_start and (last == size or last in index.unit_start):
            out.append((index.starts[pos], index.ends[last - 1]))
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
