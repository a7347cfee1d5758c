"""Exporters: pure functions from a `Selection` (documents, their annotations, the entities they use)
to bytes. `collect` builds a selection from the store for documents, everything, or a search query."""
from __future__ import annotations

from dataclasses import dataclass, field

from annotations.model import AnchorState, Annotation, DocumentRecord, Entity
from annotations.store import Store

ORPHANED = "orphaned — its text is no longer in this document"
"""How the exports that list annotations say that one is an orphan."""


def placed(a: Annotation) -> bool:
    """False for an orphan (its quote is not in the document's current text; `AnchorState.ORPHANED`): its
    stored offsets and page areas point at other words, so no export places it on the text or a page —
    the listings keep it, marked orphaned, with its quote, note and tags (as Hypothesis does)."""
    return a.anchor is not AnchorState.ORPHANED


@dataclass(frozen=True)
class Selection:
    documents: list[DocumentRecord]
    annotations: dict[str, list[Annotation]]
    """Per document id, in reading order."""
    entities: dict[str, Entity] = field(default_factory=dict)
    creator: str = ""
    query: str = ""

    def names(self) -> dict[str, str]:
        return {e.id: e.name for e in self.entities.values()}

    def all_annotations(self) -> list[Annotation]:
        return [a for d in self.documents for a in self.annotations.get(d.id, [])]

    def orphans(self) -> list[Annotation]:
        """The annotations no export can place (see `placed`)."""
        return [a for a in self.all_annotations() if not placed(a)]


def collect(store: Store, document_ids: list[str], only: set[str] | None = None, creator: str = "",
            query: str = "") -> Selection:
    """Documents (with text) and their live annotations; `only` restricts to these annotation ids."""
    docs: list[DocumentRecord] = []
    by_doc: dict[str, list[Annotation]] = {}
    entity_ids: set[str] = set()
    for doc_id in document_ids:
        doc = store.document(doc_id)
        if doc is None or doc.deleted:
            continue
        annotations = [a for a in store.annotations(doc_id) if only is None or a.id in only]
        docs.append(doc)
        by_doc[doc_id] = annotations
        for a in annotations:
            entity_ids.update(i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i)
    return Selection(docs, by_doc, store.entities_by_ids(sorted(entity_ids)), creator=creator, query=query)
