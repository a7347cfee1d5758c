"""The cross-document entity index: for every entity, where it is mentioned, what it said, what was said
about it, who it appears with, and when it was first and last seen. Read-only views computed from the
store (the source of truth); merge, split and aliases are `Library` operations."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from annotations.model import Annotation, DocumentRecord, Entity
from annotations.store import Store
from annotations.store_listing import EntityCounts, day_of, paused_gc


class EntitySummary(NamedTuple):
    """(A named tuple: a library lists 50,000 at once, and a frozen dataclass's constructor costs ten
    times a tuple's.)"""

    entity: Entity
    mentions: int
    documents: int
    claims_by: int
    first_seen: str  # a date (YYYY-MM-DD when known) of the earliest document it appears in
    last_seen: str


@dataclass(frozen=True)
class Occurrence:
    """An annotation with the document it sits in (for lists grouped by document)."""

    annotation: Annotation
    document_id: str
    document_title: str
    date: str


@dataclass(frozen=True)
class EntityProfile:
    summary: EntitySummary
    mentions: list[Occurrence]
    claims_by: list[Occurrence]
    claims_about: list[Occurrence]
    co_occurring: list[tuple[Entity, int]]
    """Entities appearing in the same documents, with the number of documents shared, most first."""


def document_date(doc: DocumentRecord) -> str:
    """The publication date when it is an ISO date, else the day the document was added."""
    return day_of(doc.published, doc.added)


def entity_summaries(store: Store) -> list[EntitySummary]:
    """Every live entity (also those not mentioned any more), most mentioned first. The counts are
    aggregated inside SQLite (one row per entity): a library of 50,000 entities and 1,000,000
    annotations has hundreds of thousands of (entity, document) pairs."""
    with paused_gc():
        counts = store.entity_counts()
        none = EntityCounts(0, 0, 0, "", "")
        out = []
        for entity in store.live_entities(by_name=False):
            c = counts.get(entity.id, none)
            out.append(EntitySummary(entity, c.mentions, c.documents, c.claims_by, c.first_seen, c.last_seen))
        return sorted(out, key=lambda s: (-s.mentions, s.entity.name.casefold()))


def entity_profile(store: Store, entity_id: str) -> EntityProfile | None:
    entity = store.entity(entity_id)
    if entity is None or entity.deleted:
        return None
    own = store.annotations_of_entity(entity.id)
    docs = store.documents_by_ids(sorted({a.document_id for a in own}))
    live = [a for a in own if a.document_id in docs and not docs[a.document_id].deleted]

    def occurrence(a: Annotation) -> Occurrence:
        doc = docs[a.document_id]
        return Occurrence(a, doc.id, doc.title, document_date(doc))

    mentions = [occurrence(a) for a in live if a.entity_id == entity.id]
    claims_by = [occurrence(a) for a in live if a.claim is not None and a.claim.speaker_id == entity.id]
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for m in mentions:
        spans[m.document_id].append((m.annotation.target.start, m.annotation.target.end))
    names = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in sorted(entity.names(), key=len, reverse=True))
                       + r")\b", re.I)
    about = []
    for claim in store.claims_in_documents(list(docs)):
        if claim.claim is not None and claim.claim.speaker_id == entity.id:
            continue
        t = claim.target
        inside = any(t.start <= s and e <= t.end for s, e in spans.get(claim.document_id, ()))
        if inside or names.search(t.exact):
            about.append(occurrence(claim))
    shared: Counter[str] = Counter()
    mention_docs = {m.document_id for m in mentions} | {c.document_id for c in claims_by}
    for other_id, doc_id, count, _ in store.entity_document_counts():
        if other_id != entity.id and doc_id in mention_docs and count:
            shared[other_id] += 1
    others = store.entities_by_ids(list(shared))
    co = sorted(((others[i], n) for i, n in shared.items() if i in others and not others[i].deleted),
                key=lambda p: (-p[1], p[0].name.casefold()))
    seen = sorted({o.date for o in mentions + claims_by})
    summary = EntitySummary(entity, len(mentions), len({m.document_id for m in mentions}), len(claims_by),
                            seen[0] if seen else "", seen[-1] if seen else "")
    key = (lambda o: (o.date, o.document_title, o.annotation.target.start))
    return EntityProfile(summary, sorted(mentions, key=key), sorted(claims_by, key=key), sorted(about, key=key), co)
