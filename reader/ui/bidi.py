"""Where a range of characters is on screen when a line mixes directions (Arabic, Hebrew with Latin names
and numbers): the Unicode bidirectional algorithm, as Qt's text layout applied it, may show one logical
range as pieces that are not side by side ("grid هيلينا" in "Nordgrid هيلينا" is "grid" and "هيلينا",
with "Nord" between them), and on a right-to-left line its start is at the right."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextLine

_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI"}


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def line_spans(block: QTextBlock, line: QTextLine, start: int, end: int) -> list[tuple[float, float]]:
    """The x-intervals (block coordinates, left < right) covering the glyphs of block positions
    [start, end) on `line`: one interval for a left-to-right range on a left-to-right line (as carets give
    it), else one per piece Qt lays out, neighbouring pieces joined."""
    if block.textDirection() != Qt.LayoutDirection.RightToLeft and not has_rtl(block.text()):
        x1, x2 = _x(line.cursorToX(start)), _x(line.cursorToX(end))
        return [(min(x1, x2), max(x1, x2))]
    pieces = sorted((r.boundingRect().left(), r.boundingRect().right())
                    for r in line.glyphRuns(start, end - start) if r.boundingRect().width() > 0)
    spans: list[tuple[float, float]] = []
    for left, right in pieces:
        if spans and left <= spans[-1][1] + 0.5:
            spans[-1] = (spans[-1][0], max(spans[-1][1], right))
        else:
            spans.append((left, right))
    return spans


def _x(value: object) -> float:
    """`QTextLine.cursorToX` returns the x (some bindings: (x, position))."""
    return float(value[0] if isinstance(value, tuple) else value)  # type: ignore[arg-type]
