"""Merging a bundle's entities (and keeping our annotations' references to them whole).

An entity we lack but hold under another id (same name and type) maps to ours, their names becoming our
aliases; a newer version fast-forwards; concurrent versions merge by uniting their names. A teammate's
deletion or merge of an entity never leaves our annotations pointing at nothing: they follow the entity
that took its name, or the deletion is not applied.

The report counts an entity as updated only when what the library holds changes: one that arrives as we
hold it (the same version, an older one, the same edit made by another teammate, or our own under another
id) is unchanged, even when its version is recorded or merged with ours.
"""
from __future__ import annotations

from dataclasses import replace

from annotations import codec, withdrawn_settlements
from annotations.bundle import Bundle
from annotations.merge_plan import MergePlan, Put, known_hashes
from annotations.model import Annotation, Entity, Kind
from annotations.name_variants import name_key
from annotations.revisions import FORGOTTEN, Relation, ancestors, common_bases, content_hash, make_rev, relation
from annotations.store import Store
from annotations.store_transaction import head_of


def plan_entities(store: Store, bundle: Bundle, plan: MergePlan) -> dict[str, str]:
    """Entity puts; returns their id -> our id for entities we hold under another id (same name and type)."""
    entity_map: dict[str, str] = {}
    renamed_away: list[tuple[Entity, set[str]]] = []  # merged away on one side while the other gave it a name (the
    # heir takes it) or took one off (the heir loses it)
    ending = {e.id for e in bundle.entities if e.deleted}  # (an entity the bundle deletes is no twin to map onto)
    graphs = store.revision_graphs([e.id for e in bundle.entities])
    said = store.revision_hashes([e.id for e in bundle.entities])
    undone = store.withdrawn_settlements()  # (versions made on top of an import whose undo was undone too)
    for theirs in bundle.entities:
        graph = bundle.graphs.get(theirs.id, {theirs.rev: []})
        ours = store.entity(theirs.id)
        if ours is None or ours.rev == FORGOTTEN:
            twins = [t for t in twins_of(store, theirs) if t.id not in ending]
            if twins and not theirs.deleted and all(_stands_before(theirs, t) for t in twins):
                same = [t for t in twins if name_key(t.name) == name_key(theirs.name)]
                if len(twins) == len(same) == 1:  # (named alike only: an alias shared is no licence to replace
                    _adopt(bundle, plan, theirs, graph, twins[0])  # ours — a forged "Putin" with our "Tomas Ek" as
                    continue  # an alias took him over; two of that name here: which?) Else theirs is taken as an
                # entity of its own below: mapped onto ours here while the other side mapped ours onto theirs, the
                # annotations were rewritten back and forth on every exchange
            elif twins and not theirs.deleted:
                keep = twins[0]
                entity_map[theirs.id] = keep.id
                aliases = tuple(dict.fromkeys(n for n in (*keep.aliases, *theirs.names()) if n != keep.name))
                if aliases != keep.aliases:
                    plan.puts.append(Put(replace(keep, aliases=aliases)))
                plan.counts["updated_entities" if aliases != keep.aliases else "unchanged_entities"] += 1
                continue
            plan.graphs[theirs.id] = graph
            plan.hashes[theirs.id] = bundle.hashes.get(theirs.id, {})
            plan.puts.append(Put(replace(theirs, deleted=theirs.deleted), theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["new_entities"] += 0 if theirs.deleted else 1
            continue
        plan.graphs[theirs.id] = graph
        ours_rev = head_of(ours)
        rel = relation(ours_rev, theirs.rev, graphs.get(theirs.id, {}), graph,
                       known_hashes(plan, bundle, said, theirs.id, ours))
        if rel is Relation.KNOWN:
            plan.counts["unchanged_entities"] += 1
            continue
        both = {**graphs.get(theirs.id, {}), **graph}
        away = withdrawn_settlements.still_withdrawn(undone.get(theirs.id, set()), ours_rev, both)
        if away & ancestors(theirs.rev, both):  # made on an edit undone here above an import undone too: the undo
            rel, both = Relation.DIVERGED, withdrawn_settlements.pruned(both, away)  # put back the very version
            # before the import, which that edit descends from again — taken as "changed by the sender", a rename
            # undone came back over the name the undo restored, unsaid (an outside tester). Weighed as made beside
            # ours, never on it: both names kept
        if rel is Relation.DESCENDANT:
            plan.puts.append(Put(theirs, theirs.rev, graph.get(theirs.rev, [])))
            plan.counts["updated_entities" if _says(theirs) != _says(ours) else "unchanged_entities"] += 1
            continue
        base = _base_of(store, ours.id, ours_rev, theirs.rev, both)
        if base is None and _another_entity(ours, theirs):  # their version, made at the same time, is not this
            plan.counts["entity_clashes"] = plan.counts.get("entity_clashes", 0) + 1  # entity at all: ours stays,
            continue  # no alias; recorded as seen (a replay is known), never merged into ours. (Both made on a
            # version we hold: two edits of this entity, whatever they renamed it to — "Tomas Eck" renamed "Tomas
            # Ek" and "T. Ek" on two sides, aliases cleared, had split for good; a tester on the fixes, stop 58)
        merged = _merged(ours, theirs, base)
        if merged.deleted and ours.deleted != theirs.deleted:  # (the side that deleted it: a merge into another
            gone = ours if ours.deleted else theirs  # names the entity that took this name then)
            plan.deleted_as[ours.id] = (gone.name, gone.modified)
            edited = theirs if ours.deleted else ours
            known = {n for b in base for n in b.names()} if base is not None else set(gone.names())
            dropped = known - set(edited.names()) if base is not None else set()  # (an alias the editor took off:
            if dropped or [n for n in edited.names() if n not in known]:  # not carried to the heir either)
                renamed_away.append((merged, dropped))
        plan.versions.append((codec.entity_to_dict(theirs), theirs.rev, graph.get(theirs.rev)))
        parents = sorted({ours_rev, theirs.rev})
        plan.puts.append(Put(merged, make_rev(parents, codec.entity_to_dict(merged)), parents))
        plan.counts["updated_entities" if _says(merged) != _says(ours) else "unchanged_entities"] += 1
    for gone, dropped in renamed_away:
        _names_to_heir(store, plan, gone, dropped)
    return entity_map


def _names_to_heir(store: Store, plan: MergePlan, gone: Entity, dropped: set[str]) -> None:
    """A rename or alias one side gave an entity another side merged away at the same time goes to the entity it
    went into, as an alias: "Thomas Ek", "Tom Ek" were nowhere after the exchange (a tester on the fixes, stop 58);
    a name that side took off (`dropped`) leaves it: the merge had carried "Mario Cuomo", removed from his son, to
    the entity the son went into (stop 58's Left). Alike in every library that merges the two versions (the same
    heir, the same names, on the same version)."""
    heir_id = heir_of(store, plan, gone)
    heir = entity_now(store, plan, heir_id) if heir_id is not None else None
    if heir is None or heir.deleted:
        return
    aliases = tuple(sorted({*heir.aliases, *gone.names()} - dropped - {heir.name}, key=lambda n: (n.casefold(), n)))
    if set(aliases) != set(heir.aliases):
        plan.puts.append(Put(replace(heir, aliases=aliases, revision=heir.revision + 1)))
        plan.counts["updated_entities"] += 1


def _base_of(store: Store, entity_id: str, ours_rev: str, theirs_rev: str,
             graph: dict[str, list[str]]) -> list[Entity] | None:
    """The versions of an entity both sides' versions were made on (the latest common ones: one, or several after
    teammates merged in different orders), when this library kept what each said (`Store.remember_version`); None
    when it did not."""
    bases = sorted(common_bases(ours_rev, theirs_rev, graph))
    contents = store.record_versions(entity_id, bases) if bases else {}
    if not bases or any(b not in contents for b in bases):
        return None
    try:
        return [codec.entity_from_dict(contents[b]) for b in bases]
    except (KeyError, TypeError, ValueError):
        return None


def _merged(ours: Entity, theirs: Entity, bases: list[Entity] | None) -> Entity:
    """Two concurrent versions of one entity as one, alike on both sides (their merges are then one version).
    Against the versions both were made on (`_base_of`): each field one side changed takes that side's value, and
    a name (name or alias) either side added is kept, one either side dropped is gone — a teammate's rename, made
    while another only added an alias, was undone, and an alias one removed came back (an outside tester, stop
    58). Several such versions (merges made in different orders): a value is one side's change if it is in none of
    them, a name dropped if any of them had it — else merges of merges united the names and the removed alias came
    back to everyone (a tester on the fixes). A field both changed, or every field when those versions are not
    known here: the later-edited version's (then the greater rev), its other names aliases; a deletion then loses
    to an edit. Two versions that say the same are that (no names united)."""
    later = max((ours, theirs), key=lambda e: (e.modified, head_of(e)))

    def pick(mine: object, yours: object, was: list[object]) -> object:
        if mine == yours or (yours in was and mine not in was):
            return mine
        return yours if mine in was and yours not in was else None

    if (ours.name, ours.type, set(ours.names()), ours.deleted) == \
            (theirs.name, theirs.type, set(theirs.names()), theirs.deleted):
        name, type_, deleted, names = ours.name, ours.type, ours.deleted, set(ours.names())
    elif bases is None:
        name, type_, deleted = later.name, later.type, ours.deleted and theirs.deleted
        names = {*ours.names(), *theirs.names()}
    else:
        chosen = pick(ours.name, theirs.name, [b.name for b in bases])
        name = chosen if isinstance(chosen, str) else later.name
        kind = pick(ours.type, theirs.type, [b.type for b in bases])
        type_ = kind if isinstance(kind, str) else later.type
        gone = pick(ours.deleted, theirs.deleted, [b.deleted for b in bases])
        deleted = gone if isinstance(gone, bool) else ours.deleted and theirs.deleted
        mine, yours, was = set(ours.names()), set(theirs.names()), {n for b in bases for n in b.names()}
        names = (mine & yours) | (mine - was) | (yours - was)
    aliases = tuple(sorted({n for n in names if n != name}, key=lambda n: (n.casefold(), n)))
    return replace(ours, name=name, type=type_, aliases=aliases, deleted=deleted,
                   created=min(ours.created, theirs.created), revision=max(ours.revision, theirs.revision) + 1,
                   modified=max(ours.modified, theirs.modified))


def _stands_before(theirs: Entity, ours: Entity) -> bool:
    """Which of two entities for one thing every library keeps the annotations on, whichever side decides: the one
    with the fuller name (more words: "Tomas Ek" before "Ek"; then more letters: "Tomas Ek" before "T. Ek"), then
    the smaller id."""
    return _standing(theirs) < _standing(ours)


def _standing(entity: Entity) -> tuple[int, int, str]:
    return -len(entity.name.split()), -sum(c.isalpha() for c in entity.name), entity.id


def _adopt(bundle: Bundle, plan: MergePlan, theirs: Entity, graph: dict[str, list[str]], keep: Entity) -> None:
    """Theirs and ours are one entity made on two sides (same name and type, other ids), and theirs stands before
    ours (`_stands_before`): it stands for both in every library. Each side mapping the other's id to its own rewrote the annotations pointing at it on
    every exchange, back and forth for ever, and three teammates never agreed (an outside tester, stop 57). Theirs
    is taken with our names as aliases; ours is deleted, and our annotations follow theirs (`protect_references`:
    the entity that took its name)."""
    aliases = tuple(dict.fromkeys(n for n in (*theirs.aliases, *keep.names()) if n != theirs.name))
    plan.graphs[theirs.id] = graph
    plan.hashes[theirs.id] = bundle.hashes.get(theirs.id, {})
    if aliases == theirs.aliases:
        plan.puts.append(Put(theirs, theirs.rev, graph.get(theirs.rev, [])))
    else:
        united = replace(theirs, aliases=aliases, revision=theirs.revision + 1,
                         modified=max(theirs.modified, keep.modified))
        plan.puts.append(Put(united, make_rev([theirs.rev], codec.entity_to_dict(united)), [theirs.rev]))
    plan.puts.append(Put(replace(keep, deleted=True, revision=keep.revision + 1)))
    same = {name_key(n) for n in keep.names()} == {name_key(n) for n in (theirs.name, *aliases)}
    plan.counts["unchanged_entities" if same else "updated_entities"] += 1


def twins_of(store: Store, theirs: Entity) -> list[Entity]:
    """Our entities that are `theirs` under another id: of its type, and its name is one of our names or
    one of its aliases is our name. Two people who only share an alias — a surname, "Dubois" of Keir and
    of Nadia Dubois — are two people: folding one into the other merged a teammate's Nadia into Keir."""
    found = [e for e in store.find_entities(theirs.name) if e.type == theirs.type]
    for alias in theirs.aliases:
        found += [e for e in store.find_entities(alias)
                  if e.type == theirs.type and e.name.casefold() == alias.casefold()]
    return sorted((e for e in {e.id: e for e in found}.values() if not _full_names_disagree(e, theirs)),
                  key=_standing)  # (the first is the one mapped onto: in each library's row order, two libraries
    # mapped a plain "Ek" onto Tomas Ek and Maja Ek; a tester on the fixes, stop 57)


def _full_names_disagree(ours: Entity, theirs: Entity) -> bool:
    """Both have full (several-word) names and share none: two people, whatever one-word name they share
    ("Dubois" named by Ben, alias "Nadia Dubois", is not our "Keir Dubois" whose alias is "Dubois")."""
    def full(e: Entity) -> set[str]:
        return {name_key(n) for n in e.names() if len(n.split()) > 1}
    mine, yours = full(ours), full(theirs)
    return bool(mine and yours and not mine & yours)


def _another_entity(ours: Entity, theirs: Entity) -> bool:
    """Two concurrent versions of one entity id sharing no name, of different types or with full (several-word)
    names: not a rename of one entity on two sides (whose names become aliases)
    but another entity under our id (a hand-edited bundle), whose name must not become an alias of ours (a search,
    a suggestion or the next speaker typed would follow it: "Vladimir Putin" sent under our Emmanuel Macron's id
    made later claims by Putin Macron's; an outside tester, stop 53)."""
    if ours.deleted or theirs.deleted:
        return False
    shared = {name_key(n) for n in ours.names()} & {name_key(n) for n in theirs.names()}
    if ours.type == theirs.type:  # (a name still shared, "Ek" when Ana wrote "Tomas Ek" and Ben "Thomas Ek", is
        return not shared and _full_names_disagree(ours, theirs)  # one person named two ways: aliases)
    return not shared


def _says(entity: Entity) -> str:
    """What a version of an entity says (its names, type, deletion), without its bookkeeping."""
    return content_hash(codec.entity_to_dict(entity))


def protect_references(store: Store, plan: MergePlan) -> None:
    """Every live annotation the import leaves points at a live entity. A teammate merged or deleted an entity ours
    still point at: they follow the entity that took its name, else the entity stays — as a version made on top of
    their deletion, so that they take it back and both libraries agree (refusing the deletion kept them apart: each
    of their bundles said "1 updated entity" again). An entity we deleted (an undone claim took its new speaker
    with it) that their annotations point at comes back, the same way: their claim lost its speaker here, and the
    next bundle took it from a third teammate (an outside tester, stop 57)."""
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
            if not final.deleted and entity.id in references(final):
                users.append(final)
        if not users:
            continue
        heir = _heir_now(store, plan, entity)
        if heir is None:
            _keep_alive(plan, put, current)
            continue
        for final in users:
            _repoint(plan, planned, final, entity, heir)
    _revive_needed(store, plan, planned)


def references(a: Annotation) -> set[str]:
    """The entities an annotation points at: its entity and its claim's speaker."""
    return {i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i}


def _repoint(plan: MergePlan, planned: dict[str, Put], final: Annotation, gone: Entity, heir: Entity) -> None:
    """`final` moved from `gone` to its heir (as this import leaves it: its type is the mention's)."""
    claim = final.claim
    if claim is not None and claim.speaker_id == gone.id:
        claim = replace(claim, speaker_id=heir.id)
    moved = retyped(replace(final, entity_id=heir.id if final.entity_id == gone.id else final.entity_id, claim=claim),
                    final, gone, heir)
    if final.id in planned:
        planned[final.id].record = moved
        planned[final.id].rev = None
        planned[final.id].parents = None
    else:
        plan.puts.append(Put(moved))
        planned[final.id] = plan.puts[-1]
    plan.counts["repointed"] += 1


def _heir_now(store: Store, plan: MergePlan, gone: Entity) -> Entity | None:
    """`heir_of`, as this import leaves it."""
    heir_id = heir_of(store, plan, gone)
    return entity_now(store, plan, heir_id) if heir_id is not None else None


def entity_now(store: Store, plan: MergePlan, entity_id: str) -> Entity | None:
    """An entity as this import leaves it (its last planned version, else as stored)."""
    planned = [p.record for p in plan.puts if isinstance(p.record, Entity) and p.record.id == entity_id]
    return planned[-1] if planned else store.entity(entity_id)


def retyped(moved: Annotation, was: Annotation, gone: Entity | None, heir: Entity | None) -> Annotation:
    """A mention moved from `gone` to its heir of another type takes the heir's type, as a merge's own mentions do
    (a teammate's new mention of a place merged into an organisation stayed PLACE; stop 58)."""
    if gone is None or heir is None or gone.type == heir.type or moved.kind is not Kind.ENTITY \
            or was.entity_id != gone.id or moved.label != gone.type:
        return moved
    return replace(moved, label=heir.type)


def revived(entity: Entity) -> Entity:
    """A deleted entity brought back (a version of its own: a revision on top of the deletion)."""
    return replace(entity, deleted=False, revision=entity.revision + 1)


def _keep_alive(plan: MergePlan, put: Put, current: Entity) -> None:
    """Their deletion of an entity our annotations need, turned into a version on top of it that keeps the entity:
    a deletion we made ourselves (no rev) is simply not written."""
    if put.rev is None:
        plan.puts.remove(put)
        return
    entity = put.record
    assert isinstance(entity, Entity)
    kept = revived(entity)
    parents = [put.rev] if put.rev in plan.graphs.get(entity.id, {}) else list(put.parents or [])
    put.record, put.parents = kept, parents
    put.rev = make_rev(parents, codec.entity_to_dict(kept))
    if _says(kept) == _says(current) and plan.counts["updated_entities"]:
        plan.counts["updated_entities"] -= 1  # (counted as their change when planned: what we hold stays)
        plan.counts["unchanged_entities"] += 1


def _revive_needed(store: Store, plan: MergePlan, planned: dict[str, Put]) -> None:
    """Entities deleted here, or by this import, that the import's live annotations point at: the entity that took
    their name, else the entity back."""
    wanted = {i for p in plan.puts if isinstance(p.record, Annotation) and not p.record.deleted
              for i in references(p.record)}
    held = store.entities_by_ids(sorted(wanted))
    for entity_id in sorted(wanted):
        put = planned.get(entity_id)
        entity = put.record if put is not None and isinstance(put.record, Entity) else held.get(entity_id)
        if entity is None or not entity.deleted:
            continue
        heir = _heir_now(store, plan, entity)
        if heir is not None:
            for final in [p.record for p in plan.puts if isinstance(p.record, Annotation)]:
                if not final.deleted and entity_id in references(final):
                    _repoint(plan, planned, final, entity, heir)
        elif put is not None:
            _keep_alive(plan, put, held.get(entity_id) or revived(entity))
        else:
            plan.puts.insert(0, Put(revived(entity)))
            planned[entity_id] = plan.puts[0]
            plan.counts["restored_entities"] = plan.counts.get("restored_entities", 0) + 1


def heir_of(store: Store, plan: MergePlan, gone: Entity) -> str | None:
    """The live entity that took the name of one deleted (merged into it): its name, else the name it was deleted
    under while another side renamed it (`MergePlan.deleted_as`: "Fauci" merged into Anthony Fauci, renamed "Tony
    Fauci" meanwhile). Of several, one named so before one with it as an alias, then one edited when the entity was
    deleted (the merge's other half), then the smaller id — the same in every library, whether the entity came in
    this import or before (the table's row order gave a new mention to Maja Ek in one library and to Tomas Ek in
    two; a tester on the fixes, stop 58)."""
    planned = {p.record.id: p.record for p in plan.puts if isinstance(p.record, Entity)}
    deleted_as, when = plan.deleted_as.get(gone.id, (gone.name, gone.modified))
    for name in dict.fromkeys((gone.name, deleted_as)):
        folded = name.casefold()
        found = {e.id: e for e in store.find_entities(name) if e.id not in planned}
        found.update({i: e for i, e in planned.items() if not e.deleted and folded in (n.casefold() for n in e.names())})
        heirs = [e for e in found.values() if e.id != gone.id and (e.type == gone.type or e.modified == when)]
        # (of another type only the entity a merge went into at that moment: a place merged into an organisation)
        if heirs:
            return min(heirs, key=lambda e: (e.name.casefold() != folded, e.modified != when, e.id)).id
            # (a merge writes the entity kept and the tombstone at one moment: of two with the name as an alias,
            # the one the merge went into)
    return None


def remap_entities(a: Annotation, mapping: dict[str, str]) -> Annotation:
    """`a` pointing at our ids for entities we hold under another id (mentions and speakers)."""
    if not mapping:
        return a
    claim = a.claim
    if claim is not None and claim.speaker_id in mapping:
        claim = replace(claim, speaker_id=mapping[claim.speaker_id])
    entity_id = mapping.get(a.entity_id, a.entity_id) if a.entity_id else None
    return replace(a, entity_id=entity_id, claim=claim)
