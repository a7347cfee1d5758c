"""Entity suggestions: Aho–Corasick passes (pyahocorasick) over the text for every known name (the
library's entities and aliases, the gazetteers) and, in the gazetteer's pass, for the words that start a
pattern, plus the patterns in `patterns.py` (people after titles and roles, organisations, places, dates,
money, percentages and quantities). Overlaps keep the longest, library names winning ties."""
from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import lru_cache
from typing import Final

from annotations.suggest import Suggestion, names
from annotations.suggest.automata import Candidate, Trigger
from annotations.suggest.automata import gazetteer_automaton as _gazetteer_automaton
from annotations.suggest.automata import name_automaton as _automaton
from annotations.suggest.automata import scan as _scan
from annotations.suggest.gazetteer import country_names, gazetteer, language_names
from annotations.suggest.joined_names import COMMON_CAPITALISED, joined_start
from annotations.suggest.languages import byline_start, given_name_then_surname
from annotations.suggest.line_labels import opens_dateline
from annotations.suggest.later_mentions import DEMONYM_PLURAL as _DEMONYM_PLURAL
from annotations.suggest.later_mentions import later_mentions
from annotations.suggest.listed_context import listed_in_context
from annotations.suggest.name_words import MONTHS_DAYS
from annotations.suggest.overlaps import resolve
from annotations.suggest.nation_bodies import named_national
from annotations.suggest.org_names import (chambers, national_bodies, org_span, publications,
                                          short_forms_said, web_addresses)
from annotations.suggest.place_context import area_places, neighbour_places, postal_states, tidy_span
from annotations.suggest.wider_places import wider_place_spans
from annotations.suggest.person_names import aged_given_names, nicknamed
from annotations.suggest.person_openings import described_start, justice_named
from annotations.suggest.shouted_openings import mend_shouted_openings
from annotations.suggest.soft_wraps import soft_wraps_as_spaces
from annotations.suggest.text_scan import standing
from annotations.suggest.patterns import (EMPTY_BEFORE, MINISTRIES, NUMBER_TOKEN, NUMBERED, ORG_WORDS,
                                         PLACES_AFTER_PREPOSITIONS, SCANNED)

_RANK: Final = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)*)\s+(?=[A-Z])")
_RANK_WORDS: Final = frozenset("General Major Lieutenant Colonel Brigadier Admiral Vice Rear Commander Secretary Deputy Chief "
                               "Sergeant Captain Corporal Marshal Field".split())
"""Words of a rank or office left before a name by a title pattern ("Secretary General", "Major-General")."""
_FIRM_KINDS: Final = frozenset("Brokerage Insurer Reinsurer Lender Carmaker Automaker Chipmaker Drugmaker Planemaker Miner "
                               "Retailer Grocer Supermarket Conglomerate Steelmaker Shipbuilder".split())
"""What kind of firm the name after is, capitalised only to open the sentence as wire copy writes it ("Brokerage
Kotwal Securities raised", "LONDON (Reuters) - Insurer Aviva said"): no part of the name, and the name is a firm's (not
"Airline", which opens names: "Airline Pilots Association")."""
_OPENING: Final = (". ", "- ", "– ", "— ")


def suggest_entities(text: str, library_names: Iterable[tuple[str, ...]] = (),
                     skip: Iterable[tuple[int, int]] = (), extra: Iterable[Suggestion] = (),
                     veto: Callable[[str, int, int, str, str], bool] | None = None) -> list[Suggestion]:
    """Suggestions over `text`; `library_names` are (name, type[, canonical name]) tuples; spans in `skip`
    (existing annotations, rejected suggestions) are never suggested again. A person found by full name also makes their surname
    a suggestion elsewhere in the same text ("Emmanuel Macron" ... "Macron"). `extra` are mentions from
    another suggester (spaCy), weighed below ours.

    Python's cyclic garbage collector is paused meanwhile (as the app's job process does for every job): a
    megabyte makes ~60,000 small tuples and suggestions, none in a reference cycle, and the collections they
    set off cost 15% of the time."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        mended = soft_wraps_as_spaces(mend_shouted_openings(text))  # ("said Ada\nMoe": prose wrapped at a width)
        found = _suggest_entities(mended, library_names, skip, extra, veto)
        if mended is text:
            return found
        return [s if s.exact == text[s.start:s.end] else  # "KATIE Price" as printed, named "Katie Price"; "Ada\nMoe"
                replace(s, exact=text[s.start:s.end], name=s.name or s.exact) for s in found]
    finally:
        if collecting:
            gc.enable()


_UNLISTED_GIVEN_NAME: Final = re.compile(r"([A-Z](?<![\w'’.-].)[a-z]{2,})[ \t]+([A-Z][a-z]{2,})(?=[ \t]+[a-z]|[’']s\b|[.,;][ \t\n])")
"""A capitalised word no list holds and hardly any English text uses, then a listed surname, then a lower-case word,
a possessive or the clause's end ("Jenelle Evans doesn't", "under Monty Williams."): a person whose given name the
lists lack. The capital comes before
the look-behind (no word character before it) so that the engine skips ahead to capitals (three times as fast)."""
_FULL_NAME_REPEATS: Final = 3
"""A person is named in full once or twice, then by surname; a pair of capitalised words written in full more often
than this, with a first word of some currency (Zipf 2.6-3.6), is a term ("Pinot Noir")."""
_NOT_BEFORE_A_PERSON: Final = frozenset("in at from to near on into across through outside the a an this that".split())


def _suggest_entities(text: str, library_names: Iterable[tuple[str, ...]], skip: Iterable[tuple[int, int]],
                      extra: Iterable[Suggestion],
                      veto: Callable[[str, int, int, str, str], bool] | None) -> list[Suggestion]:
    library: dict[str, tuple[str, str, str | None]] = {
        item[0]: (item[1], "library", item[2] if len(item) > 2 else None) for item in library_names}
    found: list[Candidate] = [(s.start, s.end, s.type, s.source, s.name) for s in extra]
    wider: list[tuple[int, int]] = []  # towns and regions that need evidence
    triggers: list[Trigger] = []  # where a triggered pattern may start
    _scan(text, _gazetteer_automaton(), found, wider, triggers)
    places: list[tuple[int, int]] = []  # known places, for the places beside them
    for i, (a, b, label, source, name) in enumerate(found):  # "Sofia Rautio" is a person, not Sofia
        if source != "gazetteer" or label != "PLACE":
            continue
        places.append((a, b))
        if b < len(text) and text[b] == " ":
            person_end = given_name_then_surname(text, a, b, gazetteer())
            if person_end is not None and text[b + 1:person_end] not in names.title_words() and \
                    not any(c[1] == b and c[0] < a and c[2] == "PLACE" for c in found):  # not "South Carolina"'s
                found[i] = (a, person_end, "PERSON", "pattern", None)
                continue
        if a > 2 and text[a - 1] == " " and text[a - 2].islower() and \
                text[text.rfind(" ", max(0, a - 24), a - 1) + 1].isupper():
            given = _GIVEN_BEFORE.search(text, max(0, a - 24), a)
            if given is not None and " " not in text[a:b] and _namesake(given.group(1)):
                before = _GIVEN_BEFORE.search(text, max(0, given.start(1) - 24), given.start(1))
                start = before.start(1) if before is not None and _namesake(before.group(1)) else given.start(1)
                found[i] = (start, b, "PERSON", "pattern", None)  # "Joaquin Phoenix" is no place (nor "Aisha Lawan
                # Bello" only "Lawan Bello")
    known = gazetteer()
    cuts: dict[str, tuple[int, int]] = {}  # organisations' names -> their trims (`org_span`)
    found += [(a, b, "PLACE", "pattern", None) for a, b in neighbour_places(text, places, known)]
    found += [(a, b, "PLACE", "pattern", None) for a, b in area_places(text, known)]
    found += [(a, b, "PLACE", "gazetteer", None) for a, b in wider_place_spans(text, wider, places)]
    if library:
        _scan(text, _automaton(library), found)
    first_names, family_names = names.name_lists()
    repeats: dict[str, int] = {}  # a pair -> how often the text has it
    for pair in _UNLISTED_GIVEN_NAME.finditer(text):  # "Jenelle Evans doesn't hold back": a rare given name, a surname
        rare, family = pair.group(1), pair.group(2)
        if family not in family_names or rare in first_names or rare in known or family in known:
            continue  # (most pairs: the set look-ups first)
        ahead = text[max(0, pair.start() - 12):pair.start()].split()[-1:]
        if ahead and (ahead[0][:1].isupper() or ahead[0].lower() in _NOT_BEFORE_A_PERSON):
            continue  # ("Keely Shaye Smith": a longer run; "in Yerba Buena", "the Yerba Buena theater": a place)
        common = names.zipf(rare.lower())
        if common >= 2.6 and (common >= 3.6 or _repeats(text, pair.group(0), repeats) > _FULL_NAME_REPEATS):
            continue  # ("Monty Williams", "Scooter Braun": a rarer word; "Pinot Noir" seven times over is a term)
        if rare not in names.title_words() and rare not in MONTHS_DAYS:
            found.append((pair.start(1), pair.end(2), "PERSON", "pattern", None))
    if ", " in text:
        for aged in aged_given_names(text):  # "Anna, 40, is open about …", "Pamela*, a 34-year-old mum"
            first = aged.group(1)
            if first in first_names and first not in known and first not in names.title_words():
                found.append((aged.start(1), aged.end(1), "PERSON", "pattern", None))
    for label, start, stop in _pattern_spans(text, triggers):
        if label == "DATE" or label == "QUANTITY":  # (half the spans) taken as found: the checks below are for names
            found.append((start, stop, label, "pattern", None))
            continue
        exact = text[start:stop]
        if label == "PERSON":
            start, stop = names.trim_person(text, byline_start(text, start), stop)  # not "Von" of a byline
            rank = _RANK.match(text, start, stop)
            if rank is not None and all(part in _RANK_WORDS for part in rank.group(1).split("-")):
                start = rank.end()  # "Secretary General Ban Ki-Moon", "Major-General Kevin Bergner": the name
            if start >= stop:
                continue
            exact = text[start:stop]
            if exact.endswith(("'s", "’s")) and exact[exact.rfind(" ") + 1:-2] in names.ORG_HEADS:
                stop -= 2  # "the US Navy's 5th Fleet": the navy's name without the possessive
                exact = text[start:stop]
            if exact[exact.rfind(" ") + 1:] in names.ORG_HEADS:  # "chief executive Legislative Council"
                label = "ORG"
                start, stop = org_span(text, start, stop, known, cuts)
            found.append((start, stop, label, "pattern", None))
            continue
        if label == "ORG" and exact in ORG_WORDS:  # "Union secretary ..." is not an organisation
            continue
        if label == "ORG" and ", " in exact and any(w.strip(",") in known for w in exact[exact.find(", "):].split()):
            stop = start + exact.find(", ")  # "the Ministry of Finance, Germany and France signed": a list
            exact = text[start:stop]
        if label == "PLACE" and (_DEMONYM_PLURAL.search(exact) or exact in first_names and exact not in known
                                 and text[max(0, start - 9):start].split()[-1:] in (["to"], ["from"], ["with"])):
            continue  # "from Hongkongers", "to Harry" (but "in Lachin", "reached Lachin" are places)
        if label == "PLACE" and exact not in known:
            if exact in language_names() or _DOCTRINE.search(exact):  # "written in Swahili", "lost to Scientology"
                continue
            label = _place_or_employer(text, start, exact)
            if not label:
                continue
        if label == "ORG" and names.quoted_title(text, start, stop):
            continue  # "in “My Kinda Party.”": the title of a work
        if label == "ORG" and exact.count(" ") >= 2:  # "Brazil’s National Institute for Space Research"
            owner = exact[:exact.find(" ")]
            if owner.endswith(("’s", "'s")) and owner[:-2] in known and exact[len(owner) + 1:][:1].isupper():
                start += len(owner) + 1
                exact = text[start:stop]
        if label == "ORG" and text.endswith((" and ", " & "), 0, start):  # "Food and Drug Administration"
            start = joined_start(text, start, stop, known)
            exact = text[start:stop]
        if label in ("ORG", "PLACE"):
            space = exact.find(" ")
            first = exact if space < 0 else exact[:space]
            if first in COMMON_CAPITALISED:
                if space < 0 or not exact[space + 1:].strip():
                    continue
                start += len(first) + 1  # "The Vesterby plant" -> not "The"
                start += len(text[start:stop]) - len(text[start:stop].lstrip())
        if label == "ORG":
            start, stop = org_span(text, start, stop, known, cuts)
        found.append((start, stop, label, "pattern", None))
    found += [(a, b, "ORG", "pattern", None) for a, b in web_addresses(text)]  # "Gawker.com"
    found += [(a, b, "PERSON", "pattern", None) for a, b in nicknamed(text)]  # "Delroy 'Skippy' Graham"
    found += [(a, b, "ORG", "pattern", None) for a, b in publications(text, known)]  # "published in Nature"
    chamber = list(chambers(text))  # "the House" beside a Senate: only after "the" (never "House prices")
    found += [(a, b, "ORG", "pattern", None) for a, b in chamber]
    for f in names.find(text, known):
        begin = byline_start(text, f.start) if f.label == "PERSON" else f.start
        end = f.end
        if f.label == "ORG" and text.endswith((" and ", " & "), 0, begin):
            begin = joined_start(text, begin, f.end, known)
        if f.label == "ORG":
            begin, end = org_span(text, begin, end, known, cuts)
        found.append((begin, end, f.label, f.source, f.name if begin == f.start else None))
    # a name never crosses a line break; a candidate found twice (one in six) is looked at once
    found = [c for c in dict.fromkeys(found) if text.find("\n", c[0], c[1]) < 0
             and not (c[2] == "ORG" and text.find("Chamber of ", c[0], c[1]) >= 0
                      and _NO_CHAMBER.search(text, c[0], c[1]))]
    found = listed_in_context(text, found, known)  # "Lord Acton", "the Einstein Telescope"
    if veto is not None:  # what the patterns get wrong in the document's language (entities_languages)
        found = [c for c in found if not veto(text, c[0], c[1], c[2], c[3])]
    found = [_without_event(text, c, known) if c[2] == "ORG" and c[3] == "pattern" and " " in text[c[0]:c[1]] else c
             for c in found]
    spelled = {text[c[0]:c[1]] for c in found if c[3] == "acronym"}
    if spelled:  # "Paris Saint-Germain (PSG)": that name is an organisation wherever it stands, never a person
        found = [c for c in found if not (c[2] == "PERSON" and text[c[0]:c[1]] in spelled)]
        found += [(at, at + len(name), "ORG", "acronym", None) for name in spelled
                  for at in standing(text, name, joined_before="-", joined_after="-")]
    found = later_mentions(text, found, known, chamber)  # "Reeves" after "Eric Reeves", "Rhodium" after "Rhodium Group"
    first_named: dict[str, int] = {}  # each organisation's name -> where the text first gives it
    for a, b, label, _, _ in found:
        if label == "ORG" and first_named.get(text[a:b], a) >= a:
            first_named[text[a:b]] = a
    orgs = sorted(first_named.items(), key=lambda item: item[1])
    found += [(a, b, "ORG", "library", full) for a, b, full in short_forms_said(text, [(at, n) for n, at in orgs], known)]
    resolved = national_bodies(text, resolve(found, skip), _countries())
    resolved = [_place_after_all(text, c, known) if c[2] == "PLACE" else c for c in resolved]
    states = postal_states(text, [(c[0], c[1]) for c in resolved if c[2] == "PLACE"], {c[0] for c in resolved})
    if states:  # "Austin, TX"
        resolved = sorted(resolved + [(a, b, "PLACE", "pattern", None) for a, b in states], key=lambda c: c[0])
    spans: list[Candidate] = []  # the mentions tidied, in one pass (20,000 per MB)
    suffixed: dict[str, str] = {}  # "Carlineo Jr." names "Patrick Carlineo Jr." (its suffix's period taken in by
    for a, b, label, source, name in resolved:  # `tidy_span`)
        if label == "DATE" or label == "QUANTITY":  # (half of them) nothing to tidy
            spans.append((a, b, label, source, name))
            continue
        if label == "ORG" and (a == 0 or text[a - 1] == "\n") and opens_dateline(text, a, b) \
                and known.get(text[a:b]) != "ORG":
            label = "PLACE"  # "MAKHANDA – The festival opened": the dateline's town, in capitals
        space = text.find(" ", a, b) if label != "PLACE" else -1
        if space > 0 and text[a:space] in _FIRM_KINDS and (a == 0 or text[a - 1] == "\n" or text[a - 2:a] in _OPENING):
            a, label = space + 1, "ORG"  # "Insurer Aviva said": the firm (no title and name)
        elif space > 0 and label == "PERSON":
            a = described_start(text, a, b)  # "Evacuee Tom Blackwood said"
        if label == "PERSON" and text.endswith("Justice ", 0, a):
            a = justice_named(text, a, b)  # "Justice Ameyaw, a trader, said": his given name
        span = tidy_span(text, a, b, label)
        if span is None:
            continue
        start, end = span
        if label == "ORG" and text[end:end + 1] == "." and text[start:end].rsplit(" ", 1)[-1] in _ABBREVIATED_FORMS:
            end += 1  # "Walt Disney Co.": the legal form with its full stop
        elif label == "PERSON" and end != b:
            suffixed[text[start:b]] = text[start:end]
        spans.append((start, end, label, source, name))
    spans = named_national(text, spans, known)  # "Diabetes UK said", "Transport Scotland said": a body, not the nation
    spelled_out = {text[a:b]: name for a, b, label, _, name in found if name and label == "ORG" and text[a:b].isupper()}
    # "KCNA", listed too, still names the agency the text spells; the fields in order, not by keyword (0.15 µs less
    # each): kind, start, end, exact, type, speaker, name, source
    return [Suggestion("entity", a, b, text[a:b], label, None, (suffixed.get(name, name) if name else name)
                       or (spelled_out.get(text[a:b]) if label == "ORG" else None), source)
            for a, b, label, source, name in spans]


_ABBREVIATED_FORMS: Final = frozenset(("Co", "Inc", "Corp", "Ltd", "Bros"))
_OUTLET_NOUN_AFTER: Final = re.compile(r"[ \t]+(?:magazine|newspaper|tabloid|website|blog|podcast)\b(?=[ \t]*(?:[,.;:)]|\Z)|"
                                       r"[’']s\b|[ \t]+(?:said|says|reported|reports|reads|wrote|writes|published|ran|noted|"
                                       r"quoted|cited|that|she|he|they|it)\b)")
"""After a name the lists know as a place: an outlet's kind in lower case ("Vulture magazine", "Tribune newspaper"),
so the name is the outlet's — only where the phrase ends there or a verb follows ("Singapore newspaper The New Paper",
"Toronto newspaper columnists said": the place stays)."""
_DETERMINER_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Aa])\s+\Z")


def _repeats(text: str, phrase: str, seen: dict[str, int]) -> int:
    """How often `phrase` occurs in the text, counted once per document (`seen`): a count per occurrence made the
    suggester quadratic in the document's length."""
    count = seen.get(phrase)
    if count is None:
        count = seen[phrase] = text.count(phrase)
    return count


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Country names and the abbreviations news uses for them, before a national body ("U.S. Senate")."""
    return country_names() | {"US", "U.S.", "USA", "UK", "U.K.", "Britain", "EU"}


def _without_event(text: str, candidate: Candidate, known: dict[str, str]) -> Candidate:
    """An organisation's name found by a pattern, without a known event's name at its end: "UEFA Champions
    League" is UEFA (the organisation) and the Champions League (an event, found by the gazetteer)."""
    a, b = candidate[0], candidate[1]
    space = text.find(" ", a, b)
    while space > 0:
        if known.get(text[space + 1:b]) == "EVENT":
            return (a, space, *candidate[2:])
        space = text.find(" ", space + 1, b)
    return candidate


def _place_after_all(text: str, candidate: Candidate, known: dict[str, str]) -> Candidate:
    """A place that has won its overlaps, as it stays: a person if it is a title and a name (`_titled_person`), an
    organisation if an outlet's kind follows it ("Vulture magazine": a title; "the Chicago paper": a place)."""
    candidate = _titled_person(text, candidate, known)
    a, b, label, source, name = candidate
    if label == "PLACE" and _OUTLET_NOUN_AFTER.match(text, b) and not _DETERMINER_BEFORE.search(text, max(0, a - 6), a):
        return (a, b, "ORG", source, name)
    return candidate


def _titled_person(text: str, candidate: Candidate, known: dict[str, str]) -> Candidate:
    """A "place" that is a title and a name no list gives as a place ("Aides to Senator Ruiz", "close to Prince
    Andrew"): the person, without the title (as a person's name is written)."""
    a, b = candidate[0], candidate[1]
    title, _, rest = text[a:b].partition(" ")
    if rest and title.rstrip(".") in names.title_words() and text[a:b] not in known and rest[:1].isupper() \
            and " " not in rest and rest not in known:
        return (b - len(rest), b, "PERSON", candidate[3], None)
    return candidate


_NO_CHAMBER: Final = re.compile(r"Chamber of (?!Commerce|Industry|Trade|Deputies|Mines|Shipping|Agriculture|Crafts)")
"""A "Chamber of …" that is no trade or parliamentary body ("the Chamber of Horrors", "the Chamber of Secrets")."""
_GIVEN_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) \Z")


def _namesake(word: str) -> bool:
    """A given name that no list knows as something else, before a one-word place name: a person named like
    the place ("Joaquin Phoenix", "Michael Jordan")."""
    return word in names.name_lists()[0] and word not in gazetteer() and word not in names.title_words() \
        and word not in COMMON_CAPITALISED and (names.zipf(word) < 5.2 or word in names.ALLOWED_FIRST)


_DOCTRINE: Final = re.compile(r"(?:ology|ism|phobia|philia|ics)\Z")
"""A word after "to", "in" that names a belief, a feeling or a discipline ("lost his fortune to Scientology",
"subject to Islamophobia", "a degree in Economics"), never a place: no place name ends so in English."""

_ROLES: Final = frozenset(
           "researcher researchers scientist scientists professor lecturer fellow partner partners analyst analysts "
           "economist economists engineer engineers director manager executive founder cofounder co-founder student "
           "students colleague colleagues editor reporter correspondent spokesman spokeswoman spokesperson official "
           "officials employee employees staff worker workers intern chief head member members investor investors "
           "consultant adviser advisor strategist scholar expert experts".split())
"""Before "at X": X is where the person works ("a postdoctoral researcher at Mila") — an organisation."""
_TALKING: Final = frozenset(
           "comment commented speak spoke spoken talk talked talking said say says told explained explain wrote write "
           "writes replied reply responded respond according confirmed confirm statement emailed email letter".split())
"""Before "to X": X is who is spoken to ("declined to comment to Axios", "according to Reeves") — no place."""


def _place_or_employer(text: str, start: int, exact: str) -> str:
    """A word the place patterns found after a preposition ("in X", "at X", "to X"), not in the gazetteer:
    an organisation when it follows a role ("a partner at Rhodium"), nothing when it is spoken to ("comment
    to Axios") or is two letters ("at Go"), else a place."""
    before = text[max(0, start - 40):start].split()[-2:]
    if len(before) < 2 or len(exact) < 3:
        return "PLACE" if len(exact) >= 3 else ""
    word, preposition = before[0].lower().strip(",;:"), before[1]
    if preposition == "to" and word in _TALKING:
        return ""
    if preposition == "at" and word in _ROLES and " " not in exact:
        return "ORG"
    return "PLACE"


def _numbered_patterns(previous: str, first: str) -> list[tuple[str, re.Pattern[str], int]]:
    """The `NUMBERED` patterns tried at a number that starts with `first` after `previous`: the currency pattern
    where it starts with a currency sign, the others where it starts with a digit, less those whose guard
    `previous` fails (a letter, a digit or one of the guard's characters)."""
    currency = first in "€$£¥"
    return [(label, pattern, group) for label, pattern, group, guard in NUMBERED
            if pattern.pattern.startswith("[€") == currency
            and not (guard and (previous.isalnum() or previous in guard))]


def _pattern_spans(text: str, triggers: list[Trigger]) -> list[tuple[str, int, int]]:
    """(label, start, end) of every pattern match: `MINISTRIES`, `PLACES_AFTER_PREPOSITIONS` and the scanned
    patterns over the whole text, triggered ones where a trigger word starts (`triggers`, found by the gazetteer's
    pass), numbered ones where a number starts (a currency pattern only where the token starts with a currency
    sign, the others where it starts with a digit)."""
    out: list[tuple[str, int, int]] = []
    add = out.append
    for m in MINISTRIES.finditer(text):
        add(("ORG", *m.span(1)))
    out += PLACES_AFTER_PREPOSITIONS.spans(text)
    for label, pattern, group in SCANNED:
        for m in pattern.finditer(text):
            add((label, *m.span(group)))
    tried: dict[str, list[tuple[str, re.Pattern[str], int]]] = {}  # the character before a number and its first
    # -> the patterns to try there (its kind, and the guards that character passes): one look-up per number
    for token in NUMBER_TOKEN.finditer(text):
        start = token.start()
        key = text[start - 1:start + 1] if start else " " + text[0]
        patterns = tried.get(key)
        if patterns is None:
            patterns = tried[key] = _numbered_patterns(key[0], key[1])
        for label, pattern, group in patterns:
            hit = pattern.match(text, start)
            if hit is not None:
                add((label, *hit.span(group)))
    for end, length, triggered in triggers:
        start = end - length + 1
        if start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):
            continue
        for t, pattern in triggered:
            found = pattern.match(text, start)
            if found is None:
                continue
            span_start, span_end = found.span(t.group)
            if t.before is not None:
                if t.before_words is not None:
                    before = t.before_words.search(text, max(0, start - t.window), start) or \
                        EMPTY_BEFORE.match(text, start)
                else:
                    before = t.before.search(text, max(0, start - t.window), start)
                if before is None:
                    continue
                if "w" in t.before.groupindex:
                    span_start = before.start("w")
            add((t.label, span_start, span_end))
    return out
