"""Correcting a claim suggestion's speaker as it is accepted ("Accept with speaker…" in the Suggestions dock).

The suggested speaker is wrong for about one claim in four on articles nobody here tuned on (README, issue
20), so the analyst fixes it where it is seen, before it becomes an annotation: for the one claim, or for
every claim suggested with the same speaker (a wrong guess repeats: "London" for "the Chinese embassy in
London" throughout an article). Pure functions; the dock's dialog asks, `annotations.assist.accept` stores."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from annotations.suggest import Suggestion

SPEAKER_TYPES: Final = ("PERSON", "ORG", "PLACE")
"""What a named speaker can be: a person, an organisation, or a country or city speaking as its government."""
UNNAMED_OPENERS: Final = frozenset((
           "a", "an", "the", "some", "several", "many", "most", "few", "other", "others", "one", "two", "three", "four",
           "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "both", "all", "these", "those", "this",
           "that", "various", "unnamed", "anonymous"))
"""First words of a source named by what it is, not by name ("a senior diplomat", "two people familiar with
the matter")."""
UNNAMED_HEADS: Final = frozenset((
           "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts", "critic", "critics",
           "resident", "residents", "witness", "witnesses", "researchers", "scientists", "diplomat", "diplomats",
           "spokesman", "spokeswoman", "spokesperson", "lawmakers", "people", "MPs", "MEPs", "MSPs"))
"""Last words, as written, of such a source after a capitalised adjective ("US officials", "Tory MPs"); a
capitalised head is a name's ("Global Witness", "Union of Concerned Scientists"). "police", "media" and
"government" are left out, being the heads of names too ("Police Scotland", "Vox Media")."""
NAME_PARTICLES: Final = frozenset(("de", "van", "von", "al", "bin", "ibn", "da", "di", "du", "le", "la", "del", "der", "dos"))
"""Lower-case first words of names ("de Blasio", "van der Leyen")."""
_NAME_JOINERS: Final = frozenset(("of", "and", "the", "for", "de", "du", "des", "la", "le", "&"))
"""Lower-case words inside a name of capitalised words ("Bank of the West", "Procter & Gamble")."""
QUOTES: Final = "\"“”«»„"
SINGLE_QUOTES: Final = "'‘’"
"""Quotation marks pasted around a name with it ('“Tomas Ek”'): no part of the speaker. Single ones only in pairs
(`SINGLE_QUOTES`): an apostrophe may open a name ("’Ndrangheta")."""


@dataclass(frozen=True)
class SpeakerChoices:
    """What the dialog offers and knows: `names` to complete with (in order), each named one's entity type, and
    the phrases suggested in the document as unnamed sources ("health officials")."""

    names: list[str]
    types: dict[str, str] = field(default_factory=dict)  # casefolded name -> PERSON | ORG | PLACE
    unnamed: frozenset[str] = frozenset()  # casefolded


def claims_like(suggestions: Sequence[Suggestion], current: Suggestion) -> list[Suggestion]:
    """The claim suggestions a correction of `current`'s speaker would cover when the analyst asks for all of
    them: those with the same suggested speaker (in reading order), or `current` alone when it has none
    (claims without a speaker have nothing in common but that)."""
    if current.kind != "claim":
        return []
    if not current.speaker:
        return [current]
    return [s for s in suggestions if s.kind == "claim" and s.speaker == current.speaker]


def speaker_choices(suggestions: Iterable[Suggestion], entities: Iterable[tuple[str, str]]) -> SpeakerChoices:
    """The names to complete a typed speaker with: the library's entities that can speak (`entities`: name and
    type), then the people, organisations and places suggested in this document and the speakers suggested for
    its claims; each once (case-insensitive), in that order. A name's type is the library's, else the
    suggestion's."""
    names: list[str] = []
    types: dict[str, str] = {}
    unnamed: set[str] = set()
    suggestions = list(suggestions)

    def add(name: str, type_: str | None) -> None:
        name = " ".join(name.split())
        key = name.casefold()
        if not name:
            return
        if key not in types and key not in unnamed:
            names.append(name)
        if type_ is not None and key not in types:
            types[key] = type_
            unnamed.discard(key)
        elif type_ is None and key not in types:
            unnamed.add(key)

    for name, type_ in sorted(e for e in entities if e[1] in SPEAKER_TYPES):
        add(name, type_)
    for s in suggestions:
        if s.kind == "entity" and s.type in SPEAKER_TYPES:
            add(s.name or s.exact, s.type)
    for s in suggestions:
        if s.kind == "claim" and s.speaker:
            add(s.speaker, (s.speaker_type or "PERSON") if s.speaker_kind != "unnamed" else None)
    return SpeakerChoices(names, types, frozenset(unnamed))


def clean_speaker(typed: str) -> str:
    """The typed speaker as stored: whitespace tidied, quotation marks around it dropped."""
    name = " ".join(typed.split()).strip(QUOTES).strip()
    while len(name) >= 2 and name[0] in SINGLE_QUOTES and name[-1] in SINGLE_QUOTES:
        name = name[1:-1].strip(QUOTES).strip()
    return name


def looks_unnamed(typed: str, choices: SpeakerChoices | None = None) -> bool:
    """Whether a typed speaker reads as an unnamed source: one the document's suggestions call so, or — unless
    it is a known entity's name — opening with a lower-case word or a determiner or number ("a", "two";
    UNNAMED_OPENERS), or ending in a source noun such as "officials" ("US officials", UNNAMED_HEADS)."""
    name = clean_speaker(typed)
    words, key = name.split(), name.casefold()
    if not words:
        return False
    if choices is not None and key in choices.unnamed:
        return True
    if choices is not None and key in choices.types:
        return False
    if words[-1] in UNNAMED_HEADS:
        return True
    if words[0] == "The" and len(words) > 1 and words[1][:1].isupper():  # "The Associated Press"
        return False
    if len(words) > 1 and all(w[:1].isupper() or w.casefold() in _NAME_JOINERS for w in words) \
            and words[-1][:1].isupper():
        return False  # every word capitalised is a name's ("Two Door Cinema Club", "Five Star Bank")
    first = words[0].casefold()
    return first in UNNAMED_OPENERS or (words[0].islower() and first not in NAME_PARTICLES)


def type_of(typed: str, choices: SpeakerChoices, default: str = "PERSON") -> str:
    """The entity type a named speaker is stored as: the known entity's or suggestion's, else `default`."""
    return choices.types.get(clean_speaker(typed).casefold(), default)


def with_speaker(claims: Sequence[Suggestion], speaker: str, unnamed: bool, type_: str = "PERSON"
                 ) -> list[Suggestion]:
    """The claims as they will be accepted with the analyst's speaker: `speaker` (see `clean_speaker`; empty =
    no speaker, the honest answer when the text names none) as an unnamed source or as a named one of entity
    type `type_`. A claim whose speaker changes loses the suggested affiliation, which belonged to the old one."""
    name = clean_speaker(speaker) or None
    kind = None if name is None else "unnamed" if unnamed else "named"
    return [dataclasses.replace(s, speaker=name, speaker_kind=kind,
                                speaker_type=type_ if kind == "named" else None,
                                affiliation=s.affiliation if name == s.speaker else None)
            for s in claims if s.kind == "claim"]
