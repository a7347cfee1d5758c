"""The mouse on the reading view: a drag selects whole words (Alt: the characters as dragged) and scrolls past the
edge, a triple-click selects the paragraph, a click without a selection is handed to `clicked` (the view decides
what is under it). A base class of `TextView`, split from it: this module owns the pointer, the view owns the
marks and the intents."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from annotations.selection import paragraph_at, snap_selection, word_around
from reader.ui.bidi import position_at
from reader.ui.offsets import OffsetMap


_POINTER_EVENTS = (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick,
                   QEvent.Type.MouseMove)


def follows_double_click(last: tuple[int, QPoint] | None, event: QMouseEvent) -> bool:
    """Whether a press is the third click after a double-click at `last` (timestamp, where): soon enough and close
    enough, as the platform counts a double-click. The text view and the page view both ask."""
    if last is None:
        return False
    hints = QGuiApplication.styleHints()
    moved = (event.position().toPoint() - last[1]).manhattanLength()
    return event.timestamp() - last[0] <= hints.mouseDoubleClickInterval() and moved <= hints.startDragDistance()


class PointerTextEdit(QPlainTextEdit):
    """A read-only text edit whose selections are made by our own snapped drag, never by Qt's text-drag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._map = OffsetMap("")
        self._text = ""
        self._drag: tuple[int, bool] | None = None
        """While the left button is down: (Python offset pressed, exact characters (Alt held))."""
        self._double_click: tuple[int, QPoint] | None = None  # (timestamp, where): a press soon after is a triple-click
        self._exact = False

    def select_range(self, start: int, end: int, anchor_at_end: bool = False) -> None:
        cursor = self.textCursor()
        first, second = (end, start) if anchor_at_end else (start, end)
        cursor.setPosition(self._map.to_qt(first))
        cursor.setPosition(self._map.to_qt(second), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def event(self, event: QEvent) -> bool:
        """Presses, drags and the wheel in the view's side margins (outside the text area, `TextView._fit_column`)
        act as at the nearest edge of the text area, as they did when that room was part of it: a drag may start
        beside a line."""
        if isinstance(event, QMouseEvent) and event.type() in _POINTER_EVENTS:
            viewport = self.viewport()
            local = QPointF(viewport.mapFrom(self, event.position().toPoint()))
            local.setX(min(max(local.x(), 0.0), viewport.width() - 1.0))
            moved = QMouseEvent(event.type(), local, event.globalPosition(), event.button(), event.buttons(),
                                event.modifiers())
            moved.setTimestamp(event.timestamp())
            return self.viewportEvent(moved)
        if isinstance(event, QWheelEvent):
            return self.viewportEvent(event)
        return super().event(event)

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt override
        """Copy gives the document's own text: a long line is shown in pieces, its spaces drawn as breaks
        (`reader/ui/long_lines.py`)."""
        cursor = self.textCursor()
        data = QMimeData()
        data.setText(self._text[self._map.from_qt(cursor.selectionStart()):self._map.from_qt(cursor.selectionEnd())])
        return data

    def clicked(self, offset: int) -> None:
        """A click that left no selection, at Python offset `offset` (the view picks a mark or a suggestion)."""

    def _offset_at(self, event: QMouseEvent) -> int:
        point = event.position().toPoint()  # on right-to-left lines, by the glyph under the pointer (bidi.py)
        return self._map.from_qt(position_at(self, point, self.cursorForPosition(point).position()))

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - our own drag: snapped, never a text-drag
        mods = event.modifiers()
        if event.button() != Qt.MouseButton.LeftButton or mods & Qt.KeyboardModifier.ShiftModifier:
            super().mousePressEvent(event)
            return
        if self.focusPolicy() != Qt.FocusPolicy.NoFocus:  # presentation keeps the keys for its clicker
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        offset = self._offset_at(event)
        if self._triple_click(event):  # the paragraph, as in any reader (Qt's own needs its press handler)
            self.select_range(*paragraph_at(self._text, offset))
            event.accept()
            return
        self._drag = (offset, bool(mods & Qt.KeyboardModifier.AltModifier))
        self._exact = self._drag[1]
        cursor = self.textCursor()
        cursor.setPosition(self._map.to_qt(offset))
        self.setTextCursor(cursor)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - the word, its stops kept
        if event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        offset = self._offset_at(event)  # (Qt's word of "A.P." was "A" or ".": `word_around` keeps an abbreviation)
        start, end = word_around(self._text, offset)
        if end == start and offset > 0:  # (the cursor's place nearest the pointer: after a word's last letter)
            start, end = word_around(self._text, offset - 1)
        if end > start:
            self.select_range(start, end)
        event.accept()
        self._double_click = (event.timestamp(), event.position().toPoint())

    def _triple_click(self, event: QMouseEvent) -> bool:
        last, self._double_click = self._double_click, None
        return follows_double_click(last, event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is None or not event.buttons() & Qt.MouseButton.LeftButton:
            super().mouseMoveEvent(event)
            return
        y = event.position().y()
        bar = self.verticalScrollBar()
        if y < 0:  # dragging past the edge scrolls
            bar.setValue(bar.value() - bar.singleStep())
        elif y > self.viewport().height():
            bar.setValue(bar.value() + bar.singleStep())
        pressed, exact = self._drag
        here = self._offset_at(event)
        start, end = snap_selection(self._text, pressed, here, exact=exact)
        if end > start:
            self.select_range(start, end, anchor_at_end=here < pressed)
        else:
            cursor = self.textCursor()
            cursor.setPosition(self._map.to_qt(here))
            self.setTextCursor(cursor)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self._drag is not None:
            self._drag = None
            event.accept()
        else:
            super().mouseReleaseEvent(event)
        if not self.textCursor().hasSelection():
            self.clicked(self._map.from_qt(self.cursorForPosition(event.position().toPoint()).position()))
