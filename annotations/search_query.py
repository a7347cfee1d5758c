"""A user's query read into a Whoosh query, and what can be said about it before it runs.

Reading: field names are case-insensitive (`STATUS:Disputed`), plain words look in the catch-all field and in
each language field the index holds words in, a double negation cancels out, boosts are capped, and a word
that is a name also matches the other spellings the index knows it by. Judging: whether a query is keyword
filters only (nothing to rank, so `annotations.search` runs it unscored), and "did you mean" for one that
found nothing. Nothing here runs a query; errors a user can fix are QueryErrors in plain words.
"""
from __future__ import annotations

import re
import weakref
from collections.abc import Iterator
from typing import Any

from whoosh import qparser, query as wq
from whoosh.codec.base import Automata
from whoosh.qparser import syntax
from whoosh.reading import TermNotFound
from whoosh.spelling import ReaderCorrector

from annotations.analysis import NAMES_FIELD
from annotations.errors import QueryError
from annotations.index_docs import DEFAULT_FIELD, FIELD_ALIASES, language_fields, tag_term
from annotations.name_keys import query_keys
from annotations.search_dates import whole_dates
from annotations.search_words import ExcludeOnlyPlugin, StopWordPlugin, sound_exclusions

MAX_QUERY_CHARS = 1_000
"""Longer queries are refused: they are pasted text, not searches (100,000 characters took 52 s)."""
MAX_SUGGESTION_TERMS = 8
"""Spelling suggestions are looked up for short queries only (each term costs a corrector walk)."""
MAX_BOOST = 1_000.0
"""`word^1e308` would make every score infinite (and the hit vanish); boosts are capped here."""
MAX_SPELLINGS = 20
"""Other spellings of a name looked up per query word (a key shared by more is too vague to widen on)."""
FILTER_FIELDS = ("kind", "type", "status", "tag", "reliability", "credibility", "grade", "anchor", "doctype")
"""Keyword fields: a query that is one of them alone (`type:person`) is a filter with nothing to rank."""
LANGUAGE_FIELDS = tuple(language_fields())

_FIELD_PREFIX = re.compile(r"(?<![\w\"'])([A-Za-z_]+):(?=\S)")
"""`STATUS:Disputed` -> `status:Disputed`: field names are case-insensitive for users."""
_FIELD_ENDING = re.compile(r"(?<![\w\"'])([A-Za-z_]+):$")
"""The field of an exact value (`TAG:'radio'`, the value cut off after it), in lower case too: it found nothing."""
_DOUBLE_NOT = re.compile(r"\bNOT\s+NOT\s+")
_SPACES = re.compile(r"\s+")
"""Any run of white space is one space: a quoted phrase pasted across a line break was not read as a phrase."""
_KEYWORD_NAMES = {name: name for name in FILTER_FIELDS} | {
    alias: name for name in FILTER_FIELDS for alias in FIELD_ALIASES.get(name, ())}
"""The keyword fields by each name a query may give them (`tags:` is `tag:`)."""
_QUOTED_KEYWORD = re.compile(rf"(?<![\w\"'])({'|'.join(_KEYWORD_NAMES)}):\"([^\"']*)\"")
_ID_PREFIX = re.compile(r"(?<![\w\"'])(document|doc):([0-9a-fA-F]{6,63})(?![\w*])")
_PARSERS: dict[tuple[int, tuple[str, ...]], qparser.QueryParser] = {}
_LOCAL: weakref.WeakKeyDictionary[Any, tuple[str, ...]] = weakref.WeakKeyDictionary()
_SPELLINGS: weakref.WeakKeyDictionary[Any, dict[str, list[str]]] = weakref.WeakKeyDictionary()


def normalise(raw: str | None) -> str:
    """The text a search runs (and reports back): stripped, field names in lower case; a quoted value of a
    keyword field one exact term (`tag:"fish, eries"`, a tag with a comma, could not be searched: a phrase on a
    field without positions); white space one space; a document named by the start of its id, as everywhere else, that prefix. A
    QueryError when it is too long to be a search."""
    text = _outside_exact((raw or "").strip(), lambda part: _ID_PREFIX.sub(
        lambda m: f"{m.group(1)}:{m.group(2).lower()}*", _QUOTED_KEYWORD.sub(
            lambda m: f"{_KEYWORD_NAMES[m.group(1)]}:'{tag_term(m.group(2))}'",
            _FIELD_ENDING.sub(lambda m: m.group(1).lower() + ":", _FIELD_PREFIX.sub(
                lambda m: m.group(1).lower() + ":", _SPACES.sub(" ", part))))))
    text = _EXACT_KEYWORD.sub(lambda m: f"{_KEYWORD_NAMES[m.group(1)]}:'{tag_term(m.group(2)[1:-1])}'", text)
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"The query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}. "
                         "Search for a few distinctive words instead.")
    return text


def parse(schema: Any, text: str, local: tuple[str, ...] = ()) -> Any:
    """The Whoosh query for `text`; a QueryError in plain words when it cannot be read."""
    if text in ("", "*"):
        return wq.Every()
    while _DOUBLE_NOT.search(_EXACT_IN_QUERY.sub("'q'", text)):  # Whoosh's parser fails on a double negation;
        text = _outside_exact(text, lambda part: _DOUBLE_NOT.sub("", part))  # it cancels out
    _check_syntax(text)
    check_fields(schema, text)
    try:
        q = _parser(schema, local).parse(text)
    except Exception:  # the parser's own errors ("list index out of range") mean nothing to users
        raise QueryError(f"Cannot understand the query “{text}”: check its quotes, brackets and "
                         "AND/OR/NOT.") from None
    return q.accept(_cap_boost).accept(_fuzzy_over_terms).accept(whole_dates).accept(whole_grades) \
        .accept(sound_exclusions)


_GRADE_LETTER = re.compile(r"[a-f]")
_AFTER_ALL = "\uffff"
"""Sorts after every character a grade holds: "c" + this is past every "c1" to "c6"."""


def whole_grades(node: Any) -> Any:
    """A grade's letter stands for its grades, as a year stands for its dates (`search_dates`): `grade:c` is C1 to
    C6, and a range ending at a letter takes that letter's grades in (`grade:[a TO c]` lost C3, which sorts after
    "c"), one starting after a letter leaves them out (`{a TO c]` took A1). Ends in lower case, as the field is."""
    if isinstance(node, wq.Term) and node.fieldname == "grade" and isinstance(node.text, str) \
            and _GRADE_LETTER.fullmatch(node.text.lower()):
        return wq.Prefix("grade", node.text.lower(), boost=node.boost)
    if not isinstance(node, wq.TermRange) or node.fieldname != "grade":
        return node
    start, end = (e.lower() if isinstance(e, str) else e for e in (node.start, node.end))
    if isinstance(end, str) and not node.endexcl and _GRADE_LETTER.fullmatch(end):
        end += _AFTER_ALL
    if isinstance(start, str) and node.startexcl and _GRADE_LETTER.fullmatch(start):
        start += _AFTER_ALL
    if (start, end) == (node.start, node.end):
        return node
    return wq.TermRange("grade", start, end, node.startexcl, node.endexcl, boost=node.boost,
                        constantscore=node.constantscore)


class FuzzyStem(wq.FuzzyTerm):
    """`word~`: the field's own terms within the distance of the word as the field analyses it. Whoosh's
    FuzzyTerm walked the field's spelling words (as written: "fished", "councils") and then looked them up among
    its stems ("fish", "council"), so `councils~`, `fished~`, even `fish~` found nothing where `fish` found two.
    Here the stem's near misses are stems too: the plain word's matches and its near misses'."""

    def _btexts(self, ixreader: Any) -> Any:
        try:
            cursor = ixreader.cursor(self.fieldname)
        except TermNotFound:
            return []
        dfa = Automata.levenshtein_dfa(self.text, self.maxdist, self.prefixlength)
        return list(Automata.find_matches(dfa, cursor))


def _fuzzy_over_terms(node: Any) -> Any:
    if type(node) is not wq.FuzzyTerm:
        return node
    return FuzzyStem(node.fieldname, node.text, boost=node.boost, maxdist=node.maxdist,
                     prefixlength=node.prefixlength, constantscore=node.constantscore)


_PAIRS = {"(": ")", "[": "]", "{": "}"}
_RANGE = re.compile(r"[\[{][^\[\]{}()]*?\bTO\b[^\[\]{}()]*?[\]}]")
"""A range, each end inclusive `[`/`]` or exclusive `{`/`}`, the two ends of either kind."""
_EMPTY_FIELD = re.compile(r"(?<![\w\"'])([a-z_]+):(?=\s|$|\))")
_TRAILING_OPERATOR = re.compile(r"(?:^|\s)(AND|OR|NOT)\s*$")
_LEADING_OPERATOR = re.compile(r"^(AND|OR)\s")
"""An operator with nothing after it ("fish NOT") or an AND/OR with nothing before it: Whoosh read it as the word."""
_NO_WEIGHT = re.compile(r"\^(?:-|0+(?:\.0*)?(?![\d.]))")
"""A boost of 0 or below (`fish^0`, `fish^-1`): the word then weighs nothing and the search found nothing, unsaid."""
"""`status:` with no value after it (at the end, before a space or a closing bracket)."""


def _check_syntax(text: str) -> None:
    """A QueryError for what Whoosh's lenient parser would silently read as something else: an unclosed
    quote or bracket (`"unterminated`, `((`, `date:[2020 TO`, `speaker:(`) or a field with no value
    (`status:`). Whoosh made words of the debris (`title:((` searched for the stem `titl`), found nothing
    and suggested "tidal" — the person was told there were no matches instead of that the query was broken."""
    problem = ""
    terms = _EXACT_IN_QUERY.sub("'q'", text)  # an exact term (`tag:'say "no"'`) may hold quotes and brackets
    if terms.count('"') % 2:
        problem = "a quote is not closed"
    else:
        outside = _RANGE.sub("q", re.sub(r'"[^"]*"', "q", terms))  # brackets inside a quoted phrase are words; a
        stack: list[str] = []  # range's may differ: {2020 TO 2021] is after 2020 up to 2021 (refused as unbalanced)
        for char in outside:
            if char in _PAIRS:
                stack.append(_PAIRS[char])
            elif char in _PAIRS.values():
                if not stack or stack.pop() != char:
                    problem = f"a “{char}” closes nothing"
                    break
        if not problem and stack:
            problem = f"a bracket is not closed (“{stack[-1]}” is missing)"
        if not problem and (empty := _EMPTY_FIELD.search(outside)):
            problem = f"“{empty.group(1)}:” has no value after it"
        if not problem and (dangling := _TRAILING_OPERATOR.search(outside)):
            problem = f"“{dangling.group(1)}” has nothing after it"
        if not problem and (leading := _LEADING_OPERATOR.search(outside)):
            problem = f"“{leading.group(1)}” has nothing before it"
        if not problem and _NO_WEIGHT.search(outside):
            problem = "a word weighed ^0 or less counts for nothing (use ^ with a number above 0, or NOT to leave it out)"
    if problem:
        raise QueryError(f"Cannot understand the query “{text}”: {problem}. Check its quotes, brackets and "
                         "AND/OR/NOT.")


_URL_AFTER = "//"
USER_FIELDS = ("type", "label", "kind", "status", "tag", "entity", "speaker", "by", "grade", "reliability", "credibility",
               "quote", "note", "title", "creator", "date", "document", "source", "from", "anchor", "text")
"""The fields the README's table names, said when a query names another."""


def _slip(typed: str, field: str) -> bool:
    """Whether `typed` is `field` with two neighbouring letters swapped, or one letter more or fewer (`stauts`,
    `statuss`, `speakr`): the slips of a hand, not other words one letter away (`trade:`, `king:`, `statue:` were
    refused as slips for grade, kind and status; an outside tester on the fixes, stop 54)."""
    if len(field) < 4 or typed == field:
        return False
    if len(typed) == len(field):
        wrong = [i for i, (a, b) in enumerate(zip(typed, field)) if a != b]
        return len(wrong) == 2 and wrong[1] == wrong[0] + 1 and typed[wrong[0]] == field[wrong[1]] \
            and typed[wrong[1]] == field[wrong[0]]
    longer, shorter = (typed, field) if len(typed) > len(field) else (field, typed)
    return len(longer) == len(shorter) + 1 and any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


def check_fields(schema: Any, text: str) -> None:
    """A QueryError for a `field:` the index has not that is a slip for one it has (`stauts:disputed` found
    nothing and said nothing; an outside tester, stop 54), naming it and the fields there are. Anything else with a
    colon is searched as before (`urn:isbn:…`, `tag:topic:energy`, a URL with a port, `mailto:`)."""
    known = set(schema.names()) | {alias for aliases in FIELD_ALIASES.values() for alias in aliases}
    outside = re.sub(r'"[^"]*"', "q", _EXACT_IN_QUERY.sub("'q'", text))
    for match in _FIELD_PREFIX.finditer(outside):
        name = match.group(1).lower()
        if name in known or (match.start() and not (outside[match.start() - 1].isspace()
                                                    or outside[match.start() - 1] in "(+-")):
            continue
        meant = [field for field in USER_FIELDS if _slip(name, field)]
        if meant and not outside.startswith(_URL_AFTER, match.end()):
            shown = ", ".join(sorted(USER_FIELDS))
            raise QueryError(f"The query names a field “{name}:” that the search does not have — did you mean "
                             f"“{meant[0]}:”? It has {shown}.")


EXACT_VALUE = r"'(?:\\[\\']|\\(?![\\'])|[^\\])*?'(?=\s|\]|[)}]|$)"
"""A value in single quotes is one exact term, quotes and brackets and all (`tag:'say "no"'`, `tag:'(draft)'`): it
ends at the first quote before a space, a closing bracket or the end (Whoosh's rule), and a backslash before a
quote or a backslash takes it as written (`tag:'rock \\'n\\' roll'`), so that any value can be written
(`keyword_term`)."""
_EXACT_IN_QUERY = re.compile(rf"(?<=:){EXACT_VALUE}")
_EXACT_KEYWORD = re.compile(rf"(?<![\w\"'])({'|'.join(_KEYWORD_NAMES)}):({EXACT_VALUE})")
"""An exact value of a keyword field: read as the field holds it (`tag_term`), so `tag:'minutes, p.4'` is the tag
"minutes, p.4" (the field's tokenizer parted it at its comma: `tag:minutes AND tag:p.4`)."""
_ESCAPED = re.compile(r"\\([\\'])")


class _ExactTermPlugin(qparser.TaggingPlugin):
    """Whoosh's single-quote plugin with `EXACT_VALUE`'s escapes: its own rule could not write a value holding a
    quote before a space."""

    expr = rf"(^|(?<=\W))(?P<text>{EXACT_VALUE})"

    def create(self, parser: Any, match: Any) -> Any:
        return syntax.WordNode(_ESCAPED.sub(r"\1", match.group("text")[1:-1]))


def keyword_term(field: str, value: str) -> str:
    """The query text that finds exactly the items whose `field` holds `value` (a facet clicked in the search
    panel): `tag:fire`, or the value quoted as `EXACT_VALUE` reads it back (`tag:'say "no"'`, `tag:'(draft)'`;
    they were `tag:"say "no""` and `tag:(draft)`, which found nothing)."""
    if re.fullmatch(r"\w+", value) and value not in ("AND", "OR", "NOT", "TO"):
        return f"{field}:{value}"
    return f"{field}:'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _outside_exact(text: str, change: Any) -> str:
    """`text` with `change` applied to what is not an exact value in single quotes (a tag's own words stay)."""
    out, at = [], 0
    for m in _EXACT_IN_QUERY.finditer(text):
        out += [change(text[at:m.start()]), m.group()]
        at = m.end()
    return "".join([*out, change(text[at:])])


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
        parser.add_plugin(qparser.PlusMinusPlugin(r"(?<![^\s(])\+", r"(?<![^\s(])-"))  # "-word" excludes, as in a
        # web search (it was the word itself: "-zoe" found Zoë), only where a term starts: "jean-luc" stays a word
        parser.add_plugin(qparser.FuzzyTermPlugin())  # "word~2" is fuzzy (it found nothing)
        parser.add_plugin(StopWordPlugin(DEFAULT_FIELD))
        parser.add_plugin(ExcludeOnlyPlugin())
        parser.remove_plugin_class(qparser.SingleQuotePlugin)
        parser.add_plugin(_ExactTermPlugin())
        _PARSERS[key] = parser
    return _PARSERS[key]


def local_fields(searcher: Any) -> tuple[str, ...]:
    """The language fields this index holds words in (none in an English library), read once per searcher."""
    found = _LOCAL.get(searcher)
    if found is None:
        reader = searcher.reader()
        found = tuple(name for name in LANGUAGE_FIELDS if name in searcher.schema and reader.field_length(name))
        _LOCAL[searcher] = found
    return found


def _cap_boost(node: Any) -> Any:
    boost = getattr(node, "boost", 1.0)
    if isinstance(boost, (int, float)) and not (-MAX_BOOST <= boost <= MAX_BOOST):
        node = node.copy()
        node.boost = MAX_BOOST if boost > 0 else 1.0  # NaN and negatives fall back to no boost
    return node


def with_name_spellings(searcher: Any, q: Any, spellings: dict[str, list[str]]) -> Any:
    """Each plain word that is, by its key across scripts and romanisations, a name an entity is known by
    under another spelling also matches that spelling: "Zelensky" finds the annotations of the entity
    whose alias is "Зеленський" (`names` field: "key|spelling" terms). A word whose every known spelling
    it already matches adds nothing, so the query (and its results) stay as they were. `spellings` is
    the index's `name_spellings` (given, not looked up here, so a caller may leave them out)."""
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


def name_spellings(searcher: Any) -> dict[str, list[str]]:
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


def only_filters(q: Any) -> bool:
    """A combination (AND, OR, NOT) of keyword filters only: there is nothing to rank."""
    if isinstance(q, wq.Term):
        return q.fieldname in FILTER_FIELDS
    if isinstance(q, wq.Not):
        return only_filters(q.query)
    if isinstance(q, (wq.And, wq.Or, wq.AndNot)):
        return all(only_filters(sub) for sub in q.children())
    return False


def did_you_mean(searcher: Any, q: Any, text: str) -> str | None:
    """"Did you mean" for a short query of plain terms; None for ranges, long queries, or on failure
    (a suggestion is a courtesy, never a reason for a search to fail), and when the suggestion, run as if typed,
    would find nothing too (its words held by different items)."""
    if len(text) > 200 or ":" in re.sub(r"\b[a-z_]+:(?=\S)", "", text):
        return None  # a colon left after the field prefixes: not plain words (the field name was read as one)
    nodes = _nodes(q)
    if len(nodes) > 2 * MAX_SUGGESTION_TERMS or any(isinstance(n, wq.RangeMixin) for n in nodes):
        return None
    try:
        reader = searcher.reader()  # words as written (the catch-all field), not a language field's stems
        terms = [(f, t) for f, t in q.iter_all_terms()  # a word of one character is not corrected: every
                 if f == DEFAULT_FIELD and (f, t) not in reader and len(t) > 1]  # short word is an edit away
        corrected = searcher.correct_query(q, text, prefix=1, terms=terms, correctors={
            DEFAULT_FIELD: _LiveCorrector(reader, DEFAULT_FIELD, searcher.schema[DEFAULT_FIELD])})  # first letter
        if corrected.query == q:  # right (prefix=1): 10x cheaper
            return None
        offered = parse(searcher.schema, str(corrected.string), local_fields(searcher))
        return str(corrected.string) if searcher.search(offered, limit=1).scored_length() else None
    except Exception:
        return None


class _LiveCorrector(ReaderCorrector):
    """Whoosh's corrector offering only words a live item holds: its word list keeps a deleted item's words until
    its segment is merged, and "did you mean: quokkaword" (a deleted note's word) found nothing."""

    def _suggestions(self, text: str, maxdist: int, prefix: int) -> Iterator[tuple[float, str]]:
        reader = self.reader
        for score, word in super()._suggestions(text, maxdist, prefix):
            if len(word) < 2 or 2 * len(word) < len(text):  # (a letter, or a stub: "big" -> "did you mean b")
                continue
            terms = list(self.fieldobj.process_text(word, mode="query"))
            if terms and all(_held(reader, self.fieldname, term) for term in terms):
                yield score, word


def _held(reader: Any, fieldname: str, term: str) -> bool:
    """Whether an item not deleted holds `term` (a deleted one stays in the postings until its segment merges)."""
    if (fieldname, term) not in reader:
        return False
    return any(not reader.is_deleted(docnum) for docnum in reader.postings(fieldname, term).all_ids())


def _nodes(q: Any) -> list[Any]:
    out = [q]
    for child in q.children():
        out += _nodes(child)
    return out
