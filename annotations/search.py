"""Queries over the index: Whoosh syntax with field prefixes, highlighted snippets, facets, "did you mean".

`type:person zakharova`, `status:disputed`, `tag:casualties`, `entity:"Maria Zakharova"`, `grade:b2`,
`kind:claim AND NOT status:supported`; `*` lists every annotation.
"""
from __future__ import annotations

import html
import re
import weakref
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from whoosh import collectors, highlight, qparser, query as wq

from annotations.errors import QueryError
from annotations.analysis import NAMES_FIELD
from annotations.name_keys import query_keys
from annotations.index_docs import DEFAULT_FIELD, FIELD_ALIASES, language_fields

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


_PARSERS: dict[tuple[int, tuple[str, ...]], qparser.QueryParser] = {}
LANGUAGE_FIELDS = tuple(language_fields())


def _parser(schema: Any, local: tuple[str, ...] = ()) -> qparser.QueryParser:
    """One parser per schema and set of language fields (building one costs more than a small search).
    Plain words look in the catch-all field and in each language field that holds words: a query does not
    know a document's language, so each field analyses it its own way (stemmed as Russian, as German...)."""
    key = (id(schema), local)
    if key not in _PARSERS:
        if local:
            parser = qparser.MultifieldParser([DEFAULT_FIELD, *local], schema)
        else:
            parser = qparser.QueryParser(DEFAULT_FIELD, schema)
        parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
        _PARSERS[key] = parser
    return _PARSERS[key]


def _local_fields(searcher: Any) -> tuple[str, ...]:
    """The language fields this index holds words in (none in an English library)."""
    found = _LOCAL.get(searcher)
    if found is None:
        reader = searcher.reader()
        found = tuple(name for name in LANGUAGE_FIELDS if name in searcher.schema and reader.field_length(name))
        _LOCAL[searcher] = found
    return found


_LOCAL: weakref.WeakKeyDictionary[Any, tuple[str, ...]] = weakref.WeakKeyDictionary()


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
    """Search one index with an open Whoosh searcher. Without facets the top `limit` are collected with
    Whoosh's block-quality skipping and the total past them is its estimate; with facets every match
    is collected once (scored and its number kept), and the facets are counted from those numbers.
    A query of keyword filters only is not scored: its matches and facets come from the per-segment
    facet tables (numpy), its hits are its first matches in index order."""
    text = _FIELD_PREFIX.sub(lambda m: m.group(1).lower() + ":", (query_text or "").strip())
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}. "
                         "Search for a few distinctive words instead.")
    q = _with_name_spellings(searcher, _parse(searcher.schema, text, _local_fields(searcher)))
    if isinstance(q, wq.Every) and not facets:
        return _first(searcher, text, limit)
    if isinstance(q, wq.Term) and q.fieldname in FILTER_FIELDS and not facets:
        return _filtered(searcher, text, q, limit)
    if _only_filters(q):
        if not facets:
            return _filter_combination(searcher, text, q, limit)
        counted = _filter_facets(searcher, q)
        if counted is not None:
            result = _filter_combination(searcher, text, q, limit)
            return SearchResult(query=text, total=counted[0], hits=result.hits, facets=counted[1])
    ranked, allowed = _split_filters(searcher, q)
    keeping = _KeepingCollector(limit) if facets else None
    collector: Any = keeping or searcher.collector(limit=limit)
    if allowed is not None:
        collector = collectors.FilterCollector(collector, allow=allowed)
    _execute(searcher, text, lambda: searcher.search_with_collector(ranked, collector))
    results = collector.results()
    marks = _Marks(q, text)
    hits = [_hit(h, marks, text_for) for h in results]
    facet_counts: dict[str, dict[str, int]] = {}
    matched = 0
    if keeping is not None:
        matched, facet_counts = _facets(searcher, keeping.kept())
    scored = results.scored_length()
    if facets or scored < limit:
        total, estimated = (matched if facets else scored), False
    else:
        estimate = results.estimated_length() if allowed is None else min(results.estimated_length(), len(allowed))
        total, estimated = max(scored, estimate), True
    suggestion = _suggestion(searcher, q, text) if scored == 0 else None
    return SearchResult(query=text, total=total, hits=hits, facets=facet_counts, suggestion=suggestion,
                        estimated=estimated)


class _KeepingCollector(collectors.TopCollector):
    """Whoosh's top-N collector, keeping the number of every match it sees (block-quality skipping off,
    so it sees them all): the facets are then counted from these numbers, not from a second pass of
    the query's matchers over the postings (which cost as much again as the search)."""

    def __init__(self, limit: int) -> None:
        super().__init__(limit=limit, usequality=False)
        self._kept: list[int] = []

    def collect(self, sub_docnum: int) -> Any:
        self._kept.append(self.offset + sub_docnum)
        return super().collect(sub_docnum)

    def kept(self) -> Any:
        return np.array(self._kept, dtype=np.int64)


def _facets(searcher: Any, docnums: Any) -> tuple[int, dict[str, dict[str, int]]]:
    """How many items match, and their counts per value of each facet field, given the matches' numbers
    (`docnums`, index-wide). Whoosh's own facets (`groupedby`) rebuilt, on every query, a document ->
    value table for every field and segment from the postings (the `tag` one as a list per document):
    time in proportion to the whole index, not to the matches. Here each segment's tables are built once
    (segments never change but for deletions, which the matcher leaves out) and a query costs its
    matches: numpy looks their values up and counts them."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
    docnums = np.sort(docnums)
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        lo, hi = np.searchsorted(docnums, [offset, offset + reader.doc_count_all()])
        ids = docnums[lo:hi] - offset
        if len(ids):
            _count(_segment_facets(reader), ids, counts)
    return len(docnums), counts


def _count(tables: dict[str, tuple[list[str], Any]], ids: Any, counts: dict[str, dict[str, int]]) -> None:
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


def _split_filters(searcher: Any, q: Any) -> tuple[Any, set[int] | None]:
    """`type:org authority`: the ranked part (`authority`) and the items the keyword filters allow, as
    index-wide numbers computed with numpy from the facet tables. Whoosh intersected the two posting
    lists in Python, stepping through the filter's (a twentieth of the library) to score the words'
    matches; now only the words' postings are walked, each checked against the set. (The filters'
    constant share of every score is left out, so the order is unchanged.) (q, None) for other queries."""
    if not isinstance(q, wq.And):
        return q, None
    filters = [sub for sub in q.subqueries if _only_filters(sub)]
    ranked = [sub for sub in q.subqueries if not _only_filters(sub)]
    if not filters or not ranked:
        return q, None
    condition = filters[0] if len(filters) == 1 else wq.And(filters)
    allowed: list[Any] = []
    for sub, offset in searcher.leaf_searchers():
        reader = sub.reader()
        mask = _mask(condition, reader, _segment_facets(reader))
        if mask is None:
            return q, None
        allowed.append(np.flatnonzero(mask) + offset)
    return (ranked[0] if len(ranked) == 1 else wq.And(ranked)), set(np.concatenate(allowed).tolist())


def _filter_facets(searcher: Any, q: Any) -> tuple[int, dict[str, dict[str, int]]] | None:
    """Total and facets of a query of keyword filters only, without visiting its matches one by one:
    per segment, a mask of the matches computed with numpy from the facet tables (`kind:claim AND
    tag:security` on 1,000,000 annotations is a few array operations instead of a Python step per
    match). None if the query holds a node this does not compute."""
    counts: dict[str, dict[str, int]] = {name: {} for name in FACET_FIELDS}
    total = 0
    for sub, _offset in searcher.leaf_searchers():
        reader = sub.reader()
        tables = _segment_facets(reader)
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


def _mask(q: Any, reader: Any, tables: dict[str, tuple[list[str], Any]]) -> Any:
    """The items of one segment matching `q` (a combination of keyword filters) as a boolean array."""
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


_SEGMENT_FACETS: dict[str, dict[str, tuple[list[str], Any]]] = {}
SEGMENT_FACETS_KEPT = 400
"""Segments whose facet tables are kept (a 1,000,000-annotation index has ~40; edits add small ones)."""


def _segment_facets(reader: Any) -> dict[str, tuple[list[str], Any]]:
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


MAX_QUERY_CHARS = 1_000
"""Longer queries are refused: they are pasted text, not searches (100,000 characters took 52 s)."""
MAX_SUGGESTION_TERMS = 8
"""Spelling suggestions are looked up for short queries only (each term costs a corrector walk)."""
MAX_BOOST = 1_000.0
"""`word^1e308` would make every score infinite (and the hit vanish); boosts are capped here."""
_DOUBLE_NOT = re.compile(r"\bNOT\s+NOT\s+")


def _parse(schema: Any, text: str, local: tuple[str, ...] = ()) -> Any:
    """The Whoosh query for `text`; a QueryError in plain words when it cannot be read."""
    if text in ("", "*"):
        return wq.Every()
    while _DOUBLE_NOT.search(text):  # Whoosh's parser fails on a double negation; it cancels out
        text = _DOUBLE_NOT.sub("", text)
    try:
        q = _parser(schema, local).parse(text)
    except Exception:  # the parser's own errors ("list index out of range") mean nothing to users
        raise QueryError(f"Cannot understand the query {text!r}: check its quotes, brackets and "
                         "AND/OR/NOT.") from None
    return q.accept(_cap_boost)


MAX_SPELLINGS = 20
"""Other spellings of a name looked up per query word (a key shared by more is too vague to widen on)."""


def _with_name_spellings(searcher: Any, q: Any) -> Any:
    """Each plain word that is, by its key across scripts and romanisations, a name an entity is known by
    under another spelling also matches that spelling: "Zelensky" finds the annotations of the entity
    whose alias is "Зеленський" (`names` field: "key|spelling" terms). A word whose every known spelling
    it already matches adds nothing, so the query (and its results) stay as they were."""
    spellings = _name_spellings(searcher)
    if not spellings:
        return q
    words = searcher.schema[DEFAULT_FIELD].analyzer

    def widen(node: Any) -> Any:
        if not (isinstance(node, wq.Term) and node.fieldname == DEFAULT_FIELD and isinstance(node.text, str)):
            return node
        others: list[str] = []
        for key in sorted(query_keys(node.text)):
            for spelling in spellings.get(key, ()):
                if [t.text for t in words(spelling)] != [node.text]:
                    others.append(f"{key}|{spelling}")
        if not others or len(others) > MAX_SPELLINGS:
            return node
        return wq.Or([node, *(wq.Term(NAMES_FIELD, t, boost=node.boost) for t in others)])

    return q.accept(widen)


_SPELLINGS: weakref.WeakKeyDictionary[Any, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def _name_spellings(searcher: Any) -> dict[str, list[str]]:
    """The `names` field's lexicon as key -> spellings, read once per searcher (a searcher lives until the
    index changes; looking each key up in Whoosh's term table cost 0.8 ms a word on 20 segments)."""
    if NAMES_FIELD not in searcher.schema:
        return {}
    found = _SPELLINGS.get(searcher)
    if found is None:
        found = {}
        for term in searcher.reader().lexicon(NAMES_FIELD):
            key, _, spelling = (term.decode("utf-8") if isinstance(term, bytes) else str(term)).partition("|")
            found.setdefault(key, []).append(spelling)
        _SPELLINGS[searcher] = found
    return found


def _cap_boost(node: Any) -> Any:
    boost = getattr(node, "boost", 1.0)
    if isinstance(boost, (int, float)) and not (-MAX_BOOST <= boost <= MAX_BOOST):
        node = node.copy()
        node.boost = MAX_BOOST if boost > 0 else 1.0  # NaN and negatives fall back to no boost
    return node


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
        raise QueryError(f"The query {text!r} cannot be run on these fields; try plain words or "
                         "field:value filters.") from None


def _nodes(q: Any) -> list[Any]:
    out = [q]
    for child in q.children():
        out += _nodes(child)
    return out


def _suggestion(searcher: Any, q: Any, text: str) -> str | None:
    """"Did you mean" for a short query of plain terms; None for ranges, long queries, or on failure
    (a suggestion is a courtesy, never a reason for a search to fail)."""
    if len(text) > 200:
        return None
    nodes = _nodes(q)
    if len(nodes) > 2 * MAX_SUGGESTION_TERMS or any(isinstance(n, wq.RangeMixin) for n in nodes):
        return None
    try:
        reader = searcher.reader()  # words as written (the catch-all field), not a language field's stems
        terms = [(f, t) for f, t in q.iter_all_terms() if f == DEFAULT_FIELD and (f, t) not in reader]
        corrected = searcher.correct_query(q, text, prefix=1, terms=terms, correctors={
            DEFAULT_FIELD: searcher.corrector(DEFAULT_FIELD)})  # first letter right: 10x cheaper
        return str(corrected.string) if corrected.query != q else None
    except Exception:
        return None


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
    matcher = _execute(searcher, text, lambda: q.matcher(searcher))
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

    def snippet(self, schema: Any, fieldname: str, text: str, top: int = 2, local: str = "") -> str:
        """`text` with the query's terms marked. In a document of another language (`local`: its language
        field), the words matched through that field are marked with its analyser first: a Russian
        inflection of the query's word, a Ukrainian "п'ятниця" as one word (not "п")."""
        terms = self.anywhere | self.by_field.get(fieldname, set())
        if not text:
            return ""
        fragmenter = self.whole if len(text) <= 240 else self.fragmenter  # a short quote is shown whole
        if local in self.by_field and local in schema:
            marked = str(highlight.highlight(text, frozenset(self.by_field[local]), schema[local].analyzer,
                                             fragmenter, _Formatter(), top=top))
            if "<b>" in marked:
                return marked
        if fieldname in ("entity", "speaker") and NAMES_FIELD in self.by_field and NAMES_FIELD in schema:
            marked = str(highlight.highlight(text, frozenset(self.by_field[NAMES_FIELD]), schema[NAMES_FIELD].analyzer,
                                             fragmenter, _Formatter(), top=top))
            if "<b>" in marked:
                return marked
        if not terms:
            return ""
        analyzer = schema[fieldname].analyzer if fieldname in schema else schema[DEFAULT_FIELD].analyzer
        return _joined(str(highlight.highlight(text, frozenset(terms), analyzer, fragmenter, _Formatter(), top=top)))


_SPLIT_MARK = re.compile(r"</b>((?:&#x27;|[’ʼ`]))<b>")


def _joined(marked: str) -> str:
    """One mark over a word the English analyser splits at its inner apostrophe: "<b>Мар’яна</b>", not
    "<b>Мар</b>’<b>яна</b>" (both halves matched: the query's word split the same way)."""
    return _SPLIT_MARK.sub(r"\1", marked)


def _hit(h: Any, marks: _Marks, text_for: Callable[[str], str] | None) -> Hit:
    stored = h.fields()
    schema = h.searcher.schema
    is_document = stored.get("doctype") == "document"
    snippet = ""
    if is_document:
        if text_for is not None:
            snippet = marks.snippet(schema, "text", text_for(stored["document"]), local=stored.get("language", ""))
    else:
        for name in ("quote", "note", "entity", "speaker", "title"):
            if stored.get(name):
                snippet = marks.snippet(schema, name, stored[name], local=stored.get("language", ""))
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
