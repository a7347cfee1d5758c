"""Tags as one line of text, as the Inspector's tag field and the cards show them: comma-separated, a tag that holds
a comma, a quote or a line break in double quotes ('"minutes, p.4", radio'), read back the same way — so a tag from
the CLI, a bundle or a Zotero PDF is shown as one tag and survives an edit of the line. Pure functions."""
from __future__ import annotations

import csv
from collections.abc import Iterable


def tag_line(tags: Iterable[str]) -> str:
    """The tags on one line: `"a,b", c`."""
    return ", ".join(f'"{t.replace(chr(34), chr(34) * 2)}"' if _needs_quotes(t) else t for t in tags)


def _needs_quotes(tag: str) -> bool:
    return "," in tag or '"' in tag or any(c.isspace() and c != " " for c in tag)


def parse_tag_line(text: str) -> tuple[str, ...]:
    """The tags a line names, in order, each stripped, empty ones dropped; a quoted one may hold commas. A line
    that is no valid quoting (typed by hand) is read by its commas."""
    if '"' not in text:  # (the usual line: no quoting to undo)
        return tuple(t.strip() for t in text.split(",") if t.strip())
    try:
        row = next(csv.reader([text], skipinitialspace=True, strict=False), [])
    except csv.Error:
        row = text.split(",")
    return tuple(t.strip() for t in row if t.strip())
