"""Two people of one family name in a text ("journalist Tariq Mehmood Abbasi" and "his wife, Rukhsana Abbasi"): the
entity suggester links every later "Abbasi" to the first introduced, so "Ms Abbasi said" went to the husband (and
his gender became hers). A surname after a gendered title ("Ms", "Mr", "Mrs") is the namesake whose full mentions
show that gender: a title, a kin or gendered role noun just before the full name ("his wife, Rukhsana Abbasi"), or
the first "he"/"she" after it in its sentence. Pure function over the text and its person mentions."""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import replace
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import GENDERED_TITLE, TITLE_GENDER, winner

_KIN_BEFORE: Final = re.compile(r"\b(?:(husband|father|son|brother|widower|grandfather|uncle|nephew|boyfriend|spokesman|"
                                r"chairman|businessman|actor)|(wife|mother|daughter|sister|widow|grandmother|aunt|niece|"
                                r"girlfriend|spokeswoman|chairwoman|businesswoman|actress))\b,?\s+(?:[a-z-]+\s+){0,2}\Z",
                                re.I)
_PRONOUN_AFTER: Final = re.compile(r"\b(?:(he)|(she))\b", re.I)
"""Only a subject pronoun votes: "Priya Mehta praised his courage" says nothing of Priya's gender."""
_SENTENCE_END: Final = re.compile(r"[.!?](?=\s)")


def titled_namesakes(text: str, persons: Sequence[Suggestion]) -> list[Suggestion]:
    """`persons` (in text order) with each titled one-word mention whose linked full name shows the other gender
    relinked to the namesake of the title's gender; unchanged where the text shows no such namesake."""
    full = [p for p in persons if " " in p.exact and not p.name]
    by_surname: dict[str, set[str]] = defaultdict(set)
    for p in full:
        by_surname[p.exact.rsplit(" ", 1)[-1]].add(p.exact)
    shared = {s: names for s, names in by_surname.items() if len(names) > 1}
    if not shared:
        return list(persons)
    gender = _full_mention_genders(text, [p for p in full if p.exact.rsplit(" ", 1)[-1] in shared])
    out = []
    for p in persons:
        title = GENDERED_TITLE.search(text, max(0, p.start - 7), p.start) if p.exact in shared else None
        if title is not None:
            wanted = TITLE_GENDER[title.group(1)]
            linked = p.name or p.exact
            fitting = [n for n in sorted(shared[p.exact]) if gender.get(n) == wanted]
            if gender.get(linked) != wanted and len(fitting) == 1:
                p = replace(p, name=fitting[0])
        out.append(p)
    return out


def _full_mention_genders(text: str, mentions: Sequence[Suggestion]) -> dict[str, str]:
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for p in mentions:
        before = text[max(0, p.start - 40):p.start]
        title = GENDERED_TITLE.search(before)
        kin = _KIN_BEFORE.search(before)
        if title:
            votes[p.exact][TITLE_GENDER[title.group(1)]] += 2
        elif kin:
            votes[p.exact]["m" if kin.group(1) else "f"] += 2
        stop = _SENTENCE_END.search(text, p.end)
        pronoun = _PRONOUN_AFTER.search(text, p.end, stop.start() if stop else len(text))
        if pronoun:
            votes[p.exact]["m" if pronoun.group(1) else "f"] += 1
    return {name: best for name, count in votes.items() if (best := winner(count)) is not None}
