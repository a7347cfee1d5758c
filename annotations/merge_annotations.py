"""Merging a bundle's annotations by revision ancestry: known or older -> nothing changes; made on top
of ours -> taken (fast-forward); made concurrently -> the same change made twice is remembered silently,
otherwise ours stays and theirs is filed as a conflict. Notes hidden from a sender ("withheld") or written
without seeing ours ("blind") are never taken as edits of ours. Their references to entities are mapped
to ours, or mended when the bundle lacks the entity.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from annotations import codec, doc_versions, hidden_known, withdrawn_settlements
from annotations.bundle import Bundle, check_withheld
from annotations.errors import DossierError
from annotations.merge_entities import entity_now, heir_of, remap_entities, retyped
from annotations.merge_fields import merge_base, merge_versions
from annotations.merge_plan import AreasFor, MergePlan, Put, known_hashes
from annotations.merge_targets import storable
from annotations.model import AnchorState, Annotation, DocumentRecord, Entity
from annotations.revisions import FORGOTTEN, Relation, ancestors, make_rev, note_salt_for, plain_hash, relation
from annotations.store import Store
from annotations.store_transaction import head_of


def plan_annotations(store: Store, bundle: Bundle, plan: MergePlan, entity_map: dict[str, str],
                      docs: dict[str, DocumentRecord], areas_for: AreasFor | None) -> None:
    ids = [a.id for a in bundle.annotations]
    graphs = store.revision_graphs(ids)
    said = store.revision_hashes(ids)
    locals_ = {a.id: a for a in store.annotations_by_ids(ids)}
    withheld = store.withheld(ids)
    check_withheld(bundle, locals_, withheld)  # a withheld note hides no other change from us (BundleError)
    blinds = store.blind_notes(ids)
    on_trust = {i: {k: v for k, v in said.items() if k != "note_seal"}  # what a version nobody here could check
                for i, said in store.taken_on_trust(ids).items()}  # said, as we took it (its seal aside)
    undone = store.withdrawn_settlements()  # settlements the person undid: a teammate's copy never brings one back
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

    def newer_version(doc: DocumentRecord | None) -> DocumentRecord | None:
        found = doc_versions.newer_version(store, doc)
        return document(found.id) if found is not None else None

    referenced = {i for a in bundle.annotations for i in (entity_map.get(a.entity_id or "", a.entity_id),
                  entity_map.get(_speaker(a) or "", _speaker(a))) if i}
    planned_entities = {p.record.id: p.record for p in plan.puts if isinstance(p.record, Entity)}
    known_entities = store.entities_by_ids(sorted(referenced - set(planned_entities)))
    entities = set(planned_entities) | set(known_entities)
    heirs: dict[str, str] = {}  # entities we merged away -> the entity that took their name
    for entity_id, entity in known_entities.items():
        if entity.deleted:
            heir = heir_of(store, plan, entity)
            if heir is not None:
                heirs[entity_id] = heir
    entities |= set(heirs.values())  # (an heir missing here was taken for an entity nobody has, and a new one of its
    # id, named by a mention's quote, written over it: a stale bundle renamed an adopted "Tomas Ek" to "Ek said")
    mended = _entities_for_unknown(bundle.annotations, entity_map, heirs, entities, plan, store)
    heir_entities = {gone: entity_now(store, plan, heir) for gone, heir in heirs.items()}  # (once, not per mention)
    for sent in bundle.annotations:
        remapped = remap_entities(remap_entities(remap_entities(sent, entity_map), heirs), mended)
        if sent.entity_id in heir_entities:  # (a mention of a place merged into an organisation: typed as it)
            remapped = retyped(remapped, replace(remapped, entity_id=sent.entity_id), known_entities.get(
                sent.entity_id), heir_entities[sent.entity_id])
        incoming = _mend_references(remapped, entities)
        if incoming is not remapped and not incoming.deleted:  # said, never dropped silently (stop 55's tester)
            plan.counts["speakers_unknown"] = plan.counts.get("speakers_unknown", 0) + 1
        graph = bundle.graphs.get(incoming.id, {incoming.rev: []})
        vouched = bundle.revs_checked or not sent.rev or sent.id in bundle.withheld \
            or make_rev(graph.get(sent.rev, []), codec.annotation_to_dict(sent)) == sent.rev
        plan.graphs[incoming.id] = graph
        plan.hashes[incoming.id] = bundle.hashes.get(incoming.id, {})
        local = locals_.get(incoming.id)
        if local is not None and local.creator and incoming.creator != local.creator and local.id not in on_trust:
            incoming = replace(incoming, creator=local.creator)  # who wrote it first is never edited: ours stays
            # (unless ours came with a version nobody here could check: a forged copy's author is no author)
        if local is not None and local.rev != FORGOTTEN and local.id not in on_trust:
            if local.created and incoming.created != local.created:
                incoming = replace(incoming, created=local.created)  # when it was made is never edited either
            if bundle.revs_checked and incoming.kind is not local.kind:  # nor what it is: no edit in Dossier
                incoming = replace(incoming, kind=local.kind, label=local.label, entity_id=local.entity_id,
                                   claim=local.claim)  # changes that, so a version saying so is forged; its other
                # changes are weighed as any (it was refused only as a later version of ours, and came in by a
                # merge, a conflict or a deletion: an outside tester, stop 55). A project read with another
                # code mapping (no revisions) stays a conflict: the person decides.
        doc = document(incoming.document_id)
        newer = newer_version(doc)
        if newer is not None:  # on a version we replaced: placed on ours, as our own annotations were ...
            placed, _ = storable(replace(incoming, document_id=newer.id), newer, areas_for)
            found = placed.anchor is not AnchorState.ORPHANED
            if found or (local is not None and local.document_id == newer.id):  # (ours is there already)
                incoming, doc = placed, newer
            newer = newer if found else None  # ... only where its quote is found: else it stays in our trash
        if doc is None:
            plan.missing_documents[incoming.document_id] = titles.get(incoming.document_id, "")
        if local is None or local.rev == FORGOTTEN:
            checked, moved = storable(incoming, doc, areas_for)
            lost = doc is not None and not incoming.deleted and checked.anchor is AnchorState.ORPHANED
            plan.counts["reanchored"] += (moved or newer is not None) and not lost
            plan.puts.append(_exact_or_local(sent, checked, graph, vouched))
            if incoming.id in bundle.withheld:
                plan.withheld[incoming.id] = bundle.withheld[incoming.id]
                _keep_taken(plan, bundle, incoming, checked, entity_map, heirs)
            hidden_known.keep_blind(plan, bundle, incoming.id, graphs.get(incoming.id, {}))  # (and never held)
            key = "orphans" if doc is None else ("never_held" if incoming.deleted else "in_trash" if doc.deleted
                                                   else "new")
            plan.counts[key] = plan.counts.get(key, 0) + 1  # in_trash: on a document in our trash, replaced by none;
            # a deletion of what we never had deletes nothing of ours (kept, so that it travels on)
            plan.counts["unplaced"] += lost  # (of the new: its quote is nowhere in our text — no "reanchored")
            continue
        ours_rev = head_of(local)
        hashes = known_hashes(plan, bundle, said, incoming.id, local)
        rel = relation(ours_rev, incoming.rev, graphs.get(incoming.id, {}), graph, hashes)
        weighed_undone = withdrawn_settlements.weigh(incoming.rev, ours_rev, {**graphs.get(incoming.id, {}), **graph},
                                                     undone.get(incoming.id, set()), open_conflicts.get(incoming.id, []),
                                                     hashes) if rel is not Relation.KNOWN else None
        if weighed_undone == "withdrawn":  # ours stays, its conflict open: said, as "1 settlement you undid" — or
            key = "withdrawn" if len(graph.get(incoming.rev, graphs.get(incoming.id, {}).get(incoming.rev, []))) > 1 \
                else "undone_edits"  # an edit undone above an import undone and redone (one parent: no settlement)
            plan.counts[key] = plan.counts.get(key, 0) + 1
            undo_rev = withdrawn_settlements.our_undo(incoming.rev, ours_rev, {**graphs.get(incoming.id, {}), **graph},
                                                      undone.get(incoming.id, set()), hashes)  # (ours again: it travels)
            said_then = store.record_versions(incoming.id, [undo_rev]).get(undo_rev) if undo_rev else None
            if said_then is not None and undo_rev is not None:
                plan.puts.append(Put(codec.annotation_from_dict(said_then), undo_rev, graphs.get(incoming.id, {}).get(
                    undo_rev, [])))
            continue
        if weighed_undone == "conflict":  # an edit a teammate made on it: both stay, the person chooses
            plan.conflicts.append((local, incoming))
            continue
        if incoming.id in open_conflicts and (rel is Relation.DESCENDANT or incoming.rev == ours_rev):
            lineage = withdrawn_settlements.closing(incoming.rev, {**graphs.get(incoming.id, {}), **graph}, undone.get(
                incoming.id, set()))
            plan.settled += [cid for cid, rev in open_conflicts[incoming.id] if rev in lineage]
        sent, incoming, base = hidden_known.known_note(sent, incoming, local, bundle, {*withheld, *blinds, *on_trust})
        their_note_unknown = base is not None
        trusted, taken_as = on_trust.get(local.id), withheld.get(local.id, blinds.get(local.id))
        if rel is Relation.DIVERGED and trusted is not None and not their_note_unknown and taken_as is not None \
                and incoming.id not in bundle.blind and taken_as in ancestors(incoming.rev, graph):
            # a later genuine version of the one we took on trust: weighed as that one is, into a merge of both
            genuine = replace(incoming, creator=sent.creator or incoming.creator)
            checked, moved = storable(genuine, doc, areas_for)
            plan.counts["reanchored"] += moved or newer is not None
            _regain(plan, local, checked, sent, trusted, graph, merge=[ours_rev, incoming.rev])
            continue
        if rel is Relation.KNOWN:
            if trusted is not None and not their_note_unknown and incoming.rev == taken_as:
                # the genuine version of one we took on trust (checked whole: its note came with it)
                genuine = replace(incoming, creator=sent.creator or incoming.creator)
                checked, moved = storable(genuine, doc, areas_for)
                plan.counts["reanchored"] += moved or newer is not None
                _regain(plan, local, checked, sent, trusted, graph)
            elif incoming.rev == ours_rev and local.id in withheld and not their_note_unknown:
                filled = replace(local, note=incoming.note, note_salt=incoming.note_salt)  # the note we lacked ...
                if _says(filled) == _says(incoming):
                    plan.puts.append(Put(filled, ours_rev))
                else:  # ... and what we took on trust with it was not that version (altered where nobody
                    checked, moved = storable(incoming, doc, areas_for)  # could check it): theirs, checked
                    plan.counts["reanchored"] += moved or newer is not None
                    plan.puts.append(_exact_or_local(sent, checked, graph, vouched))
                plan.unwithheld.append(local.id)  # the note is known now (not one of ours written blind)
                plan.counts["updated"] += 1
            elif withheld.get(local.id) == incoming.rev and not local.note and not their_note_unknown:
                plan.puts.append(Put(replace(local, note=incoming.note, note_salt=incoming.note_salt)))  # ours, made on top of the version
                plan.unwithheld.append(local.id)  # whose note we lacked, gets that note (a version of ours)
                plan.counts["updated"] += 1
            elif sent.creator and sent.creator != local.creator and incoming.id not in bundle.unchecked and vouched \
                    and incoming.rev in ancestors(ours_rev, graphs.get(local.id, {})):
                # a version ours descends from says who wrote it (its rev covers that; edits never change
                # it): a later version that said otherwise was altered — the author is put back. Only where its
                # rev was checked to say so: a W3C file's creator, edited under the rev, had become the author
                plan.puts.append(Put(replace(local, creator=sent.creator)))
                plan.counts["updated"] += 1
            else:
                plan.counts["unchanged" if incoming.rev == ours_rev else "stale"] += 1
            continue
        blind = bundle.blind.get(incoming.id)
        beside_ours = blind is not None and bool(local.note) and local.id not in withheld \
            and (blind == ours_rev or blind in ancestors(ours_rev, graphs.get(local.id, {})))
        if base is not None and base != ours_rev and not beside_ours \
                and ours_rev in ancestors(base, {**graphs.get(local.id, {}), **graph}):
            plan.withheld[local.id] = base  # `base` was made on top of ours: our note is an older one of theirs,
            # and theirs (withheld from us too) is taken when the version arrives — the empty note as sent
        elif base is not None:  # their note is the note of version `base`, which they were not shown
            incoming = replace(incoming, note=local.note, note_salt=local.note_salt)  # ours stays (theirs is no edit of it) ...
            if base != ours_rev and base not in ancestors(ours_rev, graphs.get(local.id, {})):
                if local.note and local.id not in withheld:  # ours is our own note, beside one we never saw
                    plan.blind[local.id] = base
                elif local.id not in withheld:  # we are behind `base`: its note is unknown to us too (a
                    plan.withheld[local.id] = base  # version we hold on trust keeps its own base)
        elif rel is Relation.DESCENDANT and (local.id in withheld or local.id in blinds) \
                and incoming.id not in bundle.blind:
            plan.unwithheld.append(local.id)  # their version was made knowing the note
        if rel is Relation.DESCENDANT and beside_ours and incoming.note != local.note:
            plan.conflicts.append((local, incoming))  # their note was written without seeing ours: both stay
            continue
        copy = bundle.taken.get(incoming.id)
        if rel is Relation.DESCENDANT and copy is not None and base == ours_rev and local.id not in withheld \
                and local.id not in blinds:  # made on a copy of ours that its sender could not check: only
            copy = remap_entities(remap_entities(copy, entity_map), heirs)  # their changes to it are theirs
            weighed = _weigh(copy, local, incoming)
            if weighed is None:
                plan.conflicts.append((local, incoming))
                continue
            incoming = weighed
        if rel is Relation.DESCENDANT:
            checked, moved = storable(incoming, doc, areas_for)
            plan.counts["reanchored"] += moved or newer is not None
            if vouched and bundle.revs_checked and ours_rev not in ancestors(
                    incoming.rev, {**graphs.get(local.id, {}), **graph}):
                plan.puts.append(_over_restated(checked, ours_rev, incoming.rev))
                plan.versions.append((codec.annotation_to_dict(incoming), incoming.rev, graph.get(incoming.rev)))
            else:
                plan.puts.append(_exact_or_local(sent, checked, graph, vouched))
            if base is not None and base in (plan.withheld.get(local.id), plan.blind.get(local.id)):
                _keep_taken(plan, bundle, incoming, checked, entity_map, heirs)  # taken on trust, as a new one is
            hidden_known.keep_blind(plan, bundle, local.id, graphs.get(local.id, {}))  # (relayed: the mark travels on)
            plan.counts["deleted" if incoming.deleted and not local.deleted else "updated"] += 1
            continue
        plain = vouched and bundle.revs_checked and base is None and blind is None and copy is None \
            and trusted is None and local.id not in withheld and local.id not in blinds  # (every note known)
        if _says(incoming) == _says(local):  # the same change made twice: their version is remembered (a format
            plan.counts["merged" if bundle.revs_checked else "unchanged"] += 1  # without revisions — REFI-QDA,
            # Hypothesis — names a first version of what we hold: it is ours)
            if incoming.id in open_conflicts:  # their line went from the version we clash with to what we hold:
                lineage = withdrawn_settlements.closing(incoming.rev, {**graphs.get(incoming.id, {}), **graph},
                                                        undone.get(incoming.id, set()))  # that clash is over
                plan.settled += [cid for cid, rev in open_conflicts[incoming.id] if rev in lineage]  # (it stayed
                # open for good: the fuzzer's seed 156, stop 55)
            if plain:
                plan.puts.append(_joined(local, incoming, ours_rev))
                plan.versions.append((codec.annotation_to_dict(incoming), incoming.rev, graph.get(incoming.rev)))
            continue
        if plain:
            # both sides changed it since a version both know: field by field, only fields both changed clash
            combined = _combine(store, local, incoming, ours_rev, {**graphs.get(local.id, {}), **graph}, doc, areas_for)
            if combined is not None:
                plan.puts.append(combined)
                plan.versions.append((codec.annotation_to_dict(incoming), incoming.rev, graph.get(incoming.rev)))
                plan.counts["combined"] += 1
                if incoming.id in open_conflicts:  # a conflict with a version theirs was made on is settled too
                    lineage = withdrawn_settlements.closing(incoming.rev, {**graphs.get(incoming.id, {}), **graph},
                                                            undone.get(incoming.id, set()))
                    plan.settled += [cid for cid, rev in open_conflicts[incoming.id] if rev in lineage]
                continue
        plan.conflicts.append((local, incoming))
    changed = set(plan.taken()) | {local.id for local, _ in plan.conflicts}
    for annotation_id in on_trust.keys() & changed - plan.trusted.keys():
        plan.trusted[annotation_id] = None  # ours is no longer that version and our own edits: nothing to weigh


def _joined(local: Annotation, incoming: Annotation, ours_rev: str) -> Put:
    """Two versions made apart that say the same, joined as a merge version with both as parents, so that later
    versions on either side descend from both: left apart, a conflict filed against one of the two lines (a
    teammate's version that side moved on from) was never settled by the other's later versions (the fuzzer's
    seed 174, stop 55). Whichever side joins the same two makes the same version: the one of the two with the
    lower rev says it, so two libraries joining at once agree instead of joining their joins for ever."""
    said = incoming if incoming.rev < ours_rev else local
    return _merge_version(replace(said, target=local.target, document_id=local.document_id, creator=local.creator),
                          ours_rev, incoming.rev)


def _over_restated(checked: Annotation, ours_rev: str, theirs_rev: str) -> Put:
    """Theirs, taken over ours where ours says again what theirs was made on (a tag added and taken off) but is not
    on theirs' line: as a merge version with both as parents, so that ours' line is not left behind. Taken as
    theirs' very version, it left ours a branch nobody built on: a teammate holding ours took every later version
    as concurrent and kept a conflict no import closed (an outside tester's fuzzer, stop 55)."""
    return _merge_version(checked, ours_rev, theirs_rev)


def _merge_version(record: Annotation, ours_rev: str, theirs_rev: str) -> Put:
    """`record` written as the merge version of ours and theirs (both its parents; its rev follows from them and
    what it says, so two libraries writing the same merge make the same version)."""
    parents = sorted({ours_rev, theirs_rev})
    record = replace(record, rev="")
    return Put(record, make_rev(parents, codec.annotation_to_dict(record)), parents)


def _combine(store: Store, local: Annotation, incoming: Annotation, ours_rev: str, graph: dict[str, list[str]],
             doc: DocumentRecord | None, areas_for: AreasFor | None) -> Put | None:
    """Our version and theirs, made concurrently, merged field by field against the version both were made on
    (`merge_fields`), as a merge version with both as parents — or None when a field both changed differs, the
    common version's content is not known here, or the merged fields do not make a sound annotation (a
    conflict then, settled field by field in the dialog)."""
    base = merge_base(ours_rev, incoming.rev, graph, lambda revs: store.record_versions(local.id, revs))
    if base is None:
        return None
    merged = merge_versions(base, codec.annotation_to_dict(local), codec.annotation_to_dict(incoming))
    if merged.contested:
        return None
    try:
        record = codec.annotation_from_dict({**merged.mine, "rev": ""})
    except (DossierError, ValueError, KeyError, TypeError):
        return None
    if record.target != local.target or record.document_id != local.document_id:  # their place: checked
        record, _ = storable(record, doc, areas_for)
    return _merge_version(record, ours_rev, incoming.rev)


def _keep_taken(plan: MergePlan, bundle: Bundle, incoming: Annotation, checked: Annotation,
                entity_map: dict[str, str], heirs: dict[str, str]) -> None:
    """What we now stand on without having been able to check it, kept to be weighed against the genuine
    version when it comes: the version whose note was withheld, as stored (`checked`), or — under a version
    made on top of it — what its sender took it to say —, with the seal of its note where it came checked
    (passed on beside it, so that the next library can check it too)."""
    seal = {"note_seal": bundle.seals[incoming.id]} if incoming.id in bundle.seals else {}
    if incoming.id in bundle.unchecked:
        plan.trusted[incoming.id] = {**_as_taken(checked), **seal}
    elif incoming.id in bundle.taken:
        plan.trusted[incoming.id] = {**_as_taken(remap_entities(remap_entities(bundle.taken[incoming.id], entity_map),
                                                                heirs)), **seal}


def _weigh(copy: Annotation, local: Annotation, incoming: Annotation) -> Annotation | None:
    """Their version, made on `copy` (what they took ours to say, unable to check it), brought onto ours:
    their changes to the copy taken, what the copy said otherwise than ours left as ours. None if they
    changed a field the copy had wrong to yet another value (a conflict)."""
    merged, _, clashes = _three_way(_as_taken(copy), codec.annotation_to_dict(local), codec.annotation_to_dict(incoming))
    if clashes - {"note"}:
        return None
    try:
        return codec.annotation_from_dict({**merged, "note": incoming.note, "note_salt": incoming.note_salt, "rev": incoming.rev,
                                           "revision": incoming.revision, "modified": incoming.modified})
    except (DossierError, ValueError, KeyError, TypeError):
        return None


def _as_taken(a: Annotation) -> dict[str, Any]:
    """What a version taken on trust said, as we stored it; its note was not shown to us (ours, if any, was
    written beside it): a note is always a change of ours against it."""
    return codec.annotation_to_dict(replace(a, note="", rev="", note_salt=""))


_PLACE = ("document_id", "target", "anchor")
_BOOKKEEPING = ("id", "rev", "revision", "modified", "note_salt")


def _regain(plan: MergePlan, local: Annotation, genuine: Annotation, sent: Annotation, trusted: dict[str, Any],
            graph: dict[str, list[str]], merge: list[str] | None = None) -> None:
    """The genuine version of one we took on trust (`trusted`: what it said as we stored it) arrived, and ours
    is that version or our own edits of it. Field by field: what we did not change since takes the genuine
    value (whatever the copy taken on trust said), what we changed stays; where we changed a field and the
    genuine version says otherwise, ours stays and the same version with theirs there is filed as a conflict.
    The note we lacked is filled in unless we wrote our own (that one keeps travelling as written blind).
    `merge`: the genuine version is a later one (made on top of the one taken on trust, while we edited
    ours): the result is a merge of both, so that neither side takes the other's as new again."""
    merged, theirs_there, clashes = _three_way(trusted, codec.annotation_to_dict(local),
                                               codec.annotation_to_dict(genuine))
    try:
        result = codec.annotation_from_dict(merged)
        theirs = codec.annotation_from_dict({**theirs_there, "rev": ""}) if clashes else None
    except (DossierError, ValueError, KeyError, TypeError):  # the fields do not fit together: ours stays,
        result, theirs, clashes = local, replace(genuine, rev=""), {"note"}  # theirs filed, our note as it was
    if local.rev == genuine.rev and theirs is None:  # ours is the version taken on trust: the genuine one replaces it
        plan.puts.append(_exact_or_local(sent, genuine, graph))
        plan.counts["updated"] += 1
    elif _says(result) != _says(local) or merge:  # a version of ours on top: the genuine content under our edits
        record = replace(result, revision=max(local.revision, genuine.revision) + 1,
                         modified=max(local.modified, genuine.modified))
        rev = make_rev(merge, codec.annotation_to_dict(record)) if merge else None
        plan.puts.append(Put(record, rev, merge))
        plan.counts["updated"] += 1
    elif theirs is None:
        plan.counts["unchanged"] += 1
    if theirs is not None:
        plan.conflicts.append((result, theirs))
    if "note" in clashes and local.note:
        plan.blind[local.id] = genuine.rev  # our own note, written without seeing theirs: it travels as such
    elif "note" in clashes:
        plan.withheld[local.id] = genuine.rev  # (their note, filed, is still not ours: ours never erases it)
    else:
        plan.unwithheld.append(local.id)
    plan.trusted[local.id] = None


def _three_way(base: dict[str, Any], ours: dict[str, Any], theirs: dict[str, Any]
               ) -> tuple[dict[str, Any], dict[str, Any], set[str]]:
    """Three records as dicts -> ours with every field we did not change since `base` taking theirs (claim
    fields one by one, the place — document, position, quote — as one, tags added and removed on both sides);
    the same with theirs on the fields both changed to different values; and those fields."""
    merged, there, clashes = dict(ours), dict(ours), set()

    def pick(key: str, b: Any, o: Any, t: Any) -> tuple[Any, Any]:
        if o == b or o == t:
            return t, t
        if t == b:
            return o, o
        clashes.add(key)
        return o, t

    mine, their = pick("place", *(tuple(d.get(k) for k in _PLACE) for d in (base, ours, theirs)))
    merged.update(zip(_PLACE, mine))
    there.update(zip(_PLACE, their))
    b_tags, o_tags, t_tags = (list(d.get("tags") or []) for d in (base, ours, theirs))
    merged["tags"] = there["tags"] = [t for t in t_tags if t in o_tags or t not in b_tags] + \
        [t for t in o_tags if t not in b_tags and t not in t_tags]
    b_claim, o_claim, t_claim = claims = base.get("claim"), ours.get("claim"), theirs.get("claim")
    if isinstance(b_claim, dict) and isinstance(o_claim, dict) and isinstance(t_claim, dict):
        merged["claim"], there["claim"] = dict(o_claim), dict(o_claim)
        for key in sorted(set(b_claim) | set(o_claim) | set(t_claim)):
            merged["claim"][key], there["claim"][key] = pick(f"claim.{key}", b_claim.get(key), o_claim.get(key),
                                                             t_claim.get(key))
    else:
        merged["claim"], there["claim"] = pick("claim", *claims)
    for key in sorted(set(base) | set(ours) | set(theirs)):
        if key not in (*_BOOKKEEPING, *_PLACE, "tags", "claim"):
            merged[key], there[key] = pick(key, base.get(key), ours.get(key), theirs.get(key))
    for out in (merged, there):  # a note keeps the salt of the side it came from (its seal)
        side = theirs if out.get("note") == theirs.get("note") else ours
        out.pop("note_salt", None)
        out.update({"note_salt": side["note_salt"]} if side.get("note_salt") else {})
    return merged, there, clashes


def _exact_or_local(sent: Annotation, checked: Annotation, graph: dict[str, list[str]], vouched: bool = True) -> Put:
    """Keep their version's rev when we store exactly what it says; anything we had to change (quote
    moved, areas dropped, a hidden note kept, an entity id mapped to ours) is a version of ours on top, and
    so is a version whose rev is not what its record says in a bundle nobody checked (`vouched` False)."""
    if checked == sent and vouched:
        return Put(checked, sent.rev or None, graph.get(sent.rev, []) if sent.rev else None)
    parents = [sent.rev] if sent.rev else []
    checked = replace(checked, note_salt=note_salt_for(checked.note, checked.note_salt, None))  # ours: sealed
    return Put(checked, make_rev(parents, codec.annotation_to_dict(checked)) if sent.rev else None,
               parents if sent.rev else None)


def _says(a: Annotation) -> str:
    """What a version says, its note as written (two versions both known here compare by their notes,
    whatever salts their seals were made with)."""
    return plain_hash(codec.annotation_to_dict(a))


def _speaker(a: Annotation) -> str | None:
    return a.claim.speaker_id if a.claim is not None else None


def _entities_for_unknown(annotations: list[Annotation], entity_map: dict[str, str], heirs: dict[str, str],
                          entities: set[str], plan: MergePlan, store: Store) -> dict[str, str]:
    """Entity mentions pointing at an entity nobody has (a hostile or truncated bundle): each unknown id -> the
    entity of the mention's type its quote names — ours, or one this import gives — else a new entity of that id,
    named by the quote (a second "Marta Lindqvist" beside ours split her mentions, and a teammate who merged them
    by name then held other entities than we do). A claim whose speaker is that id speaks through it too,
    whichever comes first in the bundle."""
    mended: dict[str, str] = {}
    for sent in annotations:
        a = remap_entities(remap_entities(sent, entity_map), heirs)
        if not a.entity_id or a.entity_id in entities or a.entity_id in mended or not a.label:
            continue
        name = " ".join(a.target.exact.split())[:500] or "?"
        folded = name.casefold()
        planned = (p.record for p in plan.puts if isinstance(p.record, Entity))
        same = next((e.id for e in planned if not e.deleted and e.type == a.label
                     and folded in (n.casefold() for n in e.names())), None) \
            or next((e.id for e in store.find_entities(name) if e.type == a.label), None)
        if same is None and store.entity(a.entity_id) is not None:  # ours, never written over by a quote's name
            same = a.entity_id  # (a deleted one comes back whole: `protect_references`)
        if same is None:
            plan.puts.insert(0, Put(Entity(id=a.entity_id, name=name, type=a.label, created=a.created,
                                           modified=a.modified)))
            same = a.entity_id
        mended[a.entity_id] = same
    moved = {unknown: ours for unknown, ours in mended.items() if unknown != ours}
    plan.counts["repointed"] += sum(remap_entities(remap_entities(sent, entity_map), heirs).entity_id in moved
                                    for sent in annotations)
    entities.update(mended.values())
    return moved


def _mend_references(a: Annotation, entities: set[str]) -> Annotation:
    """A claim whose speaker nobody has (a hostile or truncated bundle) loses it rather than showing "by ?"."""
    if a.claim is not None and a.claim.speaker_id and a.claim.speaker_id not in entities:
        a = replace(a, claim=replace(a.claim, speaker_id=None))
    return a
