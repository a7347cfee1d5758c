"""A table model for long lists (a team's 10,000 documents, 50,000 entities): it filters and sorts compact
data — one lower-cased string per row, a sort key per column — never the view's items, and hands the view
its rows a batch at a time (`canFetchMore`/`fetchMore`: the view asks for more as it scrolls to the end),
so a key typed in a filter box costs a pass over a list of strings, not a call per row and column.

All rows live in a `RowModel` (the source, never shown itself); this model shows the ones that match, in
the chosen order. Filtering and sorting are layout changes: the selection and the current row stay on
their rows while those match, as with QSortFilterProxyModel."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from reader.ui.models import R, Index, RowModel

BATCH = 200
"""Rows handed to the view at a time (a tall window shows ~60)."""


def _key(value: object) -> object:
    """Sort key of a cell: text without regard to case, numbers as numbers."""
    return value.casefold() if isinstance(value, str) else value


class LazyRowsModel(QAbstractTableModel, Generic[R]):
    """The rows of `source` that contain the filter text (in `text_of(row)`, any case) and pass
    `predicate`, sorted by a column (or in the source's order), fetched `batch` at a time."""

    def __init__(self, source: RowModel[R], text_of: Callable[[R], str], batch: int = BATCH) -> None:
        super().__init__()
        self.source = source
        self._text_of = text_of
        self.batch = batch
        self._hay: list[str] = []
        self._needle = ""
        self._predicate: Callable[[R], bool] | None = None
        self._sort: tuple[int, bool] = (-1, False)  # column, descending
        self._perm: list[int] | None = None  # every source row in sort order (None: the source's order)
        self._order: list[int] = []  # the matching source rows, in order
        self._shown = 0
        self._dirty = False
        self._changed: set[int] = set()  # source rows replaced in place since the last `updated`
        source.modelReset.connect(self._source_reset)
        source.rowsInserted.connect(self._source_reset)
        source.rowsRemoved.connect(self._source_reset)
        source.dataChanged.connect(self._source_changed)
        source.updated.connect(self._source_updated)
        self._source_reset()

    # -- what is shown ----------------------------------------------------------------------------
    def set_filter(self, text: str) -> None:
        """Show the rows containing `text` (any case; the empty text shows all)."""
        needle = text.casefold()
        if needle == self._needle:
            return
        narrower = self._needle in needle  # typing on: only the rows shown now can still match
        self._needle = needle
        self._relayout(self._matching(self._order if narrower else None))

    def set_predicate(self, predicate: Callable[[R], bool] | None) -> None:
        """Show only the rows `predicate` accepts (None: all), on top of the text filter."""
        if predicate is None and self._predicate is None:
            return
        self._predicate = predicate
        self._relayout(self._matching())

    def match_count(self) -> int:
        """How many rows match (all of them, not only those the view has fetched)."""
        return len(self._order)

    def matching_rows(self) -> list[R]:
        """The matching rows in the order shown (all of them)."""
        return [self.source.row_at(i) for i in self._order]

    # -- mapping ----------------------------------------------------------------------------------
    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802
        if not index.isValid() or index.row() >= self._shown:
            return QModelIndex()
        return self.source.index(self._order[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        """The shown index of a source index (rows the view has not reached yet are fetched first);
        invalid when the row does not match."""
        if not index.isValid():
            return QModelIndex()
        try:
            position = self._order.index(index.row())
        except ValueError:
            return QModelIndex()
        self.fetch_to(position)
        return self.index(position, index.column())

    def fetch_to(self, position: int) -> None:
        """Hand the view the rows up to `position` (to select or scroll to a row further down)."""
        if position >= self._shown:
            end = min(len(self._order), max(position + 1, self._shown + self.batch))
            self.beginInsertRows(QModelIndex(), self._shown, end - 1)
            self._shown = end
            self.endInsertRows()

    # -- QAbstractItemModel -----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else self.source.columnCount()

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._shown < len(self._order)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.fetch_to(self._shown)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        return self.source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        return self.source.cell(self.source.row_at(self._order[index.row()]), index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order == Qt.SortOrder.DescendingOrder)
        self._perm = self._permutation()
        self._relayout(self._matching())

    # -- inside -----------------------------------------------------------------------------------
    def _permutation(self) -> list[int] | None:
        column, descending = self._sort
        if column < 0 or column >= self.source.columnCount():
            return None
        attribute = self.source.columns[column][1]
        values: list[Any] = [_key(getattr(r, attribute)) for r in self.source.rows()]
        return sorted(range(len(values)), key=values.__getitem__, reverse=descending)

    def _matching(self, among: list[int] | None = None) -> list[int]:
        """The source rows that match, in order (`among`: a candidate list already in order)."""
        rows = among if among is not None else (self._perm if self._perm is not None else range(len(self._hay)))
        needle, hay = self._needle, self._hay
        found = [i for i in rows if needle in hay[i]] if needle else list(rows)
        if self._predicate is not None:
            accept, row_at = self._predicate, self.source.row_at
            found = [i for i in found if accept(row_at(i))]
        return found

    def _relayout(self, order: list[int]) -> None:
        """Show `order`; persistent indexes (selection, current row) follow their rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        sources = [self._order[p.row()] if 0 <= p.row() < self._shown else -1 for p in persistent]
        self._order = order
        positions: dict[int, int] = {}
        if persistent:
            wanted = set(sources)
            positions = {row: i for i, row in enumerate(order) if row in wanted}
        needed = max((positions.get(s, -1) for s in sources), default=-1) + 1
        self._shown = min(len(order), max(self.batch, needed))
        self.changePersistentIndexList(
            persistent, [self.index(positions[s], p.column()) if s in positions else QModelIndex()
                         for p, s in zip(persistent, sources)])
        self.layoutChanged.emit()

    def _source_reset(self, *_: object) -> None:
        self.beginResetModel()
        self._hay = [self._text_of(r).casefold() for r in self.source.rows()]
        self._perm = self._permutation()
        self._order = self._matching()
        self._shown = min(len(self._order), self.batch)
        self._dirty, self._changed = False, set()
        self.endResetModel()

    def _source_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles: object = None) -> None:
        """Rows replaced in place: their text is read again; the order is redone once the update ends."""
        for i in range(top_left.row(), bottom_right.row() + 1):
            self._hay[i] = self._text_of(self.source.row_at(i)).casefold()
            self._changed.add(i)
        self._dirty = True

    def _source_updated(self) -> None:
        """The end of an in-place update: the rows are filtered and sorted again (a layout change, which
        also repaints them) — or, when the same rows still match in the same order (the open document's
        counts after an added highlight), only the changed rows are repainted (no relayout of the table)."""
        if self._dirty:
            self._dirty = False
            changed, self._changed = self._changed, set()
            self._perm = self._permutation()
            order = self._matching()
            if order != self._order:
                self._relayout(order)
                return
            last = self.columnCount() - 1
            for position, source_row in enumerate(self._order[:self._shown]):
                if source_row in changed:
                    self.dataChanged.emit(self.index(position, 0), self.index(position, last))


__all__ = ["BATCH", "LazyRowsModel"]
