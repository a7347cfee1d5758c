"""Light and dark palettes (Fusion style, so they look the same on every platform)."""
from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def apply_theme(app: QApplication, theme: Literal["light", "dark"]) -> None:
    app.setStyle("Fusion")
    if theme == "light":
        app.setPalette(app.style().standardPalette())
        return
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, "#1f1f1f"),
                 (role.AlternateBase, "#333333"), (role.Text, "#e6e6e6"), (role.Button, "#3a3a3a"),
                 (role.ButtonText, "#e6e6e6"), (role.Highlight, "#3d6fb4"), (role.HighlightedText, "#ffffff"),
                 (role.ToolTipBase, "#333333"), (role.ToolTipText, "#e6e6e6"), (role.Link, "#8ab4f8"),
                 (role.PlaceholderText, "#9a9a9a")):
        p.setColor(r, QColor(c))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor("#777777"))
    app.setPalette(p)
