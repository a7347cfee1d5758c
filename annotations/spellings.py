"""Other spellings of an entity found in the library: "Зеленський appears in 4 documents — same as
Volodymyr Zelenskyy?". Proposals only; adding an alias or merging is the user's call (`Library`).

The documents' text is read for name-like word runs (capitalised words; in scripts without capitals,
Arabic and Hebrew, every word), and each is compared with the entity's names by `annotations.name_keys`
(transliteration to Latin letters, a romanisation-neutral skeleton, rapidfuzz). Inflected forms of one
spelling ("Зелінського", "Зелінському") are proposed once, under the form seen most often. Qt-free.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from annotations.combining_marks import COMBINING_MARKS
from annotations.name_keys import is_given_name, name_keys, same_name, script, surname_fits, word_keys
from annotations.store import Store

MAX_WORDS = 3
"""Longest word run taken as a possible name."""
PREFILTER = 55.0
"""rapidfuzz ratio of skeletons below which a spelling is not even compared (`same_name` decides)."""
_WORD = re.compile(rf"[^\W\d_][\w{COMBINING_MARKS}'’ʼ-]*")
_UNCASED = ("ARABIC", "HEBREW")


@dataclass(frozen=True)
class SpellingProposal:
    entity_id: str
    entity_name: str
    spelling: str
    """As written in the documents ("Зеленський")."""
    documents: tuple[str, ...]
    """Ids of the live documents it appears in."""
    other_entity_id: str | None = None
    """An entity of its own already bears this spelling: the proposal is a merge, not an alias."""
    forms: tuple[str, ...] = ()
    """Every form of the spelling seen, `spelling` first: its case forms ("Владимиром Зеленским" with
    "Владимир Зеленский"). All become aliases, so each is found and suggested as written."""
    other_entity_ids: tuple[str, ...] = ()
    """Every entity of its own that bears one of the forms (all are merged)."""

    @property
    def aliases(self) -> tuple[str, ...]:
        return self.forms or (self.spelling,)

    @property
    def merges(self) -> tuple[str, ...]:
        return self.other_entity_ids or ((self.other_entity_id,) if self.other_entity_id else ())

    @property
    def question(self) -> str:
        n = len(self.documents)
        where = f"{n} document{'s' if n != 1 else ''}"
        also = [f for f in self.aliases if f != self.spelling]
        forms = f" (also {', '.join(f'“{f}”' for f in also)})" if also else ""
        other = " (an entity of its own)" if self.merges else ""
        return f"“{self.spelling}”{forms} appears in {where}{other} — same as {self.entity_name}?"


def name_runs(text: str) -> Iterator[tuple[int, int, str]]:
    """Name-like word runs of up to MAX_WORDS words as (start, end, text): capitalised words in a row
    (every word in scripts without capitals), cut at anything but a single space."""
    run: list[tuple[int, int]] = []
    for m in _WORD.finditer(text):
        start, end = m.start(), m.end()
        while end > start and text[end - 1] in "-'’ʼ":
            end -= 1
        word = text[start:end]
        name_like = bool(word) and (word[0].isupper() or script(word) in _UNCASED)
        if name_like and run and text[run[-1][1]:start] == " ":
            run.append((start, end))
        else:
            yield from _subruns(text, run)
            run = [(start, end)] if name_like else []
    yield from _subruns(text, run)


_BEFORE = re.compile(rf"([^\W\d_][\w{COMBINING_MARKS}'’ʼ-]*) $")


def given_name_before(text: str, start: int) -> str | None:
    """The given name written right before the word at `start` ("Пйотр " before "Зелінський"), if the
    word before it, one space away on the same line, reads as one (`name_keys.is_given_name`)."""
    m = _BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return None
    word = m.group(1)
    if not (word[0].isupper() or script(word) in _UNCASED):
        return None
    return word if is_given_name(word) else None


def introduced_given_names(text: str, runs: Iterable[tuple[int, int, str]] | None = None) -> dict[str, set[str]]:
    """Surname key -> the given names the text writes before it somewhere: a surname met alone later
    ("Зелінський сказав") is the person introduced with it ("Пйотр Зелінський"). `runs`: the text's
    `name_runs`, when already read."""
    out: dict[str, set[str]] = defaultdict(set)
    for start, _, run in name_runs(text) if runs is None else runs:
        if " " not in run:
            given = given_name_before(text, start)
            if given:
                for key in word_keys(run):
                    out[key].add(given)
    return out


def given_names_at(text: str, start: int, word: str, introduced: dict[str, set[str]]) -> frozenset[str]:
    """The given names a lone surname at `start` stands for: the one right before it, else those it was
    introduced with in the text."""
    given = given_name_before(text, start)
    if given:
        return frozenset({given})
    return frozenset(g for key in word_keys(word) for g in introduced.get(key, ()))


def _subruns(text: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    for size in range(1, MAX_WORDS + 1):
        for i in range(0, len(run) - size + 1):
            start, end = run[i][0], run[i + size - 1][1]
            yield start, end, text[start:end]


Spellings = dict[str, set[str]]
Contexts = dict[str, dict[str, set[frozenset[str]]]]
"""Lone words: document id -> the given names it stands after, per occurrence (frozenset() = alone)."""
_CACHE: dict[tuple[str, str], tuple[int, Spellings, Contexts]] = {}
"""(library id, store path) -> (generation, spellings, contexts): a library folder copied by hand keeps its id."""


def library_spellings(store: Store) -> dict[str, set[str]]:
    """Every name-like word run in the live documents, with the documents it is in. Reading the documents
    costs about 0.5 s per 1,000,000 characters, so the answer is kept until the library changes (its
    generation); asking again for another entity is then instant."""
    return _read_cached(store)[0]


def library_contexts(store: Store) -> Contexts:
    """For each lone word of `library_spellings`, the given names it follows in each document."""
    return _read_cached(store)[1]


def _read_cached(store: Store) -> tuple[Spellings, Contexts]:
    key = (store.library_id, str(store.path.resolve()))
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == store.generation:
        return cached[1], cached[2]
    found, contexts = _read_spellings(store)
    _CACHE.clear()  # one library at a time
    _CACHE[key] = (store.generation, found, contexts)
    return found, contexts


def _read_spellings(store: Store) -> tuple[Spellings, Contexts]:
    found: Spellings = defaultdict(set)
    contexts: Contexts = defaultdict(lambda: defaultdict(set))
    for meta in store.documents():
        doc = store.document(meta.id)
        if doc is None or doc.deleted:
            continue
        runs = list(name_runs(doc.text))
        introduced = introduced_given_names(doc.text, runs)
        for start, _, run in runs:
            found[run].add(doc.id)
            if " " not in run:
                contexts[run][doc.id].add(given_names_at(doc.text, start, run, introduced))
    return found, contexts


def spelling_proposals(store: Store, entity_ids: Iterable[str] | None = None,
                       spellings: dict[str, set[str]] | None = None, limit: int = 10) -> list[SpellingProposal]:
    """Spellings in the library that read as one of an entity's names but are not among them, most
    documents first (at most `limit` per entity). `spellings` may be given (`library_spellings`) to reuse
    one reading of the library for several calls."""
    contexts = library_contexts(store) if spellings is None else {}
    spellings = library_spellings(store) if spellings is None else spellings
    wanted = set(entity_ids) if entity_ids is not None else None
    entities = [e for e in store.entities() if wanted is None or e.id in wanted]
    keyed = [(s, min(name_keys(s))) for s in spellings if name_keys(s)]
    choices = [k for _, k in keyed]
    out: list[SpellingProposal] = []
    for entity in entities:
        known = {n.casefold() for n in entity.names()}
        known |= {" ".join(n.split()[i:]).casefold() for n in entity.names() for i in range(1, len(n.split()))}
        groups: dict[tuple[str, tuple[str, ...]], Counter[str]] = defaultdict(Counter)
        documents: dict[tuple[str, tuple[str, ...]], set[str]] = defaultdict(set)
        for name in entity.names():
            queries = {name, name.split()[-1]}
            for query in queries:
                for key in name_keys(query):
                    for _, _, i in process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=PREFILTER,
                                                   limit=200):
                        spelling = keyed[i][0]
                        if (spelling.casefold() in known or len(spelling.split()) > len(name.split())
                                or not same_name(name, spelling)):
                            continue
                        where = spellings[spelling]
                        if " " not in spelling and spelling in contexts and entity.type == "PERSON":  # "بيوتر زيلينسكي" is not Volodymyr
                            where = {d for d, seen in contexts[spelling].items()
                                     if any(surname_fits(spelling, given, entity.names()) for given in seen)}
                            if not where:
                                continue
                        group = (script(spelling), tuple(sorted(
                            "/".join(sorted(word_keys(w))) for w in spelling.split())))
                        if spelling not in groups[group]:
                            groups[group][spelling] += len(where)
                        documents[group] |= where
        proposals = []
        for group, counts in groups.items():
            forms = sorted(counts, key=lambda s: (-counts[s], len(s), s))
            merges = tuple(dict.fromkeys(e.id for form in forms for e in store.find_entities(form)
                                         if e.id != entity.id and not e.deleted))
            proposals.append(SpellingProposal(entity.id, entity.name, forms[0], tuple(sorted(documents[group])),
                                              merges[0] if merges else None, tuple(forms), merges))
        proposals.sort(key=lambda p: (-len(p.documents), p.spelling))
        out += proposals[:limit]
    return out
