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
