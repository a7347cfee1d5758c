"""Thin Qt item models over plain rows. No SQL, no rules: rows come from the service, already shaped."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from annotations.doc_properties import reliability_text
from annotations.model import AnchorState, Annotation, DocumentRecord
from annotations.tag_line import tag_line

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
"""A cell's value as its row holds it (what a sorting proxy compares: not the shown text, which may carry a mark)."""
R = TypeVar("R")


@dataclass(frozen=True)
class DocumentRow:
    id: str
    title: str
    source: str
    date: str
    format: str
    entities: int
    claims: int
    other: int
    notes: int = 0
    """All live annotations (the library list's one count column; the tooltip says which kinds)."""
    authors: str = ""
    outlet_date: str = ""
    url: str = ""
    language: str = ""
    reliability: str = ""
    dated: bool = True
    """False: no publication date is known, and `date` is the day it was added (shown apart: grey, in italics)."""

    @property
    def tooltip(self) -> str:
        """Title, authors, outlet and date, URL, language, reliability and counts — made when shown (a
        library of 10,000 documents need not build 10,000 of them)."""
        return "\n".join(x for x in (
            self.title, self.authors, self.outlet_date, self.url,
            f"Language: {self.language}" if self.language else "",
            f"Source reliability: {reliability_text(self.reliability)}" if self.reliability else "",
            f"{self.entities} entity mentions, {self.claims} claims, {self.other} highlights and notes") if x)


@dataclass(frozen=True)
class AnnotationRow:
    id: str
    kind: str
    label: str
    text: str
    speaker: str
    status: str
    grade: str
    tags: str
    color: str
    creator: str
    start: int
    note: str = ""
    """The note's first line (the card shows it; the Inspector has the whole note)."""
    page: int = 0
    """1-based page of a paged document's annotation; 0 when unpaged."""
    orphaned: bool = False
    """Its quote is no longer in the document's text: listed, never drawn (`AnchorState.ORPHANED`)."""
    fuzzy: bool = False
    """Placed on words that differ a little from its quote, the text having changed (`AnchorState.FUZZY`)."""
    conflicts: str = ""
    """Who sent the versions of it in open merge conflicts ("Cleo, Dev"); "" when none (its card, the claims
    table and the Inspector mark it and lead to File > Merge conflicts)."""


CONFLICT_MARK = "⚠"
CONFLICT_INK = "#b35c00"
CONFLICT_FILL = QColor(255, 170, 0, 60)
UNDATED_INK = "#8a8a8a"
"""A date that is not a publication date (the day a document was added): mid grey, read on light and dark themes."""


def conflict_line(row: AnnotationRow) -> str:
    """Said on a card, in a tooltip and in the Inspector about an annotation with open conflicts."""
    return f"{CONFLICT_MARK} Open conflict with {row.conflicts}" if row.conflicts else ""


def conflict_cell(row: AnnotationRow, column: int, role: int) -> Any:
    """The claims table's mark of a claim in an open conflict: a tinted row, a warning sign before the
    claim, and the tooltip saying with whom and where to settle it; None for every other role."""
    if not row.conflicts:
        return None
    if role == Qt.ItemDataRole.BackgroundRole:
        return CONFLICT_FILL
    if role == Qt.ItemDataRole.ToolTipRole:
        return f"{conflict_line(row)}: settle it in File > Merge conflicts… (or the Inspector's button)"
    if role == Qt.ItemDataRole.DisplayRole and column == 0:
        return f"{CONFLICT_MARK} {row.text}"
    return None


def document_rows(docs: list[DocumentRecord], counts: dict[str, dict[str, int]]) -> list[DocumentRow]:
    rows = []
    for d in docs:
        c = counts.get(d.id, {})
        source = d.publisher or d.source_url or d.source_path.replace("\\", "/").rsplit("/", 1)[-1]
        entities, claims, other = c.get("entity", 0), c.get("claim", 0), c.get("highlight", 0) + c.get("note", 0)
        rows.append(DocumentRow(d.id, d.title, source + (f" · {d.reliability}" if d.reliability else ""),
                                d.published or d.added[:10], d.format, entities, claims, other,
                                entities + claims + other, ", ".join(d.authors),
                                " · ".join(x for x in (d.publisher, d.published) if x), d.source_url, d.language,
                                d.reliability, dated=bool(d.published)))
    return rows


def annotation_rows(annotations: list[Annotation], names: dict[str, str], colors: dict[str, str],
                    conflicted: dict[str, list[str]] | None = None) -> list[AnnotationRow]:
    """Rows of these annotations (`conflicted`: annotation id -> who sent the other side of its open conflicts)."""
    conflicted = conflicted or {}
    rows = []
    for a in annotations:
        claim = a.claim
        rows.append(AnnotationRow(
            id=a.id, kind=a.kind.value, label=a.label or "", text=a.target.exact.replace("\n", " "),
            speaker=names.get(claim.speaker_id, "") if claim and claim.speaker_id else "",
            status=claim.status.value if claim else "", grade=claim.grading if claim else "",
            tags=tag_line(a.tags), color=colors.get(a.label or "", colors.get(a.kind.value, "#999999")),
            creator=a.creator, start=a.target.start, note=_first_line(a.note),
            page=a.target.areas[0].page + 1 if a.target.areas and a.anchor is not AnchorState.ORPHANED else 0,
            orphaned=a.anchor is AnchorState.ORPHANED,
            fuzzy=a.anchor is AnchorState.FUZZY,
            conflicts=", ".join(dict.fromkeys(s or "someone" for s in conflicted.get(a.id, ())))))
    return rows


def _first_line(note: str) -> str:
    for line in note.splitlines():
        if line.strip():
            return line.strip().lstrip("#>*- ").strip() or line.strip()
    return ""


class RowModel(QAbstractTableModel, Generic[R]):
    """A table of frozen rows; `columns` are (header, attribute) pairs."""

    columns: tuple[tuple[str, str], ...] = ()
    updated = Signal()
    """After `update_rows` (whose in-place replacements each emit `dataChanged`): one signal at the end."""

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[R] = []
        self._ids: dict[str, int] | None = None

    def set_rows(self, rows: list[R]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._ids = None
        self.endResetModel()

    def sync_rows(self, rows: list[R]) -> None:
        """Like `set_rows`, but when only a few rows differ they are removed and inserted one by one, so
        views and filter proxies redo those rows only, not thousands. Rows are compared by identity:
        callers reuse the row objects of what did not change."""
        old = self._rows
        same = {id(r) for r in old} & {id(r) for r in rows} if len(old) > 100 else set()
        if len(old) + len(rows) - 2 * len(same) > 50 or not same:
            self.set_rows(rows)
            return
        for i in range(len(old) - 1, -1, -1):
            if id(old[i]) not in same:
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self._ids = None
                self.endRemoveRows()
        for i, row in enumerate(rows):
            if i >= len(self._rows) or self._rows[i] is not row:
                self.beginInsertRows(QModelIndex(), i, i)
                self._rows.insert(i, row)
                self._ids = None
                self.endInsertRows()

    def remove_rows(self, indices: list[int]) -> None:
        """The rows at `indices` taken out, each run of neighbours in one step: views redo those rows only (a reset
        of 18,000 rows took 0.4 s)."""
        for i in sorted(set(indices), reverse=True):
            if 0 <= i < len(self._rows):
                self.beginRemoveRows(QModelIndex(), i, i)
                del self._rows[i]
                self._ids = None
                self.endRemoveRows()

    def update_rows(self, rows: list[R]) -> None:
        """Like `set_rows`, but when the same ids come in the same order (a count or a title changed) the
        rows are replaced in place: views keep their selection, scroll position and column widths."""
        if [getattr(r, "id") for r in rows] != [getattr(r, "id") for r in self._rows]:
            self.set_rows(rows)
            return
        for i, row in enumerate(rows):
            if row != self._rows[i]:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        self.updated.emit()

    def replace_row(self, row: R) -> bool:
        """`update_rows` for one row: the row with `row`'s id is replaced in place (no pass over every
        row: the open document's counts after each highlight, in a library of 10,000); False if absent."""
        i = self.row_of(getattr(row, "id"))
        if i < 0:
            return False
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        self.updated.emit()
        return True

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_of(self, row_id: str) -> int:
        if self._ids is None:
            self._ids = {}
            for i, r in enumerate(self._rows):
                self._ids.setdefault(getattr(r, "id"), i)
        return self._ids.get(row_id, -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section][0]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self._rows[index.row()], index.column(), role)

    def cell(self, row: R, column: int, role: int) -> Any:
        """What a cell of `row` shows for `role` (also for views that filter or sort these rows)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return getattr(row, self.columns[column][1])
        if role == Qt.ItemDataRole.ToolTipRole:
            tip: object = getattr(row, "tooltip", None)
            return tip if tip else getattr(row, self.columns[column][1])
        if role == ROW_ROLE:
            return row
        if role == SORT_ROLE:
            return getattr(row, self.columns[column][1])
        if role == Qt.ItemDataRole.DecorationRole and column == 0 and hasattr(row, "color"):
            return QColor(getattr(row, "color"))
        return None


class DocumentModel(RowModel[DocumentRow]):
    columns = (("Title", "title"), ("Source", "source"), ("Date", "date"), ("#", "notes"))
    DATE = 2

    def cell(self, row: DocumentRow, column: int, role: int) -> Any:
        """A document without a publication date shows the day it was added, apart (grey, in italics, said in the
        tooltip): shown like a publication date, it was read as one (an outside tester, stop 57)."""
        if column == self.DATE and not row.dated:
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(UNDATED_INK)
            if role == Qt.ItemDataRole.ToolTipRole:
                return (f"No publication date known: added to the library on {row.date} "
                        "(Document > Properties… sets its date)")
        return super().cell(row, column, role)


class AnnotationModel(RowModel[AnnotationRow]):
    columns = (("Kind", "kind"), ("Type", "label"), ("Text", "text"), ("Tags", "tags"), ("By", "creator"))


class ClaimModel(RowModel[AnnotationRow]):
    columns = (("Claim", "text"), ("Speaker", "speaker"), ("Status", "status"), ("Grade", "grade"),
               ("Tags", "tags"))

    def cell(self, row: AnnotationRow, column: int, role: int) -> Any:
        marked = conflict_cell(row, column, role)
        return marked if marked is not None else super().cell(row, column, role)


def make_table(model: object, sortable: bool = False) -> QTableView:
    """A read-only table view selecting whole rows, as every list of rows in the app is shown."""
    table = QTableView()
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setSortingEnabled(sortable)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table
