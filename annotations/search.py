"""Queries over the index: Whoosh syntax with field prefixes, highlighted snippets, facets, "did you mean".

`type:person zakharova`, `status:disputed`, `tag:casualties`, `entity:"Maria Zakharova"`, `grade:b2`,
`kind:claim AND NOT status:supported`; `*` lists every annotation.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from whoosh import highlight, qparser, query as wq, sorting

from annotations.errors import QueryError
from annotations.index_docs import DEFAULT_FIELD, FIELD_ALIASES

FACET_FIELDS = ("kind", "type", "status", "tag", "document")
_FIELD_PREFIX = re.compile(r"(?<![\w\"'])([A-Za-z_]+):(?=\S)")
"""`STATUS:Disputed` -> `status:Disputed`: field names are case-insensitive for users."""
__all__ = ["Hit", "SearchResult", "QueryError", "run"]


@dataclass(frozen=True)
class Hit:
    kind: str
    document_id: str
    annotation_id: str | None
    label: str | None
    exact: str
    snippet: str
    """HTML: escaped text with each matched term in <b>…</b>."""
    score: float
    start: int | None = None
    title: str = ""
    status: str | None = None
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    query: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    suggestion: str | None = None
    estimated: bool = False
    """True when `total` is Whoosh's estimate (more matches than `limit`, no facets asked for): top-N
    collection skips postings that cannot make the list, so the exact count would cost a second pass."""


_PARSERS: dict[int, qparser.QueryParser] = {}


def _parser(schema: Any) -> qparser.QueryParser:
    """One parser per schema (building one costs more than a small search)."""
    if id(schema) not in _PARSERS:
        parser = qparser.QueryParser(DEFAULT_FIELD, schema)
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        _PARSERS[id(schema)] = parser
    return _PARSERS[id(schema)]


class _Formatter(highlight.Formatter):
    """Escaped text with <b> around matches (Whoosh's HtmlFormatter adds classes we do not want)."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"<b>{html.escape(highlight.get_text(text, token, replace))}</b>"

    def _text(self, text: str) -> str:
        return html.escape(text)


def _plain_snippet(text: str, limit: int = 160) -> str:
    return html.escape(text if len(text) <= limit else text[: limit - 1] + "…")


def run(searcher: Any, query_text: str, limit: int = 20, facets: bool = False,
        text_for: Callable[[str], str] | None = None) -> SearchResult:
    """Search one index with an open Whoosh searcher. Matches are counted while they are collected
    (block-quality skipping off), so the total costs no second pass over the postings."""
    text = _FIELD_PREFIX.sub(lambda m: m.group(1).lower() + ":", (query_text or "").strip())
    parser = _parser(searcher.schema)
    if text in ("", "*"):
        q: Any = wq.Every()
    else:
        try:
            q = parser.parse(text)
        except Exception as exc:
            raise QueryError(f"Cannot understand the query {text!r} ({exc}).") from None
    if isinstance(q, wq.Every) and not facets:
        return _first(searcher, text, limit)
    if isinstance(q, wq.Term) and q.fieldname in FILTER_FIELDS and not facets:
        return _filtered(searcher, text, q, limit)
    if _only_filters(q) and not facets:
        return _filter_combination(searcher, text, q, limit)
    groupedby = None
    if facets:
        groupedby = {name: sorting.FieldFacet(name, allow_overlap=(name == "tag")) for name in FACET_FIELDS}
    collector = searcher.collector(limit=limit, groupedby=groupedby, maptype=sorting.Count if facets else None)
    if facets and hasattr(collector, "usequality"):
        collector.usequality = False  # facets need every match anyway; count them on the way
    searcher.search_with_collector(q, collector)
    results = collector.results()
    marks = _Marks(q, text)
    hits = [_hit(h, marks, text_for) for h in results]
    facet_counts: dict[str, dict[str, int]] = {}
    if facets:
        for name in FACET_FIELDS:
            counts = results.groups(name)
            facet_counts[name] = {str(k): int(v) for k, v in counts.items() if k not in (None, "")}
    scored = results.scored_length()
    if facets or scored < limit:
        total, estimated = (len(results) if facets else scored), False
    else:
        total, estimated = max(scored, results.estimated_length()), True
    suggestion = None
    if scored == 0:
        corrected = searcher.correct_query(q, text, prefix=1, correctors={
            DEFAULT_FIELD: searcher.corrector(DEFAULT_FIELD)})  # first letter right: 10x cheaper
        if corrected.query != q:
            suggestion = corrected.string
    return SearchResult(query=text, total=total, hits=hits, facets=facet_counts, suggestion=suggestion,
                        estimated=estimated)


FILTER_FIELDS = ("kind", "type", "status", "tag", "reliability", "credibility", "grade", "anchor", "doctype")
"""Keyword fields: a query that is one of them alone (`type:person`) is a filter with nothing to rank."""


def _filtered(searcher: Any, text: str, q: Any, limit: int) -> SearchResult:
    """A lone keyword filter (`type:person`, `status:disputed`): its first `limit` matches in index order
    and the count from the term's posting list. Scoring 50,000 equal matches to show 20 cost 50 ms."""
    reader = searcher.reader()
    hits: list[Hit] = []
    if (q.fieldname, q.text) in reader:
        for docnum in reader.postings(q.fieldname, q.text).all_ids():
            if reader.is_deleted(docnum):
                continue
            stored = searcher.stored_fields(docnum)
            hits.append(_hit_from_fields(stored, _plain_snippet(stored.get("exact") or stored.get("title", "")), 1.0))
            if len(hits) >= limit:
                break
    total = reader.doc_frequency(q.fieldname, q.text) if hits else 0
    estimated = reader.has_deletions() and len(hits) >= limit  # the frequency may still count deleted items
    if len(hits) < limit:
        total = len(hits)
    return SearchResult(query=text, total=max(total, len(hits)), hits=hits, estimated=estimated)


def _only_filters(q: Any) -> bool:
    """A combination (AND, OR, NOT) of keyword filters only: there is nothing to rank."""
    if isinstance(q, wq.Term):
        return q.fieldname in FILTER_FIELDS
    if isinstance(q, wq.Not):
        return _only_filters(q.query)
    if isinstance(q, (wq.And, wq.Or, wq.AndNot)):
        return all(_only_filters(sub) for sub in q.children())
    return False


def _filter_combination(searcher: Any, text: str, q: Any, limit: int) -> SearchResult:
    """`kind:claim AND tag:security`: the first `limit` matches in index order, unscored, and the
    query's own size estimate for the total past the limit (counting an intersection of two
    12,000-long posting lists in Python costs 60 ms)."""
    reader = searcher.reader()
    matcher = q.matcher(searcher)
    hits: list[Hit] = []
    while matcher.is_active() and len(hits) < limit:
        docnum = matcher.id()
        if not reader.is_deleted(docnum):
            stored = searcher.stored_fields(docnum)
            hits.append(_hit_from_fields(stored, _plain_snippet(stored.get("exact") or stored.get("title", "")), 1.0))
        matcher.next()
    if len(hits) < limit:
        return SearchResult(query=text, total=len(hits), hits=hits)
    return SearchResult(query=text, total=max(len(hits), int(q.estimate_size(reader))), hits=hits, estimated=True)


def _first(searcher: Any, text: str, limit: int) -> SearchResult:
    """`*`: the first `limit` items in index order (reading order for a rebuilt index), exact total."""
    hits: list[Hit] = []
    for docnum in searcher.reader().all_doc_ids():
        if len(hits) >= limit:
            break
        stored = searcher.stored_fields(docnum)
        hits.append(_hit_from_fields(stored, _plain_snippet(stored.get("exact") or stored.get("title", "")), 0.0))
    return SearchResult(query=text, total=searcher.doc_count(), hits=hits)


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
    return SearchResult(query=results[0].query, total=sum(r.total for r in results), hits=hits, facets=facets,
                        suggestion=suggestion, estimated=any(r.estimated for r in results))


class _Marks:
    """What to mark in snippets: the query's terms per field, the catch-all field's for every field."""

    fragmenter = highlight.ContextFragmenter(maxchars=200, surround=60)
    whole = highlight.WholeFragmenter()

    def __init__(self, q: Any, query_text: str) -> None:
        self.by_field: dict[str, set[str]] = {}
        for fieldname, term in q.iter_all_terms():
            word = term.decode("utf-8", "replace") if isinstance(term, bytes) else str(term)
            self.by_field.setdefault(fieldname, set()).add(word)
        self.anywhere = self.by_field.get(DEFAULT_FIELD, set()) | {w.lower() for w in re.findall(r"\w+", query_text)}

    def snippet(self, schema: Any, fieldname: str, text: str, top: int = 2) -> str:
        terms = self.anywhere | self.by_field.get(fieldname, set())
        if not terms or not text:
            return ""
        analyzer = schema[fieldname].analyzer if fieldname in schema else schema[DEFAULT_FIELD].analyzer
        fragmenter = self.whole if len(text) <= 240 else self.fragmenter  # a short quote is shown whole
        return str(highlight.highlight(text, frozenset(terms), analyzer, fragmenter, _Formatter(), top=top))


def _hit(h: Any, marks: _Marks, text_for: Callable[[str], str] | None) -> Hit:
    stored = h.fields()
    schema = h.searcher.schema
    is_document = stored.get("doctype") == "document"
    snippet = ""
    if is_document:
        if text_for is not None:
            snippet = marks.snippet(schema, "text", text_for(stored["document"]))
    else:
        for name in ("quote", "note", "entity", "speaker", "title"):
            if stored.get(name):
                snippet = marks.snippet(schema, name, stored[name])
                if snippet:
                    if name != "quote":
                        snippet = f"{_plain_snippet(stored['exact'], 80)} — {snippet}"
                    break
        if not snippet:
            snippet = _plain_snippet(stored.get("exact", ""))
    return _hit_from_fields(stored, snippet, h.score if isinstance(h.score, float) else 0.0)


def _hit_from_fields(stored: dict[str, Any], snippet: str, score: float) -> Hit:
    is_document = stored.get("doctype") == "document"
    tags = tuple(t for t in (stored.get("tag") or "").split(",") if t)
    return Hit(
        kind=stored.get("kind", ""), document_id=stored["document"], annotation_id=stored.get("annotation_id"),
        label=stored.get("type") if not is_document else None, exact=stored.get("exact", ""), snippet=snippet,
        score=score, start=stored.get("start"), title=stored.get("title", ""),
        status=stored.get("status"), tags=tags,
    )
