"""The Aho–Corasick automata (pyahocorasick) that find known names in a text: case-exact, over every spelling a
name is accepted in, and the whole-word scan that turns their matches into candidates (`entities.py`)."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

import ahocorasick

from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import zipf
from annotations.suggest.patterns import TRIGGERED, Triggered
from annotations.suggest.wider_places import wider_names

Candidate = tuple[int, int, str, str, "str | None"]
"""(start, end, type, source, canonical name): suggestions are plain tuples until the overlaps are resolved
(a Suggestion costs ~2 µs to build, a tuple ~0.03; a megabyte has ~40,000 candidates)."""
Trigger = tuple[int, int, tuple[tuple[Triggered, re.Pattern[str]], ...]]
"""(end index, length, the patterns to try there) of a trigger word found by `scan` (see `patterns.TRIGGERED`)."""


@lru_cache(maxsize=1)
def gazetteer_automaton() -> ahocorasick.Automaton:
    """Built once per process: the shipped gazetteers do not change. The towns and regions that need evidence
    (`wider_places`) ride in the same pass, as listed only, marked "wider"; so do the words that start a
    triggered pattern (`patterns.TRIGGERED`, as the patterns spell them): a pass of pyahocorasick costs 40-60 ms
    per MB whatever it finds (each character is looked up among the root's letters), and one pass finds both."""
    return name_automaton({k: (v, "gazetteer", None) for k, v in gazetteer().items()},
                          {k: ("PLACE", "wider", None) for k in wider_names()}, _triggers())


def name_automaton(names: dict[str, tuple[str, str, str | None]],
                   as_listed: dict[str, tuple[str, str, str | None]] | None = None,
                   triggers: dict[str, tuple[tuple[Triggered, re.Pattern[str]], ...]] | None = None,
                   ) -> ahocorasick.Automaton:
    """A case-exact automaton over every spelling a name is accepted in: as listed, with a capital first
    letter ("foreign ministry" -> "Foreign ministry") and in capitals ("NEW YORK" in a shouted headline);
    acronyms ("UN", "WHO") only as listed. Matching case-exact on the text itself (rather than on the
    case-folded text) skips the thousands of "un" in "under" and "who" in every sentence, and works on texts
    whose case folding moves offsets ("Straße"). `triggers` are words with the patterns they start, given with
    a name spelled so ("Union") or alone (no label, no source)."""
    automaton = ahocorasick.Automaton()
    spellings: dict[str, tuple[int, str, str, str | None]] = {}
    listed = []
    for surface, (label, source, canonical) in names.items():
        if len(surface) < 2:
            continue
        payload = (len(surface), label, source, canonical)
        listed.append((surface, payload))
        if surface.isupper():
            continue
        for variant in (surface[:1].upper() + surface[1:], surface.upper(), *(_org_variants(surface) if label == "ORG"
                                                                             else ())):
            if len(variant) == len(surface):
                spellings.setdefault(variant, payload)
    spellings.update(listed)  # a name as listed wins over another's variant
    for surface, (label, source, canonical) in (as_listed or {}).items():
        spellings.setdefault(surface, (len(surface), label, source, canonical))
    triggers = triggers or {}
    for spelling, payload in spellings.items():
        automaton.add_word(spelling, (*payload, triggers.get(spelling, ())))
    for word, triggered in triggers.items():
        if word not in spellings:
            automaton.add_word(word, (len(word), None, None, None, triggered))
    automaton.make_automaton()
    return automaton


@lru_cache(maxsize=1)
def _triggers() -> dict[str, tuple[tuple[Triggered, re.Pattern[str]], ...]]:
    """Each trigger word with the patterns to try where it starts: the word's own pattern if the pattern has one
    per word (`Triggered.by_word`), else the pattern."""
    entries: dict[str, list[Triggered]] = {}
    for t in TRIGGERED:
        for word in t.triggers:
            entries.setdefault(word, []).append(t)
    return {word: tuple((t, t.by_word[word] if t.by_word else t.pattern) for t in patterns)
            for word, patterns in entries.items()}


def _org_variants(name: str) -> list[str]:
    """Other spellings news gives an organisation's listed name: its inner capitals lowered ("WikiLeaks" ->
    "Wikileaks", "YouTube" -> "Youtube") and an Arabic article joined by a hyphen or a space ("Al Jazeera" <->
    "Al-Jazeera")."""
    out = []
    words = name.split(" ")
    if any(w[1:] != w[1:].lower() and not w.isupper() and w[:1].isupper() and w[1:].isalpha() for w in words):
        lowered = " ".join(w[:1] + w[1:].lower() if not w.isupper() and w[1:].isalpha() else w for w in words)
        if len(lowered) > 3 or zipf(lowered) < 3.0:  # not "LeT" (Lashkar-e-Taiba) as "Let"
            out.append(lowered)
    if len(words) >= 2 and words[0] in _ARTICLES:
        out.append(f"{words[0]}-{' '.join(words[1:])}")
    head, _, rest = name.partition("-")
    if rest and head in _ARTICLES:
        out.append(f"{head} {rest}")
    return out


_ARTICLES: Final = frozenset(("Al", "El", "Ad", "As", "Ash", "An", "Ar", "Az"))


def scan(text: str, automaton: ahocorasick.Automaton, found: list[Candidate],
         aside: list[tuple[int, int]] | None = None, triggers: list[Trigger] | None = None) -> None:
    """Appends every whole-word match of the automaton in `text`; the (start, end) of "wider" names go `aside`,
    and every trigger word that no letter or digit follows to `triggers` (whatever comes before it: the patterns
    judge), in the order found. A trigger word with a letter or digit after it ("Bank" in "Banker", "May" in
    "Mayor", a fifth of them) cannot start a match of its patterns: each wants a boundary, white space or a full
    stop after the word, or a longer trigger word of its own that the automaton finds there too ("Sept" of "Sep")."""
    size = len(text)
    for end, (length, label, source, canonical, triggered) in automaton.iter(text):
        stop = end + 1
        if stop < size and text[stop].isalnum():
            continue
        if triggered and triggers is not None:
            triggers.append((end, length, triggered))
            if source is None:
                continue
        start = stop - length
        if start and text[start - 1].isalnum():
            continue
        if source == "wider":
            if aside is not None:
                aside.append((start, stop))
            continue
        found.append((start, stop, label, source, canonical if canonical != text[start:stop] else None))

