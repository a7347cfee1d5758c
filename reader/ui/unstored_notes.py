"""The question the window asks when it is closed with notes typed that could not be stored (a full disk): the
words are the analyst's, so they are never dropped unsaid — copied to the clipboard, or the window stays open."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from reader.ui.entity_questions import ask_buttons


def keep_or_lose_notes(parent: QWidget, notes: list[tuple[str, str]]) -> bool:
    """Whether the window may close with `notes` (the words an annotation marks, its typed note) unstored: "Copy
    them and close" puts every note on the clipboard first, each under the words it was typed on; Cancel keeps the
    window open to retry once space is free."""
    count = len(notes)
    choice = ask_buttons(
        parent, "Notes not stored",
        f"{count} note{'s' if count != 1 else ''} you typed could not be stored (the library refused the write: is the "
        "disk full?). Closing now loses {0}. Cancel keeps the window open: free some space and close again (they are "
        "stored then).".format("it" if count == 1 else "them"),
        [("Copy them and close", QMessageBox.ButtonRole.AcceptRole),
         ("Close without them", QMessageBox.ButtonRole.DestructiveRole)], name="unstored-notes")
    if choice == 0:
        clipboard = QApplication.clipboard()
        clipboard.setText("\n\n".join(f"On “{quote}”:\n{note}" for quote, note in notes))
    return choice is not None
