"""Entity suggestions: one Aho–Corasick pass (pyahocorasick) over the text for every known name (the
library's entities and aliases first, then the gazetteers), plus patterns for people after titles and
roles, dates, money, percentages and quantities. Overlaps keep the longest, library names winning ties."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import ahocorasick

from annotations.suggest import Suggestion
from annotations.suggest.gazetteer import gazetteer

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
NAME = r"(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)(?:\s+(?:[A-Z][a-zà-ÿ'’-]+|[A-Z]\.)){0,3}"
TITLES = (r"President|Prime Minister|Chancellor|Minister|minister|spokeswoman|spokesman|spokesperson|"
          r"chief executive|Professor|Dr\.|Governor|governor|envoy|Secretary|Senator|Mayor|mayor|Ambassador|"
          r"chairman|chairwoman|leader|General|Commissioner|director|President-elect|King|Queen|Pope|Judge|"
          r"[Ss]ecretary|executive|[Ee]conomist|[Aa]nalyst|researcher|official|lawyer|editor|[Rr]eporter|"
          r"correspondent|founder|CEO|[Hh]ead|[Cc]hief|spokesman|adviser|advisor|[Pp]rosecutor|[Cc]aptain|"
          r"Colonel|Lieutenant|Sergeant|Inspector|Detective|Dr|Mr\.|Mrs\.|Ms\.|Sir|Dame|By")
_STOP = "(?:per|in|on|to|of|and|or|the|a|an|at|by|for|from|with|as|is|was|were|are|has|had|have|its|their)"
_ORG_KEYWORDS = ("Institute|Ministry|Department|Office|Council|Bank|Agency|Commission|Centre|Center|Federation|Union|"
                 "Court|Academy|School|Museum|Board|Authority|Committee|Directorate|Inspectorate|Bureau")
PATTERNS: list[tuple[str, re.Pattern[str], int]] = [
    ("PERSON", re.compile(rf"\b(?:{TITLES}),?\s+({NAME})"), 1),
    ("PERSON", re.compile(rf"\b(?:{TITLES})\s+(?:of|for|at)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+)?,\s+({NAME}),"), 1),
    ("ORG", re.compile(r"\b((?:[A-Z][\w'’-]+\s+(?:&\s+)?){0,4}(?:Authority|Council|Cooperative|Bank|Partners|"
                       r"University|Agency|Institute|Office|Ministry|Federation|Commission|Company|Corporation|Group|"
                       r"Hospital|Clinic|Directorate|Inspectorate|Bureau|Trust|Service|Watch|Alliance|Network|"
                       r"Coalition|Forum|Initiative|Society|Movement|"
                       r"Party|Union|Court|Association|Foundation|Fund|Committee|Police|Army|Navy)"
                       r"(?:\s+of\s+[A-Z][\w'’-]+)?)"), 1),
    ("ORG", re.compile(r"\b(?:the\s+)?([A-Z][\w'’-]+\s+(?:power\s+)?exchange)\b"), 1),
    ("ORG", re.compile(rf"\b((?:[A-Z][\w'’-]+\s+){{0,3}}(?:{_ORG_KEYWORDS})\s+(?:of|for)\s+(?:the\s+)?"
                       r"[A-Z][\w'’-]+(?:\s+(?:and\s+)?[A-Z][\w'’-]+){0,3})"), 1),
    ("ORG", re.compile(r"\b(?:operator|company|firm|carrier|utility|broadcaster|airline|bank|insurer|retailer|"
                       r"developer|manufacturer|maker|producer|supplier|lender|start-?up|giant|chain|group|agency|"
                       r"newspaper|union|party|charity|watchdog|regulator)\s+"
                       r"([A-Z][a-z]+[A-Z]?[a-z]*(?:\s[A-Z][a-z]+){0,2})\b"), 1),
    ("ORG", re.compile(r"\b((?:[A-Z][\w'’-]+|[A-Z][a-z]+'s)\s+(?:foreign|defence|defense|interior|finance|health|"
                       r"justice|economy|education|energy|transport|environment|agriculture|trade)\s+"
                       r"(?:ministry|department|office))\b"), 1),
    ("PLACE", re.compile(r"\b(?:left|reached|visited|entered|toured|shelled|captured|liberated|evacuated|"
                         r"arrived in|fled to|travelled to|traveled to|returned to)\s+([A-Z][a-z]+)(?=[\s,.;:]|$)"), 1),
    ("PLACE", re.compile(rf"\b(?:in|at|near|across|from|to|outside|without)\s+(?!(?:{MONTHS}|{DAYS})\b)"
                         r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,.;:]|$)"), 1),
    ("PLACE", re.compile(rf"\b(?:in|at|near|across|from|to|outside|between)\s+[A-Z][a-z]+\s+(?:and|or)\s+"
                         rf"(?!(?:{MONTHS}|{DAYS})\b)([A-Z][a-z]+)(?=[\s,.;:]|$)"), 1),
    ("ORG", re.compile(r"(?:^|\.\s+|\n)([A-Z][a-z]+[A-Z]?[a-z]*),\s+the\s+(?:operator|company|utility|firm|group|"
                       r"agency|bank|owner|maker|manufacturer|carrier|broadcaster|newspaper)\b"), 1),
    ("DATE", re.compile(rf"\b(?:\d{{1,2}}\s+(?:{MONTHS})(?:\s+\d{{4}})?|(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?|"
                        rf"(?:early|mid|late)[- ](?:{MONTHS}|\d{{4}})|(?:{MONTHS})\s+\d{{4}}|(?:{DAYS}))\b"), 0),
    ("DATE", re.compile(r"\b(?:in|since|by|until|from|of|between|and|to)\s+((?:19|20)\d{2})\b"), 1),
    ("DATE", re.compile(rf"\b(?:in|by|since|until|before|after|of|from|during|for|this|next|last)\s+((?:{MONTHS}))\b"), 1),
    ("DATE", re.compile(r"\b\d{1,2}:\d{2}\b"), 0),
    ("QUANTITY", re.compile(r"(?:[€$£¥]\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m))?|"
                            r"\b\d[\d,.]*\s?(?:million|billion|trillion)?\s?(?:euros?|dollars?|pounds?|percent|per cent|%))"), 0),
    ("QUANTITY", re.compile(rf"(?<![€$£¥\d.,])\b\d[\d,.]*(?:\s(?:million|billion|thousand))?\s"
                            rf"(?:(?!{_STOP}\b)[a-z]+(?:-[a-z]+)?\s(?=[a-z]+s\b))?"
                            rf"(?!{_STOP}\b)(?:[a-z]+(?:-[a-z]+)?)\b"), 0),
    ("QUANTITY", re.compile(rf"\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|"
                            rf"[Tt]welve|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undreds|[Tt]housands|[Dd]ozens)\s"
                            rf"(?:of\s)?(?!{_STOP}\b|times\b|years?\s+ago\b)[a-z]+s\b"), 0),
    ("QUANTITY", re.compile(r"\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|a third|a half|a quarter)\s"
                            r"(?:million|billion|thousand|hundred)\s[a-z]+\b"), 0),
]
_ORG_WORDS = {"Hospital", "Clinic", "Directorate", "Inspectorate", "Bureau", "Trust", "Service", "Watch", "Alliance",
              "Network", "Coalition", "Forum", "Initiative", "Society", "Movement", "Authority", "Council", "Cooperative", "Bank", "Partners", "University", "Agency", "Institute", "Office",
              "Ministry", "Federation", "Commission", "Company", "Corporation", "Group", "Party", "Union", "Court",
              "Association", "Foundation", "Fund", "Committee", "Police", "Army", "Navy"}
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
        if _boundary(text, start, stop) and (exact == surface if acronym else exact[:1].isupper()):
            found.append(Suggestion("entity", start, stop, exact, label, source=source,
                                    name=canonical if canonical and canonical != exact else None))
    return found


def suggest_entities(text: str, library_names: Iterable[tuple[str, ...]] = (),
                     skip: Iterable[tuple[int, int]] = (), extra: Iterable[Suggestion] = ()) -> list[Suggestion]:
    """Suggestions over `text`; `library_names` are (name, type[, canonical name]) tuples; spans in `skip` (existing annotations,
    rejected suggestions) are never suggested again. A person found by full name also makes their surname
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
    for label, pattern, group in PATTERNS:
        for m in pattern.finditer(text):
            start, stop = m.span(group)
            exact = text[start:stop]
            first = exact.split()[0] if exact.split() else ""
            if label == "ORG" and exact in _ORG_WORDS:  # "Union secretary ..." is not an organisation
                continue
            if label in ("ORG", "PLACE") and first in _COMMON_CAPITALISED:
                if len(exact.split()) == 1:
                    continue
                start += len(first) + 1  # "The Vesterby plant" -> not "The"
                exact = text[start:stop].lstrip()
            found.append(Suggestion("entity", start, stop, exact, label, source="pattern"))
    surnames: dict[str, tuple[str, str, str | None]] = {
        s.exact.split()[-1]: ("PERSON", "library", s.name or s.exact) for s in found
        if s.type == "PERSON" and " " in s.exact and len(s.exact.split()[-1]) > 1}
    single = sorted((s for s in found if s.source == "pattern" and s.type in ("ORG", "PLACE") and " " not in s.exact),
                    key=lambda s: s.type == "ORG")  # a word seen as "in X" and as "the maker X" is the organisation
    surnames |= {s.exact: (s.type, "library", None) for s in single}
    if same_offsets and surnames:
        found += _scan(text, folded, _automaton(surnames))
    return _resolve(found, set(skip))


def _resolve(found: list[Suggestion], skip: set[tuple[int, int]]) -> list[Suggestion]:
    """Longest first, then library > gazetteer > pattern; no two suggestions overlap (a byte per character
    marks what is taken, so this stays linear on a 1 MB text)."""
    size = max((s.end for s in found), default=0)
    size = max(size, max((b for _, b in skip), default=0))
    taken = bytearray(size)
    for a, b in skip:
        taken[a:b] = b"\x01" * (b - a)
    chosen: list[Suggestion] = []
    for s in sorted(found, key=lambda s: (-(s.end - s.start), -_PRIORITY.get(s.source, 0), s.start)):
        if 1 in taken[s.start:s.end]:
            continue
        chosen.append(s)
        taken[s.start:s.end] = b"\x01" * (s.end - s.start)
    return sorted(chosen, key=lambda s: s.start)
