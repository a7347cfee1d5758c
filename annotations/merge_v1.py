"""Merging a version-1 bundle (no revision ids): the rules before revision history, kept for old bundles.

Rules. An entity with the same id, or the same name and type, or a matching alias, is the same entity
(aliases are united; full names that disagree are two people, as for format 2: `twins_of`); one we hold
under its id keeps our name and type, theirs becoming aliases — a sender's date never renames it. For an annotation the bundle and the library both have, compare with the *base*
(the content last exchanged with anyone, kept in the store's `exchange` table): only their side changed
-> take theirs; only ours -> keep ours; both -> keep ours and file theirs as a conflict to resolve in the
app; no base known and both differ -> a conflict too: `modified` is the sender's word (a forged
format-1 bundle dated 2099 overwrote what the receiver had written). Deletions travel as tombstones and follow the same
rules. Importing the same bundle twice changes nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from annotations import codec
from annotations.bundle import Bundle
from annotations.revisions import plain_hash  # version 1 knew no seals: notes compare as written
from annotations.codebook import ClaimTag, EntityType
from annotations.model import Annotation, AnchorState, DocumentRecord, Entity
from annotations.merge_entities import remap_entities, twins_of
from annotations.store import Store


@dataclass
class MergePlan:
    new: list[Annotation] = field(default_factory=list)
    updated: list[Annotation] = field(default_factory=list)
    deleted: list[Annotation] = field(default_factory=list)
    conflicts: list[tuple[Annotation, Annotation]] = field(default_factory=list)
    unchanged: int = 0
    kept_local: int = 0
    orphans: list[Annotation] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    updated_entities: list[Entity] = field(default_factory=list)
    entity_map: dict[str, str] = field(default_factory=dict)
    new_documents: list[DocumentRecord] = field(default_factory=list)
    bases: dict[str, str] = field(default_factory=dict)
    new_types: list[EntityType] = field(default_factory=list)
    new_tags: list[ClaimTag] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"new": len(self.new), "updated": len(self.updated), "deleted": len(self.deleted),
                "conflicts": len(self.conflicts), "unchanged": self.unchanged, "kept_local": self.kept_local,
                "orphans": len(self.orphans), "new_entities": len(self.new_entities),
                "updated_entities": len(self.updated_entities), "new_documents": len(self.new_documents),
                "new_codebook_labels": len(self.new_types) + len(self.new_tags)}

    def is_empty(self) -> bool:
        return not (self.new or self.updated or self.deleted or self.conflicts or self.new_entities
                    or self.updated_entities or self.new_documents or self.orphans or self.new_types or self.new_tags)


def plan_merge(store: Store, bundle: Bundle) -> MergePlan:
    plan = MergePlan()
    if bundle.codebook is not None:  # their entity types and claim tags that we lack (ours are never changed)
        our_book = store.codebook()
        known_types = {t.label.lower() for t in our_book.entity_types}
        known_tags = {t.label.lower() for t in our_book.claim_tags}
        plan.new_types = [t for t in bundle.codebook.entity_types if t.label.lower() not in known_types]
        plan.new_tags = [t for t in bundle.codebook.claim_tags if t.label.lower() not in known_tags]
    for their_entity in bundle.entities:
        our_entity = store.entity(their_entity.id)
        if our_entity is None:
            twins = twins_of(store, their_entity)
            if twins:
                keep = twins[0]
                plan.entity_map[their_entity.id] = keep.id
                aliases = tuple(dict.fromkeys(n for n in (*keep.aliases, *their_entity.names()) if n != keep.name))
                if aliases != keep.aliases:
                    plan.updated_entities.append(replace(keep, aliases=aliases))
            else:
                plan.new_entities.append(their_entity)
        elif our_entity.type == their_entity.type and not their_entity.deleted:
            aliases = tuple(dict.fromkeys(n for n in (*our_entity.aliases, *their_entity.names())
                                          if n != our_entity.name))
            if aliases != our_entity.aliases:
                plan.updated_entities.append(replace(our_entity, aliases=aliases))
    known_docs = {d.id for d in store.documents(include_deleted=True)}
    for doc in bundle.documents:
        if doc.id not in known_docs and doc.text:
            plan.new_documents.append(doc)
            known_docs.add(doc.id)
    bases = store.exchange_bases([a.id for a in bundle.annotations])
    for incoming in bundle.annotations:
        incoming = remap_entities(incoming, plan.entity_map)
        theirs = plain_hash(codec.annotation_to_dict(incoming))
        plan.bases[incoming.id] = theirs
        local = store.annotation(incoming.id)
        if local is None:
            if incoming.document_id not in known_docs:
                plan.orphans.append(replace(incoming, anchor=AnchorState.ORPHANED))
            elif incoming.deleted:
                plan.deleted.append(incoming)
            else:
                plan.new.append(incoming)
            continue
        ours = plain_hash(codec.annotation_to_dict(local))
        base = bases.get(incoming.id)
        if ours == theirs:
            plan.unchanged += 1
        elif base == ours:
            (plan.deleted if incoming.deleted and not local.deleted else plan.updated).append(incoming)
        elif base == theirs:
            plan.kept_local += 1
            plan.bases.pop(incoming.id)
        else:
            plan.conflicts.append((local, incoming))
            plan.bases.pop(incoming.id)
    return plan

