"""The reading view's typography on top of QPlainTextEdit's fast line layout: space between paragraphs and
headings in larger bold type.

QPlainTextDocumentLayout lays out only what is on screen (a 2 MB article with 20,000 highlights opens and
scrolls fast) but ignores block margins; `SpacedLayout` adds the space by making each block's bounding
rectangle taller below its last line — the view stacks blocks by those rectangles and hit-tests through
them, so clicks, drags and highlight rectangles stay where the text is. A blank line between paragraphs
(Markdown's habit) is shrunk to the same gap, so every format reads alike. Headings are real character
formats on their lines (a handful per document), and their level is kept in the block's user state.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextDocumentLayout

from reader.ui.bidi import align_block

PARAGRAPH_GAP = 0.6
"""Space after a paragraph, in lines of body text."""
BEFORE_HEADING = 1.0
AFTER_HEADING = 0.35
CONTINUES = -2
"""The user state of a block whose line goes on in the next block (a long line shown in pieces, `long_lines`)."""
HEADING_SCALE = {1: 1.5, 2: 1.3, 3: 1.15}
"""Type size of a heading of each level against the body text (deeper levels: body size, bold)."""


class SpacedLayout(QPlainTextDocumentLayout):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self.line = 20.0
        """Line spacing of the body text, in pixels (the view sets it with its font)."""
        self.enabled = True
        self.line_gap = PARAGRAPH_GAP
        """Space between two lines of text with no blank line between them: a paragraph gap where each
        line is a paragraph (news HTML, EPUB, most .txt), none where blank lines separate paragraphs
        (Markdown, hard-wrapped text: there a single line end only wraps)."""

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:  # noqa: N802 - Qt override
        rect = super().blockBoundingRect(block)
        if block.isValid():
            align_block(block)  # a right-to-left paragraph starts at the right margin (reader/ui/bidi.py)
        if not self.enabled or not block.isValid() or not rect.height():
            return rect
        following = block.next()
        if not following.isValid() or block.userState() == CONTINUES:
            return rect
        if block.length() <= 1:  # a blank line: as tall as a paragraph gap
            return QRectF(rect.x(), rect.y(), rect.width(), self.line * PARAGRAPH_GAP)
        if block.userState() > 0:
            gap = AFTER_HEADING
        else:
            gap = self.line_gap if following.length() > 1 else 0.0
        if following.userState() > 0:
            gap = max(gap, BEFORE_HEADING)
        return rect.adjusted(0, 0, 0, self.line * gap)


def apply_headings(document: QTextDocument, headings: list[tuple[int, int]], body: QFont) -> None:
    """Set each heading line ((Qt position in the line, level)) in bold at its level's size of `body`."""
    for position, level in headings:
        block = document.findBlock(position)
        if not block.isValid():
            continue
        block.setUserState(level)
        cursor = QTextCursor(block)
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        size = body.pointSizeF() if body.pointSizeF() > 0 else 13.0
        fmt.setFontPointSize(size * HEADING_SCALE.get(level, 1.0))
        cursor.mergeCharFormat(fmt)


def line_gap_for(text: str) -> float:
    """The gap between consecutive lines of `text`: none when blank lines separate its paragraphs."""
    lines = text.count("\n") + 1
    return 0.0 if text.count("\n\n") * 4 >= lines else PARAGRAPH_GAP
