"""Scans of the document's text around a position that never copy the text before it: a copy per sentence or per name
(`text[:at].rstrip()`) makes a suggester quadratic in the document's length. Pure functions."""
from __future__ import annotations


def last_visible(text: str, at: int) -> str:
    """The last character before `at` that is not white space, "" if there is none: `text[:at].rstrip()[-1:]`."""
    i = min(at, len(text)) - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""
