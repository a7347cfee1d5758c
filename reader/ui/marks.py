"""The text view's marks — one per annotation — kept in reading order for binary search, and the
suggestions it outlines (sorted by start, one of them current), with no Qt in it.

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
    placed: bool = True
    """False for an orphan (its quote is no longer in the text): its offsets point at other words, so the
    list never keeps it — it is listed on its card, never drawn (as Hypothesis shows orphans)."""


def order(mark: Mark) -> tuple[int, int, str]:
    """Marks are kept in reading order, as the session keeps annotations."""
    return mark.start, mark.end, mark.annotation_id


class MarkList:
    """Marks in reading order, with their starts and sort keys beside them for binary search."""

    def __init__(self, marks: Iterable[Mark] = ()) -> None:
        keyed = sorted((order(m), m) for m in marks if m.placed)  # (keys are unique: they end with the id)
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
        """Those of `gone` go, `added` come (an edited mark is in both), each put in place by bisection; an
        added mark that is not `placed` only goes. Returns the marks replaced or removed (their old
        extents: what to repaint)."""
        old: list[Mark] = []
        for annotation_id in gone:
            taken = self._take(annotation_id)
            if taken is not None:
                old.append(taken)
        for mark in added:
            taken = self._take(mark.annotation_id)
            if taken is not None:
                old.append(taken)
            if not mark.placed:
                continue
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


Span = tuple[int, int, str, bool]
"""A suggestion as the view outlines it: start, end, colour, underline only (a claim) or boxed."""


class SuggestionSpans:
    """The suggestions shown, sorted by start; `current` is the one Enter/Backspace act on while `focus`."""

    def __init__(self) -> None:
        self.spans: list[Span] = []
        self._starts: list[int] = []
        self.current = -1
        self.focus = False

    def set(self, spans: list[Span], current: int = -1) -> None:
        self.spans, self._starts = spans, [s for s, _, _, _ in spans]
        self.current = current if 0 <= current < len(spans) else -1
        if self.current < 0:
            self.focus = False

    def focus_on(self, index: int) -> None:
        self.current = index if 0 <= index < len(self.spans) else -1
        self.focus = self.current >= 0

    def in_range(self, lo: int, hi: int) -> list[int]:
        """Indexes of the suggestions reaching into [lo, hi)."""
        first, last = bisect_left(self._starts, lo - LONGEST), bisect_left(self._starts, hi)
        return [i for i in range(first, last) if self.spans[i][1] > lo]

    def pick(self, offset: int, marks: list[Mark]) -> int | None:
        """The suggestion a click at `offset` means: the shortest one there, if shorter than the shortest of
        the `marks` there (a click picks the innermost thing under the pointer); None: a mark, or nothing."""
        here = [i for i, (s, e, _, _) in enumerate(self.spans) if s <= offset < e]
        if not here:
            return None
        best = min(here, key=lambda i: self.spans[i][1] - self.spans[i][0])
        if marks and self.spans[best][1] - self.spans[best][0] >= min(m.end - m.start for m in marks):
            return None
        return best
