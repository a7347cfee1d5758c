"""Three-way merge of a document's properties (title, authors, language...) against the version both
sides last shared: pure functions, so two libraries that merge the same two edits agree on the result.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from annotations.model import DocumentRecord
from annotations.revisions import DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, ancestors, depth


def common_version(ours: str, theirs: str, graph: Mapping[str, list[str]],
                   known: Mapping[str, Mapping[str, object]]) -> Mapping[str, object] | None:
    """What the nearest common ancestor of two versions said (of those whose properties we know), or None."""
    common = (ancestors(ours, graph) & ancestors(theirs, graph)) & set(known)
    if not common:
        return None
    return known[max(common, key=lambda r: (depth(r), r))]


def merge_properties(ours: DocumentRecord, theirs: DocumentRecord, ours_rev: str,
                     base: Mapping[str, object] | None = None, graph: Mapping[str, list[str]] | None = None,
                     known: Mapping[str, Mapping[str, object]] | None = None) -> DocumentRecord:
    """Both sides edited a document's properties: a three-way merge, property by property, against
    `base` (what their common ancestor said): a property only one side changed takes that side's value,
    whichever edit is later; one both changed to different values takes the later edit — the version that
    gave it that value (found in `graph` among the `known` versions), not the side's latest version, which
    may be a merge or an edit of another property (ties by revision id). The same on both sides whoever
    imports first, and the same whatever order three teammates exchange in. Without a known base: the one
    side that set it, else the later edit (an emptied property counts as not set: the other side's value stays)."""
    graph, known = graph or {}, known or {}
    fields: dict[str, object] = {}
    for key in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET):
        mine, other = getattr(ours, key), getattr(theirs, key)
        if key == "format" or mine == other:
            continue
        later_edit = other if (edit_of(theirs.rev, key, other, graph, known) or (theirs.modified, theirs.rev)) > (
            edit_of(ours_rev, key, mine, graph, known) or (ours.modified, ours_rev)) else mine
        if base is not None:
            was = _value(key, base.get(key))
            fields[key] = other if mine == was else mine if other == was else later_edit
        else:
            fields[key] = other if not mine else mine if not other else later_edit
    return replace(ours, **fields, modified=max(ours.modified, theirs.modified))  # type: ignore[arg-type]


def edit_of(rev: str, key: str, value: object, graph: Mapping[str, list[str]],
            known: Mapping[str, Mapping[str, object]]) -> tuple[str, str] | None:
    """(when, which version) the edit that gave `key` the `value` version `rev` says was made: the
    latest version in its ancestry that says it while none of its known parents does (a merge, or an edit
    of another property, only passed it on). None if that version's date is unknown."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    stack = [rev]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        same = [p for p in graph.get(current, ()) if p in known and _value(key, known[p].get(key)) == value]
        if same:
            stack.extend(same)
            continue
        stamp = known.get(current, {}).get("modified")
        if not isinstance(stamp, str):
            return None
        found.append((stamp, current))
    return max(found, default=None)


def _value(key: str, value: object) -> object:
    """A property as a record holds it (stored versions say lists and None where a record says tuples and '')."""
    if isinstance(value, list):
        return tuple(value)
    return "" if value is None and key in DOCUMENT_CONTENT_IF_SET else value
