"""The screens MuPDF lays a reflowable book (EPUB, FB2, MOBI) out on.

MuPDF draws a screen of a chapter by walking every box of that chapter, so reading a chapter costs its screens
times its size: the square of its size. A book whose text is one long chapter (a novel converted from a text file,
an FB2, which is one body) took minutes — 60,000 paragraphs in one 5.4 MB chapter passed the worker's minute and
was refused as too slow, while the same text in 20 chapters read in 5 s (an outside tester on documents, stop 62).
Screens are made taller in proportion to the largest chapter, so a chapter is laid out on a bounded number of
screens and read in time that grows with its size. Their width and the type size stay MuPDF's, so the lines are the
same; a book's screens are an artefact of layout anyway (`mupdf.join_pages`). A book whose chapters are all under
`CHAPTER_BYTES` keeps MuPDF's default screens, and with them the pages and offsets it always had.
"""
from __future__ import annotations

import io
import math
import zipfile

SCREEN_WIDTH, SCREEN_HEIGHT, TYPE_SIZE = 400.0, 600.0, 11.0
"""MuPDF's default layout (PyMuPDF's, as `pymupdf.open` lays a reflowable document out)."""
CHAPTER_BYTES = 256 * 1024
"""A chapter up to this size is laid out on default screens; each further step makes the screens that much taller."""
_MARKUP = (".xhtml", ".html", ".htm", ".xml")


def largest_chapter(data: bytes, filetype: str) -> int:
    """The unpacked size of the book's largest chapter: its largest markup file in the zip of an EPUB, the whole
    file for a one-body book (FB2, MOBI). 0 when the zip cannot be read (MuPDF gives it its own verdict)."""
    if filetype != "epub":
        return len(data)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            sizes = [info.file_size for info in book.infolist() if info.filename.lower().endswith(_MARKUP)]
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return 0
    return max(sizes, default=0)


def screen_height(data: bytes, filetype: str) -> float:
    """How tall the book's screens are: MuPDF's default, times one more for every `CHAPTER_BYTES` of its largest
    chapter past the first. Deterministic in the bytes, so loading and every later reopening agree."""
    return SCREEN_HEIGHT * max(1, math.ceil(largest_chapter(data, filetype) / CHAPTER_BYTES))
