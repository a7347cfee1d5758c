"""What one run of capitalised words is: an organisation (it ends with an organisation head, or "party",
"movement"… follows it), a place (it ends with a place head, or a direction before a known place), one or
more people (a title inside the run or a possessive starts a new part; each part is asked `person_names`),
or nothing (a title of a work in quotation marks, common words). The run's context is reached only through
`Question`s answered by `answer`, so that `names.find` can replay the decision for a run that comes back."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from typing import Final

from annotations.suggest.acronyms import ACRONYM, NOT_ORGS
from annotations.suggest.gazetteer import country_names
from annotations.suggest.name_words import (
    ALLOWED_FIRST, COMPASS, DESCRIBING_ENDS, DIRECTIONS, FUNCTION, INDUSTRY_HEADS, MEDIA_HEADS, MONTHS_DAYS, ORG_HEADS,
    PAPER_AFTER_PLACE, PARTICLES, PLACE_HEADS, POST_NOMINALS, ROLE_ENDS, SECOND_HONORIFICS, SERVICE_DISTRICTS, US_STATES,
    folded, name_lists, title_words, unknown_word, zipf)
from annotations.suggest.person_names import INITIAL, given_then_surname, is_person, person_context

Question = tuple[str, int, int]
"""A question about a run's context, positions relative to the run: ("org after", at, 0) — does "party",
"movement"… follow; ("quoted", start, end) — does a quotation hold exactly that; ("context", start, end) — is
there person evidence around it (apposition, age, reporting verb, title before); ("after the", 0, 0) — does
"the" come just before; ("kin before", 0, 0) — does a kin noun come just before ("her son"); ("couple after", at,
0) — do "and" and a full name follow ("David and Louise Turpin"); ("inside a sentence", 0, 0) — does a lower-case
word or a comma come just before (a common word opening the run is then a given name: "said Will Hurd")."""


def _person_by_context(words: list[str], offsets: list[tuple[int, int]], ask: Callable[[Question], bool]) -> bool:
    """A given name and a surname that is also a place's head, where the context shows a person ("Tom Bridge said",
    "Sarah Street, 42,"): no bridge, no street."""
    return len(words) == 2 and words[0] in name_lists()[0] and ask(("person", offsets[0][0], offsets[-1][1]))


def answer(text: str, base: int, question: Question) -> bool:
    """The answer to `question` about the run that starts at `base` in `text` (the kinds asked most first: "org
    after", "quoted", "kin before" are nine in ten of the 30,000 questions per MB)."""
    kind, a, b = question
    if kind == "org after":
        return _ORG_AFTER.match(text, base + a) is not None
    if kind == "quoted":
        return quoted_title(text, base + a, base + b)
    if kind == "kin before":
        return kin_before(text, base) is not None
    if kind == "couple after":
        return _COUPLE.match(text, base + a) is not None
    if kind == "speaks for":
        return _VOICE_AFTER.match(text, base + a) is not None or \
            _VOICE_BEFORE.search(text, max(0, base - 40), base) is not None
    if kind == "after the":
        return text.endswith("the ", 0, base + a) and (base + a < 5 or not text[base + a - 5].isalnum())
    if kind == "inside a sentence":
        return _INSIDE.search(text, max(0, base - 2), base) is not None
    return person_context(text, base + a, base + b)


KIN_BEFORE: Final = re.compile(r"(?:(?<![\w'’-])(?:his|her|their|by|and|late)|(?<![\w'’-])(?P<owner>[A-Z][\w'’-]+)[’']s|"
                               r"\w[’']s)[ \t]+(?:late[ \t]+)?(?:step|grand)?"
                               r"(?P<kin>son|daughter|wife|husband|brother|sister|nephew|niece|cousin),?[ \t]+\Z")
"""Kin named by a given name alone: "her son Scott", "survived by son James", "her late husband Jim", "Kohail's
brother, Sultan" (`owner`: the family's name, `kin`: the noun)."""
_KIN_NOUNS: Final = ("son", "daughter", "wife", "husband", "brother", "sister", "nephew", "niece", "cousin")


def kin_before(text: str, base: int) -> re.Match[str] | None:
    """`KIN_BEFORE` just before `base`. Its search tries each of the 40 positions before a run (8 µs; it is
    asked of most single words); it can only match where a kin noun, a comma or not, and spaces end the text
    before `base`, which a slice shows at once (nearly every run has none)."""
    before = text[max(0, base - 40):base]
    bare = before.rstrip(" \t")
    if len(bare) == len(before) or not bare.removesuffix(",").endswith(_KIN_NOUNS):
        return None
    return KIN_BEFORE.search(text, max(0, base - 40), base)


_COUPLE: Final = re.compile(r"[ \t]+and[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]+\b(?!-|[ \t]+(?:and\b|of\b|[A-Z]))")
"""After a given name: "and" and a full name ("David and Louise Turpin")."""
_ORG_AFTER: Final = re.compile(r"[ \t]+(?:party|movement|militia|group|organi[sz]ation|agency|newspaper|daily|network|"
                               r"broadcaster|coalition|alliance|union|faction|tribe|council|committee)\b")
"""After a run: "the Ennahda party", "the Nidaa Tounes movement", "the Standing Rock Sioux tribe"."""
_VOICE_AFTER: Final = re.compile(r"[ \t]+(?:spokes(?:man|woman|person|people)|officials?|executives?|representatives?|"
                                 r"employees|staffers)\b")
_VOICE_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:spokes(?:man|woman|person)|officials?|executives?|representatives?|"
                                  r"employees?)[ \t]+(?:for|at|of|from|with)[ \t]+(?:the[ \t]+)?\Z")
"""Someone who speaks or works for the run just after or before it: "a Palmetto Health spokesperson", "a spokesman
for the European Naval Force", "officials at Kelvor Maritime" — the run is an organisation."""
_INSIDE: Final = re.compile(r"[a-z,] \Z")
"""A run after a lower-case word or a comma: inside a sentence, where a capital is a name's, not the sentence's."""


def quoted_title(text: str, start: int, end: int) -> bool:
    """A run of several words that fills a quotation ("“Rearview Town,”", "\"My Kinda Party.\"") names a work
    (an album, a book, a programme), not an organisation or a person."""
    if start == 0 or text[start - 1] not in "“\"‘" or end - start < 4:
        return False
    tail = text[end:end + 2]
    return tail[:1] in "”\"’" and tail != "" or tail[:1] in ".,!?" and tail[1:2] in "”\"’" and tail[1:2] != ""


def judge(run: str, known: dict[str, str], ask: Callable[[Question], bool]) -> list[tuple[str, int, int]]:
    """The mentions in one run (positions relative to it), asking `ask` about its context."""
    titles = title_words()
    first_names, surnames = name_lists()
    out: list[tuple[str, int, int]] = []
    if " " not in run and "\t" not in run:  # one word (most runs): a person only as "Surname said"
        word = run.removesuffix("’s").removesuffix("'s")
        if word not in FUNCTION and word not in known and (word in first_names or zipf(word) < 3.5) \
                and ask(("kin before", 0, 0)):
            return [("PERSON", 0, len(word))]  # "her son Scott", "Kohail's brother, Sultan": a given name
        if word in FUNCTION or word in titles or word in known:
            return out
        if word in first_names and zipf(word) < 5.2 and ask(("couple after", len(run), 0)):
            return [("PERSON", 0, len(word))]  # "David and Louise Turpin": his given name, their surname
        if word in COMPASS and ask(("after the", 0, 0)):  # "other parts of the West"
            return [("PLACE", 0, len(word))]
        if (word not in surnames and word not in first_names or zipf(word.rstrip("'’")) >= 4.0) \
                and not ask(("org after", len(run), 0)):
            return out  # a lone word is a person only as a rare surname or given name (see is_person)
        words = [run]
        offsets = [(0, len(run))]
    else:
        words = run.split()
        offsets = _offsets(run, words)
    if words[-1][-2:] in ("’s", "'s") or words[-1][-1:] in ("'", "’"):  # "Tsai Ing-wen’s", "Meadows'"
        cut = 2 if words[-1][-2:] in ("’s", "'s") else 1
        words[-1] = words[-1][:-cut]
        offsets[-1] = (offsets[-1][0], offsets[-1][1] - cut)
    while words and (words[-1] in PARTICLES or words[-1][words[-1].rfind("-") + 1:] in DESCRIBING_ENDS):
        words.pop()  # ("the Saudi-led coalition", "an Iran-backed militia": a word that describes, no name)
        offsets.pop()
    if len(words) >= 3 and words[-1] in POST_NOMINALS:  # "Jonathan Reeve KC": the name without the letters
        words.pop()
        offsets.pop()
    if len(words) >= 3 and words[-1].rstrip(".") in _GENERATIONS:  # "James P. Kennedy Jr.": judged without it (the
        words.pop()  # suffix is put back on the person's span by `place_context.tidy_span`)
        offsets.pop()
    run_titled = False
    while words and (words[0] in FUNCTION or words[0].rstrip(".") in titles
                     or run_titled and words[0] in SECOND_HONORIFICS and len(words) > 2):
        run_titled = run_titled or words[0].rstrip(".") in titles  # ("Datuk Seri Anwar Ibrahim": both titles)
        words.pop(0)
        offsets.pop(0)
    if len(words) > 3 and words[0] in MONTHS_DAYS and words[1] == "The":  # "in June The New York Times wrote": a
        del words[:2], offsets[:2]  # date, then a name its "The" opens
    elif len(words) > 3 and ACRONYM.fullmatch(words[0]) and (words[1].rstrip(".") in titles or words[1] in _OFFICES) \
            and words[-1] not in ORG_HEADS and words[-1] not in PLACE_HEADS:  # "GSAS Dean Emma Dench" (not "UNC Dean
        # Smith Center"):
        run_titled = True  # a body's letters and a title before a name
        del words[:2], offsets[:2]
    if not words:
        return out
    if ask(("quoted", offsets[0][0], offsets[-1][1])):
        return out  # "in “My Kinda Party.”": the title of a work
    if organisation(words, known) or (len(words) <= 3 and known.get(" ".join(words)) is None
                                      and zipf(words[0]) < 5.2 and words[-1] not in NOT_ORGS
                                      and words[-1] not in PLACE_HEADS and ask(("org after", offsets[-1][1], 0))) \
            or _voiced(words, known, first_names) and ask(("speaks for", offsets[-1][1], 0)):
        out.append(("ORG", offsets[0][0], offsets[-1][1]))
        return out
    media = 0 if MEDIA_HEADS.isdisjoint(words[1:-1]) else (  # (most runs hold none: no search)
        next((i for i, w in enumerate(words[1:-1], 1) if w in MEDIA_HEADS), 0))
    if media and (ACRONYM.fullmatch(words[0]) or known.get(words[0]) == "ORG"):  # "CBS News Battleground Tracker"
        out.append(("ORG", offsets[0][0], offsets[media][1]))
        return out
    if len(words) >= 2 and (words[-1] in PLACE_HEADS and not given_then_surname(words)
                            and not _person_by_context(words, offsets, ask) or words[0] in DIRECTIONS
                            and known.get(" ".join(words[1 + (words[1] in DIRECTIONS):])) == "PLACE"
                            or words[-1] in COMPASS and known.get(" ".join(words[:-1])) == "PLACE"):
        # "Western North Carolina", "South East Asia"; a compass point after a known place names a part of it
        # ("Pacific Northwest", "Kowloon West", "New Territories East")
        owned = max((i + 1 for i, w in enumerate(words[:-2]) if w.endswith(("’s", "'s"))), default=0)
        out.append(("PLACE", offsets[owned][0], offsets[-1][1]))  # "Singapore’s Changi Airport": the airport
        return out
    if len(words) >= 2 and words[-1].rstrip(".") in titles and words[-1] not in surnames \
            and not (len(words) == 2 and words[-1][1:].islower() and words[0] in first_names and zipf(words[0]) < 5.2):
        return out  # "the Los Angeles Sheriff's office": a title ends no name (but "Carole King", "Tom Chancellor")
    if len(words) >= 2 and _body_of_a_country(words, known):  # "Environment Canada"
        out.append(("ORG", offsets[0][0], offsets[-1][1]))
        return out
    # "New York City Mayor Bill de Blasio": a title inside a run starts a person
    cuts = [i for i, w in enumerate(words) if w.rstrip(".") in titles and 0 < i < len(words) - 1
            and words[i + 1].rstrip(".") not in _SUFFIXES]  # "Martin Luther King Jr.": a surname, no title
    cuts += [i + 1 for i, w in enumerate(words[:-1]) if w.endswith(("'", "’", "'s", "’s"))]  # "Quartz' Dan Kopf"
    cuts.sort()
    # a title right after a possessive cuts once ("Jordan's King Abdullah II")
    bounds = sorted({0, *cuts, len(words)}) if cuts else [0, len(words)]
    owner: tuple[int, int] | None = None  # a possessor just before this part ("Axios' Kaveh Waddell")
    for a, b in zip(bounds, bounds[1:], strict=False):
        part, spans = words[a:b], offsets[a:b]
        possessive = bool(part) and part[-1].endswith(("'", "’", "'s", "’s"))
        if possessive:
            cut = 1 if part[-1].endswith(("'", "’")) else 2
            part = part[:-1] + [part[-1][:-cut]]
            spans = spans[:-1] + [(spans[-1][0], spans[-1][1] - cut)]
            if organisation(part, known):  # "NBC News' Today show"
                out.append(("ORG", spans[0][0], spans[-1][1]))
                owner = None
                continue
        previous_owner, owner = owner, None
        if possessive and len(part) == 1 and unknown_word(part[0], known):
            owner = spans[0]
        titled = (a > 0 and part[0].rstrip(".") in titles) or (a == 0 and run_titled)
        while part and (part[0].rstrip(".") in titles or known.get(part[0]) == "MISC"
                        or zipf(part[0]) >= 5.2 and part[0] not in ALLOWED_FIRST and not INITIAL.fullmatch(part[0])
                        and not (spans[0][0] == 0 and len(part) >= 2 and part[0] in first_names
                                 and ask(("inside a sentence", 0, 0)))  # '"…," said Will Hurd': his given name
                        or len(part) > 2 and part[0] == "Justice"  # "Justice Wanjiru Kamau" (but the actor
                        # "Justice Smith": a given name too)
                        or len(part) > 2 and part[0] not in first_names and zipf(part[0]) >= 4.0
                        and not part[0].endswith("ing")  # (a participle is no role: "Standing Rock Sioux")
                        and not _SURNAME_FIRST.match(" ".join(part[:2]))  # "Ho Van Duc": a surname, no role
                        and not (INITIAL.fullmatch(part[0]) and part[1] in first_names)  # "L. Ron Hubbard"
                        or len(part) > 2 and known.get(part[0]) in ("PLACE", "ORG") and part[1] in first_names
                        and part[-1] in surnames
                        or len(part) > 2 and part[0] not in first_names and part[1] in first_names
                        and (part[0].isascii() or folded(part[0]) not in first_names)  # "João Pedro Almeida"
                        and not _SURNAME_FIRST.match(" ".join(part[:2]))  # ("Ho Van Duc")
                        and known.get(part[0]) is None and part[0][1:].islower()
                        and (zipf(part[0]) >= 2.5 or part[0].endswith(ROLE_ENDS))
                        or len(part) > 2 and part[1] in first_names and _HYPHENATED_NATIONALITY.fullmatch(part[0])
                        and all(known.get(w) == "MISC" for w in part[0].split("-"))):
            # a role or rank before a given name and more ("Constable Steve Barry", "Motorist Dom Lawson", the rarer
            # "Videoblogger Daniel Fraga", "Netizen Fernando Cabezas"), a nationality ("Yemeni-American Summer Nasser")
            # a known place before a given name and more is where the person governs or studies, not their
            # first name ("Governor of Washington Chris Gregoire", "University of Texas Arlington Amneh Jafari"); a
            # known organisation, where they work ("Spokeswoman for the Pentagon Sabrina Singh")
            titled = titled or part[0].rstrip(".") in titles
            part, spans = part[1:], spans[1:]
        numeral = len(part) >= 2 and _REGNAL.fullmatch(part[-1]) is not None \
            and (titled or part[0] in first_names)  # "King Abdullah II", "Elizabeth II" (not "Apollo XI")
        judged = part[:-1] if numeral else part
        if not judged or any(w.isupper() and len(w) > 1 and not INITIAL.fullmatch(w) for w in judged):
            continue
        start, end = spans[0][0], spans[-1][1]
        if is_person(judged, titled or numeral, known, lambda: ask(("context", start, end))):  # noqa: B023
            if previous_owner is not None and len(part) >= 2:  # "the ACLU's Jay Stanley": who they work for
                out.append(("ORG", *previous_owner))
            out.append(("PERSON", start, end))
    return out


def _voiced(words: list[str], known: dict[str, str], first_names: frozenset[str] | set[str]) -> bool:
    """Whether a run could be an organisation that a spokesperson or officials speak for: two or three words that
    are no listed name and open with neither a given name nor a common word other than a nationality ("Palmetto
    Health", "European Naval Force", not "Anna Berg", "Texas" or "Two Amtrak")."""
    return 2 <= len(words) <= 4 and words[0] not in first_names \
        and (zipf(words[0]) < 5.0 or known.get(words[0]) == "MISC") \
        and known.get(" ".join(words)) is None \
        and all(known.get(w) != "PLACE" for w in words) and not all(known.get(w) == "MISC" for w in words) \
        and words[-1] not in PLACE_HEADS


def _body_of_a_country(words: list[str], known: dict[str, str]) -> bool:
    """Common nouns before one or more country names: a government body named after its field ("Environment
    Canada", "Food Standards Australia New Zealand"). Not a direction, an adjective ("Rural Canada", "Southern
    Africa"), a time ("Yesterday Canada") or a name a list knows ("Great Britain")."""
    if known.get(" ".join(words)) is not None or words[-1] not in _country_ends():
        return False
    countries = country_names()
    first = next((i for i, w in enumerate(words) if w in countries or " ".join(words[i:i + 2]) in countries), 0)
    if first == 0 or not _all_countries(words[first:], countries):
        return False
    return all(zipf(w) >= 3.5 and w not in FUNCTION and w not in DIRECTIONS and w not in MONTHS_DAYS
               and w not in _TIMES and w not in known and not w.endswith(_ADJECTIVE_ENDS) and w.isalpha()
               and w[1:].islower() for w in words[:first])


@lru_cache(maxsize=1)
def _country_ends() -> frozenset[str]:
    """The last word of each country's name: a run ends with one if it ends with a country (most runs do not, and
    are told so before the search for a country inside them)."""
    return frozenset(name.split(" ")[-1] for name in country_names())


def _all_countries(words: list[str], countries: frozenset[str]) -> bool:
    i = 0
    while i < len(words):
        step = next((n for n in (3, 2, 1) if " ".join(words[i:i + n]) in countries and i + n <= len(words)), 0)
        if not step:
            return False
        i += step
    return True


_TIMES: Final = frozenset("Today Yesterday Tomorrow Tonight Now Recently".split())
_OFFICES: Final = frozenset("Dean Provost Rector Chancellor Registrar Bursar".split())
"""Offices of a school or a body, after its letters and before a person's name ("GSAS Dean Emma Dench"); not titles
by themselves ("Dean" is as often a given name)."""
_ADJECTIVE_ENDS: Final = ("al", "ic", "ern", "ese", "ish", "ian", "ly")


def organisation(words: list[str], known: dict[str, str]) -> bool:
    """Whether the words end with an organisation head ("Bardo National Museum", "Islamic State" — not "Ohio
    State"; "Irving Independent School District")."""
    head = words[-1].split("-")[-1]
    if len(words) >= 2 and head == "District" and words[-2] in SERVICE_DISTRICTS:
        return True
    if len(words) >= 2 and (head in _CLUB_MARKS or words[0] in _CLUB_MARKS):
        return True  # "Liverpool FC", "FC Porto": a football club
    if len(words) >= 2 and (words[0] == "Daily" or head == "Daily"):
        return True  # "Daily Record", "China Daily", "People's Daily": a newspaper
    if len(words) == 2 and head in PAPER_AFTER_PLACE and known.get(words[0]) == "PLACE":
        return True  # "Dallas Observer", "Sacramento Bee": a town's newspaper
    if len(words) < 2 or head not in ORG_HEADS:
        return False
    if head == "State":
        return words[-2] not in US_STATES and known.get(" ".join(words[:-1])) != "PLACE"
    if head in INDUSTRY_HEADS:
        return zipf(words[-2]) < 3.5 and known.get(words[-2]) is None  # not "Renewable Energy", "Chinese Mining"
    return True


_HYPHENATED_NATIONALITY: Final = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+")
_SURNAME_FIRST: Final = re.compile(r"[A-Z][a-z] (?:Van|Thi|Duc|Minh|Quang|Thanh|Ngoc|Huu|Dinh|Xuan|Hong)\Z")
"""A two-letter family name before a Vietnamese middle name ("Ho Van Duc", "Le Thi Hoa"): the name's first word,
though as common as a word."""
_CLUB_MARKS: Final = frozenset(("FC", "AFC", "CF"))
_SUFFIXES: Final = frozenset(("Jr", "Sr", "II", "III", "IV"))
_GENERATIONS: Final = frozenset(("Jr", "Sr"))

_REGNAL: Final = re.compile(r"(?:II|III|IV|VI{0,3}|IX|XI{0,3})")
"""A regnal number after a name ("Abdullah II", "Elizabeth II", "Ptolemy II"): part of the person's name."""


def _offsets(run: str, words: list[str]) -> list[tuple[int, int]]:
    """Where each of the run's words (`run.split()`) stands in it: each is the first occurrence of itself after
    the one before, as only white space lies between them (a regex over the run took twice as long)."""
    offsets = []
    at = 0
    for word in words:
        at = run.index(word, at)
        offsets.append((at, at + len(word)))
        at += len(word)
    return offsets
