"""Which lines of a document's canonical text are headings, for the reading view to set them in larger,
bold type: Markdown's `#` lines and an EPUB's chapter titles (from the outline the loader found), and the
headline — the first line when it is the document's title (a .txt, an article's HTML, any text). Pure
functions, no Qt: the text view applies the result."""
from __future__ import annotations

from collections.abc import Sequence

MAX_HEADING = 200
"""A longer line is a paragraph, whatever the outline says about where a chapter starts."""


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold().lstrip("# ")


def _line_at(text: str, offset: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def reading_headings(text: str, title: str = "", outline: Sequence[tuple[int, str, int]] = ()
                     ) -> list[tuple[int, int]]:
    """(offset of the line's first character, level 1–6) of each heading line, in reading order.

    `outline`: (level, title, offset) entries; one counts where its line is short and says its title.
    The first non-empty line is the headline (level 1) when it begins like the title or the title like it."""
    found: dict[int, int] = {}
    for level, heading, offset in outline:
        if not 0 <= offset < len(text):
            continue
        start, end = _line_at(text, offset)
        line = _normal(text[start:end])
        if line and end - start <= MAX_HEADING and (_normal(heading) in line or line in _normal(heading)):
            found.setdefault(start, max(1, min(6, int(level))))
    first = next((i for i, ch in enumerate(text) if not ch.isspace()), None)
    if first is not None and title.strip():
        start, end = _line_at(text, first)
        line, wanted = _normal(text[start:end]), _normal(title).rstrip("…")
        if end - start <= MAX_HEADING and line and (line.startswith(wanted[:60]) or wanted.startswith(line)):
            found.setdefault(start, 1)
    return sorted(found.items())
