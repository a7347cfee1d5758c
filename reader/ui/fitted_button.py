"""A one-line button whose middle words are shortened to the width it has, so its start and its end (the action it
offers) stay in sight: the Inspector's "⚠ Open conflict with … — Resolve…". A QPushButton with a long text is cut at
its right edge, mid-word, and the end of the line — "Resolve…" — was what went (an outside tester on the window)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget


class FittedButton(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._parts = ("", "", "")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # (a long name: no scroll bar)

    def set_parts(self, head: str, middle: str, tail: str) -> None:
        """Show `head` + `middle` + `tail`, `middle` shortened with "…" when the whole does not fit."""
        self._parts = (head, middle, tail)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        head, middle, tail = self._parts
        self.ensurePolished()  # (a style sheet's bold font is the one measured)
        metrics = self.fontMetrics()
        room = self.contentsRect().width() - metrics.horizontalAdvance(head + tail) - 2 * metrics.averageCharWidth()
        shown = metrics.elidedText(middle, Qt.TextElideMode.ElideRight, max(room, 0))
        if middle and not shown:  # (no room even for "…": the line's end goes instead)
            shown = "…"
        self.setText(head + shown + tail)
