"""Prose wrapped at a fixed width (plain-text and Markdown files, e-mails, books: "… according to\npresident and CEO
Ada Moe."): the claim rules read each line as ending its sentence (a headline, a byline, a list item does), so a
sentence broken across lines lost its speaker. In a text wrapped throughout, a line break inside a paragraph is read
as a space, one character for one, so every offset stays. A text is wrapped when its lines inside paragraphs run up
to one width of 40-130 characters, at least three of them close to it; a break stays where the writer broke the line
early (the next word would have fitted: an address, a poem, a headline), before or after a line of its own (a
heading, list item, block quote, table row, code, transcript label, dateline, byline, e-mail header), and at a blank
line. Pure functions."""
from __future__ import annotations

import re
from typing import Final

_NARROWEST, _WIDEST = 40, 130
"""The widths a text is wrapped at (one-paragraph-per-line texts run to hundreds of characters)."""
_NEAR_WIDTH: Final = 0.8
_SENTENCE_END: Final = frozenset('.!?"”’\')')
_LINES_NEAR_WIDTH: Final = 3
_OWN_LINE: Final = re.compile(
           r"[ \t]|[-*•+>#|~`–—o][ \t]|[-*•+>#|~`]|\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)][ \t]|\[[^\]\n]{1,20}\]|"
           r"(?:[A-Z][\w.'’-]*|[A-Z]+[ \t]+\d+)(?:[ \t]+[A-Z0-9][\w.'’-]*){0,3}:(?:[ \t]|$)|[\w.'’-]{1,20}:[ \t]|[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,3}(?:,[ \t]+[A-Z][\w.]+(?:[ \t]+[A-Z][\w.]+)?)?"
           r"[ \t]*(?:\(|—|–|--)|(?:By|BY|Photo|PHOTO|Source|Image|From|To|Subject|Date|Sent|Cc)\b")
"""What starts a line of its own: indentation, a list, quote, heading, table or code marker, a numbered or lettered
item, a bracketed time, a label or header before a colon ("Ms. Moe:", "SPEAKER 1:", "Subject:"), a dateline in
capitals ("LONDON (Reuters) —", "WASHINGTON, D.C. —"), a byline or caption."""

_HEADING_OR_ROW: Final = re.compile(r"[ \t]*(?:#|\||```)")
"""A line that never goes on into the next: a Markdown heading, a table row, a code fence (a list item, a label's turn
or a dateline's paragraph may: their next line is the judge)."""


def soft_wraps_as_spaces(text: str) -> str:
    """`text` with the line breaks inside its wrapped paragraphs made spaces (same length); `text` itself when it is
    not wrapped at a fixed width or has no such break."""
    lines = text.split("\n")
    bodies = [line.rstrip("\r \t") for line in lines]
    inside = [len(bodies[i]) for i in range(len(lines) - 1) if bodies[i].strip() and bodies[i + 1].strip()]
    width = sorted(inside)[(len(inside) - 1) * 9 // 10] if inside else 0  # (not one long line's: a link, a table)
    near = [i for i in range(len(lines) - 1) if bodies[i].strip() and bodies[i + 1].strip()
            and len(bodies[i]) >= _NEAR_WIDTH * width]
    open_ended = sum(bodies[i][-1] not in _SENTENCE_END for i in near)
    if not _NARROWEST <= width <= _WIDEST or open_ended < _LINES_NEAR_WIDTH or 2 * open_ended < len(near):
        return text  # (one paragraph per line: its long lines end their sentences)
    breaks: list[int] = []
    at = 0
    fenced = False
    for i in range(len(lines) - 1):
        at += len(lines[i]) + 1  # the position after this line's break
        line, following = bodies[i], bodies[i + 1]
        if line.lstrip().startswith("```"):
            fenced = not fenced
        if fenced or not line.strip() or not following.strip() or _OWN_LINE.match(following) \
                or _HEADING_OR_ROW.match(line) or _titled(line):
            continue
        first_word = following.split(None, 1)[0]
        if len(line) + 1 + len(first_word) <= width:  # the next word would have fitted: broken on purpose
            continue
        breaks.append(at - 1)
    if not breaks:
        return text
    chars = list(text)
    for position in breaks:
        chars[position] = " "
    return "".join(chars)


def _titled(line: str) -> bool:
    """A headline's capitals: most words of four letters or more capitalised ("Central Bank Raises Rates Again")."""
    words = [w for w in line.split() if len(w) >= 4]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)
