"""The Entity index window: every entity of the library with its mentions in every document, the claims
it made and the claims about it, who it appears with (a small graph), first and last seen — and merge,
split, rename and aliases. It shows what it is given and emits intents; the main window does the work."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit, QPushButton, QSplitter,
    QTableView, QTabWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from annotations.entity_index import EntityProfile, EntitySummary, Occurrence
from annotations.store_listing import paused_gc
from annotations.tag_line import parse_tag_line, tag_line
from reader.ui.cooccurrence_graph import CooccurrenceGraph
from reader.ui.entities_panel import ALIAS_LINE
from reader.ui.entity_questions import numbered
from reader.ui.lazy_rows import LazyRowsModel
from reader.ui.models import ROW_ROLE, RowModel

ID_ROLE = Qt.ItemDataRole.UserRole + 2
UNNAMED_TYPES = ("DATE", "QUANTITY")
"""Left out of the "appears with" picture: every article has dates and figures; the picture is about who."""


class EntitySummaryRow(NamedTuple):
    """One entity's row (a named tuple: 50,000 are made at once)."""

    id: str
    name: str
    type: str
    aliases: str
    mentions: int
    documents: int
    claims_by: int
    first_seen: str
    last_seen: str
    color: str


def summary_rows(summaries: list[EntitySummary], colors: dict[str, str]) -> list[EntitySummaryRow]:
    """The index's rows: entities with at least one mention or claim (one whose mentions were all deleted
    is not listed; undo brings it back with them)."""
    with paused_gc():
        return [EntitySummaryRow(s.entity.id, s.entity.name, s.entity.type, ", ".join(s.entity.aliases),
                                 s.mentions, s.documents, s.claims_by, s.first_seen, s.last_seen,
                                 colors.get(s.entity.type, "#999999"))
                for s in summaries if s.mentions or s.claims_by]


class SummaryModel(RowModel[EntitySummaryRow]):
    columns = (("Entity", "name"), ("Type", "type"), ("Mentions", "mentions"), ("Documents", "documents"),
               ("Claims by", "claims_by"), ("First seen", "first_seen"), ("Last seen", "last_seen"),
               ("Aliases", "aliases"))


def _filter_text(row: EntitySummaryRow) -> str:
    """What the filter box matches: the name, the type and the aliases."""
    return f"{row.name}\x00{row.type}\x00{row.aliases}"


class EntityIndexWindow(QWidget):
    entityChosen = Signal(str)
    openRequested = Signal(str, str)  # document id, annotation id
    renameRequested = Signal(str, str)
    aliasesRequested = Signal(str, list)
    mergeRequested = Signal(str, str)  # keep, other
    splitRequested = Signal(str, list, str)  # entity id, annotation ids, new name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("Entity index — Dossier")
        self.resize(1200, 720)
        self.model = SummaryModel()
        """Every entity listed; the table shows `proxy`: those matching the filter and type, sorted, its
        rows handed to the view as it scrolls (a team's library has 50,000 entities)."""
        self.proxy = LazyRowsModel(self.model, _filter_text)
        self.proxy.setParent(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter entities (name, type, alias)")
        self.filter.textChanged.connect(self.proxy.set_filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 210)
        for column, width in ((1, 78), (2, 78), (3, 82), (4, 72), (5, 90), (6, 90)):
            header.resizeSection(column, width)
        self.table.setWordWrap(False)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.types = QComboBox()
        self.types.currentIndexChanged.connect(self._type_filter)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.filter, 1)
        top.addWidget(self.types)
        lv.addLayout(top)
        lv.addWidget(self.table)

        self.header = QLabel("Choose an entity.")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        buttons = QHBoxLayout()
        self.rename_button = QPushButton("Rename…")
        self.aliases_button = QPushButton("Aliases…")
        self.merge_button = QPushButton("Merge into…")
        self.split_button = QPushButton("Split selected mentions…")
        self.split_button.setToolTip("Select mentions in the Mentions tab that belong to another entity")
        for b in (self.rename_button, self.aliases_button, self.merge_button, self.split_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.rename_button.clicked.connect(self._rename)
        self.aliases_button.clicked.connect(self._aliases)
        self.merge_button.clicked.connect(self._merge)
        self.split_button.clicked.connect(self._split)
        self.mentions = _tree(["Mention", "Context"], multi=True)
        self.mentions.header().resizeSection(0, 200)
        self.claims_by = _tree(["Claim", "Status", "Document"])
        self.claims_about = _tree(["Claim", "Speaker", "Document"])
        self.graph = CooccurrenceGraph()
        self.graph.entityClicked.connect(self.choose)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.mentions, "Mentions")
        self.tabs.addTab(self.claims_by, "Claims by")
        self.tabs.addTab(self.claims_about, "Claims about")
        self.tabs.addTab(self.graph, "Appears with")
        for tree in (self.mentions, self.claims_by, self.claims_about):
            tree.itemActivated.connect(self._open_item)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.header)
        rv.addLayout(buttons)
        rv.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([620, 580])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.profile: EntityProfile | None = None
        self._set_enabled(False)

    # -- content ----------------------------------------------------------------------------------
    def set_summaries(self, rows: list[EntitySummaryRow]) -> None:
        current = self.profile.summary.entity.id if self.profile else None
        with paused_gc():  # the filter's strings and sort keys, one per entity
            self.model.set_rows(rows)
        chosen = self.types.currentData()
        self.types.blockSignals(True)
        self.types.clear()
        self.types.addItem("All types", "")
        for t in sorted({r.type for r in rows}):
            self.types.addItem(t, t)
        self.types.setCurrentIndex(max(0, self.types.findData(chosen)))
        self.types.blockSignals(False)
        self._type_filter()
        if current is not None and self.model.row_of(current) >= 0:
            self.choose(current)
        elif current is not None:
            self.show_profile(None, {})

    def _type_filter(self, _index: int = 0) -> None:
        type_ = str(self.types.currentData() or "")
        self.proxy.set_predicate((lambda row: row.type == type_) if type_ else None)

    def choose(self, entity_id: str) -> None:
        """Select an entity's row (and so ask for its profile)."""
        row = self.model.row_of(entity_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(index)
        self.entityChosen.emit(entity_id)

    def _current_changed(self, current: object, _previous: object) -> None:
        row = current.data(ROW_ROLE) if current.isValid() else None  # type: ignore[attr-defined]
        if isinstance(row, EntitySummaryRow):
            self.entityChosen.emit(row.id)

    def show_profile(self, profile: EntityProfile | None, colors: dict[str, str]) -> None:
        self.profile = profile
        for tree in (self.mentions, self.claims_by, self.claims_about):
            tree.clear()
        self._set_enabled(profile is not None)
        if profile is None:
            self.header.setText("Choose an entity.")
            self.graph.set_graph(None, [])
            return
        s, e = profile.summary, profile.summary.entity
        seen = f"first seen {s.first_seen}, last seen {s.last_seen}" if s.first_seen else "not mentioned yet"
        aliases = f" — also “{'”, “'.join(_esc(a) for a in e.aliases)}”" if e.aliases else ""
        self.header.setText(f"<b style='font-size:15pt'>{_esc(e.name)}</b> &nbsp;{_esc(e.type)}{aliases}<br>"
                            f"{s.mentions} mention(s) in {s.documents} document(s), {s.claims_by} claim(s) made; "
                            f"{len(profile.claims_about)} claim(s) about it; {seen}.")
        _fill(self.mentions, profile.mentions, lambda o: [o.annotation.target.exact, _context(o)])
        _fill(self.claims_by, profile.claims_by,
              lambda o: [o.annotation.target.exact, o.annotation.claim.status.value if o.annotation.claim else "",
                         o.document_title])
        _fill(self.claims_about, profile.claims_about,
              lambda o: [o.annotation.target.exact, "", o.document_title])
        named = [(o, n) for o, n in profile.co_occurring if o.type not in UNNAMED_TYPES]
        self.graph.set_graph((e.id, e.name, colors.get(e.type, "#999999")),
                             [(o.id, o.name, colors.get(o.type, "#999999"), n) for o, n in named])

    def _set_enabled(self, on: bool) -> None:
        for b in (self.rename_button, self.aliases_button, self.merge_button, self.split_button):
            b.setEnabled(on)

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        data = item.data(0, ID_ROLE)
        if isinstance(data, tuple):
            self.openRequested.emit(*data)

    # -- intents ----------------------------------------------------------------------------------
    def selected_mention_ids(self) -> list[str]:
        ids = []
        for item in self.mentions.selectedItems():
            data = item.data(0, ID_ROLE)
            if isinstance(data, tuple):
                ids.append(data[1])
            else:  # a document row: all its mentions
                children = (item.child(i) for i in range(item.childCount()))
                ids += [child.data(0, ID_ROLE)[1] for child in children if child is not None]
        return list(dict.fromkeys(ids))

    def _rename(self) -> None:
        if self.profile is None:
            return
        e = self.profile.summary.entity
        name, ok = QInputDialog.getText(self, "Rename entity", "Name (the old one is kept as an alias):", text=e.name)
        if ok and name.strip() and name.strip() != e.name:
            self.renameRequested.emit(e.id, name.strip())

    def _aliases(self) -> None:
        if self.profile is None:
            return
        e = self.profile.summary.entity
        text, ok = QInputDialog.getText(self, "Aliases", f"Other names of {e.name} ({ALIAS_LINE}):",
                                        text=tag_line(e.aliases))
        if ok:  # (a name holding a comma is quoted, and stays one alias: `entities_panel.ALIAS_LINE`)
            self.aliasesRequested.emit(e.id, list(parse_tag_line(text)))

    def _merge(self) -> None:
        if self.profile is None:
            return
        e = self.profile.summary.entity
        others = [r for r in self.model.rows() if r.id != e.id]
        if not others:
            return
        labels = numbered([f"{r.name} ({r.type}, {r.mentions})" for r in others])  # (two of one name: told apart)
        same_type = [i for i, r in enumerate(others) if r.type == e.type]
        choice, ok = QInputDialog.getItem(self, "Merge", f"Merge “{e.name}” into:", labels,
                                          same_type[0] if same_type else 0, False)
        if ok:
            keep = others[labels.index(choice)]
            self.mergeRequested.emit(keep.id, e.id)

    def _split(self) -> None:
        if self.profile is None:
            return
        ids = self.selected_mention_ids()
        if not ids:
            self.header.setText(self.header.text() + "<br><i>Select the mentions to split off first.</i>")
            return
        e = self.profile.summary.entity
        name, ok = QInputDialog.getText(self, "Split entity", f"Name of the entity these {len(ids)} mention(s) "
                                        f"of “{e.name}” really refer to:")
        if ok and name.strip():
            self.splitRequested.emit(e.id, ids, name.strip())


def _tree(headers: list[str], multi: bool = False) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setHeaderLabels(headers)
    tree.setRootIsDecorated(True)
    tree.setUniformRowHeights(True)
    if multi:
        tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    tree.header().resizeSection(0, 320)
    return tree


def _fill(tree: QTreeWidget, items: list[Occurrence], columns: object) -> None:
    """Occurrences grouped under their document (title — date — count), in reading order."""
    groups: dict[str, QTreeWidgetItem] = {}
    for o in items:
        parent = groups.get(o.document_id)
        if parent is None:
            parent = QTreeWidgetItem([o.document_title])
            parent.setData(0, ID_ROLE, o.document_id)
            tree.addTopLevelItem(parent)
            groups[o.document_id] = parent
        child = QTreeWidgetItem([c.replace("\n", " ") for c in columns(o)])  # type: ignore[operator]
        child.setData(0, ID_ROLE, (o.document_id, o.annotation.id))
        child.setToolTip(0, o.annotation.target.exact)
        parent.addChild(child)
    for parent in groups.values():
        head = parent.child(0)
        first = head.data(0, ID_ROLE) if head is not None else ("", "")
        date = next((o.date for o in items if o.document_id == first[0]), "")
        parent.setText(0, f"{parent.text(0)} — {date} ({parent.childCount()})")
    tree.expandAll()


def _context(o: Occurrence) -> str:
    t = o.annotation.target
    return f"…{t.prefix[-40:]}[{t.exact}]{t.suffix[:40]}…".replace("\n", " ")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
