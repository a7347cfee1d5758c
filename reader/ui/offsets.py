"""Python string offsets (code points) <-> Qt text positions (UTF-16 code units).

They differ only after characters outside the Basic Multilingual Plane (emoji, some CJK); for text
without any, both maps are the identity and cost nothing.
"""
from __future__ import annotations

from bisect import bisect_right


class OffsetMap:
    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

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
