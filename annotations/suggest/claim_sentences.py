"""Where the claims' sentences start and end: `sentencex` (a maintained segmenter) within each line, mended where news
punctuation misleads it (an opening mark left at a sentence's end, a quotation ending in "!" or "?" cut from its
attribution, a sentence in brackets of its own). Split out of `claims.py`, which judges each sentence."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

OPENING_MARKS: Final = "\"“"  # a quotation opens with one of these
_CLOSING_MARKS: Final = "\"”"
_LINE: Final = re.compile(r"[^\n]+")
_BRACKETS: Final = frozenset((("(", ")"), ("[", "]")))
_ATTRIBUTION: Final = re.compile(
           r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:the|a|an|one|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
           r"(?:[a-z]+ly\s+)?(?:said|says|asked|asks|shouted|shouts|yelled|added|adds|wrote|writes|exclaimed|replied|insisted|declared|"
           r"tweeted|posted|told\s+[\w ]{1,30}?)(?:\s+on\s+[A-Z][\w ]{2,20}?)?(?:,[^.!?\n\"“”]{1,80})?[.]"
           r"|(?:said|says|asked|shouted|yelled|added|wrote|exclaimed|replied|insisted|declared)\s+"
           r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}|(?:the|a|an|one|his|her|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)"
           r"(?:,[^.!?\n]{1,60})?[.]")
"""A short attribution on its own after a quotation ending in "!" or "?": "Holloway said.", "said the coach.",
"said Pedro Alvarez, a fisherman.", "Trump tweeted on Monday, adding that he would meet others."."""


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each sentence, white space trimmed: sentencex within each line, so a line break always
    ends a sentence (headlines, bylines, list items) and quotation marks pair within a paragraph only (over
    the whole text, a quote continued in the next paragraph — opened there again, closed only at its end —
    paired each paragraph's opening mark with the next one's). An opening mark that sentencex leaves at the
    end of a sentence ('… she said. "') starts the next one. A sentence in brackets of its own is the sentence inside
    them (its subject opens it)."""
    from sentencex import get_sentence_boundaries  # type: ignore[import-untyped]

    for line in _LINE.finditer(text):
        yield from _attributed(text, _line_sentences(text, line.start(), line.group(0), get_sentence_boundaries))


def _attributed(text: str, spans: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The line's sentences, a quotation ending in "!" or "?" joined to the short attribution the segmenter cut
    from it ('"This is a disgrace!" Holloway said.', '"We will win!" said the coach.'): one sentence, as with a
    comma."""
    i = 0
    while i < len(spans):
        start, end = spans[i]
        if i + 1 < len(spans) and end - start > 3 and text[end - 1] in _CLOSING_MARKS and text[end - 2] in "!?" \
                and _ATTRIBUTION.fullmatch(text, spans[i + 1][0], spans[i + 1][1]):
            yield start, spans[i + 1][1]
            i += 2
            continue
        yield start, end
        i += 1


def _line_sentences(text: str, base: int, line: str, boundaries: Callable[[str, str], Iterable[dict[str, Any]]]
                    ) -> list[tuple[int, int]]:
    """The sentences of one line (at `base` in `text`) as the segmenter cuts them, mended as `sentences` says."""
    out: list[tuple[int, int]] = []
    carried = -1  # an opening mark left at the end of the sentence before
    for b in boundaries("en", line):
        piece = b["text"]
        start = base + b["start_index"] + len(piece) - len(piece.lstrip())
        end = base + b["start_index"] + len(piece.rstrip())
        if end <= start:
            continue
        if carried >= 0:
            start, carried = carried, -1
        if end > start and text[end - 1] in OPENING_MARKS and (end - 1 == start or text[end - 2].isspace()):
            carried = end - 1
            end = start + len(text[start:carried].rstrip())
        if end - start > 2 and (text[start], text[end - 1]) in _BRACKETS and text[end - 1] not in text[start:end - 1]:
            start, end = start + 1, end - 1  # "(He further noted that …)": the sentence inside its brackets
        if end > start:
            if out and text[out[-1][1] - 3] == "-" and _PARTY_TAG_END.search(text, out[-1][1] - 5, out[-1][1]) \
                    and _STATE_REST.match(text, start, end):
                out[-1] = (out[-1][0], end)  # "Sen. Joe Manchin, D-W.Va., said": one sentence, not "D-W." and "Va."
                continue
            out.append((start, end))
    if " X." in line:  # "… responded on X. \"My colleague …\"": the platform's name is no initial
        out = [piece for span in out for piece in _split_after_x(text, *span)]
    return out


def _split_after_x(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The span cut after each "on X." (the platform) that the segmenter took for an initial."""
    pieces = []
    for m in _ON_X.finditer(text, start, end):
        pieces.append((start, m.end()))
        start = m.end() + len(text[m.end():end]) - len(text[m.end():end].lstrip())
    pieces.append((start, end))
    return pieces


_ON_X: Final = re.compile(r"(?<![\w'’-])on[ \t]+X\.(?=[ \t]+[\"“A-Z])")


_PARTY_TAG_END: Final = re.compile(r"(?<![\w'’-])[DRI]-[A-Z]\.\Z")
_STATE_REST: Final = re.compile(r"(?:[A-Z][a-z]{0,3}\.)+(?:[,)]|\Z)")
"""A US legislator's party and state cut by the segmenter at the state's first full stop ("D-W." + "Va., said",
"R-S." + "C., said"): the rest of the state, then a comma, a bracket or nothing."""
