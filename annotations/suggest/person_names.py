"""Whether a few capitalised words name a person: by the words (the shipped given names and surnames, name
particles as in "Osama bin Laden", how common each word is in English) and, when the words leave it open, by the
context — apposition (", a lawyer,"), an age, a reporting verb ("Eric Reeves said", "said Lotfi Azzouz"), a
title or a role before. Also the span of a person without its titles and possessive. Kept apart from the rule
that splits a run into parts (`run_judge`): this module answers one question about one part."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Final

from anyascii import anyascii

from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import (ALLOWED_FIRST, FUNCTION, MONTHS_DAYS, ORG_HEADS, PARTICLES, PLACE_HEADS,
                                            SECOND_HONORIFICS, name_lists, title_words, world_surnames, zipf)

REPORTING: Final = ("said|says|told|tells|added|adds|warned|warns|stated|explained|explains|noted|notes|argued|argues|"
                    "insisted|wrote|writes|asked|replied|recalled|recalls|remembers|recounted|continued|concluded|"
                    "acknowledged|admitted|confirmed|"
                    "denied|declared|announced|tweeted|posted|remarked|commented|responded|countered|stressed|"
                    "emphasised|emphasized|predicted|insists|believes|thanked")
_AFTER_PERSON: Final = re.compile(rf",\s+(?:a|an|the|who|whose|his|her|one\s+of)\s|,\s+\d{{1,3}},|,\s+[a-z]+ing,|"
                                  rf"\s+(?:{REPORTING})\b|"
                                  r"\s+(?:has|had|was|is)\s+(?:said|told|warned|written|argued)\b|\s*\((?:\d{1,3}|[RDI]-)")
"""After a person: apposition (", a lawyer,", ", one of the protesters,"), an age (", 37,"), a role (", defending,"), a
reporting verb, a US party and state ("(D-N.C.)"). Before one (`_BEFORE_PERSON`): a reporting verb, a title, a role, or a role
or kin noun and a comma ("a Scientology attorney, Kendrick Moxon", "their nine-month-old child, Gloria")."""
_BEFORE_PERSON: Final = re.compile(rf"(?:\b(?:{REPORTING})|\baccording\s+to|\bby|\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Prof|Rev)\.?|"
                                   r"(?<![\w-])(?:co-)?(?:host|anchor|actor|actress|singer|supporter|organi[sz]er|novelist|"
                                   r"author|comedian|rapper|coach|striker|player|billionaire|activist)|"
                                   r"(?<![\w-])(?:attorney|lawyer|child|daughter|son|wife|husband|mother|father|brother|"
                                   r"sister|girlfriend|boyfriend|spokesman|spokeswoman|spokesperson),|"
                                   r"(?<![\w-])(?:step|grand)?(?:son|daughter|wife|husband|mother|father|brother|sister|"
                                   r"widow|widower|nephew|niece|uncle|aunt|cousin))"
                                   r"\s+\Z")
_AFTER_THE: Final = re.compile(r"(?<![\w'’-])the\s\Z")
INITIAL: Final = re.compile(r"(?:[A-Z]\.){1,3}")
"""A middle initial ("Walter A. Clyburn Reed") or joined initials ("H.R. Nagaraj Gowda"): no acronym."""
_NONSPACE: Final = re.compile(r"\S+")
_SYLLABLES: Final = re.compile(r"[A-Z][a-z]{1,4}-[A-Za-z][a-z]{1,4}")
"""A Korean or Chinese given name romanised as two hyphenated syllables ("Hee-Chan", "Ing-wen", "Jong-un")."""


_GENERATION_AFTER: Final = re.compile(r",?[ \t]+(?:Jr|Sr)\.?(?![\w])")


def person_context(text: str, start: int, end: int) -> bool:
    """Whether the text around text[start:end] shows a person (apposition, age, reporting verb, title before).
    Never after "the": a person's name takes no article, so "the Hajj, the annual pilgrimage" or "the
    Frühburgunder, an early-ripening mutation" describe a thing."""
    if _AFTER_THE.search(text, max(0, start - 5), start):
        return False
    suffix = _GENERATION_AFTER.match(text, end)  # "James P. Kennedy Jr., the U.S. Attorney": past the suffix
    if suffix:
        end = suffix.end()
    return _AFTER_PERSON.match(text, end) is not None or \
        _BEFORE_PERSON.search(text, max(0, start - 20), start) is not None


def is_person(words: list[str], titled: bool, known: dict[str, str], around: Callable[[], bool]) -> bool:
    """Whether `words` name a person; `around` says whether the context shows one (apposition, age, reporting
    verb, title before) and is asked only when the words leave it open. The shipped name lists are unaccented:
    a name in Latin letters with accents is judged again as its plain letters ("Héctor Ramírez" as "Hector
    Ramirez")."""
    if _judged_person(words, titled, known, around):
        return True
    if all(w.isascii() for w in words) or not all(all(ord(c) < 0x250 for c in w) for w in words):
        return False
    plain = [anyascii(w) for w in words]
    return plain[0] not in _ACCENTED_PREFIXES and _judged_person(plain, titled, known, around)


_ACCENTED_PREFIXES: Final = frozenset({"Sao", "Sri", "Shri"})
"""Plain forms of accented words that open place names and honorifics ("São Paolo", "Śrī Satya Sai Baba"), listed
as given names unaccented."""


def _judged_person(words: list[str], titled: bool, known: dict[str, str], around: Callable[[], bool]) -> bool:
    first_names, surnames = name_lists()
    listed = known.get(" ".join(words))
    if listed == "PERSON":  # a well-known person ("Andy Warhol's death": the name without its possessive)
        return True
    if listed is not None or any(known.get(w) in ("MISC", "ORG") for w in words[:-1]):
        return False
    if known.get(words[-1]) == "MISC" and not _given_then_nationality_surname(words, known, around) or \
            known.get(words[-1]) == "ORG" and not _given_then_company(words):
        return False
    if len(words) > 5 or words[-1].endswith(".") or words[-1] in _EVENT_HEADS:
        return False  # "San Marino Grand Prix", "Japanese Grand Prix": an event
    if len(words) >= 3 and any(known.get(" ".join(words[i:i + 2])) in ("PLACE", "ORG") for i in range(len(words) - 1)):
        return False  # a known two-word name inside ("San Marino"): no person's name
    if len(words) >= 3 and INITIAL.fullmatch(words[0]) and words[1] in first_names:  # "L. Ron Hubbard"
        return is_person(words[1:], titled, known, around)
    particle = any(w in PARTICLES or w[:3] in ("al-", "el-") for w in words[1:]) \
        or len(words) >= 3 and any(w.lower() in PARTICLES for w in words[1:-1])  # "James Van Der Beek"
    if len(words) >= 2 and particle:
        return True
    if len(words) == 2 and words[0] in surnames and _SYLLABLES.fullmatch(words[1]):
        return True  # a family name first, a given name of two syllables: "Hwang Hee-Chan", "Tsai Ing-wen"
    if len(words) == 2 and words[0] in first_names and words[1] in world_surnames() and zipf(words[0]) < 5.2 \
            and words[1] not in title_words() and words[1] not in PLACE_HEADS and words[1] not in ORG_HEADS \
            and words[1] not in _STREET_HEADS and around():
        return True  # a given name before a well-known family's name, a person by the context: "Mary Trump wrote"
        # ("Mary" is a place too, and "Trump" as common a word as a surname may be); not "South Carolina Sen.", "Heather
        # Close", "Rosetta Stone"

    def context() -> bool:  # looked at only when the words leave it open (two regex searches)
        return titled or around()

    last = words[-1]
    if len(words) == 1:
        if titled:  # "Prince Harry", "Mr Hancock"
            return known.get(last) is None and (last in first_names or last in surnames or zipf(last) < 4.5)
        # a rare surname, or a rare given name some people go by alone ("Meghan said", "Halston, who"):
        # either only with person evidence around it
        return (last in surnames or last in first_names) and zipf(last) < 4.0 and known.get(last) is None \
            and context()
    if words[0] in MONTHS_DAYS:
        return False
    if len(words) == 3 and words[0] in first_names and words[1] in surnames \
            and (last in surnames or anyascii(last) in surnames) and known.get(last) is None and zipf(last) < 4.0:
        return True  # "Guadalupe Salinas Hernández": a given name and two surnames, though the first two name places
    if any(known.get(w) == "PLACE" for w in words[1:]):  # "Kenneth Preston, a student,": a surname, in context
        named = [w for w in words if not INITIAL.fullmatch(w)]  # (and "James P. Kennedy": middle initials aside)
        if not (len(named) == 2 and named[0] == words[0] and words[0] in first_names and last in surnames
                and known.get(words[0]) is None and zipf(words[0]) < 5.2 and context()):
            return False
    if known.get(words[0]) == "PLACE" and not (words[0] in first_names and context()):
        return False
    last_ok = last in surnames or zipf(last) < 4.9
    if not last_ok:
        return False
    if len(words) == 2 and words[0] in _SHORT_GIVEN and known.get(last) is None and zipf(last) < 4.0 and context():
        return True  # "“…,” Walt Mossberg said": a short given name no list keeps, by the context
    if words[0] in first_names and (zipf(words[0]) < 5.2 or words[0] in ALLOWED_FIRST or last in surnames):
        return True
    if hyphenated_given(words[0]) and known.get(words[0]) is None or given_then_surname(words):
        return True  # "Jean-Louis Gasset", "Anne-Marie Trevelyan", "Kyung-soo Park"
    # a rare given name before a surname common in news ("Barack Obama said": "Obama" is as frequent as "mark");
    # a middle initial between two words is a person's hallmark of its own ("Steny H. Hoyer")
    inner = [w for w in words[:-1] if not INITIAL.fullmatch(w)]
    middle = len(inner) == 1 and len(words) == 3 and INITIAL.fullmatch(words[1]) is not None
    gaelic = len(words) == 2 and _GAELIC.match(last) is not None and zipf(words[0]) < 2.5 and known.get(words[0]) \
        is None  # "Ronna McDaniel": the surname shows itself, after a name-like word (not "Oreo McFlurry", "Clan MacLeod")
    return all(w in first_names or w in surnames or zipf(w) < 4.0 for w in inner) and (middle or gaelic or context())


_SHORT_GIVEN: Final = frozenset("Hal Sal Walt Herb Art Mo".split())
"""Short forms of given names the shipped lists leave out as common words: a name's first word only with a rare second
word and a person shown by the context. Not "Al", the Arabic article as often ("Al Udeid, the US air base", "Al Quds,
the Palestinian daily")."""
_STREET_HEADS = frozenset("Close Grove Mill Key Keys Store Stone Lane Crescent Mews Gardens Terrace Row Walk "
                          "Law Rice Hill Green Wood Woods Field Fields".split())
"""Last words of streets, places and things that are also famous surnames ("Glenn Close", "Sharon Stone") and no
place or organisation head already ("Court", "Park", "Lake" are): after a given name they name a street ("Heather
Close") or a thing ("Rosetta Stone") as often as a person."""
_GAELIC = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]{2,}\Z")
"""A Gaelic family name, its prefix before a second capital ("McDaniel", "MacArthur", "O’Rourke"): no common word,
place or brand has that shape (the shipped lists keep only each country's 500 commonest surnames)."""


def given_then_surname(words: list[str]) -> bool:
    """A hyphenated given name, compound or of two syllables, before a listed surname that is also a place's head
    ("Kyung-soo Park", "Jean-Luc Hall"): a person, not a park or a hall."""
    return len(words) == 2 and words[1] in name_lists()[1] and (
        hyphenated_given(words[0]) or _LOWER_SYLLABLE.fullmatch(words[0]) is not None and zipf(words[0]) < 4.0)


_LOWER_SYLLABLE: Final = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{2,4}")
"""A Korean given name in the Western order, its second syllable in lower case ("Kyung-soo", "Ji-woo")."""


_NICKNAMED: Final = re.compile(r"([A-Z](?<![\w'’-][A-Z])[a-z]+)[ \t]+(?:'|‘|\"|“)(?:The[ \t]+)?[A-Z][\w'’.-]*(?:[ \t][A-Z][\w'’.-]*)?"
                               r"(?:'|’|\"|”)[ \t]+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w'’-])")
"""A given name, a nickname in quotes and a surname: "Delroy 'Skippy' Graham", "Marvin “The Hammer” Jenkins". Tried
with `match` where `nicknamed` finds that one may start; the check that no letter precedes it follows the capital."""


def nicknamed(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name with a quoted nickname inside that starts with a listed given name: one person,
    called later by the surname (no quotation)."""
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return []
    first_names = name_lists()[0]
    out = []
    end = 0  # where the last match ended: `finditer` looks for the next one from there
    for quote in sorted(m.start() for pattern in _OPENING_QUOTES for m in pattern.finditer(text)):
        at = quote - 1
        while at > 0 and text[at - 1] in " \t":
            at -= 1
        word_end = at
        while at > 0 and "a" <= text[at - 1] <= "z":
            at -= 1
        if at == word_end or at < max(end, 1) or not "A" <= text[at - 1] <= "Z":
            continue
        m = _NICKNAMED.match(text, at - 1)
        if m is not None:
            end = m.end()
            if m.group(1) in first_names:
                out.append(m.span())
    return out


_OPENING_QUOTES: Final = [re.compile(re.escape(mark) + r"(?<=[a-z \t][ \t].)") for mark in "'‘\"“"]
"""The quotation mark that opens a nickname, after white space (and a letter or more space before it), one regex
per mark: a regex starting with one character is searched for at C speed, one starting with a set of characters
tests each character against the set (1.4 ms per MB for the four, 4.3 for one with the set). `_NICKNAMED` is tried
only at the capitalised word before such a mark (the one place a match can start), in order, where `finditer`
tried it at every capital: 8 ms per MB, these 3. The same matches: a match's given name, its white space and the
quotation mark hold together, so each match starts at the word before a mark found here, and one that starts
before the last match's end is skipped as `finditer` skips it."""


def hyphenated_given(word: str) -> bool:
    """A compound given name: two listed given names joined by a hyphen ("Jean-Louis", "Anne-Marie", "Hans-Peter"),
    which no list gives whole and English frequencies count as its common halves."""
    first_names = name_lists()[0]
    parts = word.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p[1:].islower() and p in first_names for p in parts) \
        and " ".join(parts) not in gazetteer()  # (not "Hong-Kong")


_EVENT_HEADS: Final = frozenset("Prix Cup Championship Championships Games Olympics Festival Awards Marathon Tournament "
                                "Expo Fair Summit Week Prize Award Medal".split())
"""The last word of an event's or a prize's name, never of a person's."""


def _given_then_nationality_surname(words: list[str], known: dict[str, str], around: Callable[[], bool]) -> bool:
    """A given name before a surname that is also a nationality, with a person's context around ("Tom French
    said", "Mary English, a nurse,"): the person, not a nationality."""
    first_names, surnames = name_lists()
    return len(words) == 2 and words[0] in first_names and known.get(words[0]) in (None, "PLACE") \
        and words[1] in surnames and around()


def _given_then_company(words: list[str]) -> bool:
    """A given name (and initials) before a company's one-word name is its namesake, a person ("Michael R.
    Bloomberg", "Walt Disney"): companies named after a person drop the given name."""
    first_names = name_lists()[0]
    return len(words) >= 2 and words[0] in first_names and (zipf(words[0]) < 5.2 or words[0] in ALLOWED_FIRST) \
        and all(INITIAL.fullmatch(w) for w in words[1:-1])


def trim_person(text: str, start: int, end: int) -> tuple[int, int]:
    """A person's span without titles before it or a possessive after it ("Executive Carrie Lam" -> "Carrie
    Lam", "Tsai Ing-wen’s" -> "Tsai Ing-wen")."""
    titles = title_words()
    titled = False
    while True:
        word = _NONSPACE.match(text, start, end)
        if word is None or word.end() == end or word.group(0).rstrip(".,") not in titles and not (
                titled and word.group(0) in SECOND_HONORIFICS and text.find(" ", word.end() + 1, end) > 0):
            break  # ("Datuk Seri Ahmad Zahid Hamidi": the second word of a two-word honorific, after the first)
        titled = True
        start = word.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
    for tail in ("’s", "'s", "’", "'"):
        if text.endswith(tail, start, end):
            end -= len(tail)
            break
    if text[start:end] in titles:  # "the Chairman and Chief Executive of X": a title, no name after it
        return end, end
    words = list(_NONSPACE.finditer(text, start, end))
    office = next((w for w in reversed(words[:-1]) if w.group(0) in OFFICE_HEADS), None)
    if office is not None:  # "Commercial Officer Peter Afiuny" (of "Chief Commercial Officer …"): the name after it
        start = words[words.index(office) + 1].start()
    return start, end


OFFICE_HEADS: Final = frozenset("Officer Director Manager President Editor Secretary Chairman Chairwoman Chairperson Minister "
                                "Executive Counsel Commissioner Superintendent Administrator Coordinator Correspondent "
                                "Spokesman Spokeswoman Spokesperson Strategist Economist Adviser Advisor Founder Co-founder "
                                "Chancellor Provost Treasurer Ambassador Prosecutor".split())
"""The nouns that end a job title ("Chief Commercial Officer", "Senior Vice President"): a name follows them, none
of their words is one."""


_STREET_HEADS = frozenset("Close Grove Mill Key Keys Store Stone Lane Crescent Mews Gardens Terrace Row Walk "
                          "Law Rice Hill Green Wood Woods Field Fields".split())
"""Last words of streets, places and things that are also famous surnames ("Glenn Close", "Sharon Stone") and no
place or organisation head already ("Court", "Park", "Lake" are): after a given name they name a street ("Heather
Close") or a thing ("Rosetta Stone") as often as a person."""
_GAELIC = re.compile(r"^(?:Mc|Mac|O['’])(?=[A-Z])")
"""The prefix of "McLaughlin", "MacDonald", "O’Neill": the inner capital is part of the name."""
_SUBJECT_OF_PAST: Final = re.compile(r"\s+(?:[a-z]{2,}ed|won|took|made|went|got|gave|came|saw|left|led|met|ran|spoke|"
                                     r"became|began|held|kept|lost|beat|struck|sent|told|wrote)\b")
SENTENCE_START: Final = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)\Z")
"""A surname opening a sentence as the subject of a past tense ("Lukaku scored a third goal")."""


def named_then_by_surname(text: str, runs: dict[str, list[int]], known: dict[str, str]) -> list[tuple[str, list[int]]]:
    """Two- and three-word runs no list explains ("Oprah Winfrey", "Vasant Gopinath Kulkarni") that the text later calls
    by the second word alone with person evidence ("Winfrey told CBS", "said Winfrey", or opening a sentence
    before a past tense, "Lukaku won"): news names a person in full once, then by surname. `runs` maps each
    such run to where it occurs; returns the ones that are people. Only words rare in English (no "Public
    Health" … "Health said") and no heads or titles. One pass over the text for all the candidates' surnames."""
    first_names, surnames = name_lists()
    titles = title_words()
    candidates: dict[str, list[str]] = {}  # surname -> its runs
    for run in runs:
        words = run.split(" ")
        family = words[-1]
        if any(w in known or w in FUNCTION or w.rstrip(".") in titles or w in ORG_HEADS or w in PLACE_HEADS
               or w in MONTHS_DAYS or not _GAELIC.sub("", w)[1:].islower() or len(w) < 3 for w in words):
            continue
        if all(zipf(w) < 4.0 or (w in first_names or w in surnames) and zipf(w) < 4.5 for w in words):
            candidates.setdefault(family, []).append(run)
    if not candidates:
        return []
    people: set[str] = set()
    alone = re.compile(rf"(?:{'|'.join(_word_at_start(w) for w in candidates)})(?![\w'’-])")
    for m in alone.finditer(text):
        for run in candidates[m.group(0)]:
            if run in people or text.endswith(run[:-len(m.group(0))], 0, m.start()):
                continue  # the full name itself
            if person_context(text, m.start(), m.end()) or _SUBJECT_OF_PAST.match(text, m.end()) \
                    and SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
                people.add(run)
    return [(run, runs[run]) for run in runs if run in people]


def _word_at_start(word: str) -> str:
    """A regex for `word` not preceded by a letter, a digit, an apostrophe or a hyphen, that check put after its first
    letter (a run's words start with a letter): an alternation of such words starts with letters, and the regex
    engine skips ahead to them, where a leading lookbehind is tried at every position of the text."""
    first = re.escape(word[0])
    return rf"{first}(?<![\w'’-]{first}){re.escape(word[1:])}"


_HYPHENATED: Final = re.compile(r"[A-Z][a-z]+-[a-z]+")
NAME_SUFFIXES: Final = frozenset("Jr Sr II III IV V VI VII VIII IX X".split())


def short_names(full: str, listed: bool = False) -> list[str]:
    """What a person is called later in the text: the surname ("Reeves"), with its particle ("bin Laden",
    "al-Bashir") and without it ("Bashir"); the given name if it is a listed one, or if the person is a
    well-known one (`listed`) and the name no word of English ("Aretha", "Mahathir")."""
    given, family = name_lists()
    words = full.split()
    while len(words) >= 2 and words[-1].rstrip(".") in NAME_SUFFIXES:  # "Elizabeth II", "Martin Luther King Jr."
        words = words[:-1]
    if len(words) >= 2 and _HYPHENATED.fullmatch(words[-1]):  # "Tsai Ing-wen", "Carrie Lam Yuet-ngor"
        english_first = len(words) >= 3 and words[0] in given
        return [words[1] if english_first else words[0]]
    out = [words[-1]] if len(words[-1]) > 1 else []
    if not words[0].endswith(".") and (words[0] in given and zipf(words[0]) < 4.9 or (listed or len(words) == 2 and
            _unlisted_given(words[0], given, family)) and zipf(words[0]) < 3.0 and words[0] not in gazetteer()):
        out.append(words[0])  # "Zoe" after "Zoe Hasib", "Jenelle" after "Jenelle Evans"
    if len(words) == 3 and words[1] in family and words[1] not in given and not words[1].endswith("."):
        out.append(words[1])  # "Salinas" after "Guadalupe Salinas Hernández" (the first of two surnames)
    for i, w in enumerate(words[1:-1], 1):  # "De Niro" after "Robert De Niro" (a particle capitalised or not)
        if w in PARTICLES or w.lower() in PARTICLES and w[:1].isupper() and i == len(words) - 2:
            out.append(" ".join(words[i:]))
            break
    if words[-1][:3].lower() in ("al-", "el-") and len(words[-1]) > 4:
        out.append(words[-1][3:])
    return [w for w in out if w not in _PRONOUN_SHAPED]


def _unlisted_given(word: str, given: frozenset[str], family: frozenset[str]) -> bool:
    """A given name the lists lack and English hardly uses ("Jenelle", "Lotfi"): a name by itself later in the text,
    as a listed one is (not a family name, which may open an East Asian name: "Wang Yi")."""
    return len(word) > 3 and word not in given and word not in family and word[1:].islower() and zipf(word) < 2.5


_PRONOUN_SHAPED: Final = frozenset("He She It We I You They Me Us Him Her An As At By Do Go If In Is No Of On Or So To "
                                   "Up".split())
"""Names spelt as an English pronoun or function word ("Liu He", "Ai Weiwei"): never a short name alone, or every
"He" opening a sentence would be that person."""


AGED_GIVEN_NAME: Final = re.compile(r"([A-Z](?<![\w'’.-].)[a-z]{2,})\*?,[ \t]+(?:\d{1,3}(?=[ \t]*[,)])|an?[ \t]+\d{1,3}-year-old\b)")
"""A given name alone and an age in apposition ("Anna, 40,", "Pamela*, a 34-year-old mum"): a person the article
names by first name only, often a pseudonym."""
_AGE_AFTER_NAME: Final = re.compile(r",[ \t]+(?:\d{1,3}(?=[ \t]*[,)])|an?[ \t]+\d{1,3}-year-old\b)")
"""The end of `AGED_GIVEN_NAME`: the age in apposition, from its comma (a literal first character: the engine skips
ahead to commas)."""


def aged_given_names(text: str) -> Iterator[re.Match[str]]:
    """`AGED_GIVEN_NAME.finditer(text)`, found the other way round: each age first (`_AGE_AFTER_NAME`, 1 ms per MB;
    the pattern alone was tried at every capital, 7 ms), then the pattern tried at the capital starting the letters
    before its comma (and an asterisk). The same matches: a match's name ends where its age starts, an age holds no
    comma of another, and no match starts before the end of the one before."""
    end = 0
    for age in _AGE_AFTER_NAME.finditer(text):
        start = age.start() - (text[age.start() - 1:age.start()] == "*")
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start - 1 < end:
            continue
        found = AGED_GIVEN_NAME.match(text, start - 1)
        if found is not None:
            end = found.end()
            yield found


_PARTNER_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \t]+and[ \t]+\Z")
_NAME_BEFORE: Final = re.compile(r"[A-Z][\w'’.-]*[ \t]+\Z")


def partners_named_first(text: str, people: Sequence[tuple[int, int, str, str, str | None]],
                         taken: Mapping[str, tuple[str, str, str | None]]) -> list[tuple[int, int, str]]:
    """A given name joined by "and" to a person's given name and surname ("Melody and Nariman Tashakor", "Sara and
    Sameer Ahmed"): (start, end, full name) of that first person, who shares the surname ("Melody Tashakor") — a
    listed given name that is no title, no name the gazetteers know as something else ("Georgia and Jack Smith"), no
    short name of someone already named in full (`taken`: "like Tate and Russell Brand") and no surname closing a name
    ("Megyn Kelly and Bill O'Reilly")."""
    given = name_lists()[0]
    titles = title_words()
    out = []
    for start, stop, _, _, _ in people:
        words = text[start:stop].split()
        if len(words) != 2 or words[0] not in given or words[0] in titles:
            continue
        partner = _PARTNER_BEFORE.search(text, max(0, start - 24), start)
        first = partner.group(1) if partner is not None else ""
        if partner is None or first not in given or first in titles or first in gazetteer() or first in FUNCTION \
                or taken.get(first, ("", "", None))[2] is not None or _NAME_BEFORE.search(text, max(0, partner.start(1) - 30), partner.start(1)):
            continue
        out.append((partner.start(1), partner.end(1), f"{first} {words[-1]}"))
    return out
