"""How a speaker is described when the text does not simply name them: a country's body ("the Comoros
government says"), a relative ("Kazemi's uncle", "Aitchison's father Norrie"), researchers at a body ("astronomers
at the Ohio State University, Columbus"), a person by nationality or age ("the Malawian told"). Patterns and one
pure function; split out of `speakers.py`, which decides the speaker."""
from __future__ import annotations

import re

from annotations.suggest import Suggestion
from annotations.suggest.sources import RESEARCH_NOUNS
from annotations.suggest.speaker_context import Speaker
from annotations.suggest.unnamed import lower_first

BODY_AFTER = re.compile(r"\s+(government|military|army|navy|police|cabinet|administration|parliament|"
                        r"foreign\s+ministry|defen[cs]e\s+ministry|embassy)\s*")
"""A country's body speaking, after the country's name ("the Comoros government says")."""
_KIN_NOUNS = (r"(?:father|mother|son|daughter|wife|husband|brother|sister|widow|widower|uncle|aunt|cousin|nephew|"
              r"niece|grandmother|grandfather|partner|stepmother|stepfather|friend|neighbour|neighbor|lawyer)")
KIN_OF = re.compile(rf"[’']s?\s+{_KIN_NOUNS}\s*")
"""A relative or friend of a named person speaking, the name not given ("Kazemi's uncle told CNN")."""
KIN = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*)[’']s\s+(?:father|mother|son|daughter|wife|husband|brother|sister|"
                 r"widow|widower|uncle|aunt|grandmother|grandfather|partner|stepmother|stepfather|step-mother|"
                 r"step-father),?\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),?\s*\Z")
"""A speaker named by kinship to a person: "Aitchison's father Norrie", "the victim's mother, Jane Smith,"."""
_RESEARCH_AT = re.compile(rf"(?<![\w'’-])(?:(?:the|a|some)\s+)?(?:[a-z-]+\s+)?{RESEARCH_NOUNS}\s+(?:at|from|of|with)\s+"
                          r"(?:the\s+)?\Z", re.I)
_PLACE_TAIL = re.compile(r"(,\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)(?=,)")


def researchers(text: str, clause_start: int, org: Suggestion) -> Speaker | None:
    """Researchers at or from the organisation `org` ("astronomers at the Ohio State University, Columbus", "a
    team of researchers from X"): unnamed, as worded (with a town after the name), never the organisation."""
    research = _RESEARCH_AT.search(text, max(clause_start, org.start - 60), org.start) if org.type == "ORG" else None
    if research is None:
        return None
    place = _PLACE_TAIL.match(text, org.end)
    tail = place.end(1) if place else org.end
    return Speaker(lower_first(text[research.start():tail], text, research.start()), "unnamed")


THE_PERSON = re.compile(r"(?:^|\s)the\s+(?:\d{1,3}-year-old|[A-Z][a-z]+(?:ian|an|ese|ish|ite|i|on))\s*\Z")
"""A person referred to by age or nationality ("the 45-year-old", "the Malawian", "the Briton"): the latest
person named."""
