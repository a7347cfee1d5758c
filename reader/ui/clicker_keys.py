"""A presentation clicker's keys reach the presentation whichever window has the focus. A clicker sends PageDown
and PageUp; once the trainer clicked into the main window (to correct a status while the room watched) they went
there and scrolled the article, and the room's screen stood still (a workshops tester, stop 62). While a
presentation runs, the application's PageDown and PageUp go to it — except while the trainer types in a field,
where they move the cursor as ever."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractSpinBox, QApplication, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
                               QWidget)

CLICKER_KEYS = {Qt.Key.Key_PageDown, Qt.Key.Key_PageUp}


def typing_in(widget: QWidget | None) -> bool:
    """Whether `widget` is a field the person types into (where PageUp/PageDown belong to the cursor)."""
    if isinstance(widget, (QLineEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox):
        return widget.isEditable()
    if isinstance(widget, (QTextEdit, QPlainTextEdit)):
        return not widget.isReadOnly()
    return False


class ClickerKeys(QObject):
    """Installed on the application while `presentation` shows; removed with `stop`."""

    def __init__(self, presentation: QWidget) -> None:
        super().__init__()  # (no parent: the presentation's deletion must not leave a half-gone filter installed)
        self.presentation = presentation
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) \
                or event.key() not in CLICKER_KEYS or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        try:
            showing = self.presentation.isVisible()
        except RuntimeError:  # the presentation is gone (its window deleted without the controller hearing)
            self.stop()
            return False
        if not isinstance(watched, QWidget) or watched.window() is self.presentation or not showing \
                or typing_in(QApplication.focusWidget()):
            return False
        QApplication.sendEvent(self.presentation, QKeyEvent(QEvent.Type.KeyPress, event.key(), event.modifiers()))
        return True
