"""Reads for the app's long lists (a team's library: 10,000 documents, 50,000 entities, 1,000,000
annotations): the entity index's counts aggregated inside SQLite, one row per entity instead of one per
entity and document, and live entities read without the generic row mapping. Mixed into `Store`."""
from __future__ import annotations

import gc
import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from annotations.model import DocumentRecord, Entity

_DATED = re.compile(r"[0-9]{4}(-[0-9]{2}){0,2}")


def day_of(published: str, added: str) -> str:
    """A document's date for "first seen" and "last seen": the publication date when it starts with an
    ISO date (YYYY, YYYY-MM, YYYY-MM-DD), else the day it was added."""
    published = published.strip()
    return published[:10] if _DATED.match(published) else added[:10]


@contextmanager
def paused_gc() -> Iterator[None]:
    """Python's cyclic garbage collector paused while a long list is built: 50,000 entities make 150,000
    small objects in no reference cycle, and the full collections they set off cost a third of the time
    (as `reader.ui.ops` does for every background job)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


class EntityCounts(NamedTuple):
    """One entity's live mentions, the documents they are in, the claims it made, and the dates of the
    first and last document it appears in (mentioned or speaking). (A named tuple: 50,000 of them are
    made at once, and a frozen dataclass's constructor costs ten times a tuple's.)"""

    mentions: int
    documents: int
    claims_by: int
    first_seen: str
    last_seen: str


_DAYS = "WITH days AS MATERIALIZED (SELECT id, dossier_day_of(published, added) AS day FROM documents WHERE deleted = 0) "
_MENTION_COUNTS = _DAYS + """
SELECT entity_id, count(*), count(DISTINCT document_id), min(day), max(day)
  FROM annotations JOIN days ON days.id = document_id
 WHERE deleted = 0 AND entity_id IS NOT NULL GROUP BY entity_id"""
_CLAIM_COUNTS = _DAYS + """
SELECT speaker_id, count(*), min(day), max(day)
  FROM annotations JOIN days ON days.id = document_id
 WHERE deleted = 0 AND speaker_id IS NOT NULL GROUP BY speaker_id"""
"""Each walks its covering index (schema v7) in entity order; the documents' dates are computed once
(10,000 calls, not one per annotation) and joined per annotation. One query per side is faster than
one over the union (whose (entity, document) pairs SQLite must materialise and sort again)."""


class ListingReads:
    """Long lists read from a `Store`."""

    _conn: sqlite3.Connection

    def entity_counts(self) -> dict[str, EntityCounts]:
        """Per entity with at least one live mention or claim in a live document: its counts and dates."""
        self._conn.create_function("dossier_day_of", 2, day_of, deterministic=True)
        out = {e: EntityCounts(m, d, 0, first or "", last or "")
               for e, m, d, first, last in self._conn.execute(_MENTION_COUNTS)}
        none = EntityCounts(0, 0, 0, "", "")
        for e, c, first, last in self._conn.execute(_CLAIM_COUNTS):
            had = out.get(e, none)
            days = [first or "", last or ""] + ([had.first_seen, had.last_seen] if had.mentions else [])
            out[e] = EntityCounts(had.mentions, had.documents, int(c), min(days), max(days))
        return out

    def live_entities(self, by_name: bool = True) -> list[Entity]:
        """Every live entity, as `Store.entities()` returns them (by name, any case; `by_name=False`: in
        no particular order), read positionally (50,000 entities: a fifth of the time)."""
        order = " ORDER BY name COLLATE NOCASE" if by_name else ""
        rows = self._conn.execute("SELECT id, name, type, aliases, created, modified, revision, rev FROM entities"
                                  " WHERE deleted = 0" + order)
        return [Entity(i, name, type_, _strings(aliases), created, modified,
                       revision, False, rev)
                for i, name, type_, aliases, created, modified, revision, rev in rows]

    def live_documents(self) -> list[DocumentRecord]:
        """Every live document without its text or furniture, by the time it was added — what
        `Store.documents()` returns, read positionally (10,000 documents: a third of the time)."""
        rows = self._conn.execute(
            "SELECT id, format, title, authors, publisher, published, source_path, source_url, pages, page_sizes,"
            " outline, size, stored_file, added, modified, rev, provisional, language, reliability"
            " FROM documents WHERE deleted = 0 ORDER BY added, id")
        return [DocumentRecord(
            id=i, format=format_, title=title, text="", authors=_strings(authors), publisher=publisher,
            published=published, source_path=source_path, source_url=source_url,
            pages=tuple((int(a), int(b)) for a, b in json.loads(pages)) if pages != "[]" else (),
            page_sizes=tuple((float(w), float(h)) for w, h in json.loads(sizes)) if sizes != "[]" else (),
            outline=tuple((int(lv), str(t), int(o)) for lv, t, o in json.loads(outline)) if outline != "[]" else (),
            added=added, modified=modified, deleted=False, size=size, stored_file=stored_file, rev=rev,
            provisional=bool(provisional), furniture=(), language=language, reliability=reliability)
            for (i, format_, title, authors, publisher, published, source_path, source_url, pages, sizes, outline,
                 size, stored_file, added, modified, rev, provisional, language, reliability) in rows]


def _strings(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text)) if text != "[]" else ()
