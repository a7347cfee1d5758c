"""The annotation model: frozen dataclasses, no behaviour beyond validation and small helpers.

Offsets are Python string indices (code points) into a document's canonical text, end exclusive,
as in the W3C TextPositionSelector.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import StrEnum

from annotations.errors import ValidationError


class Kind(StrEnum):
    ENTITY = "entity"
    CLAIM = "claim"
    HIGHLIGHT = "highlight"
    NOTE = "note"


class ClaimStatus(StrEnum):
    UNVERIFIED = "unverified"
    SUPPORTED = "supported"
    DISPUTED = "disputed"
    FALSE = "false"
    UNVERIFIABLE = "unverifiable"


class AnchorState(StrEnum):
    """How an annotation sits on its document's current text."""

    EXACT = "exact"  # position and quote agree
    MOVED = "moved"  # quote found elsewhere (with its context)
    FUZZY = "fuzzy"  # an approximate match of the quote
    ORPHANED = "orphaned"  # could not be placed: kept, shown, never dropped


RELIABILITY_GRADES = ("A", "B", "C", "D", "E", "F")
"""Admiralty code, source reliability: A completely reliable ... E unreliable, F cannot be judged."""
CREDIBILITY_GRADES = (1, 2, 3, 4, 5, 6)
"""Admiralty code, information credibility: 1 confirmed ... 5 improbable, 6 cannot be judged."""


@dataclass(frozen=True)
class Quad:
    """Four corners of a text run on a page, in PDF points (origin top-left, as PyMuPDF gives)."""

    ul: tuple[float, float]
    ur: tuple[float, float]
    ll: tuple[float, float]
    lr: tuple[float, float]

    @classmethod
    def from_rect(cls, x0: float, y0: float, x1: float, y1: float) -> Quad:
        return cls((x0, y0), (x1, y0), (x0, y1), (x1, y1))

    def rect(self) -> tuple[float, float, float, float]:
        xs = (self.ul[0], self.ur[0], self.ll[0], self.lr[0])
        ys = (self.ul[1], self.ur[1], self.ll[1], self.lr[1])
        return (min(xs), min(ys), max(xs), max(ys))


@dataclass(frozen=True)
class PageArea:
    """Where (part of) an annotation is drawn on one page (0-based page index)."""

    page: int
    quads: tuple[Quad, ...]


@dataclass(frozen=True)
class Target:
    """W3C selectors for a text range: TextPosition (start/end) and TextQuote (exact/prefix/suffix)."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    areas: tuple[PageArea, ...] = ()

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValidationError(f"Invalid text range {self.start}–{self.end}.")
        if not self.exact:
            raise ValidationError("An annotation needs some text to point at.")

    @property
    def pages(self) -> tuple[int, ...]:
        return tuple(area.page for area in self.areas)


@dataclass(frozen=True)
class ClaimFields:
    """What makes a claim a claim: who said it, what kind, and how far it is trusted."""

    speaker_id: str | None = None
    claim_type: str | None = None
    status: ClaimStatus = ClaimStatus.UNVERIFIED
    reliability: str | None = None
    credibility: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.status, ClaimStatus):  # a plain string (from JSON, a Qt signal, the CLI)
            try:
                object.__setattr__(self, "status", ClaimStatus(str(self.status).lower()))
            except ValueError:
                choices = ", ".join(s.value for s in ClaimStatus)
                raise ValidationError(f"Claim status must be one of {choices}, not {self.status!r}.") from None
        if self.reliability is not None and self.reliability not in RELIABILITY_GRADES:
            raise ValidationError(
                f"Source reliability must be one of A–F, not {self.reliability!r}."
            )
        if self.credibility is not None and self.credibility not in CREDIBILITY_GRADES:
            raise ValidationError(
                f"Information credibility must be 1–6, not {self.credibility!r}."
            )

    @property
    def grading(self) -> str:
        """The Admiralty grade as analysts write it ("B2"), or "" when ungraded."""
        return f"{self.reliability or ''}{self.credibility or ''}"


@dataclass(frozen=True)
class Annotation:
    id: str
    document_id: str
    kind: Kind
    target: Target
    label: str | None = None
    note: str = ""
    tags: tuple[str, ...] = ()
    creator: str = ""
    created: str = ""
    modified: str = ""
    revision: int = 1
    deleted: bool = False
    entity_id: str | None = None
    claim: ClaimFields | None = None
    anchor: AnchorState = AnchorState.EXACT
    rev: str = ""
    """Revision id of this version (see `annotations.revisions`); assigned by the store on every write."""
    note_salt: str = ""
    """Secret key of the note's seal in the revision id (`annotations.revisions.note_seal`); travels only with the note."""

    def __post_init__(self) -> None:
        if self.kind is Kind.ENTITY and not self.label:
            raise ValidationError("An entity annotation needs an entity type (PERSON, ORG…).")
        if self.kind is Kind.CLAIM and self.claim is None:
            object.__setattr__(self, "claim", ClaimFields())
        if self.kind is not Kind.CLAIM and self.claim is not None:
            raise ValidationError("Only claims carry speaker, status and grading.")

    def edited(self, modified: str, **changes: object) -> Annotation:
        """A copy with `changes` applied, the revision bumped and `modified` set."""
        return replace(self, modified=modified, revision=self.revision + 1, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Entity:
    """A real-world thing mentioned in documents; entity annotations point at one."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    created: str = ""
    modified: str = ""
    revision: int = 1
    deleted: bool = False
    rev: str = ""

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    def edited(self, modified: str, **changes: object) -> Entity:
        return replace(self, modified=modified, revision=self.revision + 1, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class Rejection:
    """A suggestion the analyst turned down for one document, so it does not come back there. Its id is
    derived from (document, kind, span): rejecting twice is one record, and undo tombstones it."""

    id: str
    document_id: str
    kind: str  # "entity" | "claim"
    start: int
    end: int
    exact: str
    type: str = ""
    created: str = ""
    modified: str = ""
    revision: int = 1
    deleted: bool = False
    rev: str = ""  # rejections are local: never exchanged, so never given revisions

    def edited(self, modified: str, **changes: object) -> Rejection:
        return replace(self, modified=modified, revision=self.revision + 1, **changes)  # type: ignore[arg-type]


def rejection_id(document_id: str, kind: str, start: int, end: int) -> str:
    import hashlib
    return "rej-" + hashlib.sha256(f"{document_id}:{kind}:{start}:{end}".encode()).hexdigest()[:32]


@dataclass(frozen=True)
class DocumentRecord:
    """A document as the library remembers it (metadata + canonical text + page map)."""

    id: str
    format: str
    title: str
    text: str
    authors: tuple[str, ...] = ()
    publisher: str = ""
    published: str = ""
    source_path: str = ""
    source_url: str = ""
    pages: tuple[tuple[int, int], ...] = ()
    page_sizes: tuple[tuple[float, float], ...] = ()
    """Width and height of each page in points (what the page view lays out before rendering)."""
    outline: tuple[tuple[int, str, int], ...] = ()
    """Table of contents: (level, title, offset into the text)."""
    added: str = ""
    modified: str = ""
    deleted: bool = False
    size: int = 0
    stored_file: str = ""
    rev: str = ""
    furniture: tuple[tuple[int, str], ...] = ()
    """Running heads, feet and page numbers taken out of the text: (page, line), kept, never lost."""
    provisional: bool = False
    """The text came from a teammate's bundle without the file: shown, but replaced by the real parse as
    soon as the file is added (a record's text is never trusted over its file)."""
    extra: dict[str, str] = field(default_factory=dict, compare=False)
    language: str = ""
    """The text's language as a BCP-47 code ("en", "pt-BR"); "" = not known."""
    reliability: str = ""
    """Admiralty reliability of the source (the outlet/author), one of A–F; "" = not judged."""
    page_labels: tuple[str, ...] = field(default=(), compare=False)
    """The pages' printed names where a PDF gives them ("i", "ii", "1"…; `reader.document.loader.page_labels`):
    read from the library's copy when notes are exported, never stored (empty: pages are named by their number)."""

    @property
    def paged(self) -> bool:
        return bool(self.pages)

    def page_name(self, page: int) -> str:
        """How a citation names the 0-based `page`: its printed label when the PDF gives one, else its number. A
        brief cited a report's first numbered page, after two of front matter, as "p. 3" (an outside tester on the
        exports, stop 60); a reader, as Zotero's, cites it "p. 1"."""
        label = self.page_labels[page] if 0 <= page < len(self.page_labels) else ""
        return label or str(page + 1)

    def page_of(self, offset: int) -> int | None:
        """0-based page holding `offset`, or None for unpaged documents."""
        return page_of(self.pages, offset)


def page_of(pages: tuple[tuple[int, int], ...], offset: int) -> int | None:
    """0-based index of the page span (start, end) holding `offset`; None when there are no pages."""
    if not pages:
        return None
    lo, hi = 0, len(pages)
    while lo < hi:
        mid = (lo + hi) // 2
        if pages[mid][0] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)
