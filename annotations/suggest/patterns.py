"""The patterns behind entity suggestions. Two kinds, for speed on big texts:

- `SCANNED`: regular expressions run over the whole text (they start with a capital, a digit or a short
  preposition, which the regex engine finds quickly), and `MINISTRIES` and `PLACES_AFTER_PREPOSITIONS`, run
  over it as regular expressions would be, found faster;
- `TRIGGERED`: patterns that start with one of many words (titles, months, number words...). Python's
  regex engine tries every position for those (60-80 ms per MB each); instead one Aho–Corasick pass
  finds the trigger words (as spelled here: the patterns are case-sensitive) and the pattern is only tried
  where one starts. `before`, when set, must
  match the text just before the trigger (e.g. "in" before a month); its group `w`, if any, starts the span
  ("Northern Water" before "Authority");
- `NUMBERED`: patterns that start with a number or a currency sign, tried where one starts.
"""
from __future__ import annotations

import re
import string
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Final

from annotations.suggest.name_words import HEADLINE_VERBS

MONTHS: Final = "January|February|March|April|May|June|July|August|September|October|November|December"
DAYS: Final = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
NAME: Final = (r"(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*|[A-Z]\.)"
               rf"(?:\s+(?!(?:{HEADLINE_VERBS})\b)(?:[A-Z][a-zà-ÿ'’]+(?:-[A-Za-zà-ÿ'’]+)*|[A-Z]\.)){{0,3}}")
"""A person's name after a title: capitalised words, hyphenated parts included ("Ban Ki-Moon", "Jean-Claude"),
up to a headline's verb ("Minister Sarah Hunt Says …")."""
TITLES: Final = ("Secretary General|Secretary-General|President|Prime Minister|Chancellor|Minister|minister|spokeswoman|spokesman|spokesperson|"
                 "chief executive|Professor|Dr.|Governor|governor|envoy|Secretary|Senator|Mayor|mayor|Ambassador|"
                 "chairman|chairwoman|leader|General|Commissioner|director|President-elect|King|Queen|Pope|Judge|"
                 "secretary|executive|Economist|economist|Analyst|analyst|researcher|official|lawyer|editor|Reporter|"
                 "reporter|correspondent|founder|CEO|Head|head|Chief|chief|adviser|advisor|Prosecutor|prosecutor|"
                 "Captain|captain|Colonel|Lieutenant|Sergeant|Inspector|Detective|Dr|Mr.|Mrs.|Ms.|Sir|Dame|By")
ORG_NOUNS: Final = ("operator|company|firm|carrier|utility|broadcaster|airline|bank|insurer|retailer|developer|"
                    "manufacturer|maker|producer|supplier|lender|startup|start-up|giant|chain|group|agency|newspaper|"
                    "union|party|charity|watchdog|regulator|website|magazine|tabloid|publisher|blog|football club")
BAND_NOUNS: Final = "band|duo|trio|quartet"
BAND_ROLES: Final = "frontman|frontwoman|singer|guitarist|drummer|bassist|member|members"
BAND_GENRES: Final = "rock|pop|punk|indie|metal|boy|girl|folk|jazz|country|rap|grunge|emo|soul|blues|reggae|techno"
_BAND_NAME: Final = r"[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}\b(?![’']s|,\s*[A-Z][a-z]+(?:,|\s+(?:and|&)\s)|\s+(?:and|&)\s+[A-Z])"
"""A band's name after its genre and what it is ("rock band The Cranberries", "boy band Westlife"), after "band The"
or after a member's role and "of The" ("a founding member of The Chicks"): an organisation the gazetteers cannot list,
named without its "The" — not a list of people ("the comedy duo Key and Peele", "the trio Peter, Paul and Mary"), a
"band" of another kind ("wedding band", "frequency band") or a possessive ("of The Queen's Own Rifles")."""
MOTION: Final = ("left|reached|visited|entered|toured|shelled|captured|liberated|evacuated|arrived in|fled to|"
                 "travelled to|traveled to|returned to")
PLACE_NOUNS: Final = "town|city|village|province|county|enclave|island|suburb"
"""Before "of" and a name, a place: "the town of Yeoncheon", "the liberal enclave of Asheville"."""
NUMBER_WORDS: Final = ("Two|two|Three|three|Four|four|Five|five|Six|six|Seven|seven|Eight|eight|Nine|nine|Ten|ten|"
                       "Eleven|eleven|Twelve|twelve|Twenty|twenty|Thirty|thirty|Forty|forty|Fifty|fifty|Hundreds|hundreds|"
                       "Thousands|thousands|Dozens|dozens")
STOP: Final = "(?:per|in|on|to|of|and|or|the|a|an|at|by|for|from|with|as|is|was|were|are|has|had|have|its|their)"
ORG_KEYWORDS: Final = ("Institute|Ministry|Department|Office|Council|Bank|Agency|Commission|Centre|Center|Federation|"
                       "University|College|Church|Observatory|Party|Front|Movement|League|"
                       "Union|Court|Academy|School|Museum|Board|Authority|Committee|Directorate|Inspectorate|Bureau|Association|"
                       "Society|Foundation|Alliance|Coalition|Organisation|Organization|Fund|Administration|Laboratory|"
                       "Secretariat|Service|Journal|Municipality|Campaign|Conference|Assembly|Chamber")
"""Heads that take a complement: "International Association for Suicide Prevention", "Society of Authors",
"Council on Foreign Relations", "Medical Journal of Australia", "Municipality of Livorno", "National Conference of State
Legislatures", "Assembly of First Nations"."""
ORG_SUFFIXES: Final = ("Authority|Council|Cooperative|Bank|Partners|University|Agency|Institute|Office|Ministry|Federation|"
                       "Commission|Company|Corporation|Group|Hospital|Clinic|Directorate|Inspectorate|Bureau|Trust|"
                       "Service|Watch|Alliance|Network|Coalition|Forum|Initiative|Society|Movement|Party|Union|Court|"
                       "Association|Foundation|Fund|Committee|Police|Army|Navy|Operator|Guild|Electric|Campaign|Corps")
ORG_WORDS: Final = frozenset(ORG_SUFFIXES.split("|"))
"""A keyword alone ("Union secretary ...") is not an organisation."""


def _alt(words: str) -> str:
    return "|".join(re.escape(w) for w in sorted(words.split("|"), key=len, reverse=True))


def _after_word(words: str, gap: str = r"\s") -> str:
    """Lookbehinds that the capital just matched follows one of `words` and one white-space character:
    put right after a leading `[A-Z]`, so the regex engine skips ahead to capitals (a pattern starting with
    the words themselves is tried at every position, four times slower)."""
    by_length: dict[int, list[str]] = {}  # a lookbehind has one width: words of one length share one
    for w in words.split("|"):
        by_length.setdefault(len(w), []).append(w)
    return "(?:" + "|".join(rf"(?<=\b(?:{'|'.join(ws)}){gap}.)" for ws in by_length.values()) + ")"


def _not_word(words: str) -> str:
    """After a leading capital: the word it starts is none of `words` ("May", "Monday")."""
    by_initial: dict[str, list[str]] = {}
    for w in words.split("|"):
        by_initial.setdefault(w[0], []).append(re.escape(w[1:]))
    return "(?!" + "|".join(rf"(?<={c}){'(?:' + '|'.join(rest) + ')'}\b" for c, rest in by_initial.items()) + ")"


class WordBeforeAnchor:
    """`pattern.finditer(text)` for a pattern that is one word of ASCII letters at a sentence start followed by
    `anchor` (", the operator"), found the other way round: the anchor first (the engine skips to its comma),
    then the pattern tried once, at the start of the letters before it. The same matches: each match ends its
    word at the anchor's comma and starts where the letters start (a sentence start is no letter); two matches
    cannot overlap (no sentence starts inside ", the operator"). `pattern` alone was tried at every capital:
    10 ms per MB, for a match or two."""

    def __init__(self, pattern: re.Pattern[str], anchor: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.anchor = anchor

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for hit in self.anchor.finditer(text):
            start = hit.start()
            while start > 0 and text[start - 1] in _ASCII_LETTERS:
                start -= 1
            found = self.pattern.match(text, start)
            if found is not None:
                yield found


_ASCII_LETTERS: Final = frozenset(string.ascii_letters)


class NameBeforeHead:
    """`pattern.finditer(text)` for a pattern that is a capitalised word, white space, a lower-case word, white
    space and one of `heads` ("Kenya's foreign ministry"), found the other way round: each head with `str.find`
    (C speed, a few per article), then the pattern tried where a capital could start it in the word two words
    before (one that no letter, digit or underscore precedes), leftmost first. The same matches: a match ends at
    the head the words before lead to, no other position can reach that head, and two matches never overlap.
    `pattern` alone was tried at each of the text's capitals: 28 ms per MB, 2.4 ms on the 20 real pages."""

    def __init__(self, pattern: re.Pattern[str], heads: tuple[str, ...]) -> None:
        self.pattern = pattern
        self.heads = heads

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for head_at in sorted(at for head in self.heads for at in _whole_word_starts(text, head)):
            start = head_at
            while start > 0 and text[start - 1].isspace():
                start -= 1
            while start > 0 and text[start - 1].islower():  # the lower-case word
                start -= 1
            before = start
            while start > 0 and text[start - 1].isspace():
                start -= 1
            if start == before:
                continue
            word_end = start
            while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_'’-"):
                start -= 1
            for at in range(start, word_end):
                if "A" <= text[at] <= "Z" and (at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_")):
                    found = self.pattern.match(text, at)
                    if found is not None:
                        yield found
                        break


def _whole_word_starts(text: str, word: str) -> Iterator[int]:
    """Where `word` starts in `text`, not followed by a letter, a digit or an underscore."""
    at = text.find(word)
    while at >= 0:
        after = at + len(word)
        if after == len(text) or not (text[after].isalnum() or text[after] == "_"):
            yield at
        at = text.find(word, at + 1)


_THE_OWNER: Final = (r",\s+the\s+(?:operator|company|utility|firm|group|agency|bank|owner|maker|manufacturer|carrier|"
                     r"broadcaster|newspaper)\b")
_LINKING: Final = "Meanwhile|However|Then|Instead|Moreover|Furthermore|Nevertheless|Later|Earlier|Still|Now|Today|Yesterday|So"
"""Words that open a sentence and link it to the one before ("Meanwhile, the group said"): no organisation before
", the group" (nor an adverb in -ly or -ward(s): "Afterwards, the group revealed")."""
_PREPOSITIONS: Final = "in|at|near|across|from|to|outside"
_GEOGRAPHIC_OF: Final = "Gulf|Bay|Sea|Strait|Straits|Cape|Isle|Isles|Republic|Kingdom|Lake|Mount|Island|Islands"
_BEFORE_AN_ORG_HEAD: Final = rf"(?:[A-Z][a-z]+[ -]){{1,3}}(?:{ORG_KEYWORDS}|{ORG_SUFFIXES})\b"
"""Capitalised words and an organisation's head after "Gulf of": a body named after the place ("Gulf of Maine
Research Institute", "Bay of Bengal Fisheries Institute"), not the place."""
_PEAK: Final = "Mount|Mt.|Lake"
"""Before a name, a mountain or a lake ("Mount Kilimanjaro", "Lake Victoria")."""
"""Capitalised heads that make "<head> of <Name>" one place ("Gulf of Aden", "Isle of Man", "Republic of Ireland")."""
_NO_PLACE: Final = "Parliament|Congress|Senate|Article|Chapter|Section|Clause|Paragraph|Page|Appendix|Annex"
"""After "in"/"at"/"to": a body or a part of a text, never a place ("in Parliament", "under Article 19")."""
MINISTRIES: Final = NameBeforeHead(
           re.compile(r"([A-Z](?<!\w[A-Z])(?:[\w'’-]+|[a-z]+'s)\s+(?:foreign|defence|defense|interior|finance|"
                      r"health|justice|economy|education|energy|transport|environment|agriculture|trade)\s+"
                      r"(?:ministry|department|office))\b"),
           ("ministry", "department", "office"))
"""An organisation: "Kenya's foreign ministry", "the Kremlin health department" (group 1); run over the whole text
first, then `PLACES_AFTER_PREPOSITIONS`, then `SCANNED`."""


class SameStart:
    """Patterns that all start where `anchor` matches, each tried there with `.match`: one scan of the text for
    all of them, where each pattern's `finditer` scanned it again. The same matches as each pattern's
    `finditer`, pattern after pattern, as long as every match of a pattern starts where the anchor matches and
    no two matches of one pattern can overlap (so that `finditer` skips none)."""

    def __init__(self, anchor: re.Pattern[str], patterns: list[tuple[str, re.Pattern[str], int]]) -> None:
        self.anchor = anchor
        self.patterns = patterns

    def spans(self, text: str) -> list[tuple[str, int, int]]:
        """(label, start, end) of each pattern's group, the first pattern's matches first."""
        found: list[list[tuple[str, int, int]]] = [[] for _ in self.patterns]
        for hit in self.anchor.finditer(text):
            at = hit.start()
            for spans, (label, pattern, group) in zip(found, self.patterns, strict=True):
                match = pattern.match(text, at)
                if match is not None:
                    spans.append((label, *match.span(group)))
        return [span for spans in found for span in spans]


PLACES_AFTER_PREPOSITIONS: Final = SameStart(re.compile(rf"[A-Z]{_after_word(_PREPOSITIONS + '|without|between')}"), [
           ("PLACE", re.compile(rf"([A-Z]{_after_word(_PREPOSITIONS + '|without')}{_not_word(MONTHS + '|' + DAYS + '|' + _NO_PLACE)}[a-z]+"
                                r"(?:\s[A-Z][a-z]+)?)(?=[\s,.;:]|$)"), 1),
           ("PLACE", re.compile(rf"[A-Z]{_after_word(_PREPOSITIONS + '|between')}[a-z]+\s+(?:and|or)\s+"
                                rf"(?!(?:{MONTHS}|{DAYS})\b)([A-Z][a-z]+)(?=[\s,.;:]|$)"), 1),
])
"""Places after a preposition: "in Tromsø", "from Bergen and Oslo" (the second), found at the capitals after any
of the prepositions (each pattern checks its own again): 27 ms per MB where the two scans took 39. Neither
pattern's matches can overlap: a capital inside a match follows a capitalised word or "and", never a preposition."""
SCANNED: Final[list[tuple[str, re.Pattern[str] | WordBeforeAnchor, int]]] = [
           ("ORG", WordBeforeAnchor(
               re.compile(rf"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\.\s.)|(?<=\.\s\s.)){_not_word(_LINKING)}(?![a-z]*(?:ly|wards?),)"
                          rf"[a-z]+[A-Z]?[a-z]*){_THE_OWNER}"),
               re.compile(_THE_OWNER)), 1),
]
"""Each starts with a capital (the engine skips to capitals); what must come before it (a sentence end) is
checked by lookbehinds right after it."""

NUMBER_TOKEN: Final = re.compile(r"[€$£¥0-9\u0660-\U0010ffff](?<=[€$£¥\d])(?:(?<=\d)|(?=\d))[\d,.:]*")
"""Where a number starts: the patterns in NUMBERED are tried there only (one fast pass instead of five). It is
a currency sign or none, a digit, then digits, commas, full stops and colons; it starts with a set of characters,
so that the regex engine skips ahead to them: the currency signs, the ASCII digits and everything from U+0660 (the
first other digit) on, a digit among those checked after it by a lookbehind. A set holding the digit class looked
up every character's Unicode category: 21 ms per MB, this one 14."""
NUMBER: Final = r"\d[\d,.]*(?<=\d)"
"""A number's digits: a separator only between digits, so that "2006, when", "$100." and "50,116, according"
end at the last digit (the comma or full stop after it is the sentence's)."""
YEAR: Final = r"(?:1\d{3}|20\d{2})(?:(?<=0)s)?\b(?![.,:]\d)"
"""A year from 1000 to 2099 ("1987", "the 1990s"): four digits, no thousands separator ("1,987" is a number)."""
MONTH_ABBREVIATIONS: Final = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
AM_PM: Final = r"(?:[ap]\.m\b\.?|[AP]\.M\b\.?|(?:[ap]m|[AP]M)\b)"
"""After a time: "6 p.m.", "6:36 p.m.", "9am", "10 PM"; the dotted form keeps its last dot."""
_NOT_A_UNIT: Final = (STOP[:-1] + "|he|she|it|they|we|you|i|him|them|us|who|whom|whose|which|that|this|these|those|when|"
                      "where|while|whereas|than|then|but|so|if|because|before|after|since|until|till|according|compared|"
                      "am|pm|a|p|will|would|could|should|can|may|might|must|did|do|does|be|been|said|says|also|not|nor|"
                      "without|within|into|onto|over|under|about|above|below|across|against|among|around|through|during|"
                      "despite|toward|towards|upon|via|amid|near|following|up|down|ahead|behind|off|out|plus|minus|each|only|"
                      "alone|apiece|too|either|both|all)")
"""Words after a number that are not what it counts ("the 46,797 he saw", "6 p.m.")."""
_COUNTED: Final = (r"(?:(?!(?:his|its|this|was|has|as|always|perhaps|besides|towards)\b)[a-z]+(?:-[a-z]+)?s(?<!ss)(?<!us)"
                   r"(?<!is)|[a-z]*(?:staff|people|children|men)|personnel|police|cattle|livestock)\b")
"""What a number counts after one or two words that describe it ("186 measles cases", "69,000 academic staff",
"30,000 contracted teaching staff"); a single word after a number is taken as it is ("400 megawatts")."""
_UNIT_SYMBOLS: Final = "mm|cm|km|kg|mg|ml|kW|MW|GW|kWh|MWh|GWh|TWh|mph|km/h|kph|ft|lb|lbs|sq km|sq ft|ha"
"""Unit symbols written after a number, with or without a space ("22mm", "5 km", "400 MW")."""
_YEAR_BEFORE: Final = ("(?:" + "|".join(rf"(?<=\b{w}\s)" for w in (
           "in|In|since|Since|until|Until|till|during|During|before|Before|after|After|by|By|from|From|between|circa|"
           "the|The|’s|'s").split("|")) + r"|(?<![^\n])|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))")
"""Where a year-shaped number is a year even before a plural ("in 2019 sales fell", "the 2016 elections", a
sentence start: style guides spell out a count that starts a sentence)."""
_YEAR_NOT_COUNT: Final = (r"(?!(?=1\d{3}|20\d{2})"  # the lookbehinds are only tried at a year-shaped number
                          rf"(?:{_YEAR_BEFORE}{YEAR}|"
                          rf"{YEAR}(?!\s+(?:[a-z]+(?<!ss)(?<!us)(?<!is)s|[a-z]*(?:people|men|children))\b)))")
"""A year-shaped number counts something only before a plural ("1500 soldiers"), and not where `_YEAR_BEFORE`
says it is a year: "2004 foresaw", "the operator's 2019 resource assessment" are years."""
NUMBERED: Final[list[tuple[str, re.Pattern[str], int, str]]] = [
           ("QUANTITY", re.compile(rf"[€$£¥]\s?{NUMBER}(?:\s?(?:million|billion|trillion|bn|m)\b)?"), 0, ""),
           ("DATE", re.compile(rf"\d{{1,2}}\s+(?:(?:{MONTHS})\b|(?:{MONTH_ABBREVIATIONS})\b\.?)(?:\s+\d{{4}}\b)?"), 0, "_"),
           ("DATE", re.compile(rf"\d{{1,2}}:\d{{2}}\b(?:\s?{AM_PM})?|\d{{1,2}}\s?{AM_PM}"), 0, "_"),
           ("DATE", re.compile(rf"(?:1\d{{3}}|20\d{{2}})-[01]\d-[0-3]\d\b|{YEAR}"), 0, "_€$£¥.,:“"),
           # "2026-08-21"; not a title in quotes ("“1917,” the big winner")
           ("QUANTITY", re.compile(rf"{NUMBER}(?:(?:\s?[–-]\s?|\s+to\s+){NUMBER})?\s?"
                                   r"(?:million|billion|trillion)?\s?(?:(?:euros?|dollars?|pounds?|percent|per cent)\b|%|"
                                   rf"(?:{_UNIT_SYMBOLS})(?!\w)|°(?:[CF]\b)?)"),
            0, "_"),
           ("QUANTITY", re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?\b(?![.,]\d)"), 0, "_€$£¥.,"),
           ("QUANTITY", re.compile(rf"{_YEAR_NOT_COUNT}{NUMBER}(?:(?:\s?[–-]\s?|\s+to\s+){NUMBER})?"
                                   r"(?:\s(?:million|billion|thousand))?\s"
                                   rf"(?:(?:(?!{_NOT_A_UNIT}\b)[a-z]+(?:-[a-z]+)?\s){{1,2}}(?={_COUNTED}))?"
                                   rf"(?!{_NOT_A_UNIT}\b)(?:(?={_COUNTED})[a-z]+(?:-[a-z]+)?|(?<=\b1\s)[a-z]+|"
                                   r"million|billion|trillion|thousand)\b(?!\.\w)"
                                   r"(?:(?<=degrees)\s(?:Celsius|Fahrenheit|centigrade)\b)?"), 0, "_€$£¥.,#"),
]
"""(label, pattern tried at a number's start, group, characters that may not precede it besides letters and
digits; "" = no check)."""


@dataclass(frozen=True)
class Triggered:
    label: str
    pattern: re.Pattern[str]  # tried with .match() where a trigger word starts
    group: int
    triggers: tuple[str, ...]
    before: re.Pattern[str] | None = None  # searched in the characters before the trigger
    window: int = 120  # how many: an end-anchored search tries every position of its window
    after: str | None = None
    """`pattern` without its leading alternation of the trigger words: where set, what is tried at a trigger is
    that word followed by this (one small regex per word; the alternation of 70 titles tried them all again
    at each of ~5,000 titles per MB). Gives the same spans: every alternative is itself a trigger word, so
    the word the alternation would settle on is tried there too."""
    by_word: dict[str, re.Pattern[str]] | None = field(default=None, compare=False)
    before_words: re.Pattern[str] | None = None
    """`before` when it is a run of capitalised words that may be empty (`_CAPITALISED_BEFORE`), with at least one
    word and starting with the capital, so that the regex engine skips ahead to capitals: `before` starts with a
    lookbehind and was tried at each of the 120 positions of its window (half the time of all triggered
    patterns). Where it finds nothing, `before` can only match the empty run at the trigger (`EMPTY_BEFORE`)."""


EMPTY_BEFORE: Final = re.compile(r"(?<![\w'’-])(?P<w>)")


def _triggered(label: str, source: str, group: int, triggers: str, before: str | None = None, window: int = 120,
               after: str | None = None, before_words: str | None = None) -> Triggered:
    words = tuple(dict.fromkeys(triggers.split("|")))
    return Triggered(label, re.compile(source), group, words, re.compile(before) if before else None, window, after,
                     {w: re.compile(re.escape(w) + after) for w in words} if after is not None else None,
                     re.compile(before_words) if before_words else None)


_CAPITALISED_BEFORE: Final = r"(?<![\w'’-])(?P<w>(?:[A-Z][\w'’-]+\s+(?:&\s+)?){0,%d})\Z"
_CAPITALISED_WORDS_BEFORE: Final = (r"(?P<w>[A-Z](?<![\w'’-][A-Z])[\w'’-]+\s+(?:&\s+)?"
                                    r"(?:[A-Z][\w'’-]+\s+(?:&\s+)?){0,%d})\Z")
"""The same with one word or more (see `Triggered.before_words`)."""
_COMPLEMENT_WORD: Final = r"(?:[A-Z][\w'’-]+|(?:[A-Z]\.){2,3}(?!\s+(?:The|A|An|In|It|He|She|They|This|But)\b))"
"""A word of an organisation's complement: capitalised, or a dotted abbreviation not ending a sentence
("Museum of the U.S. Coast Guard"); the words are linked by "and", "of (the)", "for (the)" ("Australian
Centre for Control of Iodine Deficiency Disorders"; not "and the": "the Centre for X and the Museum of Y")."""
_LISTED: Final = r",\s+(?=(?:[A-Z][\w'’-]+,\s+)*[A-Z][\w'’-]+\s+and\s+[A-Z])"
"""A comma after the complement's first word that lists words, the list closed by "and" ("Ministry of Trade, Industry
and Energy", "Ministry of Business, Innovation and Employment"; not "Office of Fair Trading, Smith and Jones")."""
_TITLE_NAME: Final = rf",?\s+({NAME})"
_TITLE_OF_NAME: Final = rf"\s+(?:of|for|at)\s+(?:the\s+)?[\w'’&-]+(?:\s+[\w'’&-]+)?,\s+({NAME}),"
"""After a title: "President Macron", "Minister of Health, Jane Doe,"."""
TRIGGERED: Final[list[Triggered]] = [
           _triggered("ORG", rf"(?:{ORG_SUFFIXES})\b(?:\s+of\s+[A-Z][\w'’-]+)?", 0, ORG_SUFFIXES,
                      before=_CAPITALISED_BEFORE % 4, before_words=_CAPITALISED_WORDS_BEFORE % 3),
           _triggered("ORG", rf"(?:{ORG_KEYWORDS})\s+(?:of|for|on|to(?=\s+[A-Z]))\s+(?:the\s+)?(?!(?:{MONTHS}|{DAYS})\b)"
                             rf"{_COMPLEMENT_WORD}(?:{_LISTED}{_COMPLEMENT_WORD})*"
                             rf"(?:\s+(?:and\s+|(?:of|for)\s+(?:the\s+)?)?{_COMPLEMENT_WORD}){{0,4}}",
                      0, ORG_KEYWORDS, before=_CAPITALISED_BEFORE.replace(r"(?:&\s+)?", "") % 3,
                      before_words=_CAPITALISED_WORDS_BEFORE.replace(r"(?:&\s+)?", "") % 2),
           _triggered("ORG", r"exchange\b", 0, "exchange",
                      before=r"(?<![\w'’-])(?P<w>[A-Z][\w'’-]+\s+(?:power\s+)?)\Z", window=48),
           _triggered("PERSON", rf"(?:{_alt(TITLES)}){_TITLE_NAME}", 1, TITLES, after=_TITLE_NAME),
           _triggered("PERSON", rf"(?:{_alt(TITLES)}){_TITLE_OF_NAME}", 1, TITLES, after=_TITLE_OF_NAME),
           _triggered("ORG", rf"(?:{_alt(ORG_NOUNS)})\s+(?!(?:{MONTHS}|{DAYS})\b)([A-Z][a-z]+[A-Z]?[a-z]*(?:\s[A-Z][a-z]+){{0,2}})\b",
                      1, ORG_NOUNS),  # "the company Tuesday" is a date
           _triggered("ORG", r"(?:Inc\.?|LLC|Ltd\.?|Corp\.?|LLP)(?![\w'’-])", 0, "Inc|LLC|Ltd|Corp|LLP",
                      before=r"(?<![\w'’.-])(?P<w>(?:[A-Z][\w'’&-]+\s+){1,3}[A-Z][\w'’&-]+,\s+)\Z", window=60),
           # "Downtown Madison, Inc.", "Acme Widgets, LLC": the legal form after a comma is part of a name of two words or
           # more (not "Boston, Inc. magazine", "Austin, Texas, Inc. reported")
           _triggered("ORG", rf"(?:{BAND_NOUNS})\s+(?:The\s+)?(?!(?:{MONTHS}|{DAYS})\b)({_BAND_NAME})", 1, BAND_NOUNS,
                      before=rf"(?<![\w'’-])(?:{BAND_GENRES})\s+\Z", window=12),  # "Irish rock band The Cranberries"
           _triggered("ORG", rf"(?:{BAND_NOUNS})\s+The\s+({_BAND_NAME})", 1, BAND_NOUNS),  # "the band The Chicks"
           _triggered("ORG", rf"(?:{BAND_ROLES})\s+of\s+The\s+({_BAND_NAME})", 1, BAND_ROLES),
           _triggered("PLACE", rf"(?:{_alt(MOTION)})\s+([A-Z][a-z]+)(?=[\s,.;:]|$)", 1, MOTION),
           _triggered("PLACE", rf"(?:{_GEOGRAPHIC_OF})\s+of\s+(?:the\s+)?(?!(?:{MONTHS}|{DAYS})\b)(?!{_BEFORE_AN_ORG_HEAD})"
                               rf"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){{0,2}}\b",
                      0, _GEOGRAPHIC_OF),  # "Gulf of Aden", "Republic of Ireland", "Strait of Hormuz"
           _triggered("ORG", rf"(?:{_GEOGRAPHIC_OF})\s+of\s+(?:the\s+)?(?=(?!(?:{MONTHS}|{DAYS})\b){_BEFORE_AN_ORG_HEAD})"
                             rf"(?:[A-Z][a-z]+[ -]){{1,3}}(?:{ORG_KEYWORDS}|{ORG_SUFFIXES})\b",
                      0, _GEOGRAPHIC_OF),  # "Gulf of Maine Research Institute": a body named after the place
           _triggered("PLACE", rf"(?:{_alt(_PEAK)})\s+(?!(?:{MONTHS}|{DAYS})\b)[A-Z][a-z]+(?:[A-Z][a-z]+)?(?:\s[A-Z][a-z]+)?\b",
                      0, _PEAK),
           _triggered("PLACE", rf"(?:{_alt(PLACE_NOUNS)})\s+of\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,.;:]|$)", 1,
                      PLACE_NOUNS),
           _triggered("DATE", rf"(?:(?:{MONTHS})\s+\d{{1,2}}(?:,\s*\d{{4}})?|(?:early|mid|late)[- ](?:{MONTHS}|\d{{4}})|"
                              rf"(?:{MONTHS})\s+\d{{4}}|(?:{DAYS}))\b", 0, f"{MONTHS}|{DAYS}|early|mid|late"),
           _triggered("DATE", rf"(?:{_alt(MONTH_ABBREVIATIONS)})(?:\.|\b)\s*\d{{1,2}}(?:st|nd|rd|th)?\b(?:,\s*\d{{4}}\b)?|"
                              rf"(?:{_alt(MONTH_ABBREVIATIONS)})(?:\.|\b)\s*\d{{4}}\b", 0, MONTH_ABBREVIATIONS),
           # "Jan. 5", "Sept. 30, 2019", "Feb 2020" (the dotted abbreviations of the US press)
           _triggered("DATE", rf"({MONTHS})\b", 1, MONTHS,
                      before=r"(?:^|\W)(?:in|by|since|until|before|after|of|from|during|for|this|next|last)\s+\Z", window=24),
           _triggered("QUANTITY", rf"(?:{NUMBER_WORDS})(?:\s(?:to|or)\s(?:{NUMBER_WORDS}))?\s(?:of\s)?"
                                  rf"(?!{STOP}\b|times\b|years?\s+ago\b)[a-z]+s\b", 0, NUMBER_WORDS),  # "two to five degrees"
           _triggered("QUANTITY", r"(?:million|billion|thousand|hundred)\s[a-z]+\b", 0, "million|billion|thousand|hundred",
                      before=r"(?:^|\W)(?P<w>a|one|two|three|four|five|six|seven|eight|nine|ten|a third|a half|a quarter)\s\Z",
                      window=12),
]

