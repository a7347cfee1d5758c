"""Fonts of the PDFs Dossier lays out itself (generated articles, the briefing pack's cover, tables and footers):
MuPDF's Story and TextWriter embed every font whole (Droid Sans Fallback, for any CJK character, is 3.5 MB), so
each such PDF is subset before it is joined to others. A reader's own PDF is never subset: its fonts are its own.
"""
from __future__ import annotations

from typing import Any


def subset(doc: Any) -> None:
    """Cut each font `doc` embeds down to the glyphs it draws; a font MuPDF cannot subset is left whole (only the
    size suffers, never the text)."""
    try:
        doc.subset_fonts()
    except Exception:  # subsetting only makes the file smaller; a full font is still correct
        pass


def subset_pdf(data: bytes) -> bytes:
    """`data` (a PDF we generated) with its fonts subset (`subset`)."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        subset(doc)
        return bytes(doc.tobytes(garbage=1, deflate=True))
