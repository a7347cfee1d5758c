"""The reporting clause before a verb of saying: where it starts (after the last closing quote or ';'), and its subject
without the auxiliaries, adverbs and times that stand before the verb ("officials this week said", "Hasib has now
said"). Pure functions; split out of `speakers.py`, which decides the speaker."""
from __future__ import annotations

import re
from typing import Final


ROLE_NOUNS: Final = ("CEO|CFO|COO|CTO|chair|chairperson|consultant|director|head|chief|spokesman|spokeswoman|spokesperson|"
                     "professor|adviser|advisor|analyst|expert|researcher|lawyer|attorney|manager|founder|president|chairman|"
                     "chairwoman|secretary|minister|member|leader|author|editor|coordinator|officer|official|executive|"
                     "treasurer|partner|fellow|lecturer|curator|commissioner|administrator|dean|chancellor|principal|"
                     "correspondent")
"""Role nouns that stand without an article in an apposition after a name ("X, chairman of the board, said")."""
TRAILING_WORDS: Final = frozenset("has have had also later previously earlier then again once would will could may might did "
                                   "does do not never now be been being heard yesterday today tonight is are was were further "
                                   "reportedly himself herself itself themselves even twice already just always instead "
                                   "still too repeatedly initially subsequently long since".split())
NOUNS_IN_LY: Final = frozenset("family ally rally supply reply assembly monopoly anomaly bully daily weekly monthly quarterly "
                               "yearly elderly lily belly jelly folly holly".split())
"""Words in -ly that are nouns, not adverbs before a verb ("Smith's family said": the family speaks)."""
TEMPORAL: Final = re.compile(r"(?:\s+(?:on\s+[A-Z][a-z]+day(?:\s+night|\s+morning)?|(?:this|last|that)\s+(?:week|month|"
                              r"year|morning|afternoon|evening|weekend)|at\s+(?:the|that)\s+time|(?:released|published|issued|"
                              r"unveiled|out)(?:\s+(?:on|earlier|late|early))?\s+(?:[A-Z][a-z]+day|(?:this|last)\s+(?:week|month|"
                              r"year)))|(?<=has|ave|had|are|ere)\s+(?:in\s+recent\s+(?:days|weeks|months|years)|(?:in|over)\s+"
                              r"the\s+(?:past|last)\s+(?:(?:few|two|three|several)\s+)?(?:days|weeks|months|years)|"
                              r"for\s+(?:months|years|decades)))+\s*\Z")


_TIME_ENDS: Final = ("day", "week", "month", "year", "morning", "afternoon", "evening", "weekend", "night", "time", "days",
                     "weeks", "months", "years", "decades")
"""Endings of the last word of a time before a verb ("on Monday", "this week", "at the time", "have in recent months
complained": a span of time only right after an auxiliary, never "workers laid off in the last few months"):
`TEMPORAL` runs only there."""


_WATCHING: Final = re.compile(r"(?<=[a-z]s)\s+(?:monitoring|tracking|following|overseeing|handling|investigating|studying|"
                              r"reviewing)\s+(?:the|this|that)\s+[a-z][\w'’-]*\s*\Z")
"""A participle after a plural source and what they watch ("officials monitoring the situation", "experts studying the
case"): no part of who they are."""


def strip_trailing(before: str) -> str:
    """The subject before its verb without auxiliaries, adverbs and a time ("officials this week said",
    "Hasib has now said", "Visa at the time said", "data released Wednesday showed")."""
    while True:
        fenced = _FENCED.search(before, max(0, len(before) - 40)) if before.rstrip().endswith(",") else None
        if fenced:  # "Police, however, said": the adverb between commas is no part of the subject
            before = before[:fenced.start()]
            continue
        stripped = before.rstrip()
        cut = stripped.rfind(" ")
        word = stripped[cut + 1:]
        if word in TRAILING_WORDS or (word.endswith("ly") and word.islower() and len(word) > 3
                                      and word not in NOUNS_IN_LY):
            before = stripped[:cut + 1] if cut >= 0 else ""
            continue
        watching = _WATCHING.search(stripped, max(0, len(stripped) - 60)) if " " in stripped else None
        if watching is not None:  # "Indian officials monitoring the situation said": the officials
            before = stripped[:watching.start()]
            continue
        if word.endswith(_TIME_ENDS):
            m = TEMPORAL.search(stripped, max(0, len(stripped) - 40))
            if m:
                before = stripped[:m.start()]
                continue
        return before


_FENCED: Final = re.compile(r",\s*(?:however|meanwhile|though|too|also|instead|nevertheless|moreover|furthermore|likewise|"
                            r"similarly|separately|still|in\s+turn|in\s+response|in\s+a\s+statement|for\s+(?:its|their|his|"
                            r"her|our|my)\s+part|at\s+the\s+time|in\s+particular|by\s+contrast|in\s+contrast|for\s+example|"
                            r"for\s+instance|(?:aged\s+)?\d{1,3}|(?:from|in|since|of)\s+(?:(?:early|late|mid-?)\s*)?"
                            r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
                            r"(?:\s+(?:1[89]|20)\d\d)?|(?:1[89]|20)\d\d)),\s*\Z", re.I)
"""A discourse adverb, an age or a time fenced by commas before the verb ("Police, however, said", "The ministry,
for its part,", "The suspect, 23, said", "The latest count, from 2019, showed")."""


def last_word(before: str) -> str:
    stripped = before.rstrip()
    return stripped[stripped.rfind(" ") + 1:].lower()


def clause_start(text: str, start: int, verb_start: int) -> int:
    """Where the reporting clause begins: after the last closing quote or ';' before the verb — the end of
    the last `CLAUSE_BREAK` match, found from the right with `rfind` (a match is one of ” " ; : or a comma
    and a quote mark, and a comma is never the second character of one, so matches never hide one another;
    a test checks this equals the last `finditer` match)."""
    cut = start
    for mark in BREAK_MARKS:
        at = text.rfind(mark, start, verb_start)
        if at >= 0 and at + len(mark) > cut:
            cut = at + len(mark)
    return cut


BREAK_MARKS: Final = ("”", "\"", ";", ":", ",’", ",'")
CLAUSE_BREAK: Final = re.compile(r"[”\";:]|,[\"”’']")
