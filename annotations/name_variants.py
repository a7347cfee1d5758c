"""One name written in ways that look alike: invisible direction and zero-width marks (U+200F after an
Arabic word, U+2066–2069 isolates from a web page), apostrophe forms (' ’ ʼ in "Мар’яна") and ё written
as е ("Ёлкин", "Елкин"). Names are stored without the marks, and an entity is reused when a new name
differs from one of its names only in these ways."""
from __future__ import annotations

import re
import unicodedata

BIDI_MARKS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Direction marks, embeddings and isolates: they steer display and are never part of a name."""
ZERO_WIDTH = "\u200b\u2060\ufeff"
"""Zero-width space, word joiner, BOM: invisible and meaningless inside a name."""
JOINERS = "\u200c\u200d"
"""ZWNJ/ZWJ shape letters inside Persian and Indic words: kept inside a name, dropped at its ends."""
APOSTROPHES = "'\u2019\u02bc\u2018\u02b9\u0060\u00b4\u2032\uff07"
"""Forms of the apostrophe one keyboard or another types in "Мар’яна", "O’Neil"."""
LOOKALIKE = APOSTROPHES + "ёЁеЕ"
"""Characters another spelling of the same name may have in their place (one for one)."""

CONTROLS = "".join(map(chr, (*range(0x20), *range(0x7f, 0xa0))))
"""C0 and C1 control characters (a NUL, a bell, an escape pasted with a name): never part of a name; tab and line
breaks among them are white space, made single spaces."""
INVISIBLE_FORMAT = "\u00ad\u034f\u115f\u1160\u180e\u2061\u2062\u2063\u2064\u3164\ufff9\ufffa\ufffb\uffa0" + \
    "".join(map(chr, range(0xE0000, 0xE0080)))
"""Characters that draw nothing in a name: the soft hyphen, the combining grapheme joiner, Hangul fillers, the
Mongolian vowel separator, invisible operators, interlinear annotation marks and tag characters ("Jordan\u00adLee"
looked like Jordan Lee, was not found as him and made a second; a tester on the fixes, stop 58)."""
_DROP = str.maketrans("", "", BIDI_MARKS + ZERO_WIDTH + INVISIBLE_FORMAT
                      + "".join(c for c in CONTROLS if not c.isspace()))
_KEY = str.maketrans({**{c: "'" for c in APOSTROPHES}, "ё": "е", "Ё": "Е", **{c: None for c in JOINERS}})
_INVISIBLE = BIDI_MARKS + ZERO_WIDTH + JOINERS


def clean_name(name: str) -> str:
    """A name or title without invisible marks and control characters, and with single spaces: "\\u200f فولوديمير\\u200f زيلينسكي"
    -> "فولوديمير زيلينسكي"."""
    name = " ".join(name.translate(_DROP).split())
    return name.strip(JOINERS + " ")


def name_key(name: str) -> str:
    """What two spellings of one name share: marks dropped, apostrophes one form, ё as е, case folded."""
    return unicodedata.normalize("NFC", clean_name(name)).translate(_KEY).casefold()


def same_name(a: str, b: str) -> bool:
    return name_key(a) == name_key(b)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without invisible marks or spaces at either end (a suggestion's span)."""
    while start < end and (text[start] in _INVISIBLE or text[start].isspace()):
        start += 1
    while end > start and (text[end - 1] in _INVISIBLE or text[end - 1].isspace()):
        end -= 1
    return start, end


def like_pattern(name: str) -> str:
    """A SQL LIKE pattern (escape character backslash) matching `name` with any one character in place
    of each apostrophe, ё or е."""
    escaped = re.sub(r"([\\%_])", r"\\\1", name)
    return "".join("_" if c in LOOKALIKE else c for c in escaped)
