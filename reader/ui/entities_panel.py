"""Entities of the open document, grouped by canonical entity with mention counts. A click cycles
through the entity's mentions; rename, aliases and merge are intents the main window carries out."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QListWidget,
    QListWidgetItem, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from annotations.model import Annotation, Entity
from annotations.spellings import SpellingProposal
from annotations.tag_line import parse_tag_line, tag_line
from reader.ui.entity_questions import ask_keep
from reader.ui.models import ROW_ROLE
from reader.ui.ordered_rows import OrderedRows

ALIAS_LINE = 'comma-separated; "in quotes" for a name with a comma'
"""How the Aliases… line is read: as the Inspector's tag line (`annotations.tag_line`), so "Washington, D.C." and
"Roe, Jane" stay one name each."""


@dataclass(frozen=True)
class EntityRow:
    id: str
    name: str
    type: str
    mentions: int
    aliases: str
    color: str
    mention_ids: tuple[str, ...]


def entity_rows(annotations: list[Annotation], entities: dict[str, Entity], colors: dict[str, str]) -> list[EntityRow]:
    mentions: dict[str, list[str]] = {}
    for a in annotations:
        if a.entity_id:
            mentions.setdefault(a.entity_id, []).append(a.id)
    rows = [entity_row(entities[entity_id], ids, colors) for entity_id, ids in mentions.items()
            if entity_id in entities]
    return sorted(rows, key=entity_order)


def entity_row(e: Entity, mention_ids: list[str], colors: dict[str, str]) -> EntityRow:
    """`e`'s row, its mentions (annotation ids) in reading order."""
    return EntityRow(e.id, e.name, e.type, len(mention_ids), tag_line(e.aliases), colors.get(e.type, "#999999"),
                     tuple(mention_ids))


def entity_order(row: EntityRow) -> tuple[str, int, str, str]:
    """By type, the most mentioned first, then by name."""
    return row.type, -row.mentions, row.name.casefold(), row.id


class EntityModel(OrderedRows[EntityRow]):
    columns = (("Entity", "name"), ("Type", "type"), ("Mentions", "mentions"), ("Aliases", "aliases"))

    def key(self, row: EntityRow) -> tuple[str, int, str, str]:
        return entity_order(row)


class EntitiesPanel(QWidget):
    mentionRequested = Signal(str)  # annotation id to show
    renameRequested = Signal(str, str)
    aliasesRequested = Signal(str, list)
    mergeRequested = Signal(str, str)  # keep, other
    indexRequested = Signal(str)  # show this entity across the library
    spellingsRequested = Signal(str)  # find this entity's other spellings in the library (show_spellings answers)
    spellingsChosen = Signal(str, list)  # entity id, the ticked SpellingProposals: adopt them as one step

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EntityModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._cycle: dict[str, int] = {}
        buttons = QHBoxLayout()
        self._needs: list[tuple[QPushButton, int]] = []
        """Buttons that act on so many selected entities, enabled only then (clicked otherwise, they did nothing and
        said nothing; an outside tester on the window)."""
        for text, slot, needs in (("Rename…", self._rename, 1), ("Aliases…", self._aliases, 1),
                                  ("Merge selected", self._merge, 2), ("In all documents…", self._index, 0),
                                  ("Other spellings…", self._spellings, 1)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if needs:
                self._needs.append((button, needs))
        self.spellings_button = button
        self.spellings_button.setToolTip("Spellings of this entity in the library's documents — other scripts "
                                         "and romanisations (Зеленський, Selenskyj) — to add as aliases")
        self.spellings_dialog: SpellingsDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.clicked.connect(self._clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._follow_selection())
        for changed in (self.model.modelReset, self.model.rowsRemoved, self.model.rowsInserted):
            changed.connect(lambda *_: self._follow_selection())
        self._follow_selection()

    def _follow_selection(self) -> None:
        selected = len(self.selected_rows())
        for button, needs in self._needs:
            button.setEnabled(selected == needs)

    def set_rows(self, rows: list[EntityRow]) -> None:
        self.model.set_rows(rows)

    def selected_rows(self) -> list[EntityRow]:
        rows = [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]
        return [r for r in rows if isinstance(r, EntityRow)]

    def next_mention(self, row: EntityRow) -> str:
        """Each click on the same entity shows its next mention, in reading order."""
        n = self._cycle.get(row.id, -1) + 1
        self._cycle[row.id] = n % len(row.mention_ids)
        return row.mention_ids[self._cycle[row.id]]

    def _clicked(self, index: QModelIndex) -> None:
        row = self.model.index(index.row(), 0).data(ROW_ROLE)
        if isinstance(row, EntityRow) and row.mention_ids:
            self.mentionRequested.emit(self.next_mention(row))

    def _rename(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            name, ok = QInputDialog.getText(self, "Rename entity", "Canonical name (the old one becomes an alias):",
                                            text=rows[0].name)
            if ok and name.strip() and name.strip() != rows[0].name:
                self.renameRequested.emit(rows[0].id, name.strip())

    def _aliases(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            text, ok = QInputDialog.getText(self, "Aliases", f"Other names of {rows[0].name} ({ALIAS_LINE}):",
                                            text=rows[0].aliases)
            if ok:  # (read as it is shown: a name holding a comma is quoted — split at every comma, OK alone made
                # "Washington, D.C." two aliases, "Washington" and "D.C."; an outside tester on the window)
                self.aliasesRequested.emit(rows[0].id, list(parse_tag_line(text)))

    def _index(self) -> None:
        rows = self.selected_rows()
        self.indexRequested.emit(rows[0].id if rows else "")

    def _spellings(self) -> None:
        rows = self.selected_rows()
        if len(rows) == 1:
            self.spellingsRequested.emit(rows[0].id)

    def show_spellings(self, proposals: list[SpellingProposal]) -> SpellingsDialog | None:
        """The answer to spellingsRequested: a dialog to tick the spellings that are this entity. Ticked ones
        become aliases and a spelling that is an entity of its own is merged into this one, all as one undo
        step (spellingsChosen)."""
        rows = self.selected_rows()
        if len(rows) != 1:
            return None
        row = rows[0]
        dialog = SpellingsDialog(row.name, proposals, self)

        def accepted() -> None:
            chosen = dialog.chosen()
            if chosen:
                self.spellingsChosen.emit(row.id, chosen)

        dialog.accepted.connect(accepted)
        self.spellings_dialog = dialog
        dialog.open()
        return dialog

    def _merge(self) -> None:
        """Two selected entities as one: the reader chooses whose name stays (`ask_keep`; offered: the one with
        more mentions here)."""
        rows = self.selected_rows()
        if len(rows) == 2:
            default = 0 if rows[0].mentions >= rows[1].mentions else 1
            kept = ask_keep(self, [(r.name, r.type, r.mentions) for r in rows], default)
            if kept is not None:
                self.mergeRequested.emit(rows[kept].id, rows[1 - kept].id)


class SpellingsDialog(QDialog):
    """Other spellings of one entity, one checkable line each: "“Зеленський” appears in 4 documents — same as
    Volodymyr Zelenskyy?"."""

    def __init__(self, name: str, proposals: list[SpellingProposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Other spellings of {name}")
        self.proposals = proposals
        self.list = QListWidget()
        self.list.setWordWrap(True)  # a line names every case form of a spelling
        for p in proposals:
            item = QListWidgetItem(p.question)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        text = (f"Spellings found in the library that read as {name} in another script or romanisation. "
                "Tick those that are the same; they become aliases (an entity of its own is merged)."
                if proposals else f"No other spelling of {name} was found in the library's documents.")
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Add ticked as aliases")
        self.ok_button.setEnabled(bool(proposals))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(720, 360)

    def chosen(self) -> list[SpellingProposal]:
        return [p for i, p in enumerate(self.proposals)
                if self.list.item(i).checkState() == Qt.CheckState.Checked]


__all__ = ["EntitiesPanel", "EntityRow", "SpellingsDialog", "entity_rows", "Qt"]
