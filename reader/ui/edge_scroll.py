"""Scrolling while a drag is held past the top or bottom edge of a view: a timer steps the view on for as long
as the pointer stays out, faster the further out it is, so a selection can cross a page break that does not fit
on screen with the mouse held still (the page view scrolled only while the mouse moved over it, then not at all:
an outside tester, stop 55)."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

TICK_MS = 40
"""How often the view steps on while the pointer is held past its edge."""


def edge_step(y: float, height: int) -> int:
    """Pixels to scroll for a pointer at `y` over a view `height` tall: 0 inside it; past an edge, the distance
    out (at least 8, at most 80), negative above."""
    if y < 0:
        return -min(80, max(8, int(-y)))
    if y > height:
        return min(80, max(8, int(y - height)))
    return 0


class EdgeScroll(QObject):
    """Emits `step(pixels)` every `TICK_MS` while `follow` last saw the pointer past an edge; `stop` ends it."""

    step = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._pixels = 0

    def follow(self, y: float, height: int) -> None:
        self._pixels = edge_step(y, height)
        if self._pixels and not self._timer.isActive():
            self._timer.start()
        elif not self._pixels:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()
        self._pixels = 0

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def _tick(self) -> None:
        if self._pixels:
            self.step.emit(self._pixels)


def next_mark(ids: list[str], selected: str | None, direction: int) -> str | None:
    """The annotation Tab (`direction` 1) or Shift+Tab (-1) selects among `ids` in reading order: the next or
    previous after `selected`, round the end; the first or last when none is selected. None when there are none."""
    if not ids:
        return None
    if selected in ids:
        return ids[(ids.index(selected) + direction) % len(ids)]
    return ids[0] if direction > 0 else ids[-1]
