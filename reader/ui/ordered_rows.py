"""Tables of frozen rows kept in the order of a sort key, changed a few rows at a time.

`patch` takes what changed (row id -> the new row, or None when it is gone) and tells the views exactly
that: `rowsRemoved` for a row that went, `rowsInserted` where a new one belongs (found by binary search
on the keys), `dataChanged` for a row edited in place — never a model reset, so a view of 5,000 rows
redraws the one row that changed, keeps its selection and its scroll position, and a filter proxy
re-filters that one row. A full `set_rows` (opening a document) is still a reset.

`KeyedOrder` is the bookkeeping (keys, positions, the patch itself); `OrderedRows` puts it on a
`RowModel` (rows in a Python list: tables), `reader.ui.annotations_panel.CardModel` on a
QStandardItemModel (rows held by Qt: a view can walk 5,000 of them without calling Python).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QModelIndex

from reader.ui.models import RowModel

R = TypeVar("R")
Key = tuple[Any, ...]


class KeyedOrder(Generic[R]):
    """Positions of rows sorted by `key(row)` (unique: it ends with the row's id), and `patch`."""

    _keys: list[Key]
    _key_of: dict[str, Key]

    def key(self, row: R) -> Key:
        raise NotImplementedError

    # what the model does with its rows (a change signalled to the views each)
    def _remove_at(self, at: int) -> None:
        raise NotImplementedError

    def _insert_at(self, at: int, row: R) -> None:
        raise NotImplementedError

    def _replace_at(self, at: int, row: R) -> None:
        raise NotImplementedError

    def _row_at(self, at: int) -> R:
        raise NotImplementedError

    def _rekey(self, rows: list[R], keys: list[Key] | None = None) -> None:
        self._keys = keys if keys is not None else [self.key(r) for r in rows]
        self._key_of = {getattr(r, "id"): k for r, k in zip(rows, self._keys)}

    def _in_order(self, rows: list[R]) -> tuple[list[R], list[Key]]:
        """`rows` sorted by key, and their keys — each key made once (opening 5,000 cards made them three
        times), the sort nearly free when they come in order already (as the session keeps them)."""
        keys = [self.key(r) for r in rows]
        order = sorted(range(len(rows)), key=keys.__getitem__)
        return [rows[i] for i in order], [keys[i] for i in order]

    def row_of(self, row_id: str) -> int:
        key = self._key_of.get(row_id)
        return -1 if key is None else bisect_left(self._keys, key)

    def patch(self, changes: Mapping[str, R | None]) -> None:
        """Apply `changes` (id -> new row, None: gone) row by row."""
        for row_id, row in changes.items():
            at = self.row_of(row_id)
            key = self.key(row) if row is not None else None
            if at >= 0 and key is not None and key == self._keys[at]:
                if self._row_at(at) is not row:  # edited in place: same position
                    self._replace_at(at, row)  # type: ignore[arg-type]
                continue
            if at >= 0:
                del self._keys[at], self._key_of[row_id]
                self._remove_at(at)
            if row is not None and key is not None:
                to = bisect_left(self._keys, key)
                self._keys.insert(to, key)
                self._key_of[row_id] = key
                self._insert_at(to, row)

    def changes_to(self, current: list[R], rows: list[R]) -> dict[str, R | None]:
        """What `patch` needs to turn `current` into `rows` (rows compared by identity)."""
        new = {getattr(r, "id"): r for r in rows}
        old = {getattr(r, "id"): r for r in current}
        changes: dict[str, R | None] = {i: None for i in old if i not in new}
        changes.update((i, r) for i, r in new.items() if old.get(i) is not r)
        return changes


class OrderedRows(KeyedOrder[R], RowModel[R]):
    """A `RowModel` kept in key order and patched row by row."""

    def __init__(self) -> None:
        super().__init__()
        self._keys, self._key_of = [], {}

    def set_rows(self, rows: list[R]) -> None:
        ordered, keys = self._in_order(rows)
        self.beginResetModel()
        self._rows = ordered
        self._rekey(ordered, keys)
        self.endResetModel()

    def sync_rows(self, rows: list[R]) -> None:
        """The rows become `rows`: a few differences are patched, many reset the model."""
        changes = self.changes_to(self._rows, rows)
        if len(changes) > 50 and len(changes) * 4 > len(rows):
            self.set_rows(rows)
        else:
            self.patch(changes)

    def update_rows(self, rows: list[R]) -> None:
        super().update_rows(rows)
        self._rekey(self._rows)

    def _row_at(self, at: int) -> R:
        return self._rows[at]

    def _remove_at(self, at: int) -> None:
        self.beginRemoveRows(QModelIndex(), at, at)
        del self._rows[at]
        self.endRemoveRows()

    def _insert_at(self, at: int, row: R) -> None:
        self.beginInsertRows(QModelIndex(), at, at)
        self._rows.insert(at, row)
        self.endInsertRows()

    def _replace_at(self, at: int, row: R) -> None:
        self._rows[at] = row
        self.dataChanged.emit(self.index(at, 0), self.index(at, len(self.columns) - 1))
