"""Merge of a document's properties (title, authors, language...) made concurrently on two sides: pure
functions of the two histories, so every library that has seen the same versions computes the same
value, whatever order the bundles came in.

A property's value is given by an EDIT: a version that says a value none of its parents says (a
first version, a change, a value set back to an earlier one — a revert is an edit like any other; a
merge, or an edit of another property, only passes the value on). An edit made on top of another edit
of the same property supersedes it. Of the edits of a property in the two histories that nothing
supersedes, the later (by the date its version was made; ties by revision id) gives the merged value.
This is the README's rule — a property only one side changed takes that change (the other side's edit
is an ancestor of it), one both changed takes the later edit — decided by WHICH version gave the value,
never by comparing values with the common ancestor's: "their title equals the base's" may be a revert
made after ours.

Dates are the sender's word (`modified` is not hashed): `merge_documents` bounds them before they get
here (see there). The edit that loses is not lost: its version stays in the library's property
history, and `property_conflicts` names it for the import report.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace

from annotations.model import DocumentRecord
from annotations.revisions import DOCUMENT_CONTENT, DOCUMENT_CONTENT_IF_SET, ancestors

PROPERTIES = tuple(k for k in (*DOCUMENT_CONTENT, *DOCUMENT_CONTENT_IF_SET) if k != "format")


@dataclass(frozen=True)
class PropertyConflict:
    """Both sides changed `key` to different values: `kept` (the later edit, made `kept_at`) won over
    `lost` (made `lost_at`, version `lost_rev`, kept in the library's property history)."""

    document_id: str
    key: str
    kept: object
    kept_at: str
    lost: object
    lost_at: str
    lost_rev: str
    lost_side: str
    """"ours" or "theirs": whose edit lost."""


def merge_properties(ours: DocumentRecord, theirs: DocumentRecord, ours_rev: str,
                     graph: Mapping[str, list[str]], known: Mapping[str, Mapping[str, object]]) -> DocumentRecord:
    """The two versions merged property by property (`graph`: rev -> parents of both histories;
    `known`: rev -> what that version's properties say and when it was made). The same on both sides
    whoever imports first. Without any common version known: the one side that set a property, else
    the later edit (an emptied property counts as not set: the other side's value stays)."""
    fields, _ = _merge(ours, theirs, ours_rev, graph, known)
    return replace(ours, **fields, modified=max(ours.modified, theirs.modified))  # type: ignore[arg-type]


def property_conflicts(ours: DocumentRecord, theirs: DocumentRecord, ours_rev: str,
                       graph: Mapping[str, list[str]], known: Mapping[str, Mapping[str, object]]
                       ) -> list[PropertyConflict]:
    """The properties both sides changed to different values since they last shared one, with the
    edit kept and the one that lost (what the import report shows: nothing is silently dropped)."""
    return _merge(ours, theirs, ours_rev, graph, known)[1]


def _merge(ours: DocumentRecord, theirs: DocumentRecord, ours_rev: str, graph: Mapping[str, list[str]],
           known: Mapping[str, Mapping[str, object]]) -> tuple[dict[str, object], list[PropertyConflict]]:
    ours_line, theirs_line = ancestors(ours_rev, graph), ancestors(theirs.rev, graph)
    shared = bool(ours_line & theirs_line & set(known))
    history = _History(graph, known, ours_line | theirs_line)
    fields: dict[str, object] = {}
    conflicts: list[PropertyConflict] = []
    for key in PROPERTIES:
        mine, other = getattr(ours, key), getattr(theirs, key)
        if mine == other:
            continue
        ours_edit = _edit(history, key, mine, ours_rev, ours.modified)
        theirs_edit = _edit(history, key, other, theirs.rev, theirs.modified)
        if not shared:  # two histories with nothing in common: the side that set it, else the later edit
            fields[key] = other if not mine else mine if not other else other if theirs_edit > ours_edit else mine
            continue
        frontier = history.frontier(key)  # an edit not under one of these was superseded by one of them
        mine_open = not any(ours_edit[1] in history.before(e) for e in frontier)
        theirs_open = not any(theirs_edit[1] in history.before(e) for e in frontier)
        if mine_open != theirs_open:  # one edit was made on top of the other (a change after seeing it)
            fields[key] = mine if mine_open else other
            continue
        theirs_later = theirs_edit > ours_edit  # both changed it, neither knowing the other's edit
        fields[key] = other if theirs_later else mine
        if mine_open:
            (kept_at, _), (lost_at, lost_rev) = (theirs_edit, ours_edit) if theirs_later else (ours_edit, theirs_edit)
            conflicts.append(PropertyConflict(ours.id, key, fields[key], kept_at, mine if theirs_later else other,
                                              lost_at, lost_rev, "ours" if theirs_later else "theirs"))
    return fields, conflicts


def _edit(history: _History, key: str, value: object, rev: str, fallback: str) -> tuple[str, str]:
    """(when, which version) the edit that gave `key` the `value` version `rev` holds: the latest version
    in its ancestry that says it while none of its known parents does. A library lacking that version's
    date (versions stored before dates were kept) uses `fallback`, the side's latest version's."""
    found: list[tuple[str, str]] = []
    seen: set[str] = set()
    stack = [rev]
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        same = [p for p in history.graph.get(current, ()) if p in history.known and history.value(p, key) == value]
        if same:
            stack.extend(same)
            continue
        stamp = history.known.get(current, {}).get("modified")
        found.append((stamp if isinstance(stamp, str) else fallback, current))
    return max(found)


class _History:
    """The versions of both histories whose properties are known, and which edits supersede which."""

    def __init__(self, graph: Mapping[str, list[str]], known: Mapping[str, Mapping[str, object]],
                 revs: set[str]) -> None:
        self.graph, self.known = graph, known
        self.revs = revs & set(known)
        self._before: dict[str, set[str]] = {}

    def value(self, rev: str, key: str) -> object:
        return _value(key, self.known[rev].get(key))

    def before(self, rev: str) -> set[str]:
        """The versions `rev` was made on top of (not itself)."""
        if rev not in self._before:
            self._before[rev] = ancestors(rev, self.graph) - {rev}
        return self._before[rev]

    def frontier(self, key: str) -> set[str]:
        """The edits of `key` that no other edit of it was made on top of."""
        edits = {r for r in self.revs
                 if not any(p in self.known and self.value(p, key) == self.value(r, key) for p in self.graph.get(r, ()))}
        superseded = set().union(*(self.before(e) for e in edits)) if edits else set()
        return edits - superseded


def _value(key: str, value: object) -> object:
    """A property as a record holds it (stored versions say lists and None where a record says tuples and '')."""
    if isinstance(value, list):
        return tuple(value)
    return "" if value is None and key in DOCUMENT_CONTENT_IF_SET else value
