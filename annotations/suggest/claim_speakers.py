"""The claims as suggestions, their speakers filed under one name each: a person by the fullest name the text gives
("Jenelle" -> "Jenelle Evans", "Kamal Arifin" -> "Kamal Arifin Yusof", "Ada K. Moe" for "Ada Moe"), an organisation
by its full name (a short form, its head, an acronym spelled out elsewhere), with the speaker's entity type. Split
out of `claims.py`, which finds the claims and their speakers. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import middle_initials
from annotations.suggest.name_words import title_words
from annotations.suggest.org_names import company_short_names
from annotations.suggest.person_names import NAME_SUFFIXES
from annotations.suggest.speaker_context import Speaker, full_name
from annotations.suggest.speaker_names import (LoneNames, body_type, bracketed_acronyms, canonical, given_names,
                                                org_heads, org_short_forms, spelled_acronyms)


def named_claims(text: str, merged: list[tuple[int, int, str, Speaker | None, str]], mentions: list[Suggestion],
                 persons: list[Suggestion], people: set[str], full_names: dict[str, str]) -> list[Suggestion]:
    """`merged` (start, end, source, speaker, claim type) as claim suggestions, each named speaker under the name the
    text gives it in full; `people` are the full names of the persons mentioned."""
    fuller = middle_initials(text, persons, lambda p: full_name(p, full_names))
    shorts = {short: full for short, full in org_short_forms(mentions).items() if short not in people}  # (not "Tony
    # Blair" -> "Tony Blair Institute": a person the text names is no short form)
    firsts = given_names(persons, full_names) | org_heads(mentions) | shorts \
        | company_short_names(mentions) | spelled_acronyms(mentions) | bracketed_acronyms(text, mentions)
    types: dict[str, str] = {}  # a named speaker's entity type, from the mentions that name it
    for p in sorted(mentions, key=lambda m: m.type != "ORG" or " " not in (m.name or m.exact)):  # (a company's
        # name first: "Nordvik" alone may have been taken for a person)
        types.setdefault(full_name(p, full_names) if p.type == "PERSON" else p.name or p.exact, p.type)
    lone = LoneNames(text)
    begun: dict[str, set[str]] = {}  # the first word(s) of a person's name -> the names that begin so
    for name in people:
        space = name.find(" ")
        while space > 0:
            if name[space + 1:].rstrip(".") not in NAME_SUFFIXES:  # ("Chris Eubank" is not "Chris Eubank Jr", his son)
                begun.setdefault(name[:space], set()).add(name)
            space = name.find(" ", space + 1)
    introduced = {full_name(p, full_names) for p in persons if " " in full_name(p, full_names)
                  and full_name(p, full_names) in begun and (_introduces(text, p.start)
                                                             or _DESCRIBED_AFTER.match(text, p.end))}
    for name in introduced:  # "Boxer Muhammad Ali", "Tennis club founder David Lloyd": a person of that name, not
        del begun[name]  # the longer one ("Muhammad Ali Jinnah")
    claims: list[Suggestion] = []
    for s, e, source, sp, kind in merged:
        who = canonical(firsts.get(sp.name, fuller.get(sp.name, sp.name))) if sp else None
        if who and sp and sp.kind == "named" and " " not in who and types.get(who) in (None, "PERSON") \
                and not who.startswith("@"):  # (a handle is the name it gives)
            who = lone.fuller(who)
        if who and sp and sp.kind == "named" and who in begun and types.get(who) in (None, "PERSON") \
                and not who.startswith("@"):  # "Jenelle added", after "Jenelle Evans"; "Kamal Arifin said", after
            owners = begun[who]  # "Kamal Arifin Yusof": the one person the text gives that first name (or names)
            who = next(iter(owners)) if len(owners) == 1 else who
        claims.append(Suggestion("claim", s, e, text[s:e], kind, speaker=who, source=source,
                                 speaker_kind=sp.kind if sp else None, affiliation=sp.affiliation if sp else None,
                                 speaker_type=(types.get(who) or body_type(who)) if sp and sp.kind == "named"
                                 and who else None))
    return claims


def _introduces(text: str, start: int) -> bool:
    """Whether a title or a role stands right before the name at `start` ("Boxer Muhammad Ali", "King Juan Carlos",
    "club founder David Lloyd"): the text introduces a person by that name, not a short form of a longer one."""
    word = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if word is None:
        return False
    before = word.group(1)
    return before.rstrip(".") in title_words() or _ROLE_NOUN.fullmatch(before.lower()) is not None


_DESCRIBED_AFTER: Final = re.compile(r",[ \t]+(?:\d{1,3}[ \t]*[,)]|(?:the|a|an|his|her|their)[ \t])")
"""After a name: its age or a description in apposition ("Andrew Lloyd, 62, who has seen the show", "John Paul, the
band's former roadie,"): a person of that name, introduced, not a short form of a longer one."""
_WORD_BEFORE: Final = re.compile(r"(?<![\w'’-])([A-Za-z][\w.'’-]*)[ \t]+\Z")
_ROLE_NOUN: Final = re.compile(r"(?!(?:after|under|over|never|either|whether|together|other|rather|later|ever|former|"
                               r"order|number|member|center|centre|water|paper|matter|letter|winter|summer|sister|brother|"
                               r"mother|father|daughter|present|recent|current|different|important|percent|moment)\Z)"
                               r"[a-z-]+(?:er|or|ist|ian|ant|man|woman)|king|queen|pope|prince|princess|coach|star")
"""A role noun before a name ("boxer", "founder", "singer", "striker", "historian"; a king, a pope)."""
