"""What a search shows per item: the `Hit`, built from the index's stored fields, with its snippet — the
query's terms marked in escaped HTML (<b>…</b>) in the field that matched, as each field (and each
document language) analyses them.
"""
from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from whoosh import highlight

from annotations.analysis import NAMES_FIELD
from annotations.combining_marks import COMBINING_MARKS
from annotations.index_docs import DEFAULT_FIELD

_QUERY_WORD = re.compile(rf"[\w{COMBINING_MARKS}]+")
_SPLIT_MARK = re.compile(r"</b>((?:&#x27;|[’ʼ`]))<b>")


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


class Marks:
    """What to mark in snippets: the query's terms per field, the catch-all field's for every field."""

    fragmenter = highlight.ContextFragmenter(maxchars=200, surround=60)
    whole = highlight.WholeFragmenter()

    def __init__(self, q: Any, query_text: str) -> None:
        self.by_field: dict[str, set[str]] = {}
        for fieldname, term in q.iter_all_terms():
            word = term.decode("utf-8", "replace") if isinstance(term, bytes) else str(term)
            self.by_field.setdefault(fieldname, set()).add(word)
        self.anywhere = self.by_field.get(DEFAULT_FIELD, set()) | {w.lower() for w in _QUERY_WORD.findall(query_text)}

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


def ranked_hit(h: Any, marks: Marks, text_for: Callable[[str], str] | None) -> Hit:
    """A scored Whoosh hit with its snippet: for a document, its text (from `text_for`, when given) marked;
    for an annotation, the first of its quote, note, entity, speaker, title with a term marked (after
    the quote itself when it is not the quote), else the quote unmarked."""
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


def unranked_hit(stored: dict[str, Any], score: float) -> Hit:
    """An item found without scoring (a filter, `*`): nothing to mark, its quote (or title) as the snippet."""
    return _hit_from_fields(stored, _plain_snippet(stored.get("exact") or stored.get("title", "")), score)


def _hit_from_fields(stored: dict[str, Any], snippet: str, score: float) -> Hit:
    is_document = stored.get("doctype") == "document"
    tags = tuple(stored.get("tags") or (t for t in (stored.get("tag") or "").split(",") if t))  # (`tag` holds them
    # as searched, without commas; an index of schema 19, searched unchecked while another process rebuilds it,
    # stores only that)
    return Hit(
        kind=stored.get("kind", ""), document_id=stored["document"], annotation_id=stored.get("annotation_id"),
        label=stored.get("type") if not is_document else None, exact=stored.get("exact", ""), snippet=snippet,
        score=score, start=stored.get("start"), title=stored.get("title", ""),
        status=stored.get("status"), tags=tags,
    )


def _plain_snippet(text: str, limit: int = 160) -> str:
    return html.escape(text if len(text) <= limit else text[: limit - 1] + "…")


class _Formatter(highlight.Formatter):
    """Escaped text with <b> around matches (Whoosh's HtmlFormatter adds classes we do not want)."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"<b>{html.escape(highlight.get_text(text, token, replace))}</b>"

    def _text(self, text: str) -> str:
        return html.escape(text)


def _joined(marked: str) -> str:
    """One mark over a word the English analyser splits at its inner apostrophe: "<b>Мар’яна</b>", not
    "<b>Мар</b>’<b>яна</b>" (both halves matched: the query's word split the same way)."""
    return _SPLIT_MARK.sub(r"\1", marked)
