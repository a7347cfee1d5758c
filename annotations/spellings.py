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

from annotations.name_keys import name_keys, same_name, script, word_keys
from annotations.store import Store

MAX_WORDS = 3
"""Longest word run taken as a possible name."""
PREFILTER = 55.0
"""rapidfuzz ratio of skeletons below which a spelling is not even compared (`same_name` decides)."""
_MARKS = "\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670"
_WORD = re.compile(rf"[^\W\d_][\w{_MARKS}'’ʼ-]*")
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

    @property
    def question(self) -> str:
        n = len(self.documents)
        where = f"{n} document{'s' if n != 1 else ''}"
        other = " (an entity of its own)" if self.other_entity_id else ""
        return f"“{self.spelling}” appears in {where}{other} — same as {self.entity_name}?"


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


def _subruns(text: str, run: list[tuple[int, int]]) -> Iterator[tuple[int, int, str]]:
    for size in range(1, MAX_WORDS + 1):
        for i in range(0, len(run) - size + 1):
            start, end = run[i][0], run[i + size - 1][1]
            yield start, end, text[start:end]


_CACHE: dict[str, tuple[int, dict[str, set[str]]]] = {}


def library_spellings(store: Store) -> dict[str, set[str]]:
    """Every name-like word run in the live documents, with the documents it is in. Reading the documents
    costs about 0.5 s per 1,000,000 characters, so the answer is kept until the library changes (its
    generation); asking again for another entity is then instant."""
    key = store.library_id
    cached = _CACHE.get(key)
    if cached is not None and cached[0] == store.generation:
        return cached[1]
    found = _read_spellings(store)
    _CACHE.clear()  # one library at a time
    _CACHE[key] = (store.generation, found)
    return found


def _read_spellings(store: Store) -> dict[str, set[str]]:
    found: dict[str, set[str]] = defaultdict(set)
    for meta in store.documents():
        doc = store.document(meta.id)
        if doc is None or doc.deleted:
            continue
        for run in {r for _, _, r in name_runs(doc.text)}:
            found[run].add(doc.id)
    return found


def spelling_proposals(store: Store, entity_ids: Iterable[str] | None = None,
                       spellings: dict[str, set[str]] | None = None, limit: int = 10) -> list[SpellingProposal]:
    """Spellings in the library that read as one of an entity's names but are not among them, most
    documents first (at most `limit` per entity). `spellings` may be given (`library_spellings`) to reuse
    one reading of the library for several calls."""
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
                        group = (script(spelling), tuple(sorted(
                            "/".join(sorted(word_keys(w))) for w in spelling.split())))
                        groups[group][spelling] += len(spellings[spelling])
                        documents[group] |= spellings[spelling]
        proposals = []
        for group, counts in groups.items():
            spelling = max(counts, key=lambda s: (counts[s], -len(s), s))
            others = [e for e in store.find_entities(spelling) if e.id != entity.id]
            proposals.append(SpellingProposal(entity.id, entity.name, spelling, tuple(sorted(documents[group])),
                                              others[0].id if others else None))
        proposals.sort(key=lambda p: (-len(p.documents), p.spelling))
        out += proposals[:limit]
    return out
