"""Organisations' names as the entity patterns find them, put right: an organisation's name without a
possessive after it or its owner before it, its "of/for" complement cut where a title, a second body, a location
or a person starts, a dotted country abbreviation before it kept ("U.S. Department of Agriculture"); what it is
called for short later ("Rhodium" for "Rhodium Group", "Scientology" for "Church of Scientology"); websites
named by their address ("Gawker.com"). Split out of `entities.py`, which finds the candidates; these functions
only look at one name and the text around it. Pure functions."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from typing import Final

from annotations.suggest import Suggestion, names
from annotations.suggest.gazetteer import language_names
from annotations.suggest.name_words import (BASED_PREFIX, COMPANY_SUFFIXES, FUNCTION, INDUSTRY_HEADS,
                                            MONTHS_DAYS)
from annotations.suggest.text_scan import starts_of


def web_addresses(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a capitalised name before .com/.org/.net: a website, an organisation ("Gawker.com",
    "Scientology.org"; not a part of a longer address, "www.example.com")."""
    for m in _WEB_ADDRESS.finditer(text):
        start = m.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        if text[start:start + 1].isupper() and (start == 0 or text[start - 1] not in "./@"):
            yield start, m.end()


_WEB_ADDRESS: Final = re.compile(r"\.(?:com|org|net)(?![\w.]|\.\w)")


def publications(text: str, known: dict[str, str]) -> Iterator[tuple[int, int]]:
    """(start, end) of a journal's name, an organisation: after "published in", "the journal" or "journals
    including" ("published in Proceedings of the National Academy of Sciences", "published in journal Nature
    Climate Change", "… in Frontiers in Ecology and the Environment journal", "journals including Social
    Science & Medicine"); never a place, a language or a time ("published in London in March")."""
    if "published in" not in text and "journal" not in text:
        return
    for m in _PUBLICATION.finditer(text):
        start, end = m.span("name")
        if text.startswith("The ", start):
            start += 4
        name = text[start:end]
        tail = _TIME_OR_PLACE_TAIL.search(name)
        while tail is not None and (tail.group(1) in MONTHS_DAYS or known.get(tail.group(1)) == "PLACE"):
            end = start + tail.start()  # "… on Monday", "… in March", "… in London"
            name = text[start:end]
            tail = _TIME_OR_PLACE_TAIL.search(name)
        if " " not in name and (name in known or name in MONTHS_DAYS or name in language_names()
                                or names.zipf(name) >= 5.0):
            continue
        if known.get(name) in ("PLACE", "MISC") or name.split(" ", 1)[0] in MONTHS_DAYS:
            continue
        yield start, end


def chambers(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of a legislature's chamber called by its short name, an organisation: "the House" in a text that
    names a Senate, a Congress or a House of Representatives ("the House and Senate can block the plan"); "the
    Lords" and "the Commons" where the text names that House. Never "a house", "the White House" or "House prices"."""
    if "House" not in text and "Lords" not in text and "Commons" not in text:
        return
    short = {"House"} if any(congress.search(text) for congress in _CONGRESS) else set()
    short |= {m.group(1) for m in _HOUSE_OF.finditer(text)}
    for at in sorted(at for word in short for at in _occurrences(text, word)):
        before = at
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        if before < at and before >= 3:  # "the" and white space before the word: where `_CHAMBER` would start
            m = _CHAMBER.match(text, before - 3)
            if m is not None:
                yield m.span(1)


def _occurrences(text: str, word: str) -> Iterator[int]:
    """Every position where `word` occurs in `text`, overlapping ones too (`str.find`, no regex)."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


_CONGRESS: Final = [re.compile(rf"{c}(?<!\w{c})(?:enate|ongress|ouse\s+of\s+Representatives|ouse\s+Speaker|"
                               r"peaker\s+of\s+the\s+House)\b") for c in "SCH"]
"""One regex per first letter (as `[SCH]`, the three searched for together, was): a regex that starts with a
letter skips ahead to it at C speed, one that starts with a set of letters tests every character (4 ms per MB)."""
_HOUSE_OF: Final = re.compile(r"H(?<!\wH)ouse\s+of\s+(Lords|Commons)\b")
_CHAMBER: Final = re.compile(r"[Tt](?<![\w'’-][Tt])he[ \t]+(House|Lords|Commons)(?![\w'’-]|[ \t]+(?:of|[A-Z]))")
"""Only after "the" and followed by neither "of" nor a capitalised word ("the House Freedom Caucus", "the House of
Lords" are longer names). Each starts with its first letter and checks what may not come before it just after that
letter (a word boundary before "House" is a lookbehind after its "H"), so that the regex engine skips ahead to that
letter instead of trying the boundary at every position (2.4 ms on the 20 real pages, then 0.7). `_CHAMBER` is
tried only before each chamber's name that the text calls by its short name (found with `str.find`): run over the
whole text it stopped at every "t" (8 ms per MB). The same matches: a match ends with the name, white space and
"the" before it, so it starts where the walk back from the name ends, and no two matches overlap."""


_TIME_OR_PLACE_TAIL: Final = re.compile(r"[ \t]+(?:on|in|of)[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)?)\Z")
_JOURNAL_NAME: Final = r"(?P<name>[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|in|and|the|for|on|&)[ \t]+)*[A-Z][\w'’-]*)*)"
_PUBLICATION: Final = re.compile(r"(?:\bpublished[ \t]+in[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+)?(?:journal[ \t]+)?"
                                 r"|\b(?:the|a)[ \t]+journal[ \t]+|\bjournals[ \t]+(?:including|such[ \t]+as)[ \t]+)"
                                 + _JOURNAL_NAME)


def org_span(text: str, start: int, stop: int, known: dict[str, str], cuts: dict[str, tuple[int, int]]
              ) -> tuple[int, int]:
    """An organisation's name found by a pattern, trimmed (`_org_cut`, once per distinct name in `cuts`) and with
    the dotted abbreviation of a country before it, as its undotted form is ("U.S. Department of Agriculture"
    like "US State Department")."""
    exact = text[start:stop]
    cut = cuts.get(exact)
    if cut is None:
        cut = cuts[exact] = _org_cut(exact, known)
    a, b = start + cut[0], start + cut[1]
    if cut[0] == 0 and text.endswith("and ", 0, a):
        a = _joined_by_and(text, a, known)
    if cut[0] == 0 and start > 5 and text[start - 1] == " " and text[start - 2] == ".":
        dotted = _DOTTED_BEFORE.search(text, max(0, start - 8), start)
        if dotted is not None and known.get(dotted.group(1)) == "PLACE":
            a = dotted.start(1)
    return a, b


_GENERIC_BODY: Final = re.compile(r"(?:([A-Z][a-z]+) )?NGO (?=[A-Z])")
_BEFORE_AND: Final = re.compile(r"((?:[A-Z][a-z]+[ \t]+){1,3})and[ \t]+\Z")
_ARTICLES: Final = frozenset(("The", "A", "An", "Its", "Their"))


def _joined_by_and(text: str, start: int, known: dict[str, str]) -> int:
    """Where an organisation's name starts when "and" joins two of its words ("Food and Drug Administration",
    "National Search and Rescue Agency"): back over capitalised common words before "and" (none a name the
    gazetteers know, no article), else `start` ("Germany and European Commission" stays apart)."""
    m = _BEFORE_AND.search(text, max(0, start - 60), start)
    first = _WORD.match(text, start)
    if m is None or first is None or names.zipf(first.group(0)) < 3.0:
        return start  # "… Power and Tarrow Gas & Electric": a name of its own starts after "and"
    words = [w for w in _WORD.finditer(text, m.start(1), m.end(1)) if w.group(0) not in _ARTICLES]
    if not words or any(w.group(0) in known or names.zipf(w.group(0)) < 3.0 for w in words):
        return start
    before = _WORD_BEFORE.search(text, max(0, words[0].start() - 24), words[0].start())
    if before is not None and (before.group(1)[0].isupper() and before.group(1) not in _ARTICLES
                               or before.group(1) in ("of", "for", "on", "in", "and", "&")):
        return start  # "Massachusetts Institute of Technology and Colorado State University": two names
    return words[0].start()


_WORD: Final = re.compile(r"[A-Z][a-z]+")
_WORD_BEFORE: Final = re.compile(r"(\S+)[ \t]+\Z")


def _org_cut(exact: str, known: dict[str, str]) -> tuple[int, int]:
    """(start, end) of an organisation's name inside what a pattern found: without a possessive after it ("the
    Church of Scientology's website" -> "Church of Scientology") or its owner before it ("Saudi Arabia's Civil
    Defense Authority", "Texas A&M's Aerospace Engineering Department": the owner, a known place or an acronym,
    is a name of its own); its complement ends at a title, before a location after a whole name, between two
    bodies, and before a person ("University of Texas Arlington Amneh Jafari")."""
    start, stop = 0, len(exact)
    first = exact.split(" ", 1)[0]
    if first in FUNCTION and " " in exact:  # "After Britain's Home Office": a word opening the sentence, no part
        start = len(first) + 1
    generic = _GENERIC_BODY.match(exact, start)
    rest = exact[generic.end():] if generic is not None else ""
    if generic is not None and (not generic.group(1) or known.get(generic.group(1)) == "MISC") \
            and (known.get(rest) == "ORG" or rest.isupper() or " for " in rest):
        start = generic.end()  # "NGO Human Rights Watch", "Greek NGO Hellenic League for …", "NGO GRAIN": what it
        # is, then its name (but "NGO Forum on Cambodia", "NGO Advisor", "NGO Working Group on …" are names)
    based = BASED_PREFIX.match(exact, start)
    if based is not None and " " in exact[based.end():].strip():  # "Vienna-based Centre for …": where it is based
        start = based.end()
    if exact.endswith(("'s", "’s")) and " " in exact:
        stop -= 2
        exact = exact[:-2]
    if " of " in exact or " for " in exact or " on " in exact:
        cut = _title_in_complement(exact)  # "Museum of Flight CEO Doug King": the complement ends at a title
        if cut:
            stop = cut
            exact = exact[:cut]
        tail = _PLACE_TAIL.search(exact)  # "University of Sheffield of the UK": where it is, no part of the name
        named = exact[:tail.start()] if tail is not None else ""  # a whole name before it, or "Bank" of England
        if tail is not None and known.get(tail.group(1)) == "PLACE" and (
                " of " in named or " for " in named or " " in named and named.rsplit(" ", 1)[1] in names.ORG_HEADS
                and " the " in exact[len(named):]):  # "Medical Journal of Australia" is the journal's name
            stop = tail.start()
            exact = exact[:stop]
        both = exact.find(" and ")  # "Institute of Technology and Colorado State University": two of them
        if both > 0 and exact.rsplit(" ", 1)[-1] in names.ORG_HEADS and exact[:both].rsplit(" ", 1)[-1] not in \
                names.ORG_HEADS and exact[both + 5:].count(" ") >= 1:
            stop = both
            exact = exact[:both]
    if "'s " in exact or "’s " in exact or "s' " in exact or "s’ " in exact:  # "United States' Central Intelligence Agency"
        owner = _OWNER.match(exact, start)
        if owner is not None and (owner.group(1) in known or owner.group(1).replace("&", "").isupper()):
            start = owner.end()
    if stop - start > 20:
        stop -= _person_after(exact[start:], known)
    return start, stop


def _person_after(name: str, known: dict[str, str]) -> int:
    """How many characters at the end of an organisation's complement are a person's name: after a known place,
    a given name and a surname the name lists know ("University of Texas Arlington Amneh Jafari"; the person is
    found by `names`)."""
    words = name.split(" ")
    if len(words) < 5:
        return 0
    given, family = names.name_lists()
    if known.get(words[-3]) == "PLACE" and words[-2] in given and words[-1] in family \
            and known.get(words[-2]) is None and known.get(words[-1]) is None and names.zipf(words[-2]) < 5.2:
        return len(words[-2]) + len(words[-1]) + 2
    return 0


def _title_in_complement(name: str) -> int:
    """Where a title followed by a given name starts inside an organisation's complement (0: none)."""
    words = name.split(" ")
    linked = next((i for i, w in enumerate(words) if w in ("of", "for", "on")), len(words))
    at = sum(len(w) + 1 for w in words[:linked + 2])
    titles, given = names.title_words(), names.name_lists()[0]
    for i in range(linked + 2, len(words)):
        if (words[i] in titles or words[i] in _ROLE_CAPITALS) and (i == len(words) - 1 or words[i + 1] in given):
            return at - 1  # before a given name, or last ("the former Museum of Flight CEO, Bonnie Dunbar")
        at += len(words[i]) + 1
    return 0


_ROLE_CAPITALS: Final = frozenset("CEO CFO COO CTO".split())
_PLACE_TAIL: Final = re.compile(r" (?:of|for) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*)?)\Z")
_OWNER: Final = re.compile(r"(.*\S)['’]s?\s+(?=[A-Z])")
"""The owner before the last possessive inside a name and the space after it."""
_DOTTED_BEFORE: Final = re.compile(r"(?<![\w.])((?:[A-Z]\.){2,3}) \Z")
_PRIVATE_HEADS: Final = frozenset("Group Inc Ltd Corp Corporation Company Partners Holdings Institute Foundation Labs "
                                  "Laboratory Laboratories Technologies Industries Capital Ventures Motors Pharmaceuticals "
                                  "Systems Solutions Airlines Airways Media Research Associates Consulting".split()) \
           | COMPANY_SUFFIXES | INDUSTRY_HEADS


def org_short_name(full: str, known: dict[str, str]) -> str | None:
    """What an organisation is called for short later in a text: its first word, when that is a rare word no
    list knows ("Rhodium" for "Rhodium Group"; not "National", "Allen" or "Oxford"); or the one word after its
    head and "of", when that is such a word ("Scientology" for "Church of Scientology"); or its two words before a
company's head, when they are rare together ("Haw Par" for "Haw Par Corporation")."""
    words = full.split()
    if len(words) == 3 and words[1] == "of" and words[0] in names.ORG_HEADS and words[2] not in known \
            and words[2][:1].isupper() and not words[2].isupper() and names.zipf(words[2]) < 3.5 \
            and words[2] not in names.name_lists()[0] and words[2] not in names.name_lists()[1]:
        return words[2]  # "Church of Scientology" ... "Scientology" (not "Bank of Tulsa", "Ministry of Defence")
    if len(words) == 3 and words[-1] in _PRIVATE_HEADS and all(w[:1].isupper() and not w.isupper() and w not in known
                                                                 and "’" not in w and "'" not in w for w in words[:2]) \
            and words[0] not in names.name_lists()[0] and names.zipf(" ".join(words[:2])) < 3.5:
        return " ".join(words[:2])  # "Haw Par Corporation" ... "Haw Par" (not "General Motors", "Royal Dutch")
    first = words[0]
    if words[-1] not in _PRIVATE_HEADS or first.endswith(("’s", "'s")) or not first[:1].isupper() \
            or first.isupper() or len(first) < 4:
        return None  # "Riverton Council", "Alder Harbour Authority": a public body named after its place
    given, family = names.name_lists()
    if first in known or first in given or names.zipf(first) >= 3.0 \
            or first in family and not (len(words) >= 3 and words[-1] in COMPANY_SUFFIXES):
        return None  # (a family's name is the company's only in a company's full name: "Halvorsen Foods Inc")
    return first


_NATIONAL_BODY: Final = re.compile(r"[ \t]+(Senate|Congress|House\s+of\s+Representatives|House\s+of\s+Commons|House\s+of\s+Lords|"
                                   r"House|Parliament|Navy|Army|Air\s+Force|Marine\s+Corps|Coast\s+Guard|Supreme\s+Court|"
                                   r"State\s+Department|Justice\s+Department|Treasury|Department\s+of\s+[A-Z][a-z]+"
                                   r"(?:\s+(?:and\s+)?[A-Z][a-z]+)*)(?![\w-])")
"""A country's legislature, forces or department after its name: "U.S. Senate", "US House of Representatives",
"Turkish Parliament" is found by the organisation patterns; the name with its country is the organisation."""


def national_bodies(text: str, found: list[tuple[int, int, str, str, str | None]], countries: frozenset[str]
                    ) -> list[tuple[int, int, str, str, str | None]]:
    """`found` (resolved, in text order) with a country's name and the body after it as one organisation ("the
    U.S. Senate passed": not the place "U.S." and the organisation "Senate")."""
    out: list[tuple[int, int, str, str, str | None]] = []
    skip_to = -1
    for i, (a, b, label, source, name) in enumerate(found):
        if a < skip_to:
            continue
        body = _NATIONAL_BODY.match(text, b) if label == "PLACE" and text[a:b] in countries else None
        if body is not None:
            end = body.end()
            following = found[i + 1] if i + 1 < len(found) else None
            if following is not None and following[0] < end:
                end = max(end, following[1])
                skip_to = following[1]
            out.append((a, end, "ORG", source, None))
            continue
        out.append((a, b, label, source, name))
    return out


def company_short_names(mentions: Sequence[Suggestion]) -> dict[str, str]:
    """A company named by its first word after its full name ("Nordvik said", after "Nordvik Shipping ASA";
    "Halvorsen", after "Halvorsen Foods Inc") -> the full name: only names closed by a legal form or an industry
    head, whose first word is rare in English and names one company of the text."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        name = m.name or m.exact
        words = name.split()
        if m.type == "ORG" and len(words) >= 2 and (words[-1] in COMPANY_SUFFIXES
                                                    or words[-1] in INDUSTRY_HEADS) \
                and words[0][1:].islower() and names.zipf(words[0]) < 3.5:
            out.setdefault(words[0], set()).add(name)
    return {first: next(iter(full)) for first, full in out.items() if len(full) == 1}


_REPORTING_AFTER: Final = re.compile(r"[ \t]+(?:said|says|told|added|announced|confirmed|stated|explained|noted|wrote|"
                                     r"writes|argued|insisted|warned|acknowledged|declined|denied|responded|replied)\b")
_OPENING_BEFORE: Final = re.compile(r"(?:\A|\n|[.!?][\"”’']?[ \t]+|[,!?][\"”’'][ \t]+)\Z")


def short_forms_said(text: str, orgs: Sequence[tuple[int, str]], known: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, full name) where a company named earlier (`orgs`: where and as what each organisation is first
    named) speaks by a short form no list would take for a name: its first word, opening a sentence or after a
    quote, right before a reporting verb ("American said", after "American Airlines"; "United said"); and the
    first three letters of its first word after "the" ("the Fed", after "Federal Reserve"); the first of two words
    that no name list knows ("Pernod said", after "Pernod Ricard"). Each only where one
    organisation of the text can be meant, and never a place's name ("Malaysia said", after "Malaysia Airlines")."""
    firsts: dict[str, list[tuple[int, str]]] = {}
    clips: dict[str, list[tuple[int, str]]] = {}
    for at, full in orgs:
        words = full.split()
        first = words[0]
        if len(words) < 2 or not first[:1].isupper() or not first[1:].islower():
            continue
        if (words[-1] in _PRIVATE_HEADS or words[-1] == "Lines" or len(words) == 2 and _rare_name_word(first)) \
                and known.get(first) not in ("PLACE", "ORG"):
            firsts.setdefault(first, []).append((at, full))
        if len(first) >= 6:
            clips.setdefault(first[:3], []).append((at, full))
    out: list[tuple[int, int, str]] = []
    firsts = {word: named for word, named in firsts.items() if len({full for _, full in named}) == 1}
    clips = {clip: named for clip, named in clips.items() if len({full for _, full in named}) == 1}
    starts = starts_of(text, {*firsts, *(f"the {clip}" for clip in clips)})  # (one pass for all the words)
    for word, named in firsts.items():
        out += [(at, end, named[0][1]) for at, end in _whole_words(text, word, starts[word], named[0][0] + len(word),
                                                                   "'’.-")
                if _REPORTING_AFTER.match(text, end) and _OPENING_BEFORE.search(text, max(0, at - 4), at)]
    for clip, named in clips.items():
        out += [(at + 4, end, named[0][1])
                for at, end in _whole_words(text, f"the {clip}", starts[f"the {clip}"], named[0][0], "'’-")]
    return out


def _rare_name_word(word: str) -> bool:
    """A word no name list knows and English rarely uses: the first of a two-word company name may stand for it
    ("Pernod said", after "Pernod Ricard"; not "Morgan" of "Morgan Stanley", a person's name as often)."""
    given, family = names.name_lists()
    return word not in given and word not in family and names.zipf(word) < 3.0


def _whole_words(text: str, words: str, places: list[int], start: int, joined_before: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each occurrence of `words` from `start` on that no letter, digit or joining mark (`joined_before`
    before it, ' ’ - after it) runs into, none overlapping the one looked at before (as `str.find` from each one's
    end): from every place the words start (`places`, found for all the names in one pass)."""
    after = start
    for at in places[bisect_left(places, start):]:
        if at < after:
            continue
        end = after = at + len(words)
        if not (at and (text[at - 1].isalnum() or text[at - 1] in joined_before)) \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "'’-")):
            yield at, end
