"""Merging a bundle's documents: a new document takes its text only from parsing its file (without the
file it is provisional, and is fixed when the file arrives: its annotations are placed again); a newer
version of the properties fast-forwards; concurrent edits merge three-way (`merge_properties`).
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from annotations import codec
from annotations.bundle import Bundle
from annotations.merge_plan import MergePlan, Put, known_hashes
from annotations.merge_properties import common_version, merge_properties
from annotations.merge_targets import storable
from annotations.model import DocumentRecord
from annotations.revisions import (
    DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, FORGOTTEN, Relation, document_says, make_rev, relation,
)
from annotations.store import Store
from annotations.store_transaction import head_of


def plan_documents(store: Store, bundle: Bundle, plan: MergePlan,
                    parsed: Mapping[str, DocumentRecord]) -> dict[str, DocumentRecord]:
    """Document puts; returns every document the annotations may land on (with text), by id."""
    docs: dict[str, DocumentRecord] = {}
    graphs = store.revision_graphs([d.id for d in bundle.documents])
    said = store.revision_hashes([d.id for d in bundle.documents])
    versions = store.document_versions([d.id for d in bundle.documents])
    for theirs in bundle.documents:
        ours = store.document(theirs.id)
        real = parsed.get(theirs.id)
        graph = bundle.graphs.get(theirs.id, {theirs.rev: []}) if theirs.rev else {}
        if ours is None or ours.rev == FORGOTTEN:
            if real is not None:
                record = replace(theirs, text=real.text, pages=real.pages, page_sizes=real.page_sizes,
                                 outline=real.outline, size=real.size, provisional=False, deleted=False,
                                 furniture=real.furniture)
            elif theirs.text:
                record = replace(theirs, provisional=True, deleted=False)
                plan.counts["provisional_documents"] += 1
            else:
                continue
            if ours is not None:  # forgotten by an undone import: comes back as it was
                record = replace(record, added=ours.added)
            record = replace(record, stored_file=f"files/{theirs.id}.{real.format}" if real is not None else "")
            if graph:
                plan.graphs[theirs.id] = graph
                plan.hashes[theirs.id] = bundle.hashes.get(theirs.id, {})
                plan.document_versions[theirs.id] = dict(bundle.document_versions.get(theirs.id, {}))
            plan.puts.append(Put(record, theirs.rev or None, graph.get(theirs.rev, []) if theirs.rev else None))
            plan.counts["new_documents"] += 1
            docs[theirs.id] = record
            continue
        docs[theirs.id] = ours
        if ours.provisional and real is not None:
            fixed = replace(ours, text=real.text, pages=real.pages, page_sizes=real.page_sizes, outline=real.outline,
                            furniture=real.furniture)
            plan.text_replacements.append(fixed)
            docs[theirs.id] = fixed
            _reanchor_all(store, plan, fixed)
        if not theirs.rev:
            continue
        plan.graphs[theirs.id] = graph
        plan.document_versions[theirs.id] = {**bundle.document_versions.get(theirs.id, {}),
                                             theirs.rev: document_says(codec.record_to_dict(theirs))}
        rel = relation(head_of(ours), theirs.rev, graphs.get(theirs.id, {}), graph,
                       known_hashes(plan, bundle, said, theirs.id, ours))
        if rel is Relation.DESCENDANT:
            changed = replace(ours, **{k: getattr(theirs, k) for k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET)
                                       if k != "format"}, modified=theirs.modified)  # their version, their date
            plan.puts.append(Put(changed, theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["updated_documents"] += 1
        elif rel is Relation.DIVERGED:
            known = {**versions.get(theirs.id, {}), **plan.document_versions[theirs.id],
                     head_of(ours): document_says(codec.record_to_dict(ours))}
            combined = {**graphs.get(theirs.id, {}), **graph}
            base = common_version(head_of(ours), theirs.rev, combined, known)
            merged = merge_properties(ours, theirs, head_of(ours), base, combined, known)
            parents = [head_of(ours), theirs.rev]
            plan.puts.append(Put(merged, make_rev(parents, codec.record_to_dict(merged)), parents))
            plan.counts["updated_documents"] += 1
    return docs


def _reanchor_all(store: Store, plan: MergePlan, doc: DocumentRecord) -> None:
    """A provisional document's real text arrived: every annotation on it is placed again on that text."""
    for a in store.annotations(doc.id, include_deleted=True):
        checked, moved = storable(a, doc, None)
        if moved:
            plan.puts.append(Put(checked))
            plan.counts["reanchored"] += 1
