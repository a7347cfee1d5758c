"""What a loaded file becomes: one canonical text plus metadata and, for paged formats, a page map.

The core takes the `Document` it is given; `reader.document` produces it from files. It lives here so that
`annotations` never imports `reader` (`reader.document.textmodel` re-exports it)."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True)
class PageSpan:
    """Page `index` (0-based) holds canonical text [start, end); size in PDF points."""

    index: int
    start: int
    end: int
    width: float = 0.0
    height: float = 0.0


@dataclass(frozen=True)
class OutlineEntry:
    """A table-of-contents line: nesting level (1 = top), title, and where it points in the text."""

    level: int
    title: str
    offset: int
    page: int | None = None


@dataclass(frozen=True)
class DocumentMeta:
    title: str = ""
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: str = ""
    source_url: str = ""
    language: str = ""


@dataclass(frozen=True)
class Document:
    """An opened file. `id` is the SHA-256 of its bytes, so the same bytes are the same document.

    `text` is the canonical text: Unicode NFC, `\\n` line ends, paragraphs kept. Every offset in Dossier
    (annotation targets, search hits, exports) is an index into it.
    """

    id: str
    format: str
    source_path: str
    size: int
    text: str
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    pages: tuple[PageSpan, ...] = ()
    outline: tuple[OutlineEntry, ...] = ()
    reflowable: bool = False
    warnings: tuple[str, ...] = ()
    """Things the reader should know about this text, in plain words (e.g. a garbled text layer)."""
    furniture: tuple[tuple[int, str], ...] = ()
    """(page index, line) of running headers, footers and page numbers kept out of `text`."""
    page_looks: tuple[str, ...] = ()
    """A fixed-layout file's pages as seen, one short digest each (size, turn, the bytes of its images): what tells
    apart two files with the same text — other scans behind the same typed cover — which were merged into one
    document, the second file never kept (stop 59). Not stored."""

    @property
    def paged(self) -> bool:
        return bool(self.pages)

    def page_of(self, offset: int) -> int | None:
        """The 0-based page whose span holds `offset` (a separator belongs to the page before it)."""
        if not self.pages:
            return None
        starts = [p.start for p in self.pages]
        return max(0, bisect_right(starts, offset) - 1)

    def pages_of(self, start: int, end: int) -> list[int]:
        """Every page a range [start, end) touches, in order."""
        if not self.pages:
            return []
        first = self.page_of(start) or 0
        last = self.page_of(max(start, end - 1)) or 0
        return list(range(first, last + 1))
