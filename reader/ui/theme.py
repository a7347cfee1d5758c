"""Light and dark palettes (Fusion style, so they look the same on every platform)."""
from __future__ import annotations

from typing import Literal

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


PAGE = {"light": "#ffffff", "dark": "#1f1f1f"}
"""The reading view's background (QPalette.Base) in each theme."""
SELECTION = {"light": "#308cc6", "dark": "#3d6fb4"}
"""The text selection (QPalette.Highlight): codebook colours are chosen to differ from it
(`annotations.colour_check`)."""


def apply_theme(app: QApplication, theme: Literal["light", "dark"]) -> None:
    app.setStyle("Fusion")
    if theme == "light":
        palette = app.style().standardPalette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(SELECTION["light"]))
        palette.setColor(QPalette.ColorRole.Base, QColor(PAGE["light"]))
        app.setPalette(palette)
        return
    p = QPalette()
    role = QPalette.ColorRole
    for r, c in ((role.Window, "#2b2b2b"), (role.WindowText, "#e6e6e6"), (role.Base, PAGE["dark"]),
                 (role.AlternateBase, "#333333"), (role.Text, "#e6e6e6"), (role.Button, "#3a3a3a"),
                 (role.ButtonText, "#e6e6e6"), (role.Highlight, SELECTION["dark"]), (role.HighlightedText, "#ffffff"),
                 (role.ToolTipBase, "#333333"), (role.ToolTipText, "#e6e6e6"), (role.Link, "#8ab4f8"),
                 (role.PlaceholderText, "#9a9a9a")):
        p.setColor(r, QColor(c))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor("#777777"))
    app.setPalette(p)
