"""Plain-dict forms of the model (for the undo history, JSON output and bundles), and back."""
from __future__ import annotations

from typing import Any

from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea, Quad, Rejection,
    Target,
)

Record = Annotation | Entity | DocumentRecord | Rejection


def annotation_to_dict(a: Annotation) -> dict[str, Any]:
    t = a.target
    out: dict[str, Any] = {
        "id": a.id, "document_id": a.document_id, "kind": a.kind.value,
        "target": {
            "start": t.start, "end": t.end, "exact": t.exact, "prefix": t.prefix, "suffix": t.suffix,
            "areas": areas_to_list(t.areas),
        },
        "label": a.label, "note": a.note, "tags": list(a.tags), "creator": a.creator,
        "created": a.created, "modified": a.modified, "revision": a.revision, "deleted": a.deleted,
        "entity_id": a.entity_id, "anchor": a.anchor.value, "rev": a.rev,
        **({"note_salt": a.note_salt} if a.note_salt else {}),
    }
    if a.claim is not None:
        out["claim"] = {
            "speaker_id": a.claim.speaker_id, "claim_type": a.claim.claim_type,
            "status": a.claim.status.value, "reliability": a.claim.reliability,
            "credibility": a.claim.credibility,
        }
    return out


def areas_to_list(areas: tuple[PageArea, ...]) -> list[dict[str, Any]]:
    return [{"page": ar.page, "quads": [[*q.ul, *q.ur, *q.ll, *q.lr] for q in ar.quads]} for ar in areas]


def areas_from_list(items: list[dict[str, Any]]) -> tuple[PageArea, ...]:
    return tuple(
        PageArea(page=int(ar["page"]), quads=tuple(
            Quad((q[0], q[1]), (q[2], q[3]), (q[4], q[5]), (q[6], q[7])) for q in ar["quads"]))
        for ar in items
    )


def annotation_from_dict(d: dict[str, Any]) -> Annotation:
    t = d["target"]
    areas = areas_from_list(t.get("areas", []))
    claim = None
    if d.get("claim") is not None:
        c = d["claim"]
        claim = ClaimFields(
            speaker_id=c.get("speaker_id"), claim_type=c.get("claim_type"),
            status=ClaimStatus(c.get("status", "unverified")), reliability=c.get("reliability"),
            credibility=c.get("credibility"),
        )
    return Annotation(
        id=d["id"], document_id=d["document_id"], kind=Kind(d["kind"]),
        target=Target(start=int(t["start"]), end=int(t["end"]), exact=t["exact"],
                      prefix=t.get("prefix", ""), suffix=t.get("suffix", ""), areas=areas),
        label=d.get("label"), note=d.get("note", ""), tags=tuple(d.get("tags", ())),
        creator=d.get("creator", ""), created=d.get("created", ""), modified=d.get("modified", ""),
        revision=int(d.get("revision", 1)), deleted=bool(d.get("deleted", False)),
        entity_id=d.get("entity_id"), claim=claim, anchor=AnchorState(d.get("anchor", "exact")),
        rev=str(d.get("rev", "")), note_salt=str(d.get("note_salt") or ""),
    )


def entity_to_dict(e: Entity) -> dict[str, Any]:
    return {"id": e.id, "name": e.name, "type": e.type, "aliases": list(e.aliases), "created": e.created,
            "modified": e.modified, "revision": e.revision, "deleted": e.deleted, "rev": e.rev}


def entity_from_dict(d: dict[str, Any]) -> Entity:
    return Entity(id=d["id"], name=d["name"], type=d["type"], aliases=tuple(d.get("aliases", ())),
                  created=d.get("created", ""), modified=d.get("modified", ""),
                  revision=int(d.get("revision", 1)), deleted=bool(d.get("deleted", False)),
                  rev=str(d.get("rev", "")))


def document_to_dict(doc: DocumentRecord, with_text: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": doc.id, "format": doc.format, "title": doc.title, "authors": list(doc.authors),
        "publisher": doc.publisher, "published": doc.published, "source_path": doc.source_path,
        "source_url": doc.source_url, "pages": [list(p) for p in doc.pages],
        "page_sizes": [list(p) for p in doc.page_sizes], "outline": [list(o) for o in doc.outline],
        "added": doc.added,
        "modified": doc.modified, "deleted": doc.deleted, "size": doc.size, "stored_file": doc.stored_file,
        "rev": doc.rev, "provisional": doc.provisional,
    }
    for key in ("language", "reliability"):  # only when set: older Dossiers' bundles and hashes stay as they were
        if getattr(doc, key):
            out[key] = getattr(doc, key)
    if with_text:
        out["text"] = doc.text
        out["furniture"] = [list(f) for f in doc.furniture]
    return out


def document_from_dict(d: dict[str, Any], text: str | None = None) -> DocumentRecord:
    return DocumentRecord(
        id=d["id"], format=d["format"], title=d["title"], text=d.get("text", "") if text is None else text,
        authors=tuple(d.get("authors", ())), publisher=d.get("publisher", ""),
        published=d.get("published", ""), source_path=d.get("source_path", ""),
        source_url=d.get("source_url", ""), pages=tuple((int(a), int(b)) for a, b in d.get("pages", ())),
        page_sizes=tuple((float(w), float(h)) for w, h in d.get("page_sizes", ())),
        outline=tuple((int(lv), str(t), int(o)) for lv, t, o in d.get("outline", ())),
        added=d.get("added", ""), modified=d.get("modified", ""), deleted=bool(d.get("deleted", False)),
        size=int(d.get("size", 0)), stored_file=d.get("stored_file", ""), rev=str(d.get("rev", "")),
        provisional=bool(d.get("provisional", False)),
        furniture=tuple((int(p), str(t)) for p, t in d.get("furniture", ())),
        language=str(d.get("language", "")), reliability=str(d.get("reliability", "")),
    )


def record_table(record: Record) -> str:
    if isinstance(record, Annotation):
        return "annotations"
    if isinstance(record, Entity):
        return "entities"
    if isinstance(record, Rejection):
        return "rejections"
    return "documents"


def record_to_dict(record: Record) -> dict[str, Any]:
    """History form: documents without their text (it never changes for a given id)."""
    if isinstance(record, Annotation):
        return annotation_to_dict(record)
    if isinstance(record, Entity):
        return entity_to_dict(record)
    if isinstance(record, Rejection):
        return rejection_to_dict(record)
    return document_to_dict(record, with_text=False)


def rejection_to_dict(r: Rejection) -> dict[str, Any]:
    return {"id": r.id, "document_id": r.document_id, "kind": r.kind, "start": r.start, "end": r.end,
            "exact": r.exact, "type": r.type, "created": r.created, "modified": r.modified,
            "revision": r.revision, "deleted": r.deleted}


def rejection_from_dict(d: dict[str, Any]) -> Rejection:
    return Rejection(id=d["id"], document_id=d["document_id"], kind=d["kind"], start=int(d["start"]),
                     end=int(d["end"]), exact=d.get("exact", ""), type=d.get("type", ""),
                     created=d.get("created", ""), modified=d.get("modified", ""),
                     revision=int(d.get("revision", 1)), deleted=bool(d.get("deleted", False)))
