"""A library opened read-only (a read-only medium or mount, a snapshot, a disk too full to start a write): said as
the window opens — a permanent label, the hint above the text, the status bar — and the Inspector takes no typing.
It opened as if writable, and a paragraph typed into a note was refused only at its autosave (an outside tester,
stop 53)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

LABEL = "Read-only library"
HINT = "You can read, search and export; marks, notes and imports cannot be stored."


def show_read_only(window: MainWindow, reason: str) -> None:
    """Say that nothing can be stored here, and why (`reason`, a sentence the store gave)."""
    label = QLabel(LABEL)
    label.setObjectName("read-only-library")
    label.setToolTip(reason)
    window.statusBar().addPermanentWidget(label)
    window.hint.setText(f"{reason} {HINT}")
    window.inspector.set_read_only(reason)
    window.statusBar().showMessage(reason, 15000)
