"""Deleting the last mention of an entity: ask whether the entity goes too (one undo step), so a
mistaken mark ("nt Emmanuel Ma") does not stay behind in the entity index with no mention."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reader.services import ReaderService
from reader.ui.entity_questions import ask_buttons


def ask_delete(service: ReaderService, annotation_id: str, parent: QWidget | None = None) -> bool | None:
    """Whether deleting this annotation removes its entity too: False when other mentions (or claims it
    made) remain, else the reader's answer — None when they cancel (nothing is deleted)."""
    orphan = service.entity_left_without_mentions(annotation_id)
    if orphan is None:
        return False
    answer = ask_buttons(parent, "Delete mention", f"This is the last mention of “{orphan.name}” ({orphan.type}).\n"
                         "Remove the entity too? Undo brings both back.",
                         [("Delete mention and entity", QMessageBox.ButtonRole.AcceptRole),
                          ("Keep the entity", QMessageBox.ButtonRole.NoRole)])
    return None if answer is None else answer == 0
