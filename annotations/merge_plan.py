"""The merge plan: what importing a bundle will write, decided before anything is written.

`plan_merge` (annotations.merge) fills a `MergePlan` from the bundle and the library; `apply_plan` writes
it in the same transaction. Also what every kind of record's planning shares: the known versions' hashes.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from annotations import codec
from annotations.bundle import Bundle
from annotations.codebook import ClaimTag, EntityType
from annotations.model import Annotation, DocumentRecord, Entity, PageArea
from annotations.revisions import short_hash
from annotations.store_transaction import head_of

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
    """Everything one import writes (puts, ancestry, conflicts, notes' states) and the report's counts."""

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
    trusted: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    """Annotations stored from a version whose note was withheld (unchecked) -> what it said as stored; None:
    what was kept of such a version is no longer the base of ours (a genuine version came, or anything else)."""
    hashes: dict[str, dict[str, str]] = field(default_factory=dict)
    """Record id -> rev -> what that version says (theirs, as sent), stored with their ancestry."""
    contents: dict[str, dict[str, str]] = field(default_factory=dict)
    """Record id -> rev -> full content hash of their versions, checked on reading: stored with their ancestry
    so that it can be passed on checkable."""
    document_versions: dict[str, dict[str, dict[str, object]]] = field(default_factory=dict)
    """Document id -> rev -> what their version's properties say (the base of later merges)."""
    versions: list[tuple[dict[str, Any], str, list[str] | None]] = field(default_factory=list)
    """Their versions of annotations merged field by field with ours (record, rev, parents): kept as what they say
    (checked against their ids) — the common ancestor of the next concurrent edits."""
    deleted_as: dict[str, tuple[str, str]] = field(default_factory=dict)
    """Entities one side deleted while the other renamed them -> the name they were deleted under and when (a merge
    into another: the entity that took that name then is the heir of their mentions)."""
    settled: list[str] = field(default_factory=list)
    """Open conflicts the incoming versions already resolved (they descend from both sides)."""
    missing_documents: dict[str, str] = field(default_factory=dict)
    """Documents that annotations point at but that neither the bundle nor the library has: id -> title."""
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys((
        "new", "updated", "deleted", "conflicts", "unchanged", "stale", "merged", "orphans", "reanchored", "unplaced",
        "never_held",
        "new_entities", "updated_entities", "unchanged_entities", "repointed", "new_documents", "provisional_documents",
        "updated_documents", "new_codebook_labels", "kept_local", "combined"), 0))

    def taken(self) -> list[str]:
        return [p.record.id for p in self.puts if isinstance(p.record, Annotation)]

    def is_empty(self) -> bool:
        return not (self.puts or self.conflicts or self.text_replacements or self.new_types or self.new_tags
                    or self.settled or self.withheld or self.unwithheld or self.blind or self.counts["merged"]
                    or self.counts.get("entity_clashes"))  # their version is recorded as seen



def known_hashes(plan: MergePlan, bundle: Bundle, said: dict[str, dict[str, str]], record_id: str,
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
