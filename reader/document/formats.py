"""Which reader handles a file, and what one file may cost (so a hostile file cannot hang or exhaust us)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from annotations.errors import DocumentError

TEXT_FORMATS = ("txt", "md", "html")
PAGED_FORMATS = ("pdf", "epub", "xps", "fb2", "mobi")
FIXED_LAYOUT = frozenset({"pdf", "xps"})
"""Paged formats whose pages are the author's (shown as pages); a reflowed book's pages are the reader's layout."""

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt",
    ".md": "md", ".markdown": "md",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".epub": "epub",
    ".xps": "xps", ".oxps": "xps",
    ".fb2": "fb2",
    ".mobi": "mobi",
}

SUPPORTED_SUFFIXES = tuple(sorted(_EXTENSIONS))

PDF_HEADER_WINDOW = 1024
"""PDF readers (Acrobat, MuPDF) accept the `%PDF-` header anywhere in a file's first 1,024 bytes: files
saved from mail, web servers or scanners often carry a few bytes of junk (HTTP headers, a BOM) first."""


@dataclass(frozen=True)
class Limits:
    """Caps on one file. Past any of them the file is refused with a DocumentError."""

    max_file_bytes: int = 512 * 1024 * 1024
    max_text_file_bytes: int = 64 * 1024 * 1024
    max_html_bytes: int = 32 * 1024 * 1024
    max_pages: int = 10_000
    """Pages of a file laid out by its author (PDF, XPS)."""
    max_chapters: int = 10_000
    """Chapters in an EPUB's reading order: a book has no pages of its own (MuPDF's are one screen each), so its
    size is counted in chapters, before it is laid out, and in characters (a 16 MB novel was refused as having
    "14,066 pages"; an outside tester, stop 59)."""
    max_screens: int = 100_000
    """Screens a reflowed book (EPUB, FB2, MOBI) may lay out to: a backstop behind the characters' cap (80 M
    characters make about 50,000 screens of text), for books of pictures."""
    max_text_chars: int = 80_000_000
    seconds: float = 60.0
    memory_mb: int = 1536


DEFAULT_LIMITS = Limits()


def sniff_format(path: Path, head: bytes) -> str:
    """The format to read `path` as: its content decides where it is unambiguous, else its suffix."""
    suffix = path.suffix.lower()
    by_name = _EXTENSIONS.get(suffix)
    if head.startswith(b"%PDF-"):
        return "pdf"
    if by_name not in TEXT_FORMATS and b"%PDF-" in head[:PDF_HEADER_WINDOW]:
        return "pdf"  # a .txt/.md/.html that merely mentions "%PDF-" stays text
    if head.startswith(b"PK\x03\x04") and b"application/epub+zip" in head[:200]:
        return "epub"
    if by_name == "pdf":
        raise DocumentError(f"“{path.name}” is named .pdf but is not a PDF file.")
    if by_name == "epub":
        raise DocumentError(f"“{path.name}” is named .epub but is not an EPUB book.")
    if by_name is None:
        known = ", ".join(SUPPORTED_SUFFIXES)
        raise DocumentError(f"Dossier cannot open “{path.name}”: unsupported file type (it opens {known}).")
    return by_name
