"""Selectors from a text range, and re-attaching them to a (possibly changed) text.

Order, as in Hypothesis's client: (1) the TextPosition range if the text there is still `exact`;
(2) every occurrence of `exact`, scored by how well prefix/suffix match and how near the old position it is;
(3) a fuzzy match of `exact` (rapidfuzz alignment), scored the same way; else (4) orphaned — kept, never
dropped. Pure functions; no store, no Qt.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from annotations.errors import AnchorError
from annotations.model import AnchorState, Target

CONTEXT = 32
"""Characters of prefix/suffix kept in a TextQuoteSelector (Hypothesis keeps 32)."""
FUZZY_MIN_SCORE = 80.0
"""Minimum rapidfuzz similarity (0–100) of the found text to `exact` for a fuzzy re-attachment."""
_ALIGN_MIN_SCORE = 60.0
"""Where to look: an alignment is the quote's length, so a word inserted into a short quote ("Danish really Refugee
Council") scores it below 80 although the words with the insertion score 86; the placement must still reach 80."""


@dataclass(frozen=True)
class Anchored:
    target: Target
    state: AnchorState
    score: float = 100.0


def make_target(text: str, start: int, end: int) -> Target:
    """Selectors for text[start:end]: the range and the quote with its context."""
    if not (0 <= start < end <= len(text)):
        raise AnchorError(f"The range {start}–{end} is outside the document (length {len(text)}).")
    return Target(start=start, end=end, exact=text[start:end],
                  prefix=text[max(0, start - CONTEXT):start], suffix=text[end:end + CONTEXT])


def find_quote(text: str, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Range of the `occurrence`-th (1-based) exact occurrence of `quote`; AnchorError if absent."""
    if not quote:
        raise AnchorError("The quote is empty.")
    if occurrence < 1:
        raise AnchorError("--occurrence counts from 1.")
    pos = -1
    for n in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            found = n
            if found == 0:
                raise AnchorError(f"“{_short(quote)}” does not occur in the document.")
            raise AnchorError(f"“{_short(quote)}” occurs {found} time(s), not {occurrence}.")
    return pos, pos + len(quote)


def occurrences(text: str, quote: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of `quote` (for "mark all occurrences")."""
    out: list[tuple[int, int]] = []
    pos = text.find(quote)
    while quote and pos >= 0:
        out.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + len(quote))
    return out


def _short(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def _context_score(text: str, start: int, end: int, target: Target) -> float:
    """0..1: how well the text around [start, end) matches the saved prefix and suffix."""
    scores = []
    if target.prefix:
        scores.append(fuzz.ratio(text[max(0, start - len(target.prefix)):start], target.prefix) / 100)
    if target.suffix:
        scores.append(fuzz.ratio(text[end:end + len(target.suffix)], target.suffix) / 100)
    return sum(scores) / len(scores) if scores else 0.5


def _nearness(start: int, old_start: int, length: int) -> float:
    return 1.0 / (1.0 + abs(start - old_start) / max(1, length))


def _placed(text: str, start: int, end: int, target: Target, state: AnchorState, score: float) -> Anchored:
    fresh = make_target(text, start, end)
    return Anchored(replace(fresh, areas=target.areas if state is AnchorState.EXACT else ()), state, score)


def reanchor(target: Target, text: str) -> Anchored:
    """Place `target` on `text`. Never raises for a well-formed target; orphaned if nowhere."""
    exact = target.exact
    at_position = target.end <= len(text) and text[target.start:target.end] == exact
    if at_position and _context_intact(text, target):
        return Anchored(target, AnchorState.EXACT)
    candidates = _positions(text, exact)
    best = max(candidates, key=lambda r: 2 * _context_score(text, r[0], r[1], target)
               + _nearness(r[0], target.start, len(text))) if candidates else None
    if best is None or _context_score(text, best[0], best[1], target) < SURE_CONTEXT:
        in_place = _replaced_in_place(target, text)  # (after the quote whole in its context: a table's rows share
        if in_place is not None:  # their context, and a row added above sent a mark to its figure; a tester, stop 56)
            return in_place
    if best is not None:
        if best == (target.start, target.end):
            return Anchored(target, AnchorState.EXACT)
        return _placed(text, best[0], best[1], target, AnchorState.MOVED, 100.0)
    return _fuzzy(target, text) or Anchored(target, AnchorState.ORPHANED, 0.0)


_NUMBER = re.compile(r"\d+")
SURE_CONTEXT = 0.9
"""A found occurrence of the whole quote whose prefix and suffix match at least this well (0..1) is its place."""
IN_PLACE_CONTEXT = 16
"""Characters of prefix and suffix next to the quote that must stand for words replaced in place: the nearest half of
what was kept (a sentence edited after a corrected figure still leaves its place known; a tester, stop 56)."""
MIN_CONTEXT = 8
"""Characters of prefix and of suffix, at least, for the words between them to be taken as the quote's place."""


def _replaced_in_place(target: Target, text: str) -> Anchored | None:
    """Where the quote's own words were edited and what is next to them kept: the nearest `IN_PLACE_CONTEXT`
    characters of its prefix and suffix (or the text's start or end, where it had less) still stand together, at one
    place only, with other words between. Those words are its place — fuzzy when similar
    enough, else the quote is orphaned — never another occurrence elsewhere. A corrected figure ("3.4 million"
    → "4.3 million") went to the next sentence's "3.1 million", and a name replaced ("Ek said" → "Berg said") to
    the "Ek" of "Tomas Ek" (an outside tester, stop 56). None when the context is not found so, or the quote
    itself stands between (an insertion next to it: placed as moved)."""
    exact = target.exact
    at_start, at_end = len(target.prefix) < CONTEXT, len(target.suffix) < CONTEXT  # (the text began / ended there)
    prefix = target.prefix if at_start else target.prefix[-IN_PLACE_CONTEXT:]
    suffix = target.suffix if at_end else target.suffix[:IN_PLACE_CONTEXT]
    if (len(prefix) < MIN_CONTEXT and not at_start) or (len(suffix) < MIN_CONTEXT and not at_end):
        return None
    if at_start and at_end:
        return None  # (the whole text was the quote and its few neighbours: nothing stands around it)
    widest = 2 * len(exact) + 40
    starts = ([len(prefix)] if text.startswith(prefix) else []) if at_start else \
        [at + len(prefix) for at, _ in _positions(text, prefix)]
    pairs = []
    for start in starts:
        if at_end:
            end = len(text) - len(suffix)
            found = text.endswith(suffix) and start <= end <= start + widest
        else:
            end = text.find(suffix, start, start + widest + len(suffix))
            found = end >= 0
        if found:
            pairs.append((start, end))
    if len(pairs) != 1:  # none, or context shared by several places (a table's rows): no place is sure
        return None
    [(start, end)] = pairs
    between = text[start:end]
    if exact in between:
        return None
    start, end = trim_range(text, start, end)
    if end > start and fuzz.ratio(text[start:end], exact) >= FUZZY_MIN_SCORE:
        return _placed(text, start, end, target, AnchorState.FUZZY, fuzz.ratio(text[start:end], exact))
    return Anchored(target, AnchorState.ORPHANED, 0.0)


def _context_intact(text: str, target: Target) -> bool:
    before = text[max(0, target.start - len(target.prefix)):target.start]
    return before == target.prefix and text[target.end:target.end + len(target.suffix)] == target.suffix


MAX_CANDIDATES = 10_000


def _positions(text: str, quote: str) -> list[tuple[int, int]]:
    """Every occurrence of `quote`, overlapping ones included (capped)."""
    out: list[tuple[int, int]] = []
    pos = text.find(quote)
    while pos >= 0 and len(out) < MAX_CANDIDATES:
        out.append((pos, pos + len(quote)))
        pos = text.find(quote, pos + 1)
    return out


def _fuzzy(target: Target, text: str) -> Anchored | None:
    """Best approximate occurrence of `exact`, looked for near the old position first, then everywhere; its ends
    on word boundaries wherever the quote's were (a placement never cuts a word: "D peace agreement")."""
    exact = target.exact
    if len(exact) < 4 or not text:
        return None
    windows = []
    reach = max(2000, 4 * len(exact))
    windows.append((max(0, target.start - reach), min(len(text), target.end + reach)))
    if windows[0] != (0, len(text)):
        windows.append((0, len(text)))
    whole = _whole_words(target)
    best: Anchored | None = None
    for lo, hi in windows:
        alignment = fuzz.partial_ratio_alignment(exact, text[lo:hi], score_cutoff=_ALIGN_MIN_SCORE if len(exact) < 200
                                                 else FUZZY_MIN_SCORE)  # (a word more barely moves a long quote)
        if alignment is None:
            continue
        start, end = lo + alignment.dest_start, lo + alignment.dest_end
        score, start, end = _refine(text, start, end, exact, whole)
        start, end = trim_range(text, start, end)
        if end <= start:
            continue
        score = fuzz.ratio(text[start:end], exact)
        if score < FUZZY_MIN_SCORE or _NUMBER.findall(text[start:end]) != _NUMBER.findall(exact):
            continue  # (away from its context, other figures are other words: "3.4 million" is not "3.1 million")
        candidate = _placed(text, start, end, target, AnchorState.FUZZY, score)
        if best is None or score > best.score:
            best = candidate
        if score >= 95:
            break
    return best


def _whole_words(target: Target) -> tuple[bool, bool]:
    """Whether the quote starts and ends outside a word of the text it was made on (a selection snaps to words, so
    nearly always): the placement keeps that."""
    exact = target.exact
    starts = not (_in_word(exact[:1]) and _in_word(target.prefix[-1:]))
    ends = not (_in_word(exact[-1:]) and _in_word(target.suffix[:1]))
    return starts, ends


def _in_word(c: str) -> bool:
    """A letter, a digit or a mark joined to one (Hindi's vowel signs, a decomposed accent): part of a word."""
    return bool(c) and (c.isalnum() or unicodedata.category(c)[0] == "M")


def _boundaries(text: str, lo: int, hi: int, near: int, most: int = 12) -> list[int]:
    """Positions in [lo, hi] not inside a word (before an opening “ or ( too), the `most` nearest to `near` —
    a long quote's ends are tried at a dozen places each, not at every one in reach."""
    lo, hi = max(0, lo), min(len(text), hi)
    found = [p for p in range(lo, hi + 1)
             if p == 0 or p == len(text) or not (_in_word(text[p - 1]) and _in_word(text[p]))]
    return sorted(sorted(found, key=lambda p: abs(p - near))[:most])


def _refine(text: str, start: int, end: int, exact: str, whole: tuple[bool, bool] = (False, False)
            ) -> tuple[float, int, int]:
    """Move both ends to where the found text is most similar to `exact`: an alignment window is the needle's
    length, so an inserted or dropped word leaves it short or long by a word — each end may move by up to half
    the quote (at most 40 characters), onto a word boundary where the quote's end was one (else by a few
    characters). Of the placements similar enough, one that keeps the quote's first and last words wins: an
    inserted word is taken in rather than a word of the quote left out ("if XYZ peace agreement", not "peace
    agreement")."""
    reach = min(40, max(8, len(exact) // 2))
    near = min(8, max(2, len(exact) // 10))  # (an end inside a word moves by characters, not so far)
    starts = _boundaries(text, start - reach, start + reach, start) if whole[0] else \
        list(range(max(0, start - near), min(len(text), start + near) + 1))
    ends = _boundaries(text, end - reach, end + reach, end) if whole[1] else \
        list(range(max(0, end - near), min(len(text), end + near) + 1))
    words = exact.split()
    first, last = (words[0], words[-1]) if words else ("", "")
    best = (-1, -1.0, start, end)
    for s in starts:
        for e in ends:
            if e <= s:
                continue
            score = fuzz.ratio(text[s:e], exact)
            kept = (score >= FUZZY_MIN_SCORE) * (text.startswith(first, s) + text.endswith(last, s, e))
            if (kept, score) > best[:2] or (kept, score) == best[:2] and abs(s - start) + abs(e - end) < \
                    abs(best[2] - start) + abs(best[3] - end):
                best = (kept, score, s, e)
    if best[1] < 0:  # no boundary pair around the alignment: nothing that keeps whole words
        return 0.0, start, start
    return best[1:]


def trim_range(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without leading and trailing whitespace (what a selection should annotate)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
