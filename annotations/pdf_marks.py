"""Annotations found in a PDF, as a bundle the library merges like any other (one transaction, a dry-run
preview, importing twice changes nothing, local edits are kept).

Our own exports carry each annotation's full record (`/Dossier:Record`): it is restored exactly — id,
kind, entity, claim fields, tags, note, creator, dates — onto its document when the library has it with
the same text, else onto the PDF's own text (re-anchored by quote). Other readers' annotations become
highlights (any markup) or notes (sticky notes) that keep author, dates, colour (a `color:#RRGGBB` tag),
type (the label, for underline/squiggly/strike-out) and replies (in the note); their ids are derived
from the PDF's own /NM (or position) so that a second import recognises them.
"""
from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import replace
from typing import Any

from annotations import codec
from annotations.anchoring import make_target, reanchor
from annotations.bundle import Bundle
from annotations.errors import DossierError
from annotations.ids import now_iso
from annotations.model import AnchorState, Annotation, DocumentRecord, Entity, Kind, PageArea, Quad
from annotations.revisions import make_rev
from annotations.store import Store
from annotations.unicode_text import lone_surrogate
from reader.document.pdf_import import FoundMark, PdfReading

_NAMESPACE = uuid.UUID("6f1c3a52-7d0e-4b8e-9a51-3c2f0d9e8b17")
MAX_RECORD = 1_000_000
"""Bytes: a record larger than this is not ours; it is read as a plain annotation."""


def foreign_id(document_id: str, mark: FoundMark) -> str:
    """A stable id for another reader's annotation: the same PDF annotation always gets the same id."""
    key = f"{document_id}|{mark.nm}|{mark.subtype}|{mark.start}|{mark.end}|{mark.author}|{mark.created}"
    return str(uuid.uuid5(_NAMESPACE, hashlib.sha256(key.encode("utf-8")).hexdigest()))


def _own(mark: FoundMark) -> tuple[Annotation, list[Entity]] | None:
    """The Dossier record a mark carries, or None when it has none or it does not read as one."""
    if not mark.record or len(mark.record) > MAX_RECORD:
        return None
    try:
        data = json.loads(mark.record)
        if not isinstance(data, dict) or data.get("format") != 1 or lone_surrogate(data):
            return None
        annotation = codec.annotation_from_dict(data["annotation"])
        entities = [codec.entity_from_dict(e) for e in data.get("entities", [])]
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError, DossierError):
        return None
    return annotation, entities


def _areas(marks: list[FoundMark]) -> tuple[PageArea, ...]:
    return tuple(PageArea(m.page, tuple(Quad.from_rect(*r) for r in m.rects)) for m in marks if m.rects)


def pdf_bundle(store: Store, pdf: DocumentRecord, reading: PdfReading, source_name: str,
               include_document: bool = False) -> Bundle:
    """The annotations of `reading` (found in the PDF whose library record is `pdf`, with its text) as a
    bundle; `include_document` adds `pdf` itself (for a preview of a PDF not yet in the library) when something
    lands on it — as the import adds it only then (our own records go back to their own documents: the preview
    of our annotated PDF said "1 new documents" that the import never added; an outside tester, stop 56)."""
    annotations: dict[str, Annotation] = {}
    parts: dict[str, list[FoundMark]] = {}
    entities: dict[str, Entity] = {}
    foreign: list[Annotation] = []
    for mark in reading.marks:
        own = _own(mark)
        if own is not None:
            annotation, named = own
            parts.setdefault(annotation.id, []).append(mark)
            if annotation.id in annotations:
                continue
            annotations[annotation.id] = _place_own(store, pdf, annotation, mark)
            entities.update((e.id, e) for e in named)
        else:
            foreign.append(_foreign(pdf, mark))
    ours = {(a.document_id, a.target.start, a.target.end) for a in annotations.values()}
    for a in foreign:  # a reader's original under our own record of it (a PDF exported after importing it)
        if (a.document_id, a.target.start, a.target.end) not in ours:
            annotations.setdefault(a.id, a)
    for annotation_id, marks in parts.items():
        a = annotations[annotation_id]
        if a.document_id == pdf.id and not a.target.areas:
            annotations[annotation_id] = replace(a, target=replace(a.target, areas=_areas(marks)))
    return Bundle(creator=f"PDF “{source_name}”", created=now_iso(), answer_key=False,
                  annotations=[with_rev(a) for a in annotations.values()], entities=list(entities.values()),
                  documents=[pdf] if include_document and any(a.document_id == pdf.id for a in annotations.values())
                  else [])


def with_rev(a: Annotation) -> Annotation:
    """`a` with a revision id: its own, or for a first version one derived from its content, so that
    importing the same file again finds the same version (unchanged) instead of a new one."""
    return a if a.rev else replace(a, rev=make_rev([], codec.annotation_to_dict(a)))


def _place_own(store: Store, pdf: DocumentRecord, a: Annotation, mark: FoundMark) -> Annotation:
    """Our record back on its own document (same text at its offsets), or else on the PDF's text."""
    t = a.target
    original = store.document(a.document_id) if a.document_id != pdf.id else None
    if original is not None and not original.deleted and original.text[t.start:t.end] == t.exact:
        return a
    if pdf.text[t.start:t.end] == t.exact:
        same_doc = a.document_id == pdf.id
        return replace(a, document_id=pdf.id, target=t if same_doc else replace(t, areas=()))
    placed = reanchor(replace(t, areas=()), pdf.text)
    if placed.state is AnchorState.ORPHANED:
        return replace(a, document_id=pdf.id, target=make_target(pdf.text, mark.start, mark.end),
                       anchor=AnchorState.MOVED)
    state = placed.state
    if state is AnchorState.MOVED and a.document_id != pdf.id:  # its offsets were another text's: found on its
        state = AnchorState.EXACT  # words, it is where it belongs ("moved" warned on every card; stop 62)
    return replace(a, document_id=pdf.id, target=placed.target, anchor=state)


def _foreign(pdf: DocumentRecord, mark: FoundMark) -> Annotation:
    created = mark.created or mark.modified  # none given: left empty, so a second import is "unchanged"
    tags = list(dict.fromkeys([*mark.tags, "from-pdf", *([f"color:{mark.color}"] if mark.color else [])]))
    target = replace(make_target(pdf.text, mark.start, mark.end), areas=_areas([mark]))
    label: Any = mark.subtype if mark.subtype not in ("Highlight", "Text") else None
    return Annotation(id=foreign_id(pdf.id, mark), document_id=pdf.id,
                      kind=Kind.NOTE if mark.kind == "note" else Kind.HIGHLIGHT, target=target, label=label,
                      note=mark.note, tags=tuple(tags), creator=mark.author, created=created,
                      modified=mark.modified or created)


def reading_counts(reading: PdfReading) -> dict[str, int]:
    """What the preview adds to the merge counts: replies folded into notes, and skipped PDF types."""
    out = {"replies_joined": reading.replies, "skipped": sum(reading.skipped.values())}
    out |= {f"skipped_{name}": n for name, n in sorted(reading.skipped.items())}
    return out
