"""Reading the annotations in a PDF (Zotero, Okular, pdf.js, Acrobat, or Dossier's own export) as marks
on the document's canonical text, keeping what other readers keep: author (/T), dates (/CreationDate,
/M), colour (/C), type (highlight, underline, squiggly, strike-out, sticky note), /NM, reply threads
(/IRT: a reply joins its parent's note) and Dossier's own record (/Dossier:Record). Types that have no
place in Dossier (ink, shapes, free text, stamps…) are counted, never silently dropped. Qt-free.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

from annotations.name_variants import clean_name
from annotations.unicode_text import mended
from reader.document import mupdf
from reader.document.loader import read_bytes
from reader.document.pdf_annotations import RECORD_KEY, ZOTERO_TAGS_KEY
from reader.document.textmodel import Document

pymupdf: Any = mupdf.pymupdf
MARKUP = {8: "Highlight", 9: "Underline", 10: "Squiggly", 11: "StrikeOut"}
"""PDF markup subtypes by PyMuPDF type number (PDF_ANNOT_HIGHLIGHT…)."""
NOT_ANNOTATIONS = {"Popup", "Link", "Widget"}
"""Parts of other annotations or of the page, not annotations a reader made."""
_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*(?:([Zz+-])(\d{2})?'?(\d{2})?'?)?")


@dataclass(frozen=True)
class FoundMark:
    """An annotation found in a PDF, placed on the canonical text [start, end)."""

    kind: str  # highlight | note
    subtype: str  # the PDF subtype: Highlight, Underline, Squiggly, StrikeOut, Text
    start: int
    end: int
    note: str
    author: str
    color: str
    created: str = ""
    modified: str = ""
    nm: str = ""
    record: str = ""
    page: int = 0
    rects: tuple[tuple[float, float, float, float], ...] = ()
    tags: tuple[str, ...] = ()
    """From Zotero's /Zotero:Tags (a JSON array of strings), when present."""


@dataclass
class PdfReading:
    marks: list[FoundMark] = field(default_factory=list)
    skipped: Counter[str] = field(default_factory=Counter)
    """PDF subtype -> how many were not taken (no place in Dossier, or no text under them)."""
    replies: int = 0


def iso_date(value: str) -> str:
    """A PDF date ("D:20250904120000+02'00'") as UTC ISO 8601 ("2025-09-04T10:00:00.000Z"); "" if unreadable."""
    m = _PDF_DATE.match((value or "").strip())
    if not m:
        return ""
    year, month, day, hour, minute, second, sign, tz_h, tz_m = m.groups()
    try:
        moment = datetime(int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0),
                          int(second or 0), tzinfo=timezone.utc)
    except ValueError:
        return ""
    if sign in ("+", "-"):
        shift = timedelta(hours=int(tz_h or 0), minutes=int(tz_m or 0))
        moment = moment - shift if sign == "+" else moment + shift
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _hex(color: Any) -> str:
    if not color or len(color) < 3:
        return ""
    return "#" + "".join(f"{max(0, min(255, round(c * 255))):02X}" for c in color[:3])


@dataclass
class _Raw:
    xref: int
    page: int
    subtype: str
    info: dict[str, str]
    color: str
    irt: int
    reply_type: str
    nm: str
    record: str
    rects: list[Any]
    point: Any
    tags: tuple[str, ...]


def _collect(doc: Any) -> list[_Raw]:
    found: list[_Raw] = []
    for page in doc:
        for annot in page.annots() or []:
            kind, name = annot.type[0], annot.type[1]
            vertices = (annot.vertices or []) if kind in MARKUP else []
            rects = [pymupdf.Quad(vertices[i:i + 4]).rect for i in range(0, len(vertices) - 3, 4)]
            record = doc.xref_get_key(annot.xref, RECORD_KEY)
            zotero_tags = doc.xref_get_key(annot.xref, ZOTERO_TAGS_KEY)
            reply_type = doc.xref_get_key(annot.xref, "RT")
            found.append(_Raw(annot.xref, page.number, name, dict(annot.info or {}), _hex(annot.colors.get("stroke")),
                              annot.irt_xref, reply_type[1].lstrip("/") if reply_type[0] == "name" else "",
                              (annot.info or {}).get("id", ""), record[1] if record[0] == "string" else "", rects,
                              annot.rect.tl, _tags(zotero_tags[1] if zotero_tags[0] == "string" else "")))
    return found


def _tags(value: str) -> tuple[str, ...]:
    """Zotero's tag list, or nothing when it does not read as a JSON array of strings."""
    try:
        tags = json.loads(value) if value else []
    except (ValueError, RecursionError):
        return ()
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        return ()
    return tuple(t.strip() for t in tags if t.strip())[:100]


def read_pdf_annotations(path: Path, document: Document) -> PdfReading:
    """Every annotation in the PDF at `path`, mapped onto `document` (the same file, loaded): a markup
    covers the characters whose centres lie in its quads; a sticky note is attached to the word nearest
    its icon; replies are appended to the note they answer."""
    doc = mupdf.open_document(read_bytes(path), "pdf", path.name)
    try:
        raws = _collect(doc)
        mupdf.without_annotations(doc)  # their boxes are read next, on the page text as the loader read it
        reading = PdfReading()
        by_xref = {r.xref: r for r in raws}
        replies: dict[int, list[_Raw]] = {}
        boxes_cache: dict[int, list[Any]] = {}

        def boxes(page_no: int) -> list[Any]:
            if page_no not in boxes_cache:
                span = document.pages[page_no]
                boxes_cache[page_no] = mupdf.char_boxes(doc[page_no], document.text[span.start:span.end])
            return boxes_cache[page_no]

        for raw in raws:
            root = _thread_root(raw, by_xref) if raw.reply_type != "Group" else None
            if root is not None:
                replies.setdefault(root.xref, []).append(raw)
                reading.replies += 1
        taken = {r.xref for rs in replies.values() for r in rs}
        for raw in raws:
            if raw.xref in taken or raw.subtype in NOT_ANNOTATIONS:
                continue
            if raw.page >= len(document.pages) or (raw.subtype not in MARKUP.values() and raw.subtype != "Text"):
                reading.skipped[raw.subtype] += 1
                continue
            span = document.pages[raw.page]
            placed = _place(raw, boxes(raw.page), document.text, span.start, span.end)
            if placed is None:  # a type we take, where the page has no text (a picture, a scan, the margin): said so,
                reading.skipped[f"{raw.subtype}_over_no_text"] += 1  # "skipped Highlight" read as a type we lack
                continue
            note = raw.info.get("content", "")
            for reply in replies.get(raw.xref, []):
                who = clean_name(mended(reply.info.get("title", ""))) or "someone"
                when = iso_date(reply.info.get("modDate", "") or reply.info.get("creationDate", ""))[:10]
                note += f"\n\n— {who}{', ' + when if when else ''}: {reply.info.get('content', '')}"
            reading.marks.append(FoundMark(  # (a PDF string can hold a lone surrogate: mended, never stored)
                kind="note" if raw.subtype == "Text" else "highlight", subtype=raw.subtype,
                start=placed[0], end=placed[1], note=mended(note.strip()), author=clean_name(mended(raw.info.get("title", ""))),
                color=raw.color, created=iso_date(raw.info.get("creationDate", "")),
                modified=iso_date(raw.info.get("modDate", "")), nm=mended(raw.nm), record=mended(raw.record),
                page=raw.page, rects=tuple(tuple(r) for r in raw.rects), tags=tuple(mended(t) for t in raw.tags)))
        return reading
    finally:
        doc.close()


def _thread_root(raw: _Raw, by_xref: dict[int, _Raw]) -> _Raw | None:
    """The annotation a reply's thread starts at; None when `raw` is no reply, or its /IRT chain loops
    (then it is read as an annotation of its own rather than lost)."""
    root, seen = raw, {raw.xref}
    while root.irt and root.irt in by_xref:
        if root.irt in seen:
            return None
        seen.add(root.irt)
        root = by_xref[root.irt]
    return root if root is not raw else None


def _place(raw: _Raw, boxes: list[Any], text: str, start: int, end: int) -> tuple[int, int] | None:
    if raw.rects:
        offsets = []
        for i, item in enumerate(boxes):
            if item is None:
                continue
            x0, y0, x1, y1 = item[0]
            centre = pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)
            if any(r.contains(centre) for r in raw.rects):
                offsets.append(start + i)
        return (min(offsets), max(offsets) + 1) if offsets else None
    point = raw.point
    best, best_d = None, float("inf")
    for i, item in enumerate(boxes):
        if item is None:
            continue
        x0, y0, _, _ = item[0]
        d = abs(x0 - point.x) + abs(y0 - point.y)
        if d < best_d:
            best, best_d = i, d
    if best is None:
        return None
    s = e = start + best
    while s > start and not text[s - 1].isspace():
        s -= 1
    while e < end and not text[e].isspace():
        e += 1
    return (s, e) if e > s else None
