"""Queries over the index: Whoosh syntax with field prefixes, highlighted snippets, facets, "did you mean".

`type:person zakharova`, `status:disputed`, `tag:casualties`, `entity:"Maria Zakharova"`, `grade:b2`,
`kind:claim AND NOT status:supported`; `*` lists every annotation.

This module runs a search: it picks the cheapest path that gives the same answer for the query (every item,
one keyword filter, a combination of filters, or a ranked query) and builds the `SearchResult`. What the
query means is `search_query`, facets and filter masks from numpy tables are `search_facets`, hits and
their marked snippets are `search_hits`. The public names stay importable from here.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from whoosh import collectors, query as wq

from annotations.errors import QueryError
from annotations.search_facets import (
    FACET_FIELDS as FACET_FIELDS, SEGMENT_FACETS_KEPT as SEGMENT_FACETS_KEPT, KeepingCollector, count_facets,
    filter_facets, split_filters,
)
from annotations.search_hits import Hit, Marks, ranked_hit, unranked_hit
from annotations.search_query import (
    FILTER_FIELDS as FILTER_FIELDS, LANGUAGE_FIELDS as LANGUAGE_FIELDS, MAX_BOOST as MAX_BOOST,
    MAX_QUERY_CHARS as MAX_QUERY_CHARS, MAX_SPELLINGS as MAX_SPELLINGS, MAX_SUGGESTION_TERMS as MAX_SUGGESTION_TERMS,
    did_you_mean, local_fields, name_spellings, normalise, only_filters, parse, with_name_spellings,
)
from annotations.search_words import left_out_message, noted, start_noting

__all__ = ["Hit", "SearchResult", "QueryError", "run"]

# The names these had before search.py was split, which tests reach in for: tests/core/test_search_facets.py
# compares the numpy facets with Whoosh's matching, and test_search_forms_and_names.py switches the other
# spellings of names off by replacing `_name_spellings` here — so `run` looks them up through this name.
_parse = parse
_only_filters = only_filters
_facets = count_facets
_filter_facets = filter_facets
_name_spellings = name_spellings


EXACT_COUNT_POSTINGS = 5_000
"""A query with more matches than it shows (ranked, or keyword filters) is counted exactly when its postings add up
to at most this many (a second, unscored pass: 1 ms for `harbour OR fish` on 6,000 annotations); past it the total is Whoosh's
estimate, never more than the items there are."""


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    estimated: bool = False
    """True when `total` is Whoosh's estimate (more matches than `limit`, no facets asked for, postings past
    `EXACT_COUNT_POSTINGS`): top-N collection skips postings that cannot make the list, so the exact count would
    cost a second pass."""
    behind: int = 0
    """Annotations changed in the library that the index does not hold yet (another process held it and the catch-up
    was put off): the search did not see them, and says so — an edit just made otherwise looked unsaved."""
    left_out: tuple[tuple[str, bool], ...] = ()
    """Words of the query too common to search for ("of", "US"), each with whether it was looked for as a name
    instead (`search_words`)."""

    def left_out_note(self) -> str:
        """What to tell the person about the words left out: when the search found nothing (the reason it may
        have), or a word was looked for as a name only; "" otherwise ("Bank of England" needs no remark)."""
        if self.left_out and (self.total == 0 or any(as_name for _, as_name in self.left_out)):
            return left_out_message(self.left_out)
        return ""


WAITING_TITLE = "(waiting for its document: add the file to see it there)"
"""The title a search hit shows for an annotation imported before its document (no title is known here)."""


def said_waiting(result: SearchResult, waiting: set[str]) -> SearchResult:
    """`result` with the hits on documents the library does not have (`waiting`: their ids) titled as waiting."""
    return replace(result, hits=[replace(h, title=WAITING_TITLE) if h.annotation_id and h.document_id in waiting
                                 else h for h in result.hits])


def run(searcher: Any, query_text: str, limit: int = 20, facets: bool = False,
        text_for: Callable[[str], str] | None = None) -> SearchResult:
    """Search one index with an open Whoosh searcher. Without facets the top `limit` are collected with
    Whoosh's block-quality skipping and the total past them is its estimate; with facets every match
    is collected once (scored and its number kept), and the facets are counted from those numbers.
    A query of keyword filters only is not scored: its matches and facets come from the per-segment
    facet tables (numpy), its hits are its first matches in index order."""
    text = normalise(query_text)
    start_noting()
    q = with_name_spellings(searcher, parse(searcher.schema, text, local_fields(searcher)), _name_spellings(searcher))
    return replace(_run(searcher, text, q, limit, facets, text_for), left_out=noted())


def _run(searcher: Any, text: str, q: Any, limit: int, facets: bool,
         text_for: Callable[[str], str] | None) -> SearchResult:
    if isinstance(q, wq.Every) and not facets:
        return _first(searcher, text, limit)
    if isinstance(q, wq.Term) and q.fieldname in FILTER_FIELDS and not facets:
        return _filtered(searcher, text, q, limit)
    if only_filters(q):
        if not facets:
            return _filter_combination(searcher, text, q, limit)
        counted = filter_facets(searcher, q)
        if counted is not None:
            result = _filter_combination(searcher, text, q, limit)
            return SearchResult(query=text, total=counted[0], hits=result.hits, facets=counted[1])
    return _ranked(searcher, text, q, limit, facets, text_for)


def _ranked(searcher: Any, text: str, q: Any, limit: int, facets: bool,
            text_for: Callable[[str], str] | None) -> SearchResult:
    """A query with words to rank: scored, its keyword filters (if any) applied as a set of allowed items;
    with facets, counted from the matches the scoring pass kept."""
    ranked, allowed = split_filters(searcher, q)
    if allowed is not None and not allowed:  # the filters pass nothing; Whoosh's FilterCollector takes an empty
        none: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS} if facets else {}  # set for "all"
        return SearchResult(query=text, total=0, hits=[], facets=none)
    keeping = KeepingCollector(limit) if facets else None
    collector: Any = keeping or searcher.collector(limit=limit)
    if allowed is not None:
        collector = collectors.FilterCollector(collector, allow=allowed)
    _execute(searcher, text, lambda: searcher.search_with_collector(ranked, collector))
    results = collector.results()
    marks = Marks(q, text)
    hits = [ranked_hit(h, marks, text_for) for h in results]
    facet_counts: dict[str, dict[str, int]] = {}
    matched = 0
    if keeping is not None:
        matched, facet_counts = count_facets(searcher, keeping.kept())
    scored = results.scored_length()
    if facets or scored < limit:
        total, estimated = (matched if facets else scored), False
    elif results.estimated_length() <= EXACT_COUNT_POSTINGS:
        total, estimated = sum(1 for d in searcher.docs_for_query(ranked) if allowed is None or d in allowed), False
    else:  # Whoosh's estimate adds up the postings of a union's parts: `*a*` was "about 11,215" of 6,000 items
        bounds = [results.estimated_length(), searcher.doc_count(), *([len(allowed)] if allowed is not None else [])]
        total, estimated = max(scored, min(bounds)), True
    suggestion = did_you_mean(searcher, q, text) if scored == 0 else None
    return SearchResult(query=text, total=total, hits=hits, facets=facet_counts, suggestion=suggestion,
                        estimated=estimated)


def _first(searcher: Any, text: str, limit: int) -> SearchResult:
    """`*`: the first `limit` items in index order (reading order for a rebuilt index), exact total."""
    hits: list[Hit] = []
    for docnum in searcher.reader().all_doc_ids():
        if len(hits) >= limit:
            break
        hits.append(unranked_hit(searcher.stored_fields(docnum), 0.0))
    return SearchResult(query=text, total=searcher.doc_count(), hits=hits)


def _filtered(searcher: Any, text: str, q: Any, limit: int) -> SearchResult:
    """A lone keyword filter (`type:person`, `status:disputed`): its first `limit` matches in index order
    and the count from the term's posting list. Scoring 50,000 equal matches to show 20 cost 50 ms."""
    reader = searcher.reader()
    hits: list[Hit] = []
    if (q.fieldname, q.text) in reader:
        for docnum in reader.postings(q.fieldname, q.text).all_ids():
            if reader.is_deleted(docnum):
                continue
            hits.append(unranked_hit(searcher.stored_fields(docnum), 1.0))
            if len(hits) >= limit:
                break
    postings = reader.doc_frequency(q.fieldname, q.text) if hits else 0
    total = min(postings, searcher.doc_count())
    estimated = reader.has_deletions() and len(hits) >= limit  # the frequency may still count deleted items (never
    # past the live items: `kind:highlight` said "about 3,000" in a library of 1,000; a tester on the fixes, stop 57)
    if len(hits) < limit:
        total = len(hits)
    elif estimated and postings <= EXACT_COUNT_POSTINGS:  # few: counted ("about 26" of 25 highlights)
        live = reader.postings(q.fieldname, q.text).all_ids()
        total, estimated = sum(1 for docnum in live if not reader.is_deleted(docnum)), False
    return SearchResult(query=text, total=max(total, len(hits)), hits=hits, estimated=estimated)


def _filter_combination(searcher: Any, text: str, q: Any, limit: int) -> SearchResult:
    """`kind:claim AND tag:security`: the first `limit` matches in index order, unscored, and the
    query's own size estimate for the total past the limit (counting an intersection of two
    12,000-long posting lists in Python costs 60 ms)."""
    reader = searcher.reader()
    matcher = _execute(searcher, text, lambda: q.matcher(searcher))
    hits: list[Hit] = []
    while matcher.is_active() and len(hits) < limit:
        docnum = matcher.id()
        if not reader.is_deleted(docnum):
            hits.append(unranked_hit(searcher.stored_fields(docnum), 1.0))
        matcher.next()
    if len(hits) < limit:
        return SearchResult(query=text, total=len(hits), hits=hits)
    postings = int(q.estimate_size(reader))  # (an OR adds its parts up)
    if postings <= EXACT_COUNT_POSTINGS:  # few: counted, as a ranked query's are ("about" said for 25 of 25)
        total = len(hits)
        while matcher.is_active():
            total += not reader.is_deleted(matcher.id())
            matcher.next()
        return SearchResult(query=text, total=total, hits=hits)
    estimate = min(postings, searcher.doc_count())
    return SearchResult(query=text, total=max(len(hits), estimate), hits=hits, estimated=True)


def _execute(searcher: Any, text: str, run_query: Callable[[], Any]) -> Any:
    """Run a query; when it fails while the index answers a plain query, the query is at fault (an odd
    range or field) and the user gets a QueryError, not an index rebuild. Otherwise the error goes up
    to the index, which rebuilds a damaged index."""
    try:
        return run_query()
    except Exception:
        try:
            searcher.search(wq.Every(), limit=1)
        except Exception:
            raise  # the index itself fails: the caller rebuilds it
        raise QueryError(f"The query “{text}” cannot be run on these fields; try plain words or "
                         "field:value filters.") from None


def combine(results: list[SearchResult], limit: int) -> SearchResult:
    """Several indexes' results as one (scope "all"): hits in order of score, counts added up."""
    if len(results) == 1:
        return results[0]
    hits = sorted((h for r in results for h in r.hits), key=lambda h: -h.score)[:limit]
    facets: dict[str, dict[str, int]] = {}
    for r in results:
        for name, counts in r.facets.items():
            merged = facets.setdefault(name, {})
            for key, n in counts.items():
                merged[key] = merged.get(key, 0) + n
    suggestion = next((r.suggestion for r in results if r.suggestion), None)
    left_out = tuple(dict.fromkeys(word for r in results for word in r.left_out))
    return SearchResult(query=results[0].query, total=sum(r.total for r in results), hits=hits, facets=facets,
                        suggestion=suggestion, estimated=any(r.estimated for r in results), left_out=left_out)
