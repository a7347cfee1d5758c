"""A notice listing many things (files that changed, could not be added, were read with warnings): the first few in
the box, every one under "Show Details…", which scrolls. One paragraph per file made a box 5,000 px tall for 60
changed files, its OK button off the screen (an outside tester, stop 57)."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

SHOWN = 6
"""Items shown in the box itself; the rest are in its details."""


def list_text(heading: str, items: list[str], shown: int = SHOWN) -> str:
    """The box's own text: the heading, the first `shown` items, and how many more the details hold."""
    lines = [heading, "", *(f"• {item}" for item in items[:shown])]
    if len(items) > shown:
        lines.append(f"… and {len(items) - shown:,} more (Show Details…)")
    return "\n".join(lines)


def list_notice(parent: QWidget | None, heading: str, items: list[str], name: str,
                icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    """A non-modal box with `heading` and `items` (all of them in its details when there are more than fit)."""
    box = QMessageBox(icon, "Dossier", list_text(heading, items), parent=parent)
    box.setObjectName(name)
    if len(items) > SHOWN:
        box.setDetailedText("\n\n".join(items))
    box.setModal(False)
    box.show()
    return box
