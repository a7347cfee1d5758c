"""Places no list names, found beside places a list does: a town before its region or country ("from
McMinnville, Oregon", "the coast of Aceh, Indonesia"), a region after its town ("in Bath, Somerset", "in
Livorno, Tuscany") and the last of a list of places ("Seoul, Daejeon and Cheongju"). The gazetteer ships
countries, capitals, US states and cities over 150,000 people; towns and the regions of other countries come
in news mostly in these constructions, so the construction, not a longer list, finds them. Also a name before
"area" or "region" after "the" ("the Copperfield area"). Pure functions."""
from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from annotations.suggest.name_words import FUNCTION, MONTHS_DAYS, name_lists, title_words, zipf

_WORDS: Final = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
_BEFORE: Final = re.compile(rf"(?<![\w'’-])(in|from|of|near|outside)[ \t]+({_WORDS}),[ \t]\Z")
"""A town before a known place: "from Irving, Texas" (the preposition says a place comes)."""
_AFTER: Final = re.compile(rf",[ \t]({_WORDS})(?=[,.;:)]|[ \t]+(?:and|or)\b)")
"""A region after a known place, ending where the phrase ends: "in Bath, Somerset,"."""
_PREPOSITION_BEFORE: Final = re.compile(r"(?<![\w'’-])(?:in|from|of|near|outside|at)[ \t]+\Z")
_LAST_OF_LIST: Final = re.compile(rf",?[ \t]+and[ \t]+({_WORDS})(?=[\s,.;:)])")
_CAPITALISED_BEFORE: Final = re.compile(r"(?:[A-Z][a-z]+ )+\Z")


def neighbour_places(text: str, places: Iterable[tuple[int, int]], known: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of the places beside `places` (spans of known places, in text order) that no list knows.
    Looked at only where the known place ends a phrase (a punctuation mark, "and", "or" after it)."""
    spans = list(places)
    ends: set[int] | None = None  # where known places end: made when a list needs it (rarely)
    out: list[tuple[int, int]] = []
    for a, b in spans:
        after = text[b:b + 1]
        if after and after not in _PHRASE_ENDS and not text.startswith((" and", " or"), b):
            continue
        if a >= 2 and text[a - 2] == "," and text[a - 1] == " ":
            before = _BEFORE.search(text, max(0, a - 40), a)
            if before is not None and _unknown_place(before.group(2), known, strict=before.group(1) == "of"):
                out.append(before.span(2))
            elif text[a:b] in US_STATE_ABBREVIATIONS:  # "Paradise, Calif.": a town, whatever the word
                town = _TOWN_BEFORE.search(text, max(0, a - 40), a)
                start = town.start(1) if town is not None else a
                if town is not None and town.group(1).split(" ", 1)[0] in FUNCTION and " " in town.group(1):
                    start = text.index(" ", start) + 1  # "The Hope, Ark., native": Hope
                if town is not None and text[start:town.end(1)] not in known and _town_words(text[start:town.end(1)]):
                    out.append((start, town.end(1)))
        if text.startswith(", ", b) and not text.startswith(", and", b):
            region = _AFTER.match(text, b)
            if region is not None and _PREPOSITION_BEFORE.search(text, max(0, a - 12), a) is not None \
                    and _unknown_place(region.group(1), known, strict=True):
                out.append(region.span(1))
        elif text.startswith((" and", ", and"), b):
            after_list = _LAST_OF_LIST.match(text, b)
            run = _CAPITALISED_BEFORE.search(text, max(0, a - 30), a)  # "Western" of "Western Australia"
            first = run.start() if run is not None else a
            if after_list is None or first < 2 or text[first - 2:first] != ", ":
                continue
            ends = ends if ends is not None else {b for _, b in spans}
            if (first - 2) in ends and _unknown_place(after_list.group(1), known, strict=True):
                out.append(after_list.span(1))  # "Seoul, Daejeon and Cheongju"
    return out


_PHRASE_ENDS: Final = frozenset(",.;:)")
US_POSTAL_CODES: Final = frozenset("AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ "
                                   "NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC".split())
US_STATE_ABBREVIATIONS: Final = frozenset("Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. "
                                          "Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. "
                                          "R.I. S.C. S.D. Tenn. Tex. Vt. Va. Wash. W.Va. Wis. Wyo.".split()) | US_POSTAL_CODES
"""US states as news abbreviates them after a town: AP style ("Paradise, Calif.") and postal codes ("Austin, TX")."""
_POSTAL: Final = re.compile(rf",[ \t]({'|'.join(sorted(US_POSTAL_CODES))})(?![\w'’-]|\.\w)")
"""A postal code after a known place ("Mansfield, MA", "Los Angeles, CA,"): the state."""
_TOWN_BEFORE: Final = re.compile(rf"(?<![\w'’.-])({_WORDS}),[ \t]\Z")


def postal_states(text: str, places: Iterable[tuple[int, int]], taken: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the US states written as postal codes after a place ("Austin, TX", "Los Angeles, CA,"),
    unless a mention starts there already (`taken`)."""
    out = []
    for _, b in places:
        postal = _POSTAL.match(text, b) if text.startswith(", ", b) else None
        if postal is not None and postal.start(1) not in taken:
            out.append(postal.span(1))
    return out


def _town_words(words: str) -> bool:
    """Capitalised words before a state's abbreviation that may name a town: no function word, month or day, or
    title (any other word: "Paradise, Calif.", "Mansfield, MA")."""
    titles = title_words()
    return not any(w in FUNCTION or w in MONTHS_DAYS or w in titles for w in words.replace("-", " ").split())


def area_places(text: str, known: dict[str, str]) -> list[tuple[int, int]]:
    """(start, end) of a name before "area", "region", "neighbourhood" or "suburb" after "the": a place ("in
    the Copperfield area", "near the Tahoe area"). Found from the noun back (it is rare; "the" is not)."""
    out = []
    judged: dict[str, bool] = {}
    for noun in _AREA_NOUNS:  # str.find per noun: a regex alternation starting at a space tries every space
        at = text.find(noun)
        while at >= 0:
            end = at + len(noun)
            the = text.rfind("the ", max(0, at - 40), at) if end == len(text) or not text[end].isalnum() else -1
            if the >= 0 and (the == 0 or not text[the - 1].isalnum()):
                before = _AREA_NAME.match(text, the + 4, at)
                if before is not None:
                    name = before.group(1)
                    if name not in judged:
                        judged[name] = _unknown_place(name, known, strict=False)
                    if judged[name]:
                        out.append(before.span(1))
            at = text.find(noun, end)
    return out


_AREA_NOUNS: Final = (" area", " region", " neighbourhood", " neighborhood", " suburb", " suburbs")
_AREA_NAME: Final = re.compile(rf"({_WORDS})\Z")


def _unknown_place(words: str, known: dict[str, str], strict: bool) -> bool:
    """Capitalised words no list knows, none of them common or a title; `strict`: nor a given name or surname
    (after a place, "In Texas, Johnson, the governor," is a person)."""
    if words in known:
        return False
    given, family = name_lists()
    titles = title_words()
    for word in words.replace("-", " ").split():
        if word in FUNCTION or word in MONTHS_DAYS or word in titles or zipf(word) >= 4.5 or word in known:
            return False
        if strict and (word in given or word in family):
            return False
    return True


NEVER_PLACES: Final = frozenset(("God", "Allah", "Heaven", "Hell", "Paradise", "Jesus", "New", "Old"))
"""Words after "to"/"in" that the place patterns would take ("Thanks be to God", "in Heaven"): never a place."""


def tidy_span(text: str, start: int, end: int, label: str) -> tuple[int, int] | None:
    """A name's span without a day or month the patterns ran on into ("in Basra Saturday" -> "Basra"); None for
    a place that is never one ("to God")."""
    if label == "PLACE" and text[start:end] in NEVER_PLACES:
        return None
    if label in ("PLACE", "ORG") and " " in text[start:end]:
        head, _, last = text[start:end].rpartition(" ")
        if last in MONTHS_DAYS and head:
            return start, start + len(head.rstrip())
    if label == "PERSON":
        suffix = _GENERATION.match(text, end)
        if suffix:  # "James Kennedy Jr." (a name suggested without its suffix, or without the suffix's period)
            return start, suffix.end()
    return start, end


_GENERATION: Final = re.compile(r"(?:\s+(?:Jr|Sr)\.|(?<=Jr|Sr)\.|\s+(?:Jr|Sr)(?![\w.]))")
"""A generational suffix right after a person's name, with its period: part of the name, as the gold writes it
("Martin Luther King Jr.")."""
