"""Where a range of characters is on screen when a line mixes directions (Arabic, Hebrew with Latin names
and numbers): the Unicode bidirectional algorithm, as Qt's text layout applied it, may show one logical
range as pieces that are not side by side ("grid هيلينا" in "Nordgrid هيلينا" is "grid" and "هيلينا",
with "Nord" between them), and on a right-to-left line its start is at the right.

A right-to-left paragraph starts at the right margin (`align_block`): QPlainTextDocumentLayout gives every
block the document's one text option (left-aligned), so each block's own layout is set right-aligned
after it is laid out, when Qt's bidi algorithm reads its first strong character as right-to-left; lines
are drawn, hit-tested and measured (carets, glyph runs) through that option, so drags, marks and outlines
follow the text to the right."""
from __future__ import annotations

import unicodedata

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextBlock, QTextLine
from PySide6.QtWidgets import QPlainTextEdit

_RTL_CLASSES = {"R", "AL", "RLE", "RLO", "RLI"}


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(ch) in _RTL_CLASSES for ch in text)


def align_block(block: QTextBlock) -> None:
    """Right-align a right-to-left block's lines (left-align any other), in its laid-out layout."""
    layout = block.layout()
    if layout is None:
        return
    option = layout.textOption()
    want = (Qt.AlignmentFlag.AlignRight if block.textDirection() == Qt.LayoutDirection.RightToLeft
            else Qt.AlignmentFlag.AlignLeft)
    if option.alignment() != want:
        option.setAlignment(want)
        layout.setTextOption(option)


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


def position_at(view: QPlainTextEdit, point: QPoint, qt_position: int) -> int:
    """The document position a press or drag at `point` (viewport coordinates) means, by the glyph under
    it: the boundary before the character when the point is in the half of its glyph where the character
    starts (the right half of a right-to-left glyph), else after it. Qt's own hit test
    (`cursorForPosition`, given as `qt_position`) is kept for blocks without right-to-left text; on
    right-to-left lines it can land a character away from the glyph under the pointer."""
    block = view.document().findBlock(qt_position)
    if not block.isValid() or not has_rtl(block.text()):
        return qt_position
    layout = block.layout()
    top_left = view.blockBoundingGeometry(block).translated(view.contentOffset()).topLeft()
    x, y = point.x() - top_left.x(), point.y() - top_left.y()
    for i in range(layout.lineCount()):
        line = layout.lineAt(i)
        if not line.y() <= y < line.y() + line.height():
            continue
        for at in range(line.textStart(), line.textStart() + line.textLength()):
            for run in line.glyphRuns(at, 1):
                box = run.boundingRect()
                if box.width() > 0 and box.left() <= x < box.right():
                    rtl = run.isRightToLeft()
                    starts_half = x >= box.center().x() if rtl else x < box.center().x()
                    return block.position() + (at if starts_half else at + 1)
        return qt_position
    return qt_position
