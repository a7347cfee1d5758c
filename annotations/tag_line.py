"""Tags as one line of text, as the Inspector's tag field and the cards show them: comma-separated, a tag that holds
a comma, a quote or a line break in double quotes ('"minutes, p.4", radio'), read back the same way — so a tag from
the CLI, a bundle or a Zotero PDF is shown as one tag and survives an edit of the line. The CSV export writes its
tags cell the same way with "; " between them, so a tag holding a semicolon stays one tag there. Pure functions."""
from __future__ import annotations

import csv
from collections.abc import Iterable


def tag_line(tags: Iterable[str], separator: str = ", ") -> str:
    """The tags on one line: `"a,b", c`; a tag holding the separator's mark, a quote or a line break is quoted."""
    mark = separator.strip() or separator
    return separator.join(f'"{t.replace(chr(34), chr(34) * 2)}"' if _needs_quotes(t, mark) else t for t in tags)


def _needs_quotes(tag: str, mark: str) -> bool:
    return mark in tag or "," in tag or '"' in tag or any(c.isspace() and c != " " for c in tag)


def parse_tag_line(text: str, separator: str = ", ") -> tuple[str, ...]:
    """The tags a line names, in order, each stripped, empty ones dropped; a quoted one may hold the separator's mark.
    A line that is no valid quoting (typed by hand) is read by its marks."""
    mark = separator.strip() or separator
    if '"' not in text:  # (the usual line: no quoting to undo)
        return tuple(t.strip() for t in text.split(mark) if t.strip())
    try:
        row = next(csv.reader([text], delimiter=mark, skipinitialspace=True, strict=False), [])
    except csv.Error:
        row = text.split(mark)
    return tuple(t.strip() for t in row if t.strip())
