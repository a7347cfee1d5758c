"""Scans of the document's text around a position that never copy the text before it: a copy per sentence or per name
(`text[:at].rstrip()`) makes a suggester quadratic in the document's length. Pure functions."""
from __future__ import annotations


def last_visible(text: str, at: int) -> str:
    """The last character before `at` that is not white space, "" if there is none: `text[:at].rstrip()[-1:]`."""
    i = min(at, len(text)) - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def last_before(text: str, word: str, upto: int, seen: dict[str, tuple[int, int]]) -> int:
    """`text.rfind(word, 0, upto)`, searching only the text after where the last call for `word` stopped when `upto`
    has not moved back (`seen`: word -> (upto, found), one dict per text): the sentences of a document asking in turn
    where a name last stood search it once, not once each."""
    before = seen.get(word)
    if before is not None and before[0] <= upto:
        found = text.rfind(word, max(0, before[0] - len(word) + 1), upto)
        if found < 0:
            found = before[1]
    else:
        found = text.rfind(word, 0, upto)
    seen[word] = (upto, found)
    return found
