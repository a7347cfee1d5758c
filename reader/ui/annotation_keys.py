"""The one-key annotation shortcuts, shared by the text view and the page view (and the suggestion keys, by the
Suggestions table too)."""
from __future__ import annotations

from PySide6.QtCore import Qt

KIND_KEYS = {"c": "claim", "h": "highlight", "n": "note"}


def key_intent(text: str, type_keys: dict[str, str]) -> tuple[str, str] | None:
    """(kind, label) that key `text` asks for on a selection: a codebook key marks an entity of its type,
    C/H/N a claim, highlight or note; None for any other key."""
    if text in type_keys:
        return "entity", type_keys[text]
    kind = KIND_KEYS.get(text.lower())
    return (kind, "") if kind else None


def suggestion_verdict(key: int) -> str | None:
    """"accept" for Enter or Return, "reject" for Backspace or Delete, on the current suggestion; None otherwise."""
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        return "accept"
    if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
        return "reject"
    return None
