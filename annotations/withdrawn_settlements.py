"""Settlements the person undid ("withdrawn"), remembered per annotation so that a teammate who already holds one
cannot bring it back unasked. Undoing "Keep mine"/"Take theirs" puts back the very version from before (not a new
version on top: that read as a later edit of the other side's and dropped their words, stop 58), so the settlement
stays a version that descends from ours: a teammate's copy of it fast-forwarded here, closing the reopened conflict
with nothing said. Kept in `meta` under `withdrawn-settlement:<annotation id>` (a handful of rows at most)."""
from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Set

from annotations.revisions import ancestors

PREFIX = "withdrawn-settlement:"


def parse(rows: Mapping[str, str]) -> dict[str, set[str]]:
    """`meta` rows under PREFIX (key -> JSON list of revs) -> annotation id -> the settlements undone on it."""
    out: dict[str, set[str]] = {}
    for key, value in rows.items():
        try:
            revs = json.loads(value)
        except ValueError:
            continue
        if key.startswith(PREFIX) and isinstance(revs, list):
            found = {r for r in revs if isinstance(r, str) and r}
            if found:
                out[key[len(PREFIX):]] = found
    return out


def changed(current: Set[str], rev: str, withdrawn: bool) -> str:
    """The `meta` value once `rev` is withdrawn (undone) or taken back (redone): "" when none is left."""
    revs = set(current) | {rev} if withdrawn else set(current) - {rev}
    return json.dumps(sorted(revs)) if revs else ""


def still_withdrawn(withdrawn: Set[str], ours_rev: str, graph: Mapping[str, list[str]]) -> set[str]:
    """Those of an annotation's undone settlements that ours does not descend from (a settlement made later lists
    them among its parents: from then on a copy of one is simply an older version)."""
    return set(withdrawn) - ancestors(ours_rev, graph) if withdrawn else set()


def settled_again(withdrawn: Set[str], ours_rev: str, theirs_rev: str, graph: Mapping[str, list[str]]) -> set[str]:
    """Of the settlements undone and not yet built on, those a new settlement of ours against `theirs_rev` decides
    again, to be listed among its parents: the ones each of whose parents ours or theirs descends from (or another
    one listed). Listing one that merged a version neither side holds (another teammate's, whose conflict is still
    open beside this one) made the new version descend from that teammate's words: his library took it as a later
    edit and wrote ours over his, and his next bundle closed our open conflict with him (an outside tester, four
    teammates)."""
    away = still_withdrawn(withdrawn, ours_rev, graph)
    known = ancestors(ours_rev, graph) | (ancestors(theirs_rev, graph) if theirs_rev else set())
    chosen: set[str] = set()
    while True:
        more = {rev for rev in away - chosen if rev in graph and set(graph[rev]) <= known}
        if not more:
            return chosen
        chosen |= more
        for rev in more:
            known |= ancestors(rev, graph)


def pruned(graph: Mapping[str, list[str]], withdrawn: Set[str]) -> dict[str, list[str]]:
    """The ancestry without passing through undone settlements: a version made on top of one is not made on top of
    what the settlement merged (weighed as a whole version against ours, never as "their later edit"), nor is the
    settlement itself (its conflict gone, a copy comes back as one: merged against ours, "Keep mine" wrote the words
    it had taken, ours being its parent unchanged)."""
    return {rev: [] if rev in withdrawn else [p for p in parents if p not in withdrawn]
            for rev, parents in graph.items()}


def closing(rev: str, graph: Mapping[str, list[str]], withdrawn: Set[str]) -> set[str]:
    """The versions an incoming `rev` carries on from, as far as closing open conflicts goes: never through a
    settlement undone here, even one ours has come to descend from since (Ana took a teammate's version built on it,
    to settle another conflict): the conflict it had settled was reopened by the person and only she closes it —
    else her own version, sent back by a teammate, closed it and its words were in no library (an outside tester)."""
    return ancestors(rev, pruned(graph, withdrawn))


def weigh(incoming_rev: str, ours_rev: str, graph: Mapping[str, list[str]], withdrawn: Set[str],
          open_conflicts: Iterable[tuple[str, str]] = (), hashes: Mapping[str, str] | None = None) -> str | None:
    """What to do with an incoming version that descends from ours, given the settlements undone here and the
    annotation's open conflicts (id, the rev of theirs): "withdrawn" (it is one of them, and what it settled against
    ours is still held by an open conflict: kept out, said), "conflict" (made on top of one, or one whose conflict is no longer open —
    its import undone, say: both stay, the person chooses), or None (nothing undone on its way, or each one on its way
    settled again by someone who had undone it too: a settlement listing it among more than the two parents a merge
    has, made itself on what it merged — weighed as usual; a teammate who had undone the same settlement took that for
    an edit on it and kept a second conflict no exchange closed. A library's automatic merge that came to descend
    from both sides otherwise is no such decision: taken as one, it closed the reopened conflict, a fuzzer's seed)."""
    away = still_withdrawn(withdrawn, ours_rev, graph)
    says = (hashes or {}).get(ours_rev)
    back = {rev for rev in away & ancestors(incoming_rev, graph) if says and (hashes or {}).get(rev) == says
            and len(graph.get(rev, [])) == 1}  # our own undo, made on top of an import since undone, back at our words
    away -= set().union(*(ancestors(rev, graph) for rev in back))  # (its line undid the edit below: after the
    # import came back, our undo sent was "1 edit you undid … kept undone" and a teammate's edit on it a conflict)
    if not away:
        return None
    if incoming_rev in away:
        settled = ancestors(incoming_rev, graph) - ancestors(ours_rev, graph) - away
        held = set().union(*(ancestors(rev, graph) for _, rev in open_conflicts if rev))
        return "withdrawn" if settled <= held else "conflict"  # (kept out with no conflict open, the other side's
        # words, sent, were nowhere — and the import said "its conflict stays open": an outside tester)
    lineage = ancestors(incoming_rev, graph)
    decided_again = {undone for rev in lineage if len(set(graph.get(rev, []))) > 2  # (a merge has two parents)
                     for undone in away & set(graph[rev])
                     if set(graph.get(undone, [])) - away <= ancestors(rev, pruned(graph, away))}
    return None if away & lineage <= decided_again else "conflict"  # (a settlement made again: as usual)


def our_undo(incoming_rev: str, ours_rev: str, graph: Mapping[str, list[str]], withdrawn: Set[str],
             hashes: Mapping[str, str]) -> str | None:
    """Our own undo of an edit undone above an import (one parent, saying what ours says, made on top of both ours and
    the incoming copy of the edit), when the import is ours again (taken anew after its undo): the version to hold
    instead of ours, so that it travels. Without it the teammate who holds the edit kept it for good while we kept it
    out, with no conflict open anywhere (an outside tester's fuzzer, seed 12036)."""
    says = hashes.get(ours_rev)
    found = [rev for rev in still_withdrawn(withdrawn, ours_rev, graph) if says and hashes.get(rev) == says
             and len(graph.get(rev, [])) == 1 and {incoming_rev, ours_rev} <= ancestors(rev, graph)]
    return max(found, key=lambda rev: (len(ancestors(rev, graph)), rev)) if found else None
