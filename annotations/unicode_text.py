"""Text that no UTF-8 can hold: a lone half of a UTF-16 surrogate pair, which JSON can spell ("\\ud800") and
Python keeps in a str, but which fails later — in hashing, in SQLite, in an export. Read input is checked here
once, so it is refused with a message at the door instead of failing as a traceback inside an import."""
from __future__ import annotations

import json
import re
from typing import Any

_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")
"""A JSON escape of half a surrogate pair (emoji are escaped as whole pairs of these)."""


def lone_surrogate(value: Any, data: bytes | None = None) -> bool:
    """Does `value` (parsed JSON, or any str/list/dict of them) hold a lone surrogate? `data`, the JSON it was
    parsed from, lets the common case answer without a walk: no surrogate escape in it, none in the value."""
    if data is not None and not _SURROGATE_ESCAPE.search(data):
        return False
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def mended(text: str) -> str:
    """`text` with each lone surrogate replaced by U+FFFD (a whole pair, as UTF-16 text read naively gives it,
    becomes its character): for text read from a file format that can spell them (a PDF's strings)."""
    if text.isascii():
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


_SURROGATE = re.compile("[\ud800-\udfff]")


def without_surrogates(text: str) -> str:
    """`text` with every surrogate replaced by U+FFFD, one character for one: for a document's text, whose offsets
    (page spans, outline entries) must not move, where `mended` would join a pair into one character."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text
    return _SURROGATE.sub("\ufffd", text)
