"""What the search index holds: the Whoosh schema and the mapping from store records to index documents.

Pure functions; `annotations.index` decides when to write them.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from whoosh.analysis import (
    STOP_WORDS, Filter, LowercaseFilter, RegexTokenizer, StemFilter, StopFilter,
)
from whoosh.fields import ID, KEYWORD, STORED, TEXT, Schema

from annotations import analysis
from annotations.english_stem import english_stem
from annotations.language import base_language
from annotations.model import Annotation, DocumentRecord, Entity

INDEX_SCHEMA_VERSION = 22
"""Stamped on the index folder; an index stamped otherwise is rebuilt when the library opens (the store is the
truth, the index is derived). Raise it with any change to what the index holds or how a field is analysed:
13 keeps one-character words (`"Report 7"`, "Plan B"), folds accents, ligatures and soft hyphens in English
text (`words_analyzer`); 14 indexes Chinese, Japanese and Korean runs as pairs of characters
(`analysis.CjkBigramFilter`); 15 keeps a word with a zero-width space inside whole, and 16 does so only in scripts written with spaces
(`analysis.WORD_JOIN`; in Thai, Lao, Khmer and Burmese it parts words); 17 keeps combining marks in their word
(Hindi, Bengali, Tamil, Thai vowel signs and tone marks had split words into letters); 18 keeps a word with a
zero-width joiner or non-joiner whole and folds a Cyrillic stress mark away; 19 stems English with step 1b as Porter
wrote it (`english_stem`: "running" is "run", it was "runn"); 20 indexes a tag holding a comma with one space for
the comma and the spaces around it ("minutes, p.4" was "minutes  p.4", which no query wrote) and stores the tags
as they are, for the hits to show; 21 folds full-width letters and digits to ASCII
(`analysis.fold`: "ＩＭＦ", "１２月" in CJK text); 22 takes superscripts off the word they are raised on and reads
subscript digits as digits (`ScriptDigitsTokenizer`: "figures¹", "H₂O")."""
MAX_CONTENT_CHARS = 5_000_000
"""Documents' full text is indexed up to this many characters (a 50 MB text stays searchable at its start)."""

DEFAULT_FIELD = "text"
"""Plain words search one catch-all field: an annotation's quote, note, entity and speaker names (with
aliases) and tags; a document's title and full text. One posting list per word instead of a union
over six fields is what keeps search-as-you-type within a frame on 100,000 annotations."""
FIELD_ALIASES = {
    "text": ["content", "all", "any"],
    "type": ["label", "entity_type"], "tag": ["tags"], "note": ["notes", "comment"],
    "speaker": ["by", "said"], "document": ["doc"], "quote": ["exact"], "grade": ["grading"],
    "source": ["from", "imported"],
}


class RepeatedText(TEXT):
    """A text field whose values repeat across many index documents (a document's title on each of its
    annotations, an entity's names on each mention): each distinct value is analysed once and its terms
    reused (`REPEATS_KEPT` values per field, the oldest forgotten first). Profiling a rebuild found the
    analysers (tokenise, lower-case, stem) a quarter of the time, most of it on such repeated strings."""

    def index(self, value: Any, **kwargs: Any) -> Any:
        if kwargs or not isinstance(value, str):
            return super().index(value, **kwargs)
        cache: dict[str, tuple[Any, ...]] = self.__dict__.setdefault("_repeats", {})
        found = cache.get(value)
        if found is None:
            if len(cache) >= REPEATS_KEPT:
                del cache[next(iter(cache))]
            found = cache[value] = tuple(super().index(value))
        return found

    def __getstate__(self) -> dict[str, Any]:  # the schema is pickled into the index: not the cache
        return {k: v for k, v in self.__dict__.items() if k != "_repeats"}


REPEATS_KEPT = 20_000


_PICTOGRAPH = "\u231a-\u23ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"
EMOJI_PATTERN = (rf"(?:[\U0001f1e6-\U0001f1ff]{{2}}|[{_PICTOGRAPH}]"
                 rf"(?:[\ufe0f\u20e3\U0001f3fb-\U0001f3ff]|\u200d[{_PICTOGRAPH}])*)")
"""One emoji as one word: a flag (two regional indicators), or a pictograph with its skin tone, presentation
selector and the pictographs joined to it (👩🏽‍🚀 is woman, medium skin tone, ZWJ, rocket)."""
_WORD = rf"[\w{analysis.COMBINING_MARKS}]+"
TOKEN_PATTERN = rf"{_WORD}(?:(?:\.|{analysis.WORD_JOIN}){_WORD})*|{EMOJI_PATTERN}"
"""Words with their combining marks (Hindi "हिन्दी" whole, `analysis.COMBINING_MARKS`), keeping "3.5" and "U.S" together, and a word with soft hyphens or zero-width spaces inside
(`analysis.WORD_JOIN`) whole, and emoji (not `\\w`: a quote of 👩🏽‍🚀 had no word and could not be found). Set explicitly: Whoosh-Reloaded's
default also takes `*` as a word character, which makes Markdown "**bold**" one unsearchable token."""
_EMOJI_START = re.compile(f"[{_PICTOGRAPH}\U0001f1e6-\U0001f1ff]")


_SCRIPT_DIGITS = str.maketrans({**{c: " " for c in "\u00b2\u00b3\u00b9\u2070\u2071\u2074\u2075\u2076\u2077\u2078"
                                                  "\u2079\u207a\u207b\u207c\u207d\u207e\u207f"},
                                 **{chr(0x2080 + i): str(i) for i in range(10)}})


class ScriptDigitsTokenizer(RegexTokenizer):
    """Words as `TOKEN_PATTERN` finds them, superscripts taken off the word they are raised on and subscript digits
    read as digits: a note reference "figures¹" (as PDFs, books and web pages now read one) was one word that a
    search for `figures` missed, and `H2O` missed "H₂O". One character for one, so offsets stay those of the text."""

    def __call__(self, value: Any, **kwargs: Any) -> Any:
        if isinstance(value, str):
            value = value.translate(_SCRIPT_DIGITS)
        return super().__call__(value, **kwargs)


class EmojiFilter(Filter):
    """An emoji token is compared without its presentation selector (❤ = ❤️) and then given one (so a
    one-character emoji, 🚀, outlived the stop filter's minimum of two characters, which schema 13 dropped).
    Index and query run the same analyser, so both sides agree."""

    def __call__(self, tokens: Iterator[Any]) -> Iterator[Any]:
        for t in tokens:
            if _EMOJI_START.match(t.text):
                t.text = t.text.replace("\ufe0f", "") + "\ufe0f"
            yield t


STOP_WORDS_KEPT = frozenset({"a"})
ENGLISH_STOP_WORDS = frozenset(STOP_WORDS) - STOP_WORDS_KEPT
"""Whoosh's English stop words but "a", which names things as much as any letter ("Zone A", "Plan A",
"Category A"): dropped, `"Zone A"` was the phrase `zone` and found every zone."""


def words_analyzer() -> Any:
    """English text (quote, note, title, the catch-all `text`): Whoosh's StemmingAnalyzer chain with emoji
    kept, every word of one character kept (its stop filter dropped them, so `"Report 7"` was the phrase
    `report` and found every report, `7` nothing), soft hyphens and ligatures out and accents folded
    (`annotations.analysis`: `cafe` finds "café", as Ctrl+F does), then Porter stemming (`english_stem`:
    `run` finds "running")."""
    return (ScriptDigitsTokenizer(expression=TOKEN_PATTERN) | analysis.CjkBigramFilter() | LowercaseFilter()
            | analysis.PlainFormFilter() | EmojiFilter() | StopFilter(stoplist=ENGLISH_STOP_WORDS, minsize=1) | analysis.AccentFoldFilter()
            | StemFilter(stemfn=english_stem, cachesize=50000))


def names_analyzer() -> Any:
    """Names (entity, speaker, creator, source): words, lower case, soft hyphens and ligatures out, accents
    folded (`entity:zurich` finds "Zürich"); no stop words, no stemming."""
    return (ScriptDigitsTokenizer(expression=TOKEN_PATTERN) | analysis.CjkBigramFilter() | LowercaseFilter()
            | analysis.PlainFormFilter() | analysis.AccentFoldFilter())


def build_schema() -> Schema:
    words = words_analyzer()
    names = names_analyzer()
    flag = {"lowercase": True, "commas": True, "scorable": False}
    return Schema(
        uid=ID(unique=True, stored=True),
        doctype=ID(stored=True),
        annotation_id=STORED,
        document=ID(stored=True),
        kind=KEYWORD(stored=True, **flag),
        type=KEYWORD(stored=True, **flag),
        status=KEYWORD(stored=True, **flag),
        tag=KEYWORD(stored=True, **flag),
        reliability=KEYWORD(**flag),
        credibility=KEYWORD(**flag),
        grade=KEYWORD(**flag),
        anchor=KEYWORD(**flag),
        creator=RepeatedText(analyzer=names),
        text=TEXT(analyzer=words, spelling=True),
        quote=TEXT(stored=True, analyzer=words),
        note=TEXT(stored=True, analyzer=words),
        entity=RepeatedText(stored=True, analyzer=names),
        speaker=RepeatedText(stored=True, analyzer=names),
        title=RepeatedText(stored=True, analyzer=words),
        date=ID(stored=True),
        source=RepeatedText(analyzer=names),
        start=STORED,  # shown, never searched (indexed, it cost 8 terms per annotation)
        exact=STORED,
        tags=STORED,  # the annotation's tags as written (`tag` holds each as searched: no commas)
        language=STORED,
        names=RepeatedText(analyzer=analysis.names_analyzer()),
        **language_fields(),
    )


def language_fields() -> dict[str, Any]:
    """A text in another language than English is indexed a second time with its language's analyser
    (`annotations.analysis`): one field per stemmed language, `folded` for the others. Empty in an
    English library, so English search costs and finds what it did."""
    fields = {analysis.field_name(lang): TEXT(analyzer=analysis.analyzer(lang),  # Arabic: a word's readings, either
                                              multitoken_query="or" if lang == "ar" else "default")
              for lang in analysis.STEMMED_LANGUAGES}
    fields[analysis.FOLDED_FIELD] = TEXT(analyzer=analysis.analyzer(""))
    return fields


def language_field(document: DocumentRecord | None) -> str | None:
    """The language field a document's words (and its annotations') also go into; None for English and
    for a document whose language is not known."""
    lang = base_language(document.language) if document is not None else ""
    return None if lang in ("", "en") else analysis.field_name(lang)


def tag_term(value: str) -> str:
    """A tag as the `tag` field holds and a `tag:` value searches it: its commas (which part a keyword list) and
    the spaces around them one space ("Minutes, p.4" is "Minutes p.4"; lower-cased by the field)."""
    return " ".join(value.replace(",", " ").split())


def annotation_uid(annotation_id: str) -> str:
    return f"a:{annotation_id}"


def document_uid(document_id: str) -> str:
    return f"d:{document_id}"


def annotation_fields(
    a: Annotation, entities: Mapping[str, Entity], document: DocumentRecord | None, source: str = ""
) -> dict[str, Any]:
    """The index document of a live annotation; entity and speaker names include their aliases."""
    fields: dict[str, Any] = {
        "uid": annotation_uid(a.id), "doctype": "annotation", "annotation_id": a.id,
        "document": a.document_id, "kind": a.kind.value, "quote": a.target.exact, "exact": a.target.exact,
        "start": a.target.start, "anchor": a.anchor.value,
    }
    if a.label:
        fields["type"] = a.label
    if a.note:
        fields["note"] = a.note
    tags = [v for v in (tag_term(t) for t in a.tags) if v]  # (a tag of commas alone was an empty facet value
    if tags:  # that no `tag:` term finds; Hypothesis found it, stop 57)
        fields["tag"] = ",".join(tags)
    if a.tags:
        fields["tags"] = list(a.tags)
    if a.creator:
        fields["creator"] = a.creator
    entity = entities.get(a.entity_id) if a.entity_id else None
    if entity is not None:
        fields["entity"] = " ; ".join(entity.names())
    if a.claim is not None:
        fields["status"] = a.claim.status.value
        if a.claim.claim_type:
            fields["type"] = a.claim.claim_type
        if a.claim.reliability:
            fields["reliability"] = a.claim.reliability
        if a.claim.credibility:
            fields["credibility"] = str(a.claim.credibility)
        if a.claim.grading:
            fields["grade"] = a.claim.grading
        speaker = entities.get(a.claim.speaker_id) if a.claim.speaker_id else None
        if speaker is not None:
            fields["speaker"] = " ; ".join(speaker.names())
    names = " ; ".join(str(fields[k]) for k in ("entity", "speaker") if fields.get(k))
    if names:
        fields[analysis.NAMES_FIELD] = names  # the names' keys across scripts: "Zelensky" finds "Зеленський"
    fields["text"] = " ; ".join(
        str(v) for v in (fields["quote"], a.note, fields.get("entity"), fields.get("speaker"), " ".join(a.tags)) if v)
    if source:
        fields["source"] = source
    if document is not None:
        fields["title"] = document.title
        if document.published:
            fields["date"] = document.published
    local = language_field(document)
    if local is not None:
        fields["language"] = local
        fields[local] = fields["text"]
    return fields


def document_fields(doc: DocumentRecord) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "uid": document_uid(doc.id), "doctype": "document", "document": doc.id, "kind": "document",
        "title": doc.title, "type": doc.format,
        "text": "\n".join((doc.title, " ; ".join(doc.authors), doc.publisher, doc.text[:MAX_CONTENT_CHARS])),
    }  # the properties an analyst edits (title, authors, outlet) are found by plain words too
    if doc.published:
        fields["date"] = doc.published
    if doc.authors:
        fields["creator"] = " ; ".join(doc.authors)
    local = language_field(doc)
    if local is not None:
        fields["language"] = local
        fields[local] = fields["text"]
    return fields
