"""Facets, and keyword filters, computed with numpy from per-segment tables instead of Whoosh's matchers.

Each index segment gets, once, a table per facet field (docnum -> value; for `tag` a flags matrix). From
these: the facet counts of a ranked query's matches (their numbers kept by `KeepingCollector` during the
one scoring pass), the matches of a combination of keyword filters as a boolean mask per segment — its
total and facets for a filter-only query, the set of items it allows for a ranked query with filters.
The counts are exactly what Whoosh's own matchers match, deleted items left out
(tests/core/test_search_facets.py).
"""
from __future__ import annotations

from typing import Any

import numpy as np
from whoosh import collectors, query as wq

from annotations.search_query import only_filters

FACET_FIELDS = ("kind", "type", "status", "tag", "document")
SEGMENT_FACETS_KEPT = 400
"""Segments whose facet tables are kept (a 1,000,000-annotation index has ~40; edits add small ones)."""

Tables = dict[str, tuple[list[str], Any]]
"""One segment's facet tables: per field, its values and the docnum -> value table (see `segment_facets`)."""
Counts = dict[str, dict[str, int]]
"""Per facet field, the number of matches per value."""

_SEGMENT_FACETS: dict[str, Tables] = {}


class KeepingCollector(collectors.TopCollector):
    """Whoosh's top-N collector, keeping the number of every match it sees (block-quality skipping and matcher
    replacement off, so it sees them all): the facets are then counted from these numbers, not from a second pass
    of the query's matchers over the postings (which cost as much again as the search). Replacement pruned a union
    whose parts could not beat the N-th score: `*a*` with equal scores counted 3,830 of 6,000 matches."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False, replace=0)
        self._kept: list[int] = []

    def collect(self, sub_docnum: int) -> Any:
        self._kept.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)

    def kept(self) -> Any:
        return np.array(self._kept, dtype=np.int64)


def count_facets(searcher: Any, docnums: Any) -> tuple[int, Counts]:
    """How many items match, and their counts per value of each facet field, given the matches' numbers
    (`docnums`, index-wide). Whoosh's own facets (`groupedby`) rebuilt, on every query, a document ->
    value table for every field and segment from the postings (the `tag` one as a list per document):
    time in proportion to the whole index, not to the matches. Here each segment's tables are built once
    (segments never change but for deletions, which the matcher leaves out) and a query costs its
    matches: numpy looks their values up and counts them."""
    counts: Counts = {name: {} for name in FACET_FIELDS}
    docnums = np.sort(docnums)
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        lo, hi = np.searchsorted(docnums, [offset, offset + reader.doc_count_all()])
        ids = docnums[lo:hi] - offset
        if len(ids):
            _count(segment_facets(reader), ids, counts)
    return len(docnums), counts


def filter_facets(searcher: Any, q: Any) -> tuple[int, Counts] | None:
    """Total and facets of a query of keyword filters only, without visiting its matches one by one:
    per segment, a mask of the matches computed with numpy from the facet tables (`kind:claim AND
    tag:security` on 1,000,000 annotations is a few array operations instead of a Python step per
    match). None if the query holds a node this does not compute."""
    counts: Counts = {name: {} for name in FACET_FIELDS}
    total = 0
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        tables = segment_facets(reader)
        mask = _mask(q, reader, tables)
        if mask is None:
            return None
        if reader.has_deletions():
            mask[np.fromiter(reader.segment().deleted_docs(), dtype=np.int64)] = False
        matched = int(np.count_nonzero(mask))
        if matched:
            total += matched
            _count(tables, mask, counts)
    return total, counts


def split_filters(searcher: Any, q: Any) -> tuple[Any, set[int] | None]:
    """`type:org authority`: the ranked part (`authority`) and the items the keyword filters allow, as
    index-wide numbers computed with numpy from the facet tables. Whoosh intersected the two posting
    lists in Python, stepping through the filter's (a twentieth of the library) to score the words'
    matches; now only the words' postings are walked, each checked against the set. (The filters'
    constant share of every score is left out, so the order is unchanged.) (q, None) for other queries.
    Deleted items stay in the set: the ranked part's matcher leaves them out."""
    if not isinstance(q, wq.And):
        return q, None
    filters = [sub for sub in q.subqueries if only_filters(sub)]
    ranked = [sub for sub in q.subqueries if not only_filters(sub)]
    if not filters or not ranked:
        return q, None
    condition = filters[0] if len(filters) == 1 else wq.And(filters)
    allowed: list[Any] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        mask = _mask(condition, reader, segment_facets(reader))
        if mask is None:
            return q, None
        allowed.append(np.flatnonzero(mask) + offset)
    return (ranked[0] if len(ranked) == 1 else wq.And(ranked)), set(np.concatenate(allowed).tolist())


def _count(tables: Tables, ids: Any, counts: Counts) -> None:
    """Add the facet values of the items `ids` (numbers or a mask) of one segment to `counts`."""
    for name, (values, table) in tables.items():
        into = counts[name]
        if table.ndim == 2:  # tags: one row of flags per value (an item has several)
            found = np.count_nonzero(table[:, ids], axis=1)
        else:
            found = np.bincount(table[ids], minlength=len(values) + 1)[1:]
        for value, n in zip(values, found.tolist()):
            if n:
                into[value] = into.get(value, 0) + int(n)


def _mask(q: Any, reader: Any, tables: Tables) -> Any:
    """The items of one segment matching `q` (a combination of keyword filters) as a boolean array;
    None if `q` holds a node this does not compute."""
    size = reader.doc_count_all()
    if isinstance(q, wq.Term):
        text = q.text.decode("utf-8") if isinstance(q.text, bytes) else str(q.text)
        if q.fieldname in tables:
            values, table = tables[q.fieldname]
            if text not in values:  # a few hundred values at most (`document`, per segment)
                return np.zeros(size, dtype=np.bool_)
            index = values.index(text)
            return table[index].copy() if table.ndim == 2 else table == index + 1
        mask = np.zeros(size, dtype=np.bool_)
        if (q.fieldname, text) in reader:
            mask[np.fromiter(reader.postings(q.fieldname, text).all_ids(), dtype=np.int64)] = True
        return mask
    parts = [_mask(sub, reader, tables) for sub in q.children()]
    if any(part is None for part in parts):
        return None
    if isinstance(q, wq.And) and parts:
        return np.logical_and.reduce(parts)
    if isinstance(q, wq.Or) and parts:
        return np.logical_or.reduce(parts)
    if isinstance(q, wq.Not):
        return ~parts[0]
    if isinstance(q, wq.AndNot):
        return parts[0] & ~parts[1]
    return None


def segment_facets(reader: Any) -> Tables:
    """Per facet field of one segment: its values, and a table docnum -> value number (1-based, 0 =
    none) — for `tag` a flags matrix value x docnum. Built from the postings once per segment."""
    segment = reader.segment() if hasattr(reader, "segment") else None
    key = f"{segment.segment_id()}:{reader.doc_count_all()}" if segment is not None else ""
    found = _SEGMENT_FACETS.get(key) if key else None
    if found is not None:
        return found
    size = reader.doc_count_all()
    found = {}
    for name in FACET_FIELDS:
        if name not in reader.schema:
            continue
        values = [t.decode("utf-8") if isinstance(t, bytes) else str(t) for t in reader.lexicon(name)]
        if name == "tag":
            table: Any = np.zeros((len(values), size), dtype=np.bool_)
            for i, value in enumerate(values):
                table[i, np.fromiter(reader.postings(name, value).all_ids(), dtype=np.int64)] = True
        else:
            table = np.zeros(size, dtype=np.int32)
            for i, value in enumerate(values):
                table[np.fromiter(reader.postings(name, value).all_ids(), dtype=np.int64)] = i + 1
        found[name] = (values, table)
    if key:
        if len(_SEGMENT_FACETS) >= SEGMENT_FACETS_KEPT:
            del _SEGMENT_FACETS[next(iter(_SEGMENT_FACETS))]
        _SEGMENT_FACETS[key] = found
    return found
