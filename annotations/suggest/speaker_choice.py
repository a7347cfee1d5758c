"""Correcting a claim suggestion's speaker as it is accepted ("Accept with speaker…" in the Suggestions dock).

The suggested speaker is wrong for about one claim in four on articles nobody here tuned on (README, issue
20), so the analyst fixes it where it is seen, before it becomes an annotation: for the one claim, or for
every claim suggested with the same speaker (a wrong guess repeats: "London" for "the Chinese embassy in
London" throughout an article). Pure functions; the dock's dialog asks, `annotations.assist.accept` stores."""
from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence

from annotations.suggest import Suggestion

UNNAMED_OPENERS = frozenset((
    "a", "an", "the", "some", "several", "many", "most", "few", "other", "others", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "both", "all", "these", "those", "this",
    "that", "various", "unnamed", "anonymous"))
"""First words of a source named by what it is, not by name ("a senior diplomat", "two people familiar with
the matter")."""
UNNAMED_HEADS = frozenset((
    "official", "officials", "source", "sources", "analyst", "analysts", "expert", "experts", "critic", "critics",
    "resident", "residents", "witness", "witnesses", "researchers", "scientists", "diplomat", "diplomats",
    "spokesman", "spokeswoman", "spokesperson", "lawmakers", "people"))
"""Last words of such a source after a capitalised adjective ("US officials", "Western diplomats"); "Police",
"Media", "Government" are left out, being the heads of names too ("Police Scotland", "Vox Media")."""
NAME_PARTICLES = frozenset(("de", "van", "von", "al", "bin", "ibn", "da", "di", "du", "le", "la", "del", "der", "dos"))
"""Lower-case first words of names ("de Blasio", "van der Leyen")."""


def claims_like(suggestions: Sequence[Suggestion], current: Suggestion) -> list[Suggestion]:
    """The claim suggestions a correction of `current`'s speaker would cover when the analyst asks for all of
    them: those with the same suggested speaker (in reading order), or `current` alone when it has none
    (claims without a speaker have nothing in common but that)."""
    if current.kind != "claim":
        return []
    if not current.speaker:
        return [current]
    return [s for s in suggestions if s.kind == "claim" and s.speaker == current.speaker]


def speaker_names(suggestions: Iterable[Suggestion], entity_names: Iterable[str]) -> list[str]:
    """Names to complete a typed speaker with: the library's people and organisations, then the people and
    organisations suggested in this document and the speakers suggested for its claims; each once
    (case-insensitive), in that order."""
    seen: set[str] = set()
    out: list[str] = []
    suggested = [s.name or s.exact for s in suggestions if s.kind == "entity" and s.type in ("PERSON", "ORG")]
    speakers = [s.speaker for s in suggestions if s.kind == "claim" and s.speaker]
    for name in (*sorted(entity_names), *suggested, *speakers):
        name = " ".join(name.split())
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            out.append(name)
    return out


def looks_unnamed(speaker: str, known: Iterable[str] = ()) -> bool:
    """Whether a typed speaker reads as an unnamed source: not the name of a known entity, and opening with a
    lower-case word or a determiner or number ("a", "two"; UNNAMED_OPENERS), or ending in a source noun such as
    "officials" ("US officials", UNNAMED_HEADS)."""
    words = speaker.split()
    if not words or speaker.casefold() in {k.casefold() for k in known}:
        return False
    first = words[0].casefold()
    if words[-1].casefold() in UNNAMED_HEADS:
        return True
    if first == "the" and len(words) > 1 and words[1][:1].isupper():  # "The Associated Press"
        return False
    return first in UNNAMED_OPENERS or (words[0].islower() and first not in NAME_PARTICLES)


def with_speaker(claims: Sequence[Suggestion], speaker: str, unnamed: bool) -> list[Suggestion]:
    """The claims as they will be accepted with the analyst's speaker: `speaker` (whitespace tidied; empty =
    no speaker, the honest answer when the text names none) as a named or an unnamed source. A claim whose
    speaker changes loses the suggested affiliation, which belonged to the old speaker."""
    name = " ".join(speaker.split()) or None
    kind = None if name is None else "unnamed" if unnamed else "named"
    return [dataclasses.replace(s, speaker=name, speaker_kind=kind,
                                affiliation=s.affiliation if name == s.speaker else None)
            for s in claims if s.kind == "claim"]
