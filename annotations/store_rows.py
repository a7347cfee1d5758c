"""How records sit in the store's tables: one row <-> one Annotation, Entity, Rejection or DocumentRecord.
Used by the store's modules only (`annotations.store` and its parts: the code that speaks SQL to the library)."""
from __future__ import annotations

import json
import sqlite3
from typing import Any

from annotations import codec
from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, Rejection, Target,
)


DOC_COLS_NO_TEXT = ("id, format, title, authors, publisher, published, source_path, source_url, pages, "
                     "page_sizes, outline, '' AS text, size, stored_file, added, modified, deleted, gen, rev, provisional, "
                     "'[]' AS furniture, language, reliability")


class Row(dict[str, Any]):
    def __init__(self, names: list[str], values: tuple[Any, ...]) -> None:
        super().__init__(zip(names, values))


def read_record(conn: sqlite3.Connection, table: str, record_id: str, with_text: bool = True) -> codec.Record | None:
    cols = DOC_COLS_NO_TEXT if (table == "documents" and not with_text) else "*"
    cur = conn.execute(f"SELECT {cols} FROM {table} WHERE id = ?", (record_id,))
    row = cur.fetchone()
    if row is None:
        return None
    data = Row([d[0] for d in cur.description], row)
    if table == "annotations":
        return annotation_of_row(data)
    if table == "entities":
        return entity_of_row(data)
    if table == "rejections":
        return rejection_of_row(data)
    return document_of_row(data)


def write_record(conn: sqlite3.Connection, record: codec.Record, generation: int) -> None:
    if isinstance(record, Annotation):
        d = codec.annotation_to_dict(record)
        t = d["target"]
        conn.execute(
            "INSERT OR REPLACE INTO annotations(id, document_id, kind, start, end_, exact, prefix, suffix, areas,"
            " label, note, tags, creator, created, modified, revision, deleted, entity_id, speaker_id, claim, anchor,"
            " gen, rev, note_salt) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (record.id, record.document_id, record.kind.value, t["start"], t["end"], t["exact"], t["prefix"],
             t["suffix"], json.dumps(t["areas"]), record.label, record.note,
             json.dumps(list(record.tags), ensure_ascii=False), record.creator, record.created, record.modified,
             record.revision, int(record.deleted), record.entity_id,
             record.claim.speaker_id if record.claim is not None else None,
             json.dumps(d["claim"]) if "claim" in d else None, record.anchor.value, generation, record.rev,
             record.note_salt),
        )
    elif isinstance(record, Entity):
        conn.execute(
            "INSERT OR REPLACE INTO entities(id, name, type, aliases, created, modified, revision, deleted, gen, rev)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            (record.id, record.name, record.type, json.dumps(list(record.aliases), ensure_ascii=False),
             record.created, record.modified, record.revision, int(record.deleted), generation, record.rev),
        )
    elif isinstance(record, Rejection):
        conn.execute(
            "INSERT OR REPLACE INTO rejections(id, document_id, kind, start, end_, exact, type, created, modified,"
            " revision, deleted, gen) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (record.id, record.document_id, record.kind, record.start, record.end, record.exact, record.type,
             record.created, record.modified, record.revision, int(record.deleted), generation),
        )
    else:
        exists = conn.execute("SELECT 1 FROM documents WHERE id = ?", (record.id,)).fetchone()
        values = (record.format, record.title, json.dumps(list(record.authors), ensure_ascii=False),
                  record.publisher, record.published, record.source_path, record.source_url,
                  json.dumps([list(p) for p in record.pages]), json.dumps([list(p) for p in record.page_sizes]),
                  json.dumps([list(o) for o in record.outline], ensure_ascii=False), record.size, record.stored_file, record.added, record.modified, int(record.deleted), generation, record.rev,
                  record.language, record.reliability)
        if exists:  # the text of a document id never changes: metadata only (see Transaction.replace_text)
            conn.execute(
                "UPDATE documents SET format=?, title=?, authors=?, publisher=?, published=?, source_path=?,"
                " source_url=?, pages=?, page_sizes=?, outline=?, size=?, stored_file=?, added=?, modified=?, deleted=?, gen=?,"
                " rev=?, language=?, reliability=? WHERE id=?",
                (*values, record.id))
        else:
            conn.execute(
                "INSERT INTO documents(format, title, authors, publisher, published, source_path, source_url,"
                " pages, page_sizes, outline, size, stored_file, added, modified, deleted, gen, rev, language, reliability,"
                " id, text, provisional, furniture)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (*values, record.id, record.text, int(record.provisional),
                 json.dumps([list(f) for f in record.furniture], ensure_ascii=False)))


def annotation_of_row(row: dict[str, Any]) -> Annotation:
    claim = None
    if row["claim"]:
        c = json.loads(row["claim"])
        claim = ClaimFields(speaker_id=c.get("speaker_id"), claim_type=c.get("claim_type"),
                            status=ClaimStatus(c.get("status", "unverified")),
                            reliability=c.get("reliability"), credibility=c.get("credibility"))
    areas = codec.areas_from_list(json.loads(row["areas"])) if row["areas"] != "[]" else ()
    return Annotation(
        id=row["id"], document_id=row["document_id"], kind=Kind(row["kind"]),
        target=Target(start=row["start"], end=row["end_"], exact=row["exact"], prefix=row["prefix"],
                      suffix=row["suffix"], areas=areas),
        label=row["label"], note=row["note"], tags=tuple(json.loads(row["tags"])), creator=row["creator"],
        created=row["created"], modified=row["modified"], revision=row["revision"], deleted=bool(row["deleted"]),
        entity_id=row["entity_id"], claim=claim, anchor=AnchorState(row["anchor"]), rev=row["rev"],
        note_salt=row.get("note_salt") or "",
    )


def entity_of_row(row: dict[str, Any]) -> Entity:
    return Entity(id=row["id"], name=row["name"], type=row["type"], aliases=tuple(json.loads(row["aliases"])),
                  created=row["created"], modified=row["modified"], revision=row["revision"],
                  deleted=bool(row["deleted"]), rev=row["rev"])


def rejection_of_row(row: dict[str, Any]) -> Rejection:
    return Rejection(id=row["id"], document_id=row["document_id"], kind=row["kind"], start=row["start"],
                     end=row["end_"], exact=row["exact"], type=row["type"], created=row["created"],
                     modified=row["modified"], revision=row["revision"], deleted=bool(row["deleted"]))


def document_of_row(row: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(
        id=row["id"], format=row["format"], title=row["title"], text=row["text"],
        authors=tuple(json.loads(row["authors"])), publisher=row["publisher"], published=row["published"],
        source_path=row["source_path"], source_url=row["source_url"],
        pages=tuple((int(a), int(b)) for a, b in json.loads(row["pages"])),
        page_sizes=tuple((float(w), float(h)) for w, h in json.loads(row["page_sizes"])),
        outline=tuple((int(lv), str(t), int(o)) for lv, t, o in json.loads(row["outline"])), added=row["added"],
        modified=row["modified"], deleted=bool(row["deleted"]), size=row["size"], stored_file=row["stored_file"],
        rev=row["rev"], provisional=bool(row["provisional"]),
        furniture=tuple((int(p), str(t)) for p, t in json.loads(row["furniture"])),
        language=row["language"], reliability=row["reliability"],
    )
