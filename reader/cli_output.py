"""What the command line writes is safe for a terminal: a teammate's note, tag or name holding control characters
(ESC sequences, NUL, a carriage return) or bidi overrides would otherwise recolour, hide or rewrite another analyst's
lines. They are written as visible escapes (`\\u001b`, `\\u202e`), which are also valid inside JSON strings (the
only place such a character can stand in JSON output), so `--json` stays exact."""
from __future__ import annotations

import re
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""C0 controls but tab and line feed, DEL, C1 controls, and the bidi embeddings, overrides and isolates (not the
marks U+200E/U+200F, which right-to-left text uses and which reorder nothing beyond their neighbours)."""


def visible(text: str) -> str:
    """`text` with every unsafe character written as its \\uXXXX escape ("\\r\\n" is a line break first)."""
    if not _UNSAFE.search(text):
        return text
    return _UNSAFE.sub(lambda m: f"\\u{ord(m.group(0)):04x}", text.replace("\r\n", "\n"))


def error_line(text: str) -> str:
    """An error message as one line: a line break in what it quotes (a name or quote typed with one) shown as
    `\\n`, so the error stays the one line on stderr that scripts read."""
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def one_line(text: str) -> str:
    """`text` on one line, each run of white space (line breaks too) one space: a label quoting a teammate's words
    (an undo step's "Annotate “…”") printed as one line can fake no line of its own."""
    return " ".join(text.split())


class SafeStream:
    """A text stream that writes through `visible`; everything else is the stream's own."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text))
        return len(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)
