"""What the query parser does with words the index holds differently from how they are typed: English stop words,
and a query that only excludes (dates given as a year or a month: `search_dates`).

Kept apart from `search_query` (which reads the query as a whole) because each rule here answers one way a plain
search silently found nothing (an outside tester, stop 59).
"""
from __future__ import annotations

import re
import threading
from typing import Any

from whoosh import qparser, query as wq
from whoosh.matching import AndNotMatcher
from whoosh.qparser import syntax

WORD_FIELDS = ("text", "quote", "note", "title")
"""Fields analysed as English words, stop words left out."""
NAME_FIELDS = ("entity", "speaker")
"""Where a stop word typed in capitals ("US", "IT") is looked for: names are indexed without stop words."""
_CAPITALS = re.compile(r"[A-Z]{2,4}")
_WORDLIKE = re.compile(r"\w")
"""A word left out that holds a letter or digit is a stop word; one without is signs alone (`~`, `&`, `—`)."""
_NOTED = threading.local()


class StopWordPlugin(qparser.Plugin):
    """A plain word the catch-all field leaves out as too common ("of", "the") is left out of every field. Before,
    the parser still looked for it in each language field, where it is not a stop word: one French annotation in
    the library made "Bank of England" require "of" in French, and every English search with "of" found nothing.
    A stop word typed in capitals (2-4 letters: "US", "IT") with no other plain word to look for is a name, looked
    for among names (beside other words, "IT department", it stays left out: the highlight is found by the rest).
    Runs after explicit field names are applied (100) and before the language fields are added (110)."""

    def __init__(self, default_field: str) -> None:
        self.default_field = default_field

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.do_stop_words, 105)]

    def do_stop_words(self, parser: Any, group: Any) -> Any:
        field = parser.schema[self.default_field]
        words = _plain_words(group)
        stops = {id(n) for n in words if not list(field.process_text(n.text, mode="query", removestops=True))}
        as_names = len(stops) == len(words) and all(name in parser.schema for name in NAME_FIELDS)
        return self._replace(group, stops, as_names, field)

    def _replace(self, group: Any, stops: set[int], as_names: bool, field: Any) -> Any:
        for i, node in enumerate(group):
            if isinstance(node, syntax.GroupNode):
                group[i] = self._replace(node, stops, as_names, field)
            elif (type(node) is syntax.WordNode and node.fieldname in WORD_FIELDS
                  or isinstance(node, qparser.PhrasePlugin.PhraseNode) and node.fieldname in (None, *WORD_FIELDS)) \
                    and node.text and not list(field.process_text(node.text, mode="query", removestops=True)):
                for word in node.text.split():  # (`note:of` and `"the US"` found nothing, unsaid)
                    _note(word, as_name=False)
            elif id(node) in stops:
                if as_names and _CAPITALS.fullmatch(node.text):
                    group[i] = syntax.OrGroup([_fielded(node, name) for name in NAME_FIELDS])
                    _note(node.text, as_name=True)
                else:
                    group[i] = _fielded(node, self.default_field, _LeftOut)  # (analysed there: nothing, as in
                    _note(node.text, as_name=False)  # English alone)
        return group


class _LeftOut(syntax.WordNode):
    """A stop word left out: nothing to look for (`ExcludeOnlyPlugin` counts a query of these and exclusions as
    exclusions alone: "the -fish" found nothing)."""


def _plain_words(group: Any) -> list[Any]:
    """The words of a query typed without a field that are looked for in the text (not those excluded by a minus or
    a NOT: "US -fish" looks for nothing but "US")."""
    out: list[Any] = []
    excluded = False
    for node in group:
        if isinstance(node, syntax.Whitespace):
            continue
        if isinstance(node, syntax.GroupNode):
            out += [] if excluded else _plain_words(node)
        elif type(node) is syntax.WordNode and node.fieldname is None and node.text and not excluded:
            out.append(node)
        excluded = isinstance(node, qparser.PlusMinusPlugin.Minus) or (
            isinstance(node, syntax.PrefixOperator) and getattr(node, "text", "") == "NOT")
    return out


def _fielded(node: Any, fieldname: str, kind: type = syntax.WordNode) -> Any:
    copy = kind(node.text)
    copy.set_fieldname(fieldname)
    copy.set_boost(node.boost)
    copy.startchar, copy.endchar = getattr(node, "startchar", None), getattr(node, "endchar", None)
    return copy


class _Everything(syntax.SyntaxNode):
    """Every item: what a query that only excludes ("-fish") excludes from."""

    has_fieldname = False
    has_text = False
    has_boost = False
    startchar = endchar = None

    def r(self) -> str:
        return "*"

    def query(self, parser: Any) -> Any:
        return wq.Every()


class ExcludeOnlyPlugin(qparser.Plugin):
    """`-fish` alone finds every item without "fish", as `NOT fish` does (it found nothing: the minus excluded
    from an empty query). Runs after `PlusMinusPlugin` has sorted the words (510)."""

    def filters(self, parser: Any) -> list[tuple[Any, int]]:
        return [(self.do_exclude_only, 511)]

    def do_exclude_only(self, parser: Any, group: Any) -> Any:
        if isinstance(group, syntax.AndNotGroup) and len(group) == 2 and isinstance(group[0], syntax.GroupNode) \
                and all(isinstance(node, _LeftOut) for node in group[0]):
            group[0] = _Everything()
        return group


class _SoundAndNotMatcher(AndNotMatcher):
    """Whoosh's AndNotMatcher skipped the excluded postings to the first match only when both started on the same
    item: with "fish" in items 0, 1, 2 and "council" in item 1 alone, `council -fish` found item 1 (an outside
    tester on the fixes, stop 59; in an index of one segment, after a rebuild)."""

    def _find_first(self) -> None:
        if self.a.is_active() and self.b.is_active():
            self._find_next()


class SoundAndNot(wq.AndNot):
    """`a ANDNOT b` over `_SoundAndNotMatcher`."""

    def matcher(self, searcher: Any, context: Any = None) -> Any:
        return _SoundAndNotMatcher(self.a.matcher(searcher, context), self.b.matcher(searcher,
                                                                                      searcher.boolean_context()))


def sound_exclusions(node: Any) -> Any:
    """Every `AndNot` of a parsed query as `SoundAndNot` (a query tree transform, for `Query.accept`)."""
    if type(node) is wq.AndNot:
        return SoundAndNot(node.a, node.b)
    return node


def start_noting() -> None:
    """Begin collecting the words the next parse leaves out (per thread: searches run on a worker)."""
    _NOTED.words = []


def noted() -> tuple[tuple[str, bool], ...]:
    """The words left out since `start_noting`, each with whether it was looked for as a name instead."""
    return tuple(getattr(_NOTED, "words", ()))


def _note(word: str, as_name: bool) -> None:
    if hasattr(_NOTED, "words") and (word, as_name) not in _NOTED.words:
        _NOTED.words.append((word, as_name))


def left_out_message(words: tuple[tuple[str, bool], ...]) -> str:
    """A line saying which words the search did not look for and how to find them anyway; "" for none."""
    plain = [w for w, as_name in words if not as_name and _WORDLIKE.search(w)]
    signs = [w for w, as_name in words if not as_name and not _WORDLIKE.search(w)]
    names = [w for w, as_name in words if as_name]
    parts = []
    if plain:
        quoted = ", ".join(f"“{w}”" for w in plain)
        named = next((w for w in plain if not w.islower()), "")  # ("May": Theresa May; "in" is no name)
        parts.append(f"{quoted} {'is' if len(plain) == 1 else 'are'} too common to search for and left out"
                     + (f" (entity:{named} finds a name)" if named else ""))
    if names:
        quoted = ", ".join(f"“{w}”" for w in names)
        parts.append(f"{quoted} searched as {'a name' if len(names) == 1 else 'names'} only (entity, speaker): as a "
                     "word it is too common to search for")
    if signs:  # (`~` alone was "too common to search for … (entity:~ finds a name)")
        quoted = ", ".join(f"“{w}”" for w in signs)
        parts.append(f"{quoted} {'holds' if len(signs) == 1 else 'hold'} no letter or digit to search for")
    return "; ".join(parts)
