"""Entity suggestions: Aho–Corasick passes (pyahocorasick) over the text for every known name (the
library's entities and aliases, the gazetteers) and for the words that start a pattern, plus the
patterns in `patterns.py` (people after titles and roles, organisations, places, dates, money,
percentages and quantities). Overlaps keep the longest, library names winning ties."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

import ahocorasick

from annotations.suggest import Suggestion, names
from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.patterns import BEFORE_WINDOW, NUMBER_TOKEN, NUMBERED, ORG_WORDS, SCANNED, TRIGGERED

_TYPE_RANK = {"PERSON": 0, "ORG": 1, "PLACE": 2}
"""Ties between patterns: "from Ocean Watch" is an organisation rather than a place."""
_PRIORITY = {"library": 3, "gazetteer": 2, "pattern": 1}
_COMMON_CAPITALISED = {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
                       "But", "And", "Or", "In", "On", "At", "Not", "No", "Yes", "Later", "Meanwhile", "Critics",
                       "Energy", "Prices", "Engineers", "Opposition", "Another", "For", "By", "Its", "Our", "Their"}


@lru_cache(maxsize=1)
def _gazetteer_automaton() -> ahocorasick.Automaton:
    """Built once per process: the shipped gazetteers do not change."""
    return _automaton({k: (v, "gazetteer", None) for k, v in gazetteer().items()})


def _automaton(names: dict[str, tuple[str, str, str | None]]) -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for surface, (label, source, canonical) in names.items():
        key = surface.casefold()
        if len(key) >= 2 and len(key) == len(surface):
            automaton.add_word(key, (len(key), surface, label, source, canonical))
    automaton.make_automaton()
    return automaton


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _scan(text: str, folded: str, automaton: ahocorasick.Automaton) -> list[Suggestion]:
    found = []
    for end, (length, surface, label, source, canonical) in automaton.iter(folded):
        start, stop = end - length + 1, end + 1
        exact = text[start:stop]
        acronym = surface.isupper()
        if _boundary(text, start, stop) and (exact == surface if acronym else exact[:1].isupper() or exact == surface):
            found.append(Suggestion("entity", start, stop, exact, label, source=source,
                                    name=canonical if canonical and canonical != exact else None))
    return found


def suggest_entities(text: str, library_names: Iterable[tuple[str, ...]] = (),
                     skip: Iterable[tuple[int, int]] = (), extra: Iterable[Suggestion] = ()) -> list[Suggestion]:
    """Suggestions over `text`; `library_names` are (name, type[, canonical name]) tuples; spans in `skip`
    (existing annotations, rejected suggestions) are never suggested again. A person found by full name also makes their surname
    a suggestion elsewhere in the same text ("Emmanuel Macron" ... "Macron"). `extra` are mentions from
    another suggester (spaCy), weighed below ours."""
    library: dict[str, tuple[str, str, str | None]] = {
        item[0]: (item[1], "library", item[2] if len(item) > 2 else None) for item in library_names}
    found: list[Suggestion] = list(extra)
    folded = text.casefold()
    same_offsets = len(folded) == len(text)  # casefold keeps offsets for almost all text
    if same_offsets:
        found += _scan(text, folded, _gazetteer_automaton())
        if library:
            found += _scan(text, folded, _automaton(library))
    known = gazetteer()
    first_names = names.name_lists()[0]
    for label, start, stop in _pattern_spans(text, folded if same_offsets else None):
        exact = text[start:stop]
        first = exact.split()[0] if exact.split() else ""
        if label == "ORG" and exact in ORG_WORDS:  # "Union secretary ..." is not an organisation
            continue
        if label == "PLACE" and (_DEMONYM_PLURAL.search(exact) or exact in first_names and exact not in known
                                 and text[max(0, start - 9):start].split()[-1:] in (["to"], ["from"], ["with"])):
            continue  # "from Hongkongers", "to Harry" (but "in Lachin", "reached Lachin" are places)
        if label in ("ORG", "PLACE") and first in _COMMON_CAPITALISED:
            if len(exact.split()) == 1:
                continue
            start += len(first) + 1  # "The Vesterby plant" -> not "The"
            exact = text[start:stop].lstrip()
        if label == "PERSON":
            start, stop = names.trim_person(text, start, stop)
            exact = text[start:stop]
            if not exact:
                continue
            if exact.split()[-1] in names.ORG_HEADS:  # "chief executive Legislative Council"
                label = "ORG"
        found.append(Suggestion("entity", start, stop, exact, label, source="pattern"))
    for f in names.find(text, known):
        found.append(Suggestion("entity", f.start, f.end, text[f.start:f.end], f.label, source="pattern",
                                name=f.name))
    surnames: dict[str, tuple[str, str, str | None]] = {}
    for s in sorted((s for s in found if s.type == "PERSON"), key=lambda s: s.start):
        if " " not in s.exact:  # "Prince Harry" found once: every "Harry"
            if s.source == "pattern" and s.exact[:1].isupper() and len(s.exact) > 2 and s.exact not in known:
                surnames.setdefault(s.exact, ("PERSON", "library", s.name))
            continue
        for short in _short_names(s.exact):  # the first person introduced keeps a shared surname
            surnames.setdefault(short, ("PERSON", "library", s.name or s.exact))
    single = sorted((s for s in found if s.source == "pattern" and s.type in ("ORG", "PLACE") and " " not in s.exact
                     and s.exact not in known and not s.name and not _DEMONYM_PLURAL.search(s.exact)),
                    key=lambda s: s.type == "ORG")  # a word seen as "in X" and as "the maker X" is the organisation
    surnames |= {s.exact: (s.type, "library", None) for s in single if s.exact not in surnames}
    if same_offsets and surnames:
        found += _scan(text, folded, _automaton(surnames))
    return _resolve(found, set(skip))


_DEMONYM_PLURAL = re.compile(r"(?:ers|ians|ites|ists|ans)\Z")
"""Single capitalised words after "from"/"in" that are people, not places ("Hongkongers", "Chicagoans")."""


def _short_names(full: str) -> list[str]:
    """What a person is called later in the text: the surname ("Reeves"), with its particle ("bin Laden",
    "al-Bashir") and without it ("Bashir")."""
    words = full.split()
    if len(words) >= 2 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):  # "Tsai Ing-wen", "Carrie Lam Yuet-ngor"
        english_first = len(words) >= 3 and words[0] in names.name_lists()[0]
        return [words[1] if english_first else words[0]]
    out = [words[-1]] if len(words[-1]) > 1 else []
    if words[0] in names.name_lists()[0] and names.zipf(words[0]) < 4.9 and not words[0].endswith("."):
        out.append(words[0])  # "Zoe" after "Zoe Hasib"
    for i, w in enumerate(words[1:], 1):
        if w in names.PARTICLES:
            out.append(" ".join(words[i:]))
            break
    if words[-1][:3].lower() in ("al-", "el-") and len(words[-1]) > 4:
        out.append(words[-1][3:])
    return out


@lru_cache(maxsize=1)
def _trigger_automaton() -> ahocorasick.Automaton:
    automaton = ahocorasick.Automaton()
    for word, ids in _trigger_words().items():
        automaton.add_word(word, (len(word), ids))
    automaton.make_automaton()
    return automaton


def _pattern_spans(text: str, folded: str | None) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of every pattern match: scanned patterns over the whole text, triggered ones
    where a trigger word starts, numbered ones where a number starts."""
    for label, pattern, group in SCANNED:
        for m in pattern.finditer(text):
            yield label, *m.span(group)
    for token in NUMBER_TOKEN.finditer(text):
        start = token.start()
        previous = text[start - 1] if start > 0 else " "
        for label, pattern, group, guard in NUMBERED:
            if guard and (previous.isalnum() or previous in guard):
                continue
            hit = pattern.match(text, start)
            if hit is not None:
                yield label, *hit.span(group)
    for start, ids in _trigger_hits(text, folded):
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        for i in ids:
            t = TRIGGERED[i]
            found = t.pattern.match(text, start)
            if found is None:
                continue
            span_start, span_end = found.span(t.group)
            if t.before is not None:
                before = t.before.search(text, max(0, start - BEFORE_WINDOW), start)
                if before is None:
                    continue
                if "w" in t.before.groupindex:
                    span_start = before.start("w")
            yield t.label, span_start, span_end


def _trigger_hits(text: str, folded: str | None) -> Iterator[tuple[int, tuple[int, ...]]]:
    """(start, triggered pattern ids) of every trigger word: one Aho–Corasick pass over the case-folded
    text, or — when folding moved offsets — one case-insensitive regex over the text itself."""
    if folded is not None:
        for end, (length, ids) in _trigger_automaton().iter(folded):
            yield end - length + 1, ids
        return
    words = _trigger_words()
    for m in _trigger_regex().finditer(text):
        yield m.start(), words[m.group(0).casefold()]


@lru_cache(maxsize=1)
def _trigger_words() -> dict[str, tuple[int, ...]]:
    entries: dict[str, list[int]] = {}
    for i, t in enumerate(TRIGGERED):
        for word in t.triggers:
            entries.setdefault(word, []).append(i)
    return {w: tuple(ids) for w, ids in entries.items()}


@lru_cache(maxsize=1)
def _trigger_regex() -> re.Pattern[str]:
    words = sorted(_trigger_words(), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def _resolve(found: list[Suggestion], skip: set[tuple[int, int]]) -> list[Suggestion]:
    """Longest first, then library > gazetteer > pattern; no two suggestions overlap (a byte per character
    marks what is taken, so this stays linear on a 1 MB text)."""
    size = max((s.end for s in found), default=0)
    size = max(size, max((b for _, b in skip), default=0))
    taken = bytearray(size)
    for a, b in skip:
        taken[a:b] = b"\x01" * (b - a)
    chosen: list[Suggestion] = []
    for s in sorted(found, key=lambda s: (-(s.end - s.start), -_PRIORITY.get(s.source, 0),
                                          _TYPE_RANK.get(s.type, 9), s.start)):
        if 1 in taken[s.start:s.end]:
            continue
        chosen.append(s)
        taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    return sorted(chosen, key=lambda s: s.start)
