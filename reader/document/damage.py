"""A PDF MuPDF had to repair: its cross-reference table was broken, most often because the file is cut short (an
interrupted download or copy). MuPDF then rebuilds what it can find and opens the rest as if whole — a file cut at
half its bytes opened with 38% of its text and no word of it (an outside tester, stop 59). This module tells what
the repair left, so that the loader, `show` and the window say it the same way. Qt-free; PyMuPDF objects only
from the caller (the module itself never opens a file).
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

EOF_WINDOW = 1024
"""PDF readers look for the closing `%%EOF` in a file's last 1,024 bytes: a file without it there ends early."""


@dataclass(frozen=True)
class Repair:
    """What MuPDF's repair of a damaged PDF left."""

    pages: int
    """Pages the repaired file has (all that could be found: the warning says how many were read)."""
    cut_short: bool
    """No `%%EOF` near the end: the file stops early, so whatever followed the cut is lost."""
    blank: frozenset[int] = frozenset()
    """Pages (0-based) of those asked about that hold no text, no image and no drawing: lost in the damage, not
    scanned — a scan's page holds its image."""


def repair_of(doc: Any, data: bytes, empty_pages: Iterable[int] = ()) -> Repair | None:
    """The repair of an opened PDF (None when MuPDF did not repair it, or for another format); `empty_pages` are
    the pages without text, looked at for images and drawings (only those: a drawing list costs)."""
    if not getattr(doc, "is_pdf", False) or not doc.is_repaired:
        return None
    blank = frozenset(index for index in empty_pages if 0 <= index < doc.page_count and not _has_marks(doc, index))
    return Repair(pages=doc.page_count, cut_short=b"%%EOF" not in data[-EOF_WINDOW:], blank=blank)


def _has_marks(doc: Any, index: int) -> bool:
    try:
        page = doc[index]
        return bool(page.get_images() or page.get_drawings())
    except Exception:  # a page the repair could not read holds nothing that could be shown
        return False


def repair_warning(repair: Repair) -> str:
    """The sentence for a repaired PDF: damaged, what may be missing, how much was read, and what to do."""
    said = (f"This PDF was damaged and repaired by the reader; pages or text may be missing — {repair.pages:,} "
            f"page{'' if repair.pages == 1 else 's'} read.")
    if repair.cut_short:
        said += " The file ends early (an interrupted download or copy?): add the whole file again if you have it."
    return said
