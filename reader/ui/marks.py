"""The text view's marks — one per annotation — kept in reading order for binary search, with no Qt in it.

Split out of `text_view.py` because keeping 5,000–20,000 marks searchable is its own job, apart from
drawing them: after one edit a mark is put in place (or taken out) by bisection, never by re-sorting, and
the view asks only for the marks in the character range on screen. Pure Python, so it is tested and
reasoned about without a widget."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

LONGEST = 2000
"""Marks starting this many characters before a range are still looked at for reaching into it (a claim
is a sentence or two; a longer mark starting further back is not drawn in a range it only ends in)."""


@dataclass(frozen=True)
class Mark:
    """One annotation as the view draws it."""

    annotation_id: str
    start: int
    end: int
    color: str
    kind: str


def order(mark: Mark) -> tuple[int, int, str]:
    """Marks are kept in reading order, as the session keeps annotations."""
    return mark.start, mark.end, mark.annotation_id


class MarkList:
    """Marks in reading order, with their starts and sort keys beside them for binary search."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        keyed = sorted((order(m), m) for m in marks)  # (keys are unique: they end with the id)
        self._marks = [m for _, m in keyed]
        self._starts = [m.start for m in self._marks]
        self._keys = [k for k, _ in keyed]
        self._by_id = {m.annotation_id: m for m in self._marks}

    def __len__(self) -> int:
        return len(self._marks)

    def __bool__(self) -> bool:
        return bool(self._marks)

    def get(self, annotation_id: str | None) -> Mark | None:
        return self._by_id.get(annotation_id) if annotation_id is not None else None

    def all(self) -> list[Mark]:
        return list(self._marks)

    def ids(self) -> list[str]:
        return [m.annotation_id for m in self._marks]

    def update(self, gone: Iterable[str], added: Iterable[Mark]) -> list[Mark]:
        """Those of `gone` go, `added` come (an edited mark is in both), each put in place by bisection.
        Returns the marks replaced or removed (their old extents: what to repaint)."""
        old: list[Mark] = []
        for annotation_id in gone:
            taken = self._take(annotation_id)
            if taken is not None:
                old.append(taken)
        for mark in added:
            taken = self._take(mark.annotation_id)
            if taken is not None:
                old.append(taken)
            key = order(mark)
            i = bisect_left(self._keys, key)
            self._marks.insert(i, mark)
            self._starts.insert(i, mark.start)
            self._keys.insert(i, key)
            self._by_id[mark.annotation_id] = mark
        return old

    def _take(self, annotation_id: str) -> Mark | None:
        mark = self._by_id.pop(annotation_id, None)
        if mark is not None:
            i = bisect_left(self._keys, order(mark))
            del self._marks[i], self._starts[i], self._keys[i]
        return mark

    def in_range(self, lo: int, hi: int) -> list[Mark]:
        """The marks reaching into [lo, hi), in reading order."""
        first = bisect_left(self._starts, lo - LONGEST)
        last = bisect_left(self._starts, hi)
        return [m for m in self._marks[first:last] if m.end > lo]

    def at(self, offset: int) -> list[Mark]:
        """The marks covering the character at `offset` (all of them, however long)."""
        return [m for m in self._marks if m.start <= offset < m.end]
