"""A share of people as the subject of a verb of saying ("More than half (57 percent) said", "Only 10.27 percent of
respondents thought", "Forty-eight percent of respondents said", "One in four said"): who said it, unnamed, as worded.
Split out of `subject_speaker.py`, which asks for it first. Pure functions and patterns."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.speaker_context import Speaker
from annotations.suggest.unnamed import lower_first


def share_speaker(text: str, clause_start: int, end: int, mentions: Sequence[Suggestion]) -> Speaker | None:
    """The share of people text[clause_start:end] is (or ends with, after a leading phrase and its comma: "In a city
    survey last year, 62 percent of residents said"), as worded without "only" or a figure in brackets; None when it
    is no share or names a person or an organisation ("70% of Microsoft employees": theirs to say)."""
    share = _SHARE.fullmatch(text, clause_start, end) if end - clause_start < 90 and _may_share(text, clause_start, end) \
        else None
    comma = text.rfind(",", clause_start, end) if share is None else -1
    if comma > 0 and end - comma < 90 and _may_share(text, comma + 1, end):
        share = _SHARE.fullmatch(text, comma + 1, end)
    if share is None or any(clause_start <= p.start < end and p.type in ("PERSON", "ORG") for p in mentions):
        return None
    return Speaker(lower_first(text[share.start(1):share.end(2) if share.group(2) else share.end(1)], text,
                               share.start(1)), "unnamed")


def _may_share(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has one of `_SHARE_WORDS`, without which `_SHARE` cannot match it (most subjects)."""
    return any(text.find(word, start, end) >= 0 for word in _SHARE_WORDS)


_SHARE_WORDS: Final = ("per", "%", "alf", "third", "quarter", "majority", " in", "\tin")
"""What every share `_SHARE` matches has: "percent", "per cent" or "%" after a figure; "half", "Half", "a third",
"two-thirds", "a quarter", "three-quarters", "a majority"; "in" after white space ("One in four", "3 in 10")."""


_TENS: Final = "(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
_SPELLED: Final = (rf"(?:{_TENS}(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]en|[Ee]leven|[Tt]welve|"
                   r"(?:[Tt]hir|[Ff]our|[Ff]if|[Ss]ix|[Ss]even|[Ee]igh|[Nn]ine)teen|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|"
                   r"[Ss]even|[Ee]ight|[Nn]ine)")
"""A number spelled out, as news style has it at a sentence's start ("Forty-eight percent of respondents said")."""
_SHARE: Final = re.compile(r"[ \t]*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ss]till|[Oo]nly|[Jj]ust),?[ \t]+)?(?:on[ \t]+the[ \t]+other[ \t]+"
                           r"(?:side|hand),[ \t]+)?(?:[Oo]nly[ \t]+|[Jj]ust[ \t]+)?"
                           r"((?:[Mm]ore|[Ll]ess|[Ff]ewer)[ \t]+than[ \t]+(?:half|a[ \t]+third|a[ \t]+quarter|two-thirds|"
                           r"\d+(?:\.\d+)?[ \t]*(?:percent|per[ \t]+cent|%))|(?:[Aa]bout|[Nn]early|[Aa]lmost|[Rr]oughly|[Oo]ver|"
                           r"[Uu]nder|[Ss]ome|[Aa]n?[ \t]+(?:overwhelming|estimated|whopping|staggering|mere|additional))?"
                           r"[ \t]*(?:\d+(?:\.\d+)?[ \t]*|" + _SPELLED + r"[ \t]+)(?:percent|per[ \t]+cent|%)|[Aa][ \t]+majority|[Hh]alf|"
                           r"[Tt]wo-thirds|[Tt]hree-quarters|[Aa][ \t]+third|[Aa][ \t]+quarter|"
                           r"(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|\d{1,2})[ \t]+in[ \t]+"
                           r"(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})(?:[ \t]+(?:[a-z][\w-]*[ \t]+)?[A-Za-z][\w-]*s)?)"
                           r"((?:[ \t]+of[ \t]+(?:the[ \t]+|all[ \t]+|those[ \t]+)?[A-Za-z][\w-]*(?:[ \t]+(?!(?:who|that|which)\b)[a-z][\w-]*){0,2}))?"
                           r"[ \t]*(?:\([^()]{1,30}\))?[ \t]*")
"""A share of people as the subject ("More than half (57 percent)", "Only 10.27 percent of respondents", "32
percent", "One in four", "Three in ten young voters"): who said it, unnamed, without "only" or the figure in brackets."""
