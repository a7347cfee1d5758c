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
from annotations.index_docs import DEFAULT_FIELDS, FIELD_ALIASES, FIELD_BOOSTS

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


def _parser(schema: Any, scope: str) -> qparser.QueryParser:
    fields = list(DEFAULT_FIELDS) + (["content"] if scope != "annotations" else [])
    parser = qparser.MultifieldParser(fields, schema, fieldboosts=dict(FIELD_BOOSTS, content=1.0))
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


class _Formatter(highlight.Formatter):
    """Escaped text with <b> around matches (Whoosh's HtmlFormatter adds classes we do not want)."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"<b>{html.escape(highlight.get_text(text, token, replace))}</b>"

    def _text(self, text: str) -> str:
        return html.escape(text)


def _plain_snippet(text: str, limit: int = 160) -> str:
    return html.escape(text if len(text) <= limit else text[: limit - 1] + "…")


def run(ix: Any, query_text: str, limit: int = 20, scope: str = "annotations", facets: bool = False,
        text_for: Callable[[str], str] | None = None) -> SearchResult:
    """Search; `scope` is "annotations", "documents" or "all"."""
    text = (query_text or "").strip()
    if scope == "annotations":
        restrict: Any = wq.Term("doctype", "annotation")
    elif scope == "documents":
        restrict = wq.Term("doctype", "document")
    else:
        restrict = None
    parser = _parser(ix.schema, scope)
    text = _FIELD_PREFIX.sub(lambda m: m.group(1).lower() + ":", text)
    if text in ("", "*"):
        q: Any = wq.Every()
    else:
        try:
            q = parser.parse(text)
        except Exception as exc:
            raise QueryError(f"Cannot understand the query {text!r} ({exc}).") from None
    with ix.searcher() as searcher:
        groupedby = None
        if facets:
            groupedby = {name: sorting.FieldFacet(name, allow_overlap=(name == "tag")) for name in FACET_FIELDS}
        sortedby = sorting.MultiFacet([sorting.FieldFacet("document"), sorting.FieldFacet("start")]) \
            if isinstance(q, wq.Every) else None
        results = searcher.search(q, limit=limit, filter=restrict, groupedby=groupedby,
                                  maptype=sorting.Count if facets else None, sortedby=sortedby, terms=True)
        results.fragmenter = highlight.ContextFragmenter(maxchars=200, surround=60)
        results.formatter = _Formatter()
        hits = [_hit(h, text_for) for h in results]
        facet_counts: dict[str, dict[str, int]] = {}
        if facets:
            for name in FACET_FIELDS:
                counts = results.groups(name)
                facet_counts[name] = {str(k): int(v) for k, v in counts.items() if k not in (None, "")}
        suggestion = None
        if not isinstance(q, wq.Every) and results.scored_length() == 0:
            corrected = searcher.correct_query(q, text)
            if corrected.query != q:
                suggestion = corrected.string
        return SearchResult(query=text, total=len(results), hits=hits, facets=facet_counts, suggestion=suggestion)


def _hit(h: Any, text_for: Callable[[str], str] | None) -> Hit:
    stored = h.fields()
    is_document = stored.get("doctype") == "document"
    snippet = ""
    if is_document:
        if text_for is not None:
            snippet = h.highlights("content", text=text_for(stored["document"]), top=2)
    else:
        for name in ("quote", "note", "entity", "speaker", "title"):
            if stored.get(name):
                snippet = h.highlights(name, top=2)
                if snippet:
                    if name != "quote":
                        snippet = f"{_plain_snippet(stored['exact'], 80)} — {snippet}"
                    break
        if not snippet:
            snippet = _plain_snippet(stored.get("exact", ""))
    tags = tuple(t for t in (stored.get("tag") or "").split(",") if t)
    return Hit(
        kind=stored.get("kind", ""), document_id=stored["document"], annotation_id=stored.get("annotation_id"),
        label=stored.get("type") if not is_document else None, exact=stored.get("exact", ""), snippet=snippet,
        score=h.score if isinstance(h.score, float) else 0.0, start=stored.get("start"), title=stored.get("title", ""),
        status=stored.get("status"), tags=tags,
    )
