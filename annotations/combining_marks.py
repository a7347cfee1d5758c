"""Every combining mark (Unicode categories Mn, Mc, Me) as the body of a regular-expression class. A mark is part
of its word, and Python's `\\w` takes none: without them Hindi "हिन्दी" was the words ह, न and द, Tamil "தமிழ்"
தம and ழ, Thai "น้ำ" น and ำ, so a search for दिन (day) found दुनिया (world). Qt- and Whoosh-free; built once at
import (~40 ms)."""
from __future__ import annotations

import unicodedata


def _mark_class() -> str:
    ranges: list[tuple[int, int]] = []
    for cp in (*range(0x20000), *range(0xE0100, 0xE01F0)):
        if unicodedata.category(chr(cp))[0] == "M":
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1] = (ranges[-1][0], cp)
            else:
                ranges.append((cp, cp))
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in ranges)


COMBINING_MARKS = _mark_class()
"""Ranges of combining marks, to put inside `[...]` beside `\\w` (none of them is special inside a class)."""
