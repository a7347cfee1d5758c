"""Prose wrapped at a fixed width (plain-text and Markdown files, e-mails: "… according to\npresident and CEO Ada
Moe."): the claim rules read each line as ending its sentence (a headline, a byline, a list item does), so a sentence
broken across lines lost its speaker. A line break inside such a sentence is read as a space, one character for one,
so every offset stays; paragraphs (a blank line), headlines, list items, transcript labels and one-paragraph-per-line
texts keep their breaks. Pure functions."""
from __future__ import annotations

import re

_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
"""A single line break between two lines of text (a blank line between paragraphs is no soft wrap)."""
_LOWER_NEXT = re.compile(r"[a-z]")
"""A line going on in lower case: the sentence before it goes on ("… 32 percent said\nthey are not using it")."""
_WRAPPED_LINE = 50
"""A line at least this long that ends without a sentence's end is a wrapped one (a headline or byline is shorter)."""
_SENTENCE_END = frozenset('.!?:;"”’)]|*#')
_NEW_ITEM = re.compile(r"[-*•+>#|]|\d{1,3}[.)][ \t]|[A-Z][A-Z'’.-]+(?:[ \t][A-Z][A-Z'’.-]*){0,3}[ \t]*[:,(—–-]|"
                       r"(?:Q|A|By|BY|Photo|PHOTO|Source|Image)\b")
"""What starts a line of its own: a list or quote marker, a numbered item, a transcript label or dateline in
capitals ("ADA MOE:", "LONDON (Reuters) —"), a byline or a caption."""


def soft_wraps_as_spaces(text: str) -> str:
    """`text` with the line breaks inside wrapped sentences made spaces (same length); `text` itself when it has
    none. A break before a line in lower case always goes; one after a long line with no sentence's end only in a
    text wrapped throughout (at least `_WRAPPED_LINES` such lines: not a lone headline over its first paragraph)."""
    continued: list[int] = []
    wrapped: list[int] = []
    for m in _BREAK.finditer(text):
        at = m.start()
        line_start = text.rfind("\n", 0, at) + 1
        line = text[line_start:at].rstrip()
        following = text[at + 1:at + 2]
        if not line or not following or _NEW_ITEM.match(text, at + 1):
            continue
        if _LOWER_NEXT.match(following) is not None and line[-1] not in ".!?":
            continued.append(at)
        elif len(line) >= _WRAPPED_LINE and line[-1] not in _SENTENCE_END and not line.isupper():
            wrapped.append(at)
    breaks = continued + wrapped if len(wrapped) + len(continued) >= _WRAPPED_LINES else continued
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = " "
    return "".join(chars)


_WRAPPED_LINES = 3
