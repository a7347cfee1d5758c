"""What the name finders (`names`, `acronyms`, `line_labels`) report: one mention's type and span, and for an
acronym the name it stands for. Its own module so that each finder can build it without importing the others."""
from __future__ import annotations

from typing import NamedTuple


class Found(NamedTuple):
    """A named tuple, not a frozen dataclass: a megabyte of news makes ~6,000 of them, and a frozen dataclass
    sets each field through `object.__setattr__` (1 µs a mention, a tuple 0.3)."""

    label: str
    start: int
    end: int
    name: str | None = None  # the canonical name (an acronym's expansion)
    source: str = "pattern"  # "acronym": spelled out before its acronym, "X Y (XY)" — ranks above a pattern
