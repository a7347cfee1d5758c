"""A web page's subheadings as the document's outline: the `<h1>`–`<h6>` of the cleaned page whose words
are a whole line of the extracted article text. The extractors keep a subheading as a plain line, so
without this the reading view set "What happens next" in body type and the Outline tab stayed empty for
every web page. Pure functions over an lxml tree and the canonical text; the text itself is not changed.
"""
from __future__ import annotations

from typing import Any

from annotations.document import OutlineEntry

MAX_HEADING = 200
"""Characters: a longer "heading" is a paragraph set in a heading tag (a teaser), not a subheading."""
LEVELS = {f"h{n}": n for n in range(1, 7)}


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def page_headings(root: Any) -> list[tuple[int, str]]:
    """(level, words) of each heading element of the page, in document order."""
    found = []
    for element in root.iter(*LEVELS):
        words = " ".join(" ".join(element.itertext()).split())
        if words and len(words) <= MAX_HEADING:
            found.append((LEVELS[element.tag], words))
    return found


def html_outline(root: Any, text: str) -> tuple[OutlineEntry, ...]:
    """The outline of `text` (the article as extracted from `root`): each page heading found, in order, as
    a whole line of the text at or after the previous one found; headings the extractor dropped (a site
    menu's, a sidebar's) are not in the text and are skipped."""
    lines: list[tuple[int, str]] = []
    offset = 0
    for line in text.split("\n"):
        lines.append((offset, _normal(line)))
        offset += len(line) + 1
    entries: list[OutlineEntry] = []
    at = 0
    for level, words in page_headings(root):
        wanted = _normal(words)
        for index in range(at, len(lines)):
            if lines[index][1] == wanted:
                entries.append(OutlineEntry(level=level, title=words, offset=lines[index][0]))
                at = index + 1
                break
    return tuple(entries)
