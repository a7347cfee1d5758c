"""The Suggestions dock: the open document's suggestions in reading order, with accept/reject for one,
for all of one entity, or for all shown. Enter accepts and Backspace rejects the current row (as in the
reading view); the panel only emits intents with row indices — the main window does the work."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QGridLayout, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView,
    QVBoxLayout, QWidget,
)

from annotations.suggest import Suggestion
from reader.ui.annotation_keys import suggestion_verdict
from reader.ui.models import RowModel


@dataclass(frozen=True)
class SuggestionRow:
    id: str
    kind: str
    text: str
    type: str
    refers: str  # the entity it names, or the guessed speaker of a claim
    color: str
    start: int
    found_by: str = "rules"  # "rules" (Dossier's own) | "spaCy" (the optional statistical model)


def suggestion_rows(suggestions: list[Suggestion], colors: dict[str, str]) -> list[SuggestionRow]:
    return [SuggestionRow(f"{s.kind}:{s.start}:{s.end}", s.kind, s.exact.replace("\n", " "), s.type,
                          (s.speaker or "") if s.kind == "claim" else (s.name or ""),
                          colors.get(s.type if s.kind == "entity" else "claim", "#999999"), s.start,
                          "spaCy" if s.source == "spacy" else "rules")
            for s in suggestions]


def same_entity(a: Suggestion, b: Suggestion) -> bool:
    """Suggestions of "the same entity": same kind and type and the same name (case-insensitive); for
    claims, the same guessed speaker."""
    if a.kind != b.kind:
        return False
    if a.kind == "claim":
        return bool(a.speaker) and a.speaker == b.speaker
    return a.type == b.type and (a.name or a.exact).casefold() == (b.name or b.exact).casefold()


class SuggestionModel(RowModel[SuggestionRow]):
    columns = (("Text", "text"), ("Type", "type"), ("Entity / speaker", "refers"), ("Found by", "found_by"))


class _Table(QTableView):
    activatedKey = Signal(str)  # "accept" | "reject"

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        verdict = suggestion_verdict(event.key())
        if verdict is not None:
            self.activatedKey.emit(verdict)
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Type, Entity / speaker and Found by as wide as their titles (and the longest type's name), together
        at most 60 % of the table: the suggestion's text, stretched into what was left, got 64 of 358 px in a
        docked panel ("€48 mill…", an outside tester, stop 55)."""
        header, metrics = self.horizontalHeader(), self.fontMetrics()
        room = 0.6 * self.viewport().width()
        speaker = header.sectionSizeHint(2)  # (its title uncut first: who said a claim is what is checked here)
        header.resizeSection(2, max(40, int(min(speaker, room - 80))))  # (80: Type and Found by at 40 each)
        wanted = [max(header.sectionSizeHint(1), metrics.horizontalAdvance("QUANTITY") + 16), header.sectionSizeHint(3)]
        scale = min(1.0, (room - header.sectionSize(2)) / sum(wanted))
        for column, width in zip((1, 3), wanted):
            header.resizeSection(column, max(40, int(width * scale)))


class SuggestionsPanel(QWidget):
    refreshRequested = Signal(str)  # kind filter: "" (all) | "entity" | "claim"
    currentChanged = Signal(int)  # row index (-1: none)
    acceptRequested = Signal(str)  # scope: "one" | "entity" | "all"
    rejectRequested = Signal(str)
    speakerRequested = Signal()  # accept the current claim with a speaker typed by the analyst

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = SuggestionModel()
        self.table = _Table()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)  # ("Entity / sp…", not cut)
        self.table.fit_columns()  # (the others as wide as their titles, within 60 %: `_Table.fit_columns`)
        self.table.setMinimumHeight(220)
        self.kind = QComboBox()
        for text, value in (("Entities and claims", ""), ("Entities", "entity"), ("Claims", "claim")):
            self.kind.addItem(text, value)
        self.status = QLabel("Open a document, then Suggest (Ctrl+Shift+S).")
        self.status.setWordWrap(True)
        suggest = QPushButton("Suggest")
        suggest.setToolTip("Find entity and claim suggestions in this document (offline)")
        top = QHBoxLayout()
        top.addWidget(self.kind, 1)
        top.addWidget(suggest)
        grid = QGridLayout()
        self.buttons: dict[tuple[str, str], QPushButton] = {}
        for column, (verb, signal) in enumerate((("Accept", self.acceptRequested), ("Reject", self.rejectRequested))):
            for row, (scope, text) in enumerate((("one", f"{verb} (⏎)" if verb == "Accept" else f"{verb} (⌫)"),
                                                 ("entity", f"{verb} all of this entity"),
                                                 ("all", f"{verb} all shown"))):
                button = QPushButton(text)
                button.clicked.connect(lambda _=False, s=scope, sig=signal: sig.emit(s))
                grid.addWidget(button, row, column)
                self.buttons[(verb.lower(), scope)] = button
        self.speaker_button = QPushButton("Accept with speaker… (F2)")
        self.speaker_button.setToolTip("Accept the current claim with the right speaker (also: double-click a "
                                       "claim); for one claim or all suggested with the same speaker")
        self.speaker_button.clicked.connect(lambda _=False: self.speakerRequested.emit())
        grid.addWidget(self.speaker_button, 3, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addLayout(grid)
        suggest.clicked.connect(lambda: self.refreshRequested.emit(self.kind_filter()))
        self.kind.currentIndexChanged.connect(lambda _i: self.refreshRequested.emit(self.kind_filter()))
        self.table.activatedKey.connect(lambda verb: (self.acceptRequested if verb == "accept"
                                                      else self.rejectRequested).emit("one"))
        self.table.doubleClicked.connect(lambda index: self._double_clicked(index.row()))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.currentChanged.emit(current.row() if current.isValid() else -1))
        self.currentChanged.connect(self._claim_current)
        self._claim_current(-1)

    def _claim_current(self, row: int) -> None:
        """"Accept with speaker…" is for claims: enabled only while one is the current row."""
        self.speaker_button.setEnabled(0 <= row < self.model.rowCount() and self.model.row_at(row).kind == "claim")

    def _double_clicked(self, row: int) -> None:
        if 0 <= row < self.model.rowCount() and self.model.row_at(row).kind == "claim":
            self.speakerRequested.emit()

    def kind_filter(self) -> str:
        return str(self.kind.currentData())

    def set_rows(self, rows: list[SuggestionRow], current: int = 0, message: str = "") -> None:
        self.model.set_rows(rows)
        self.status.setText(message or (f"{len(rows)} suggestion(s). Enter accepts, Backspace rejects."
                                        if rows else "No suggestions left for this document."))
        for button in self.buttons.values():
            button.setEnabled(bool(rows))
        self._claim_current(self.current())
        if rows:
            self.set_current(min(max(current, 0), len(rows) - 1))

    def remove_rows(self, rows: list[int], current: int) -> None:
        """The rows at `rows` taken out (an accept or a reject, before the recomputed list arrives), `current` then
        the current row."""
        self.model.remove_rows(rows)
        left = self.model.rowCount()
        self.status.setText(f"{left} suggestion(s). Enter accepts, Backspace rejects." if left else
                            "No suggestions left for this document.")
        for button in self.buttons.values():
            button.setEnabled(bool(left))
        if left:
            self.set_current(min(max(current, 0), left - 1))

    def current(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def set_current(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def focus_table(self) -> None:
        self.table.setFocus()


__all__ = ["SuggestionsPanel", "SuggestionRow", "suggestion_rows", "same_entity", "QModelIndex"]
