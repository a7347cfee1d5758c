""""Accept with speaker…" (F2, or a double-click on a claim in the Suggestions dock): the claim, its suggested
speaker and a field to type the right one (completed from the document's people and organisations), whether it
is an unnamed source, and whether the correction covers every claim suggested with the same speaker. The
window side of `annotations.suggest.speaker_choice`; accepting is the controller's."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton,
    QVBoxLayout, QWidget,
)

from annotations.limits import MAX_NAME
from annotations.suggest import Suggestion
from annotations.suggest.speaker_choice import (
    SPEAKER_TYPES, SpeakerChoices, claims_like, clean_speaker, looks_unnamed, type_of, with_speaker,
)

EXCERPT = 220
"""Characters of the claim the dialog shows (the rest elided)."""
TYPE_LABELS = {"PERSON": "Person", "ORG": "Organisation", "PLACE": "Place (speaking as its government)"}


class SpeakerDialog(QDialog):
    def __init__(self, current: Suggestion, suggestions: Sequence[Suggestion], choices: SpeakerChoices,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Accept with speaker")
        self.current, self.choices = current, choices
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
        completer = QCompleter(QStringListModel(choices.names, self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.speaker.setCompleter(completer)
        self.unnamed = QCheckBox("Unnamed source (officials, a spokesperson, analysts …)")
        self.unnamed.setChecked(current.speaker_kind == "unnamed")
        self._unnamed_touched = False
        self.unnamed.clicked.connect(self._touched)
        self.type_box = QComboBox()
        for type_ in SPEAKER_TYPES:
            self.type_box.addItem(TYPE_LABELS[type_], type_)
        self._type_touched = False
        self.type_box.activated.connect(lambda _i: setattr(self, "_type_touched", True))
        self.unnamed.toggled.connect(lambda on: self.type_box.setEnabled(not on))
        self.type_box.setEnabled(not self.unnamed.isChecked())
        self._set_type(current.speaker_type or type_of(self.speaker.text(), choices))
        self.too_long = QLabel(f"A speaker's name can be at most {MAX_NAME} characters.")
        self.too_long.setVisible(False)
        speaker = (current.speaker or "").replace("&", "&&")  # "&" would make a keyboard shortcut, not show
        self.every = QCheckBox(f"All {len(self.like)} claims suggested with “{speaker}”")
        self.every.setVisible(len(self.like) > 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok: QPushButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow("Suggested speaker:", self.suggested)
        form.addRow("Speaker:", self.speaker)
        form.addRow("", self.too_long)
        form.addRow("", self.unnamed)
        form.addRow("Type:", self.type_box)
        form.addRow("", self.every)
        layout = QVBoxLayout(self)
        layout.addWidget(claim)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.speaker.textChanged.connect(lambda _text: self._guess())  # typed, pasted or completed
        self.every.toggled.connect(lambda _on: self._count())
        self.resize(560, self.sizeHint().height())
        self._count()
        self.speaker.setFocus()
        self.speaker.selectAll()

    def chosen(self) -> list[Suggestion]:
        """The claims to accept, each with the speaker as typed."""
        claims = self.like if self.every.isChecked() else [self.current]
        return with_speaker(claims, self.speaker.text(), self.unnamed.isChecked(), str(self.type_box.currentData()))

    def _touched(self) -> None:
        self._unnamed_touched = True  # the analyst said which: typing no longer guesses

    def _set_type(self, type_: str) -> None:
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(type_)))

    def _guess(self) -> None:
        typed = self.speaker.text()
        if not self._unnamed_touched:
            self.unnamed.setChecked(looks_unnamed(typed, self.choices))
        if not self._type_touched:
            self._set_type(type_of(typed, self.choices))
        self._count()

    def _count(self) -> None:
        n = len(self.like) if self.every.isChecked() else 1
        self.ok.setText(f"Accept {n} claim" + ("s" if n != 1 else ""))
        too_long = len(clean_speaker(self.speaker.text())) > MAX_NAME
        self.too_long.setVisible(too_long)
        self.ok.setEnabled(not too_long)


def ask_speaker(current: Suggestion, suggestions: Sequence[Suggestion], choices: SpeakerChoices,
                parent: QWidget | None = None) -> list[Suggestion] | None:
    """Show the dialog for `current`; the claims to accept with the typed speaker, or None if cancelled."""
    dialog = SpeakerDialog(current, suggestions, choices, parent)
    answer, chosen = dialog.exec(), dialog.chosen()
    dialog.deleteLater()
    if parent is not None:
        parent.activateWindow()  # keys (Enter, Ctrl+Z) go to the window again, not to the closed dialog
    return chosen if answer == QDialog.DialogCode.Accepted and chosen else None
