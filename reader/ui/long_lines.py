"""Very long lines in the reading view. QPlainTextEdit lays out a whole paragraph at once: a text file of one
50 MB line held the window 22 s on opening and 47 s in all, a 4.8 MB line 2.5 s (an outside tester, stop 54). The
view shows such a line in pieces: a space (any white space) about every `PIECE` characters is shown as a line
break. Only what is
shown changes — the same length, so Qt positions and the text's offsets stay one for one; selections, marks and
quotes are taken from the document's text, which keeps its spaces. Pure functions, no Qt."""
from __future__ import annotations

import re

LONG_LINE = 5_000
"""A line at least this long is shown in pieces."""
PIECE = 2_000
"""About how long each piece is (cut at the last space before it; a run without spaces is left whole)."""
_LONG = re.compile(rf"[^\n]{{{LONG_LINE},}}")
_SPACE = re.compile(r"[^\S\n]")
"""Any white space but a line end: a space, a tab, a no-break space (a line of words parted by no-break spaces held
the window 206 s; an outside tester on the fixes, stop 54), an ideographic space."""
_LAST_SPACE = re.compile(r".*[^\S\n]", re.DOTALL)


def display_breaks(text: str) -> list[int]:
    """Offsets of the spaces in `text` shown as line breaks: in each line of `LONG_LINE` characters or more, the
    last white space before every `PIECE` characters (the next one after, where a stretch holds none). A line of
    no white space at all (Chinese, Japanese) is left whole."""
    if len(text) < LONG_LINE:
        return []
    breaks: list[int] = []
    for match in _LONG.finditer(text):
        at, end = match.span()
        while end - at > PIECE:
            last = _LAST_SPACE.match(text, at + 1, at + PIECE)
            if last is not None:
                cut = last.end() - 1
            else:
                after = _SPACE.search(text, at + PIECE, end)
                if after is None:
                    break
                cut = after.start()
            breaks.append(cut)
            at = cut + 1
    return breaks


def shown_text(text: str, breaks: list[int]) -> str:
    """`text` with the spaces at `breaks` turned into line breaks (the string the view is given)."""
    if not breaks:
        return text
    parts, last = [], 0
    for cut in breaks:
        parts.append(text[last:cut])
        last = cut + 1
    parts.append(text[last:])
    return "\n".join(parts)
