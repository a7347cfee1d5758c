""""Accept with speaker…" (F2, or a double-click on a claim in the Suggestions dock): the claim, its suggested
speaker and a field to type the right one (completed from the document's people and organisations), whether it
is an unnamed source, and whether the correction covers every claim suggested with the same speaker. The
window side of `annotations.suggest.speaker_choice`; accepting is the controller's."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from annotations.suggest import Suggestion
from annotations.suggest.speaker_choice import claims_like, looks_unnamed, with_speaker

EXCERPT = 220
"""Characters of the claim the dialog shows (the rest elided)."""


class SpeakerDialog(QDialog):
    def __init__(self, current: Suggestion, suggestions: Sequence[Suggestion], names: Sequence[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accept with speaker")
        self.current, self.names = current, list(names)
        self.like = claims_like(suggestions, current)
        words = " ".join(current.exact.split())
        claim = QLabel(f"“{words if len(words) <= EXCERPT else words[:EXCERPT - 1] + '…'}”")
        claim.setWordWrap(True)
        claim.setTextFormat(Qt.TextFormat.PlainText)
        suggested = current.speaker or "none"
        if current.speaker and current.speaker_kind == "unnamed":
            suggested += " (unnamed source)"
        self.suggested = QLabel(suggested)
        self.suggested.setTextFormat(Qt.TextFormat.PlainText)
        self.speaker = QLineEdit(current.speaker or "")
        self.speaker.setPlaceholderText("who said it; empty = no speaker")
        self.speaker.setClearButtonEnabled(True)
        completer = QCompleter(QStringListModel(self.names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.unnamed = QCheckBox("Unnamed source (officials, a spokesperson, analysts …)")
        self.unnamed.setChecked(current.speaker_kind == "unnamed")
        self._unnamed_touched = False
        self.unnamed.clicked.connect(self._touched)
        self.every = QCheckBox(f"All {len(self.like)} claims suggested with “{current.speaker}”")
        self.every.setVisible(len(self.like) > 1)
        self.every.setChecked(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Suggested speaker:", self.suggested)
        form.addRow("Speaker:", self.speaker)
        form.addRow("", self.unnamed)
        form.addRow("", self.every)
        layout = QVBoxLayout(self)
        layout.addWidget(claim)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.speaker.textEdited.connect(lambda _text: self._guess())
        self.every.toggled.connect(lambda _on: self._count())
        self.resize(560, self.sizeHint().height())
        self._count()
        self.speaker.setFocus()
        self.speaker.selectAll()

    def chosen(self) -> list[Suggestion]:
        """The claims to accept, each with the speaker as typed."""
        claims = self.like if self.every.isChecked() else [self.current]
        return with_speaker(claims, self.speaker.text(), self.unnamed.isChecked())

    def _touched(self) -> None:
        self._unnamed_touched = True  # the analyst said which: typing no longer guesses

    def _guess(self) -> None:
        if not self._unnamed_touched:
            self.unnamed.setChecked(looks_unnamed(self.speaker.text(), self.names))

    def _count(self) -> None:
        n = len(self.like) if self.every.isChecked() else 1
        self.ok.setText(f"Accept {n} claim" + ("s" if n != 1 else ""))


def ask_speaker(current: Suggestion, suggestions: Sequence[Suggestion], names: Sequence[str],
                parent: QWidget | None = None) -> list[Suggestion] | None:
    """Show the dialog for `current`; the claims to accept with the typed speaker, or None if cancelled."""
    dialog = SpeakerDialog(current, suggestions, names, parent)
    answer, chosen = dialog.exec(), dialog.chosen()
    dialog.deleteLater()
    if parent is not None:
        parent.activateWindow()  # keys (Enter, Ctrl+Z) go to the window again, not to the closed dialog
    return chosen if answer == QDialog.DialogCode.Accepted and chosen else None
