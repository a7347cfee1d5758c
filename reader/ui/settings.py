"""Typed user settings (annotator name, theme, font size) in an INI file under the per-user config dir.
Document data never goes here; QSettings returns strings, so every value is converted on the way out.
The annotator's name lives beside it in `identity.json` (`reader.identity`), which the command line reads
too; the app asks for it on its first run (`NameDialog`)."""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QWidget,
)

from reader import identity

if TYPE_CHECKING:
    from reader.services import ReaderService


class Settings:
    def __init__(self, path: Path | None = None) -> None:
        path = path or Path(platformdirs.user_config_dir("Dossier", appauthor=False)) / "settings.ini"
        self.folder = path.parent
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def annotator(self) -> str:
        """The name the person gave ("" until asked); an older settings file's name is still honoured."""
        return identity.saved_name(self.folder) or identity.clean_name(str(self._q.value("annotator", "") or ""))

    @annotator.setter
    def annotator(self, value: str) -> None:
        identity.save_name(value, self.folder)
        self._q.setValue("annotator", identity.clean_name(value))

    @property
    def trainer(self) -> str:
        """The name put on briefing packs and answer keys (the last one used; else the annotator's)."""
        return str(self._q.value("trainer", "") or "") or self.annotator

    @trainer.setter
    def trainer(self, value: str) -> None:
        self._q.setValue("trainer", identity.clean_name(value))

    @property
    def theme(self) -> str:
        value = str(self._q.value("theme", "light"))
        return value if value in ("light", "dark") else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        self._q.setValue("theme", value)

    @property
    def font_size(self) -> int:
        try:
            return max(8, min(32, int(self._q.value("font_size", 13))))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 13

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._q.setValue("font_size", int(value))

    @property
    def recent(self) -> list[str]:
        value = self._q.value("recent", [])
        items = [value] if isinstance(value, str) else list(value) if isinstance(value, (list, tuple)) else []
        # (QSettings gives a one-item list back as a str)
        return [str(v) for v in items if v]

    def remember(self, document_id: str, keep: int = 10) -> None:
        self._q.setValue("recent", [document_id, *[d for d in self.recent if d != document_id]][:keep])

    @property
    def line_width(self) -> int:
        try:
            return max(40, min(160, int(self._q.value("line_width", 80))))  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return 80

    @line_width.setter
    def line_width(self, value: int) -> None:
        self._q.setValue("line_width", int(value))

    def sync(self) -> None:
        self._q.sync()


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Settings")
        self.setMinimumWidth(460)
        self.annotator = QLineEdit(settings.annotator)
        self.annotator.setPlaceholderText("recorded as the creator of each annotation")
        self.theme = QComboBox()
        self.theme.addItems(["light", "dark"])
        self.theme.setCurrentText(settings.theme)
        self.font_size = QSpinBox()
        self.font_size.setRange(8, 32)
        self.font_size.setValue(settings.font_size)
        self.line_width = QSpinBox()
        self.line_width.setRange(40, 160)
        self.line_width.setSuffix(" characters")
        self.line_width.setValue(settings.line_width)
        form = QFormLayout(self)
        form.addRow("Annotator name", self.annotator)
        form.addRow("Theme", self.theme)
        form.addRow("Reading font size", self.font_size)
        form.addRow("Reading line width", self.line_width)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class NameDialog(QDialog):
    """First run: who is annotating? The name goes on every annotation, bundle, answer key and briefing pack
    (instead of the computer's login name). Settings changes it later."""

    def __init__(self, suggestion: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Welcome to Dossier")
        self.setMinimumWidth(460)
        intro = QLabel("<b>What name should your annotations carry?</b><br/>It is shown to teammates who import "
                       "your bundles, on answer keys and on briefing packs. You can change it in Settings.")
        intro.setWordWrap(True)
        self.name = QLineEdit(suggestion)
        self.name.setPlaceholderText("e.g. Ana Lopes")
        self.name.setMaxLength(identity.MAX_NAME)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow("Your name", self.name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText("Later")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(suggestion.strip()))
        self.name.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        form.addRow(self.buttons)


def ask_name_on_first_run(settings: Settings, service: ReaderService, parent: QWidget | None = None
                          ) -> NameDialog | None:
    """Open `NameDialog` (window-modal, not blocking) when nobody has given a name yet and
    $DOSSIER_ANNOTATOR does not give one; OK stores it and credits the open service with it."""
    if settings.annotator or os.environ.get("DOSSIER_ANNOTATOR", "").strip():
        return None
    dialog = NameDialog(identity.real_name_guess(), parent)

    def accepted() -> None:
        name = identity.clean_name(dialog.name.text())
        if name:
            settings.annotator = name
            settings.sync()
            service.annotator = name
            service.annotator_is_login = False

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog
