"""Merging a bundle's documents: a new document takes its text only from parsing its file (without the
file it is provisional, and is fixed when the file arrives: its annotations are placed again); a newer
version of the properties fast-forwards; concurrent edits merge property by property (`merge_properties`).

Which version is newer is decided by ancestry alone (`ancestry_relation`), never by content: a title set
back to an earlier value is a new edit, not the old version again.

Dates. A property both sides changed takes the later edit, and an edit's date (`modified`) is the
sender's word — not hashed, so anyone can write 2099-01-01. The rule (`bounded_dates`):
- no date of a bundle's versions counts later than the bundle's own date (`created`, its newest record);
- a date more than `FUTURE_SKEW` after this computer's clock (a forged date, or a clock years ahead) is
  not believed: the version counts as made when what it was made on top of was made (its parents' date,
  as far as the bundle and this library tell; else `UNDATED`), and the import report counts those
  versions (`future_dates`). So such an edit is taken where nobody else changed that property, and
  loses to any edit made concurrently — it never wins "for ever". (Not the import time: that would date one version differently in each library,
  and the same exchanges would end with different titles depending on when each import ran.)
- a version known from several bundles (or stored here) counts with the earliest date it was given, so
  libraries that bounded the same date differently agree once the earliest has reached them;
- and the safety net: the edit that loses a property both sides changed is never silently dropped — its
  version stays in the library's property history and `property_conflicts` lists it in the import report
  ("title: kept X (the later edit, from B's bundle); the one you had was Y"). The winner stays deterministic and order-independent.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime, timedelta

from annotations import codec, withdrawn_settlements
from annotations.bundle import Bundle
from annotations.ids import now_iso
from annotations.merge_plan import MergePlan, Put, known_hashes
from annotations.merge_properties import PropertyConflict, merge_properties, property_conflicts
from annotations.merge_targets import storable
from annotations.model import DocumentRecord
from annotations.revisions import (
    DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, FORGOTTEN, Relation, ancestors, ancestry_relation, document_says,
    make_rev,
)
from annotations.store import Store
from annotations.store_transaction import head_of

FUTURE_SKEW = timedelta(days=1)
"""How far ahead of this computer's clock a bundle may be dated before its dates are not believed."""
UNDATED = "1970-01-01T00:00:00.000Z"
"""The date of a version whose date is not believed and whose parents' dates are unknown too (every
version of a forged bundle, at a library that never held the document): earlier than any edit."""


def plan_documents(store: Store, bundle: Bundle, plan: MergePlan,
                    parsed: Mapping[str, DocumentRecord]) -> dict[str, DocumentRecord]:
    """Document puts; returns every document the annotations may land on (with text), by id."""
    docs: dict[str, DocumentRecord] = {}
    graphs = store.revision_graphs([d.id for d in bundle.documents])
    said = store.revision_hashes([d.id for d in bundle.documents])
    versions = store.document_versions([d.id for d in bundle.documents])
    undone = store.withdrawn_settlements()  # (versions made on top of an import whose undo was undone too)
    now = now_iso()
    for theirs in bundle.documents:
        ours = store.document(theirs.id)
        real = parsed.get(theirs.id)
        graph = bundle.graphs.get(theirs.id, {theirs.rev: []}) if theirs.rev else {}
        if ours is None or ours.rev == FORGOTTEN:
            said_new: dict[str, dict[str, object]] = {}
            if theirs.rev:  # a new document's dates are bounded too: a later merge weighs them
                theirs, said_new, future = bounded_dates(bundle, theirs, now, {})
                if future:
                    plan.counts["future_dates"] = plan.counts.get("future_dates", 0) + future
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
                plan.document_versions[theirs.id] = said_new
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
        theirs, said_then, future = bounded_dates(bundle, theirs, now, versions.get(theirs.id, {}))
        plan.document_versions[theirs.id] = said_then
        if future:
            plan.counts["future_dates"] = plan.counts.get("future_dates", 0) + future
        known_hashes(plan, bundle, said, theirs.id, ours)  # stores their versions' hashes with their ancestry
        rel = ancestry_relation(head_of(ours), theirs.rev, graphs.get(theirs.id, {}), graph)
        undid = _undid_on_top(undone.get(theirs.id, set()), head_of(ours), {**graphs.get(theirs.id, {}), **graph},
                              theirs.rev) if rel is not Relation.KNOWN else []
        if undid:
            rel = Relation.DIVERGED
        if rel is Relation.DESCENDANT:
            changed = replace(ours, **{k: getattr(theirs, k) for k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET)
                                       if k != "format"}, modified=theirs.modified)  # their version, their date
            plan.puts.append(Put(changed, theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["updated_documents"] += 1
        elif rel is Relation.DIVERGED:
            combined, known = _histories(graphs.get(theirs.id, {}), graph, versions.get(theirs.id, {}), said_then, ours)
            ours_rev = head_of(ours)
            if undid:  # ours weighed as also holding the edits' undo: a version on both (saying what ours says)
                ours_rev = f"{ours_rev}+undone"
                combined[ours_rev], known[ours_rev] = [head_of(ours), *undid], known[head_of(ours)]
            merged = merge_properties(ours, theirs, ours_rev, combined, known)
            parents = sorted({head_of(ours), theirs.rev, *undid})
            plan.puts.append(Put(merged, make_rev(parents, codec.record_to_dict(merged)), parents))
            plan.counts["updated_documents"] += 1
    return docs


def document_conflicts(store: Store, bundle: Bundle, plan: MergePlan) -> list[PropertyConflict]:
    """The properties the plan's merges settled between two different edits, each with the edit kept and
    the one that lost (for the import report; the losing version stays in the property history)."""
    merges = {p.record.id for p in plan.puts if isinstance(p.record, DocumentRecord) and len(p.parents or ()) == 2}
    if not merges:
        return []
    graphs, versions, now = store.revision_graphs(sorted(merges)), store.document_versions(sorted(merges)), now_iso()
    out: list[PropertyConflict] = []
    for theirs in bundle.documents:
        ours = store.document(theirs.id, with_text=False)
        if theirs.id not in merges or ours is None:
            continue
        theirs, said_then, _ = bounded_dates(bundle, theirs, now, versions.get(theirs.id, {}))
        combined, known = _histories(graphs.get(theirs.id, {}), bundle.graphs.get(theirs.id, {theirs.rev: []}),
                                     versions.get(theirs.id, {}), said_then, ours)
        out += property_conflicts(ours, theirs, head_of(ours), combined, known)
    return out


def bounded_dates(bundle: Bundle, theirs: DocumentRecord, now: str, stored: Mapping[str, Mapping[str, object]]
                  ) -> tuple[DocumentRecord, dict[str, dict[str, object]], int]:
    """Their version and what each version of its ancestry said, dated by the rule of this module's
    docstring (`stored`: the versions this library knows, with their dates), and how many dates were not
    believed (later than `now` + `FUTURE_SKEW`)."""
    horizon = _later(now, FUTURE_SKEW)
    limit = bundle.created if bundle.created and bundle.created <= horizon else None
    graph = bundle.graphs.get(theirs.id, {})
    versions = {**bundle.document_versions.get(theirs.id, {}),
                theirs.rev: document_says(codec.record_to_dict(theirs))}
    dated: dict[str, str] = {}
    future = 0

    def stamp_of(says: Mapping[str, object] | None) -> str:
        stamp = (says or {}).get("modified")
        return stamp if isinstance(stamp, str) else ""

    def date_of(rev: str, depth_left: int = 2_000) -> str:
        nonlocal future
        if rev not in dated:
            dated[rev] = ""  # (a cycle in a forged graph ends here)
            claim, ours = stamp_of(versions.get(rev)), stamp_of(stored.get(rev))
            if claim > horizon:  # not believed: no later than what it was made on top of
                future += 1
                parents = [p for p in graph.get(rev, []) if p in versions or p in stored] if depth_left else []
                claim = max((date_of(p, depth_left - 1) for p in parents), default="") or UNDATED
            elif limit is not None and claim > limit:
                claim = limit
            if ours and ours <= horizon:  # a date already given to it here: the earlier counts
                claim = min(claim, ours) if claim else ours
            dated[rev] = claim
        return dated[rev]

    out = {rev: {**says, "modified": date_of(rev) or None} for rev, says in versions.items()}
    head = date_of(theirs.rev)
    if head and head != theirs.modified:
        theirs = replace(theirs, modified=head)
    return theirs, out, future


def _later(stamp: str, delta: timedelta) -> str:
    """An ISO timestamp of ours (`now_iso`) moved by `delta`, in the same form (so strings compare)."""
    moved = datetime.fromisoformat(stamp.replace("Z", "+00:00")) + delta
    return moved.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _histories(our_graph: Mapping[str, list[str]], their_graph: Mapping[str, list[str]],
               ours_said: Mapping[str, Mapping[str, object]], theirs_said: Mapping[str, Mapping[str, object]],
               ours: DocumentRecord) -> tuple[dict[str, list[str]], dict[str, Mapping[str, object]]]:
    """Both histories (rev -> parents) and what each known version said; a version both know counts with
    the earlier of the dates it was given."""
    known: dict[str, Mapping[str, object]] = dict(ours_said)
    for rev, says in theirs_said.items():
        mine = known.get(rev)
        if mine is None:
            known[rev] = says
            continue
        dates = [d for d in (mine.get("modified"), says.get("modified")) if isinstance(d, str)]
        known[rev] = {**says, "modified": min(dates) if dates else None}
    known.setdefault(head_of(ours), document_says(codec.record_to_dict(ours)))
    return {**our_graph, **their_graph}, known


def _undid_on_top(withdrawn: set[str], ours_rev: str, graph: Mapping[str, list[str]], theirs_rev: str) -> list[str]:
    """The versions made on top of an import, since undone with it (`annotations.undo._made_on_top`), that their
    version descends from: the latest of them (the undo of the edits, whose words the import's undo had put back
    under it). Undoing an import puts back the very version from before it, which the edit undone above it descends
    from again: a teammate's copy of it was taken as a later change of the title over the one the undo restored,
    unsaid (an outside tester). Merged instead as if ours were also that undo, which is made on top of the edit."""
    away = withdrawn_settlements.still_withdrawn(withdrawn, ours_rev, graph)
    if not away & ancestors(theirs_rev, graph):
        return []
    return sorted(r for r in away if not any(r in ancestors(o, graph) - {o} for o in away))


def _reanchor_all(store: Store, plan: MergePlan, doc: DocumentRecord) -> None:
    """A provisional document's real text arrived: every annotation on it is placed again on that text."""
    for a in store.annotations(doc.id, include_deleted=True):
        checked, moved = storable(a, doc, None)
        if moved:
            plan.puts.append(Put(checked))
            plan.counts["reanchored"] += 1
