"""Quotations marked with single quotes, as British tabloids print them ('I've loved my time,' he said. / She
penned: 'With immense gratitude …): in a document that quotes only that way, its quotation marks are read as the
double ones the claim rules know, one character for one, so every offset stays. Apostrophes ("don't", "Ace's",
"the players' union", "'80s", "rock 'n' roll") stay as they are. A document with double quotation marks is left
alone: its single marks are quotes inside quotes or apostrophes. Pure functions."""
from __future__ import annotations

import re
from typing import Final

_OPENING: Final = re.compile(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z0-9(\[…])", re.M)
"""A single mark opening a quotation: at a line's start or after a space, bracket or dash, before a word."""
_ELISION: Final = re.compile(r"['‘](?:em|n|s|t|til|tis|twas|cause|cos|bout|round|d|ll|re|ve|\d\ds?)(?![A-Za-z0-9])", re.I)
"""A mark that stands for missing letters at a word's start ("'em", "rock 'n' roll", "'til", "'80s"): no quote."""
_CLOSING: Final = re.compile(r"(?<=\S)['’](?=[\s,.;:!?)\]—–-]|$)", re.M)
"""A single mark closing a quotation: after a word or punctuation, before a space, punctuation or the line's end."""
_SIGNATURE: Final = re.compile(r"(?:^|[:,][ \t]+)['‘][A-Z]", re.M)
"""A quotation as tabloids open one: a paragraph or a colon or comma, then a single mark and a capital."""


def as_double_quotes(text: str) -> str:
    """`text` with the single quotation marks of a document that quotes only with them made double (“ and ”);
    `text` itself when it has double quotation marks or fewer than two quotations opened the tabloid way."""
    if '"' in text or "“" in text or "”" in text or len(_SIGNATURE.findall(text)) < 2:
        return text
    marks: dict[int, str] = {}
    line_start = 0
    for line_end in (*(m.start() for m in re.finditer("\n", text)), len(text)):
        _pair(text, line_start, line_end, marks)
        line_start = line_end + 1
    if not marks:
        return text
    chars = list(text)
    for at, mark in marks.items():
        chars[at] = mark
    return "".join(chars)


def _pair(text: str, start: int, end: int, marks: dict[int, str]) -> None:
    """The quotation marks of one line in `marks` (position -> "“" or "”"): each opening with the first closing
    after it, or none when the quotation runs on into the next paragraph (news style leaves it open)."""
    at = start
    while True:
        opening = _next_opening(text, at, end)
        if opening is None:
            return
        marks[opening.start()] = "“"
        closing = _CLOSING.search(text, opening.end(), end)
        while closing is not None and _apostrophe(text, closing.start(), end):
            later = _CLOSING.search(text, closing.end(), end)
            while later is not None and _apostrophe(text, later.start(), end):
                later = _CLOSING.search(text, later.end(), end)
            reopened = _next_opening(text, closing.end(), later.start() if later is not None else end)
            if later is not None and reopened is not None:
                break  # "branded the claims 'lies' and … told reporters: 'I've …'": a quote opens before the next
                # closing mark, so this one closes ('lies'), apostrophe-shaped as it is
            closing = later
        if closing is None:
            return
        marks[closing.start()] = "”"
        at = closing.end()


def _next_opening(text: str, at: int, end: int) -> re.Match[str] | None:
    """The next opening mark in text[at:end] that is no elision ("'em", "'80s")."""
    opening = _OPENING.search(text, at, end)
    while opening is not None and _ELISION.match(text, opening.start()):
        opening = _OPENING.search(text, opening.end(), end)
    return opening


def _apostrophe(text: str, at: int, end: int) -> bool:
    """An apostrophe, not a quotation closing: a plural's possessive before its noun ("the players' union", "St
    James' Park"), a dropped g ("havin' a bad day") or the end of "rock 'n' roll"."""
    return text[at - 1] == "s" and at + 2 < end and text[at + 1] == " " and (text[at + 2].islower()
                                                                            or text[at + 2].isupper()) \
        or text[at - 2:at] == "in" and at + 2 < end and text[at + 1] == " " and text[at + 2].islower() \
        or text[at - 2:at - 1] in ("'", "‘")
