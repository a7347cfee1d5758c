"""Python string offsets (code points) <-> Qt text positions (UTF-16 code units).

They differ only after characters outside the Basic Multilingual Plane (emoji, some CJK); for text
without any, both maps are the identity and cost nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    def __init__(self, text: str) -> None:
        # found by the regex engine (a 2 MB article: ~5 ms; a per-character loop took 200-280 ms)
        self._astral = [] if text.isascii() else [m.start() for m in _ASTRAL.finditer(text)]

    def to_qt(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1) if self._astral else offset

    def from_qt(self, position: int) -> int:
        if not self._astral:
            return position
        lo, hi = 0, position
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.to_qt(mid) <= position:
                lo = mid
            else:
                hi = mid - 1
        return lo
