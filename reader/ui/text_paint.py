"""How the text view draws what lies on its text: each annotation's mark (an extra selection whose format
says its kind: a filled background for entities and highlights, an underline for claims, a dotted one for
notes, bold with an outline when selected), and, over the text, the suggestions' dashed outlines and the
presentation's solid frame, in rectangles found line by line (right-to-left runs included, `bidi.py`).

Split out of `text_view.py`: that module handles what the view holds and how a person works it (keys,
drags, clicks); this one only turns marks and spans into pixels, so a change of look touches nothing
else. Offsets here are Qt positions (UTF-16); the view converts Python offsets first."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from reader.ui.bidi import line_spans
from reader.ui.marks import Mark


def mark_format(mark: Mark, selected: bool) -> QTextCharFormat:
    """The character format a mark is drawn with."""
    fmt = QTextCharFormat()
    color = QColor(mark.color)
    if mark.kind == "claim":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(color)
        color.setAlpha(40)
    elif mark.kind == "note":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(color)
        color.setAlpha(50)
    else:
        color.setAlpha(110)
    fmt.setBackground(color)
    if selected:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setProperty(QTextFormat.Property.OutlinePen, QColor("black"))
    return fmt


def mark_selection(document: QTextDocument, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """An extra selection over Qt positions [start, end) in `fmt`."""
    sel = QTextEdit.ExtraSelection()
    sel.format = fmt
    cursor = QTextCursor(document)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    sel.cursor = cursor
    return sel


def range_rects(view: QPlainTextEdit, start: int, end: int) -> list[QRectF]:
    """Viewport rectangles (one per line, or per direction run) covering Qt positions [start, end); a line the
    range wraps past ends at its last character that is not a space (a frame ended after the space)."""
    out: list[QRectF] = []
    block = view.document().findBlock(start)
    offset = view.contentOffset()
    while block.isValid() and block.position() < end:
        layout = block.layout()
        origin = view.blockBoundingGeometry(block).translated(offset).topLeft()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            ls = block.position() + line.textStart()
            a, b = max(start, ls), min(end, ls + line.textLength())
            if b < end:  # the range goes on below: the spaces a line wraps at are not part of what it frames
                units = block.text().encode("utf-16-le")  # Qt positions count UTF-16 units
                while b > a and _space_at(units, b - 1 - block.position()):
                    b -= 1
            if a >= b:
                continue
            for x1, x2 in line_spans(block, line, a - block.position(), b - block.position()):  # bidi-aware
                out.append(QRectF(origin.x() + x1, origin.y() + line.y(), x2 - x1, line.height()))
        block = block.next()
    return out


def _space_at(units: bytes, i: int) -> bool:
    return units[2 * i:2 * i + 2].decode("utf-16-le", errors="ignore").isspace()


def paint_selected(painter: QPainter, rects: list[QRectF], color: QColor) -> None:
    """A thin frame around the selected annotation (its format asks for bold type and an outline, which
    Qt does not draw for an extra selection: glyphs are laid out before selections are applied)."""
    painter.setPen(QPen(color, 2))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for rect in rects:
        painter.drawRect(rect.adjusted(-1, 0, 1, 0))


def paint_emphasis(painter: QPainter, rects: list[QRectF], color: str) -> None:
    """The presentation's solid frame around a span."""
    painter.setPen(QPen(QColor(color), 3))
    for rect in rects:
        painter.drawRect(rect.adjusted(-2, 0, 2, 0))


def paint_suggestion(painter: QPainter, rects: list[QRectF], color: str, underline: bool, current: bool) -> None:
    """A suggestion: a dashed box (an entity) or a dashed underline (a claim); the current one thicker
    and lightly filled."""
    painter.setPen(QPen(QColor(color), 2.5 if current else 1.4, Qt.PenStyle.DashLine))
    fill = QColor(color)
    fill.setAlpha(45)
    for rect in rects:
        if current:
            painter.fillRect(rect, fill)
        if underline:
            painter.drawLine(rect.bottomLeft() - QPointF(0, 1.5), rect.bottomRight() - QPointF(0, 1.5))
        else:
            painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
