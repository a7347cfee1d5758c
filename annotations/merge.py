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
"""
from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from annotations import codec
from annotations.anchoring import reanchor
from annotations.bundle import Bundle
from annotations.codebook import ClaimTag, EntityType
from annotations.model import AnchorState, Annotation, DocumentRecord, Entity, PageArea, Target
from annotations.revisions import (
    DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, FORGOTTEN, Relation, ancestors, content_hash, depth, document_says, make_rev,
    relation, short_hash,
)
from annotations.store import Store
from annotations.store_transaction import Transaction, head_of

AreasFor = Callable[[DocumentRecord, int, int], tuple[PageArea, ...]]
"""On-page quads of a range of a paged document (the reader computes them from the file)."""


@dataclass
class Put:
    """One write of the plan: `rev`/`parents` given keep the teammate's version; None mints a local one."""

    record: Annotation | Entity | DocumentRecord
    rev: str | None = None
    parents: list[str] | None = None


@dataclass
class MergePlan:
    puts: list[Put] = field(default_factory=list)
    graphs: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    conflicts: list[tuple[Annotation, Annotation]] = field(default_factory=list)
    text_replacements: list[DocumentRecord] = field(default_factory=list)
    new_types: list[EntityType] = field(default_factory=list)
    new_tags: list[ClaimTag] = field(default_factory=list)
    withheld: dict[str, str] = field(default_factory=dict)
    """Annotations whose note we now lack -> the version whose note it is (hidden from a sender)."""
    unwithheld: list[str] = field(default_factory=list)
    blind: dict[str, str] = field(default_factory=dict)
    """Annotations whose own note now stands beside a note of version `base` that we never saw."""
    hashes: dict[str, dict[str, str]] = field(default_factory=dict)
    """Record id -> rev -> what that version says (theirs, as sent), stored with their ancestry."""
    document_versions: dict[str, dict[str, dict[str, object]]] = field(default_factory=dict)
    """Document id -> rev -> what their version's properties say (the base of later merges)."""
    settled: list[str] = field(default_factory=list)
    """Open conflicts the incoming versions already resolved (they descend from both sides)."""
    missing_documents: dict[str, str] = field(default_factory=dict)
    """Documents that annotations point at but that neither the bundle nor the library has: id -> title."""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys((
        "new", "updated", "deleted", "conflicts", "unchanged", "stale", "merged", "orphans", "reanchored",
        "new_entities", "updated_entities", "repointed", "new_documents", "provisional_documents",
        "updated_documents", "new_codebook_labels", "kept_local"), 0))

    def taken(self) -> list[str]:
        return [p.record.id for p in self.puts if isinstance(p.record, Annotation)]

    def is_empty(self) -> bool:
        return not (self.puts or self.conflicts or self.text_replacements or self.new_types or self.new_tags
                    or self.settled or self.withheld or self.unwithheld or self.blind or self.counts["merged"])


def plan_merge(store: Store, bundle: Bundle, parsed: Mapping[str, DocumentRecord] | None = None,
               areas_for: AreasFor | None = None) -> MergePlan:
    """What importing `bundle` would do. `parsed`: documents of the bundle's files as the reader parsed
    them (the only text trusted for a new document). Reads only; `apply_plan` writes."""
    plan = MergePlan()
    _plan_codebook(store, bundle, plan)
    entity_map = _plan_entities(store, bundle, plan)
    docs = _plan_documents(store, bundle, plan, parsed or {})
    _plan_annotations(store, bundle, plan, entity_map, docs, areas_for)
    _protect_references(store, plan)
    plan.counts["conflicts"] = len(plan.conflicts)
    plan.counts["new_codebook_labels"] = len(plan.new_types) + len(plan.new_tags)
    return plan


def apply_plan(tx: Transaction, store: Store, plan: MergePlan, creator: str, import_id: str) -> None:
    """Write the plan inside the caller's transaction (the one it was planned in)."""
    if plan.new_types or plan.new_tags:
        book = store.codebook()
        for entity_type in plan.new_types:
            book = book.with_entity_type(replace(entity_type, key=""))  # their keys may clash with ours
        for tag in plan.new_tags:
            book = book.with_claim_tag(tag)
        tx.set_meta("codebook", book.to_json())
    known = store.revision_graphs(list(plan.graphs))
    for record_id, graph in sorted(plan.graphs.items()):
        ours = known.get(record_id, {})
        tx.add_revisions(record_id, {r: p for r, p in graph.items() if r not in ours},
                         plan.hashes.get(record_id, {}), import_id)
    for record_id, versions in sorted(plan.document_versions.items()):
        tx.add_document_versions(record_id, versions)
    for doc in plan.text_replacements:
        tx.replace_text(doc)
    for put in plan.puts:
        tx.put(put.record, rev=put.rev, parents=put.parents, import_id=import_id)
    tx.set_withheld(plan.withheld, plan.unwithheld, plan.blind)
    for conflict_id in plan.settled:
        tx.resolve_conflict(conflict_id)
    for local, incoming in plan.conflicts:
        tx.add_conflict(local.id, codec.annotation_to_dict(incoming), creator, import_id)


# -- codebook and entities -----------------------------------------------------------------------------
def _plan_codebook(store: Store, bundle: Bundle, plan: MergePlan) -> None:
    if bundle.codebook is None:  # their entity types and claim tags that we lack (ours are never changed)
        return
    our_book = store.codebook()
    known_types = {t.label.lower() for t in our_book.entity_types}
    known_tags = {t.label.lower() for t in our_book.claim_tags}
    plan.new_types = [t for t in bundle.codebook.entity_types if t.label.lower() not in known_types]
    plan.new_tags = [t for t in bundle.codebook.claim_tags if t.label.lower() not in known_tags]


def _plan_entities(store: Store, bundle: Bundle, plan: MergePlan) -> dict[str, str]:
    """Entity puts; returns their id -> our id for entities we hold under another id (same name and type)."""
    entity_map: dict[str, str] = {}
    graphs = store.revision_graphs([e.id for e in bundle.entities])
    said = store.revision_hashes([e.id for e in bundle.entities])
    for theirs in bundle.entities:
        graph = bundle.graphs.get(theirs.id, {theirs.rev: []})
        ours = store.entity(theirs.id)
        if ours is None or ours.rev == FORGOTTEN:
            twins = [e for n in theirs.names() for e in store.find_entities(n) if e.type == theirs.type]
            if twins and not theirs.deleted:
                keep = twins[0]
                entity_map[theirs.id] = keep.id
                aliases = tuple(dict.fromkeys(n for n in (*keep.aliases, *theirs.names()) if n != keep.name))
                if aliases != keep.aliases:
                    plan.puts.append(Put(replace(keep, aliases=aliases)))
                    plan.counts["updated_entities"] += 1
                continue
            plan.graphs[theirs.id] = graph
            plan.hashes[theirs.id] = bundle.hashes.get(theirs.id, {})
            plan.puts.append(Put(replace(theirs, deleted=theirs.deleted), theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["new_entities"] += 0 if theirs.deleted else 1
            continue
        plan.graphs[theirs.id] = graph
        ours_rev = head_of(ours)
        rel = relation(ours_rev, theirs.rev, graphs.get(theirs.id, {}), graph,
                       _hashes(plan, bundle, said, theirs.id, ours))
        if rel is Relation.KNOWN:
            continue
        if rel is Relation.DESCENDANT:
            plan.puts.append(Put(theirs, theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["updated_entities"] += 1
            continue
        aliases = tuple(dict.fromkeys(n for n in (*ours.aliases, *theirs.names()) if n != ours.name))
        merged = replace(ours, aliases=aliases, deleted=ours.deleted and theirs.deleted,
                         revision=max(ours.revision, theirs.revision) + 1, modified=max(ours.modified, theirs.modified))
        parents = [ours_rev, theirs.rev]
        plan.puts.append(Put(merged, make_rev(parents, codec.entity_to_dict(merged)), parents))
        plan.counts["updated_entities"] += 1
    return entity_map


def _protect_references(store: Store, plan: MergePlan) -> None:
    """A teammate merged or deleted an entity: our annotations that still point at it follow it to the
    entity that took its name, or the deletion is not applied (never "by ?")."""
    planned = {p.record.id: p for p in plan.puts}
    for put in list(plan.puts):
        entity = put.record
        if not isinstance(entity, Entity) or not entity.deleted:
            continue
        current = store.entity(entity.id)
        if current is None or current.deleted:
            continue
        users = []
        for a in store.annotations_of_entity(entity.id):
            final = planned[a.id].record if a.id in planned else a
            assert isinstance(final, Annotation)
            if not final.deleted and entity.id in (final.entity_id, final.claim.speaker_id if final.claim else None):
                users.append(final)
        if not users:
            continue
        heir = _heir(store, plan, entity)
        if heir is None:
            plan.puts.remove(put)
            continue
        for final in users:
            claim = final.claim
            if claim is not None and claim.speaker_id == entity.id:
                claim = replace(claim, speaker_id=heir)
            moved = replace(final, entity_id=heir if final.entity_id == entity.id else final.entity_id, claim=claim)
            if final.id in planned:
                planned[final.id].record = moved
                planned[final.id].rev = None
                planned[final.id].parents = None
            else:
                plan.puts.append(Put(moved))
                planned[final.id] = plan.puts[-1]
            plan.counts["repointed"] += 1


def _heir(store: Store, plan: MergePlan, gone: Entity) -> str | None:
    for put in plan.puts:
        e = put.record
        if isinstance(e, Entity) and not e.deleted and e.type == gone.type and e.id != gone.id \
                and gone.name.casefold() in (n.casefold() for n in e.names()):
            return e.id
    for e in store.find_entities(gone.name):
        if e.type == gone.type and e.id != gone.id:
            return e.id
    return None


# -- documents -----------------------------------------------------------------------------------------
def _plan_documents(store: Store, bundle: Bundle, plan: MergePlan,
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
                       _hashes(plan, bundle, said, theirs.id, ours))
        if rel is Relation.DESCENDANT:
            changed = replace(ours, **{k: getattr(theirs, k) for k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET)
                                       if k != "format"})
            plan.puts.append(Put(changed, theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["updated_documents"] += 1
        elif rel is Relation.DIVERGED:
            known = {**versions.get(theirs.id, {}), **plan.document_versions[theirs.id],
                     head_of(ours): document_says(codec.record_to_dict(ours))}
            base = common_version(head_of(ours), theirs.rev, {**graphs.get(theirs.id, {}), **graph}, known)
            merged = merge_properties(ours, theirs, head_of(ours), base)
            parents = [head_of(ours), theirs.rev]
            plan.puts.append(Put(merged, make_rev(parents, codec.record_to_dict(merged)), parents))
            plan.counts["updated_documents"] += 1
    return docs


def common_version(ours: str, theirs: str, graph: Mapping[str, list[str]],
                   known: Mapping[str, Mapping[str, object]]) -> Mapping[str, object] | None:
    """What the nearest common ancestor of two versions said (of those whose properties we know), or None."""
    common = (ancestors(ours, graph) & ancestors(theirs, graph)) & set(known)
    if not common:
        return None
    return known[max(common, key=lambda r: (depth(r), r))]


def merge_properties(ours: DocumentRecord, theirs: DocumentRecord, ours_rev: str,
                     base: Mapping[str, object] | None = None) -> DocumentRecord:
    """Both sides edited a document's properties: a three-way merge, property by property, against
    `base` (what their common ancestor said): a property only one side changed takes that side's value,
    whichever edit is later; one both changed to different values takes the later edit (ties by revision
    id). The same on both sides whoever imports first, so the two libraries make the same merge version and
    agree. Without a known base: the one side that set it, else the later edit (an emptied property counts
    as not set: the other side's value stays)."""
    later = theirs if (theirs.modified, theirs.rev) > (ours.modified, ours_rev) else ours
    fields: dict[str, object] = {}
    for key in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET):
        mine, other = getattr(ours, key), getattr(theirs, key)
        if key == "format" or mine == other:
            continue
        if base is not None:
            was = base.get(key)
            was = tuple(was) if isinstance(was, list) else ("" if was is None and key in DOCUMENT_CONTENT_IF_SET else was)
            fields[key] = other if mine == was else mine if other == was else getattr(later, key)
        else:
            fields[key] = other if not mine else mine if not other else getattr(later, key)
    return replace(ours, **fields, modified=max(ours.modified, theirs.modified))  # type: ignore[arg-type]


def _reanchor_all(store: Store, plan: MergePlan, doc: DocumentRecord) -> None:
    """A provisional document's real text arrived: every annotation on it is placed again on that text."""
    for a in store.annotations(doc.id, include_deleted=True):
        checked, moved = _checked(a, doc, None)
        if moved:
            plan.puts.append(Put(checked))
            plan.counts["reanchored"] += 1


# -- annotations ---------------------------------------------------------------------------------------
def _plan_annotations(store: Store, bundle: Bundle, plan: MergePlan, entity_map: dict[str, str],
                      docs: dict[str, DocumentRecord], areas_for: AreasFor | None) -> None:
    ids = [a.id for a in bundle.annotations]
    graphs = store.revision_graphs(ids)
    said = store.revision_hashes(ids)
    locals_ = {a.id: a for a in store.annotations_by_ids(ids)}
    withheld = store.withheld(ids)
    blinds = store.blind_notes(ids)
    open_conflicts: dict[str, list[tuple[str, str]]] = {}
    for conflict_id, annotation_id, theirs, _ in store.conflicts():
        open_conflicts.setdefault(annotation_id, []).append((conflict_id, str(theirs.get("rev", ""))))
    titles = {d.id: d.title for d in bundle.documents}
    cache: dict[str, DocumentRecord | None] = dict(docs)

    def document(doc_id: str) -> DocumentRecord | None:
        if doc_id not in cache:
            found = store.document(doc_id)
            cache[doc_id] = found if found is not None and found.rev != FORGOTTEN else None
        return cache[doc_id]

    referenced = {i for a in bundle.annotations for i in (entity_map.get(a.entity_id or "", a.entity_id),
                  entity_map.get(_speaker(a) or "", _speaker(a))) if i}
    planned_entities = {p.record.id: p.record for p in plan.puts if isinstance(p.record, Entity)}
    known_entities = store.entities_by_ids(sorted(referenced - set(planned_entities)))
    entities = set(planned_entities) | set(known_entities)
    heirs: dict[str, str] = {}  # entities we merged away -> the entity that took their name
    for entity_id, entity in known_entities.items():
        if entity.deleted:
            heir = _heir(store, plan, entity)
            if heir is not None:
                heirs[entity_id] = heir
    for sent in bundle.annotations:
        incoming = _mend_references(remap_entities(remap_entities(sent, entity_map), heirs), entities, plan)
        graph = bundle.graphs.get(incoming.id, {incoming.rev: []})
        plan.graphs[incoming.id] = graph
        plan.hashes[incoming.id] = bundle.hashes.get(incoming.id, {})
        local = locals_.get(incoming.id)
        doc = document(incoming.document_id)
        if doc is None:
            plan.missing_documents[incoming.document_id] = titles.get(incoming.document_id, "")
        if local is None or local.rev == FORGOTTEN:
            checked, moved = _checked(incoming, doc, areas_for)
            plan.counts["reanchored"] += moved
            plan.puts.append(_exact_or_local(sent, checked, graph))
            if incoming.id in bundle.withheld:
                plan.withheld[incoming.id] = bundle.withheld[incoming.id]
            key = "orphans" if doc is None else ("deleted" if incoming.deleted else "new")
            plan.counts[key] += 1
            continue
        ours_rev = head_of(local)
        hashes = _hashes(plan, bundle, said, incoming.id, local)
        rel = relation(ours_rev, incoming.rev, graphs.get(incoming.id, {}), graph, hashes)
        if incoming.id in open_conflicts and (rel is Relation.DESCENDANT or incoming.rev == ours_rev):
            lineage = ancestors(incoming.rev, {**graphs.get(incoming.id, {}), **graph})
            plan.settled += [cid for cid, rev in open_conflicts[incoming.id] if rev in lineage]
        base = bundle.withheld.get(incoming.id)
        their_note_unknown = base is not None
        if rel is Relation.KNOWN:
            if incoming.rev == ours_rev and local.id in withheld and not their_note_unknown:
                plan.puts.append(Put(replace(local, note=incoming.note), ours_rev))  # the note we lacked
                plan.counts["updated"] += 1
            else:
                plan.counts["unchanged" if incoming.rev == ours_rev else "stale"] += 1
            continue
        if base is not None:  # their note is the note of version `base`, which they were not shown
            incoming = replace(incoming, note=local.note)  # ours stays (theirs is no edit of it) ...
            if base != ours_rev and base not in ancestors(ours_rev, graphs.get(local.id, {})):
                if local.note and local.id not in withheld:  # ours is our own note, beside one we never saw
                    plan.blind[local.id] = base
                else:  # we are behind `base`: its note is unknown to us too
                    plan.withheld[local.id] = base
        elif rel is Relation.DESCENDANT and (local.id in withheld or local.id in blinds) \
                and incoming.id not in bundle.blind:
            plan.unwithheld.append(local.id)  # their version was made knowing the note
        blind = bundle.blind.get(incoming.id)
        if rel is Relation.DESCENDANT and blind is not None and local.note and incoming.note != local.note \
                and local.id not in withheld \
                and (blind == ours_rev or blind in ancestors(ours_rev, graphs.get(local.id, {}))):
            plan.conflicts.append((local, incoming))  # their note was written without seeing ours: both stay
            continue
        if rel is Relation.DESCENDANT:
            checked, moved = _checked(incoming, doc, areas_for)
            plan.counts["reanchored"] += moved
            plan.puts.append(_exact_or_local(sent, checked, graph))
            plan.counts["deleted" if incoming.deleted and not local.deleted else "updated"] += 1
            continue
        if content_hash(codec.annotation_to_dict(incoming)) == content_hash(codec.annotation_to_dict(local)):
            plan.counts["merged"] += 1  # the same change made twice: their version is remembered, nothing written
            continue
        plan.conflicts.append((local, incoming))


def _hashes(plan: MergePlan, bundle: Bundle, said: dict[str, dict[str, str]], record_id: str,
            local: Annotation | Entity | DocumentRecord) -> dict[str, str]:
    """What each known version of a record says: ours as stored, theirs as sent, our head computed if it
    predates revisions. Their hashes are kept in the plan, to be stored with their ancestry."""
    theirs = bundle.hashes.get(record_id, {})
    plan.hashes[record_id] = theirs
    out = {**theirs, **said.get(record_id, {})}
    head = head_of(local)
    if head not in out:
        out[head] = short_hash(codec.record_to_dict(local))
    return out


def _exact_or_local(sent: Annotation, checked: Annotation, graph: dict[str, list[str]]) -> Put:
    """Keep their version's rev when we store exactly what it says; anything we had to change (quote
    moved, areas dropped, a hidden note kept, an entity id mapped to ours) is a version of ours on top."""
    if checked == sent:
        return Put(checked, sent.rev or None, graph.get(sent.rev, []) if sent.rev else None)
    parents = [sent.rev] if sent.rev else []
    return Put(checked, make_rev(parents, codec.annotation_to_dict(checked)) if sent.rev else None,
               parents if sent.rev else None)


def _checked(a: Annotation, doc: DocumentRecord | None, areas_for: AreasFor | None) -> tuple[Annotation, bool]:
    """`a` as it may be stored: its quote at its position in the document's text (else re-anchored, else
    an orphan), its page areas finite and on the page. Returns (annotation, whether it had to move)."""
    t = a.target
    areas = _sane_areas(t.areas, doc)
    if doc is None or not doc.text:
        return replace(a, target=replace(t, areas=areas or ()), anchor=AnchorState.ORPHANED), False
    text = doc.text
    if t.end <= len(text) and text[t.start:t.end] == t.exact and a.anchor is not AnchorState.ORPHANED:
        if areas is None and areas_for is not None and doc.paged:
            areas = areas_for(doc, t.start, t.end)
        return (a if areas == t.areas else replace(a, target=replace(t, areas=areas or ()))), False
    placed = reanchor(replace(t, areas=()), text)
    if placed.state is AnchorState.ORPHANED:
        orphan = Target(start=0, end=0, exact=t.exact, prefix=t.prefix[-200:], suffix=t.suffix[:200])
        return replace(a, target=orphan, anchor=AnchorState.ORPHANED), a.anchor is not AnchorState.ORPHANED
    target = placed.target
    if doc.paged and areas_for is not None:
        target = replace(target, areas=areas_for(doc, target.start, target.end))
    return replace(a, target=target, anchor=placed.state), True


_MAX_COORD = 100_000.0


def _sane_areas(areas: tuple[PageArea, ...], doc: DocumentRecord | None) -> tuple[PageArea, ...] | None:
    """The areas if every quad is finite and on its page; None if any is not (they are recomputed)."""
    for area in areas:
        if area.page < 0 or (doc is not None and doc.pages and area.page >= len(doc.pages)):
            return None
        width, height = (doc.page_sizes[area.page] if doc is not None and area.page < len(doc.page_sizes)
                         else (_MAX_COORD, _MAX_COORD))
        for quad in area.quads:
            for x, y in (quad.ul, quad.ur, quad.ll, quad.lr):
                if not (math.isfinite(x) and math.isfinite(y)) or not (-20 <= x <= width + 20 and -20 <= y <= height + 20):
                    return None
    return areas


def _speaker(a: Annotation) -> str | None:
    return a.claim.speaker_id if a.claim is not None else None


def _mend_references(a: Annotation, entities: set[str], plan: MergePlan) -> Annotation:
    """An annotation pointing at an entity nobody has (a hostile or truncated bundle): an entity mention
    gets an entity named by its quote; a claim loses the unknown speaker rather than showing "by ?"."""
    if a.entity_id and a.entity_id not in entities and a.label:
        entity = Entity(id=a.entity_id, name=" ".join(a.target.exact.split())[:500] or "?", type=a.label,
                        created=a.created, modified=a.modified)
        plan.puts.insert(0, Put(entity))
        entities.add(entity.id)
    if a.claim is not None and a.claim.speaker_id and a.claim.speaker_id not in entities:
        a = replace(a, claim=replace(a.claim, speaker_id=None))
    return a


def remap_entities(a: Annotation, mapping: dict[str, str]) -> Annotation:
    """`a` pointing at our ids for entities we hold under another id (mentions and speakers)."""
    if not mapping:
        return a
    claim = a.claim
    if claim is not None and claim.speaker_id in mapping:
        claim = replace(claim, speaker_id=mapping[claim.speaker_id])
    entity_id = mapping.get(a.entity_id, a.entity_id) if a.entity_id else None
    return replace(a, entity_id=entity_id, claim=claim)
