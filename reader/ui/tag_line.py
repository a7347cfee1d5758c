"""Tags as one line of text, as the Inspector's tag field and the cards show them: comma-separated, a tag that holds
a comma (or a quote) in double quotes ('"minutes, p.4", radio'), read back the same way — so a tag from the CLI, a
bundle or a Zotero PDF is shown as one tag and survives an edit of the line. Pure functions."""
from __future__ import annotations

import csv
from collections.abc import Iterable


def tag_line(tags: Iterable[str]) -> str:
    """The tags on one line: `"a,b", c`."""
    return ", ".join(f'"{t.replace(chr(34), chr(34) * 2)}"' if "," in t or '"' in t else t for t in tags)


def parse_tag_line(text: str) -> tuple[str, ...]:
    """The tags a line names, in order, each stripped, empty ones dropped; a quoted one may hold commas."""
    if '"' not in text:  # (the usual line: no quoting to undo)
        return tuple(t.strip() for t in text.split(",") if t.strip())
    row = next(csv.reader([text.replace("\n", " ")], skipinitialspace=True), [])
    return tuple(t.strip() for t in row if t.strip())
