"""What the name finders (`names`, `acronyms`, `line_labels`) report: one mention's type and span, and for an
acronym the name it stands for. Its own module so that each finder can build it without importing the others."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Found:
    label: str
    start: int
    end: int
    name: str | None = None  # the canonical name (an acronym's expansion)
    source: str = "pattern"  # "acronym": spelled out before its acronym, "X Y (XY)" — ranks above a pattern
