"""Merging a bundle into a library by revision ancestry: planned and applied in one write transaction.

Per record (annotation, entity, document metadata), the incoming version is compared with ours by
ancestry (`annotations.revisions`): known or older -> nothing changes; made on top of ours -> taken
(fast-forward); made concurrently -> if both say the same, a merge revision joins them silently;
entities merge by themselves (their name becomes one of our aliases); annotations keep ours and file
theirs as a conflict. Deletions are revisions too, so a stale bundle never brings a deletion back.

Nothing is trusted: each incoming target must lie inside its document with its quote at its position
(else it is re-anchored by quote, else kept as an orphan), page areas must be finite and on the page,
a document's text comes from parsing its file (without the file it is provisional), and a teammate's
deletion of an entity never leaves our annotations pointing at nothing.

This module runs the merge and writes it; each kind of record is planned in its own module:
`merge_plan` (the plan), `merge_entities`, `merge_documents` (with the three-way `merge_properties`),
`merge_annotations` and `merge_targets` (an incoming mark's position checked). Version-1 bundles: `merge_v1`.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from annotations import codec
from annotations.bundle import Bundle
from annotations.codebook import ClaimTag, EntityType
from annotations.merge_annotations import plan_annotations
from annotations.merge_documents import plan_documents
from annotations.merge_entities import plan_entities, protect_references
from annotations.merge_plan import AreasFor, MergePlan
from annotations.model import Annotation, DocumentRecord
from annotations.store import Store
from annotations.store_transaction import Transaction


def plan_merge(store: Store, bundle: Bundle, parsed: Mapping[str, DocumentRecord] | None = None,
               areas_for: AreasFor | None = None) -> MergePlan:
    """What importing `bundle` would do. `parsed`: documents of the bundle's files as the reader parsed
    them (the only text trusted for a new document). Reads only; `apply_plan` writes."""
    plan = MergePlan(contents=bundle.contents)
    _plan_codebook(store, bundle, plan)
    entity_map = plan_entities(store, bundle, plan)
    docs = plan_documents(store, bundle, plan, parsed or {})
    plan_annotations(store, bundle, plan, entity_map, docs, areas_for)
    protect_references(store, plan)
    _count_moved_away(store, plan)
    plan.counts["conflicts"] = len(plan.conflicts)
    plan.counts["new_codebook_labels"] = len(plan.new_types) + len(plan.new_tags)
    return plan


def apply_plan(tx: Transaction, store: Store, plan: MergePlan, creator: str, import_id: str) -> None:
    """Write the plan inside the caller's transaction (the one it was planned in)."""
    add_to_codebook(tx, store, plan.new_types, plan.new_tags)
    known = store.revision_graphs(list(plan.graphs))
    for record_id, graph in sorted(plan.graphs.items()):
        ours = known.get(record_id, {})
        tx.add_revisions(record_id, {r: p for r, p in graph.items() if r not in ours},
                         {**plan.hashes.get(record_id, {}), **plan.contents.get(record_id, {})}, import_id)
    for record_id, versions in sorted(plan.document_versions.items()):
        tx.add_document_versions(record_id, versions)
    for doc in plan.text_replacements:
        tx.replace_text(doc)
    for record, rev, parents in plan.versions:  # (before the puts: a put's own check reads the graph stored above)
        tx.remember_version(record, rev, parents)
    for put in plan.puts:
        tx.put(put.record, rev=put.rev, parents=put.parents, import_id=import_id)
    tx.set_withheld(plan.withheld, plan.unwithheld, plan.blind, plan.trusted)
    for conflict_id in plan.settled:
        tx.resolve_conflict(conflict_id)
    for local, incoming in plan.conflicts:
        tx.add_conflict(local.id, codec.annotation_to_dict(incoming), creator, import_id)


# -- codebook and entities -----------------------------------------------------------------------------
def add_to_codebook(tx: Transaction, store: Store, types: list[EntityType], tags: list[ClaimTag]) -> None:
    """A bundle's entity types and claim tags that we lack, added to our codebook (ours are never changed)."""
    if types or tags:
        book = store.codebook()
        for entity_type in types:
            book = book.with_entity_type(replace(entity_type, key=""))  # their keys may clash with ours
        for tag in tags:
            book = book.with_claim_tag(tag)
        tx.set_meta("codebook", book.to_json())


def _plan_codebook(store: Store, bundle: Bundle, plan: MergePlan) -> None:
    if bundle.codebook is None:  # their entity types and claim tags that we lack (ours are never changed)
        return
    our_book = store.codebook()
    known_types = {t.label.lower() for t in our_book.entity_types}
    known_tags = {t.label.lower() for t in our_book.claim_tags}
    plan.new_types = [t for t in bundle.codebook.entity_types if t.label.lower() not in known_types]
    plan.new_tags = [t for t in bundle.codebook.claim_tags if t.label.lower() not in known_tags]


def _count_moved_away(store: Store, plan: MergePlan) -> None:
    """Our annotations on a document we have that the import moves to one we lack (a teammate's newer version of the
    file): counted ("moved_away"), so the person hears that their own annotation left the document they read — it
    vanished from it, and from search, with only "add the document" said (an outside tester, stop 57)."""
    moving = {p.record.id: p.record.document_id for p in plan.puts
              if isinstance(p.record, Annotation) and not p.record.deleted
              and p.record.document_id in plan.missing_documents}
    if not moving:
        return
    ours = store.annotations_by_ids(sorted(moving))
    held = {i for i, d in store.documents_by_ids(sorted({a.document_id for a in ours})).items() if not d.deleted}
    moved = sum(1 for a in ours if not a.deleted and a.document_id != moving[a.id] and a.document_id in held)
    if moved:
        plan.counts["moved_away"] = moved
