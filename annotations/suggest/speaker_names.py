"""The name a claim's speaker is filed under, once the claims are found: a person by the longest name the text gives
("Macron" -> "Emmanuel Macron"; a one-word speaker the entity suggester missed, by the fullest form in the text), a
national body by its country's name for it ("the Navy" -> "US Navy"), an acronym by the name spelled out elsewhere,
a country however abbreviated; and the entity type of a speaker that is a body ("the Comoros government"). Split out
of `claims.py`, which finds the claims."""
from __future__ import annotations

from functools import lru_cache
from typing import Final

from annotations.suggest import Suggestion
from annotations.suggest.coreference import fullest
from annotations.suggest.gazetteer import country_names, gazetteer
from annotations.suggest.name_words import ORG_HEADS, folded, title_words
from annotations.suggest.speaker_context import full_name

BODY: Final = frozenset("campaign office administration team government ministry cabinet department military army navy "
                         "police parliament embassy".split())
"""The last words of a named speaker that is a body of a person, an organisation or a country ("Bloomberg’s campaign",
"the Comoros government"): an organisation, though no mention names it so."""


def body_type(speaker: str) -> str | None:
    return "ORG" if speaker.rsplit(" ", 1)[-1] in BODY else None


COUNTRY_SHORT: Final = {"US": "United States", "U.S.": "United States", "USA": "United States", "U.S.A.": "United States",
                         "UK": "United Kingdom", "U.K.": "United Kingdom", "UAE": "United Arab Emirates"}
"""Countries speaking under their abbreviation: one speaker however written, so claims filter by it."""



def given_names(persons: list[Suggestion], full_names: dict[str, str]) -> dict[str, str]:
    """A speaker named by the first word of one person's full name ("Yayi said", after "Yayi Boni") -> that name;
    a first word two people share is left alone."""
    named: dict[str, set[str]] = {}
    for p in persons:
        name = full_name(p, full_names)
        if name.count(" ") >= 1:
            named.setdefault(name.split(" ", 1)[0], set()).add(name)
    return {first: next(iter(names)) for first, names in named.items() if len(names) == 1}


def org_heads(mentions: list[Suggestion]) -> dict[str, str]:
    """A national body speaking by its head word ("The Navy said", after "the US Navy") -> the country's name for
    it; only a country before the head ("the Pakistani Taliban", "the Free Syrian Army", "the Salvation Army" do not
    make "the Taliban", "the Army" theirs), and a head two such names share is left alone. So too a body named by its
    head before "of" ("the Bureau" for the Bureau of Meteorology)."""
    single = {m.exact for m in mentions if m.type == "ORG" and " " not in m.exact}
    nations = countries()
    named: dict[str, set[str]] = {}
    for m in mentions:
        name = m.name or m.exact
        if m.type == "ORG" and " " in name:
            country, head = name.rsplit(" ", 1)
            if head in single and country in nations:
                named.setdefault(head, set()).add(name)
            first = name[:name.find(" ")]
            if first in single and first in ORG_HEADS and " of " in name:  # "The Bureau said", after "the Bureau
                named.setdefault(first, set()).add(name)  # of Meteorology warned"
    for m in mentions:  # (any other body with that word is a rival: "Dublin City Council" for "the Council")
        name = m.name or m.exact
        if m.type == "ORG" and " " in name:
            for word in name.split():
                if word in named and name not in named[word] and word in ORG_HEADS:
                    named[word].add(name)
    return {head: next(iter(names)) for head, names in named.items() if len(names) == 1}


def spelled_acronyms(mentions: list[Suggestion]) -> dict[str, str]:
    """An organisation's acronym -> its name spelled out elsewhere in the text ("the IMF said", after "the
    International Monetary Fund concluded"): the full name is the speaker, as for a bracketed acronym."""
    acronyms = {m.exact for m in mentions if m.type == "ORG" and m.name is None and m.exact.isupper()
                and 2 < len(m.exact) <= 6 and m.exact.isalpha()}
    acronyms |= {m.exact for m in mentions if m.type == "ORG" and m.name is None and m.exact in _TWO_LETTERS}
    if not acronyms:
        return {}
    out: dict[str, set[str]] = {}
    for m in mentions:
        name = m.name or m.exact
        if m.type == "ORG" and " " in name:
            initials = "".join(w[0] for w in name.split() if w[:1].isupper())
            if initials in acronyms:
                out.setdefault(initials, set()).add(name)
            words = name.split()
            national = "".join(w[0] for w in words[1:] if w[:1].isupper()) if words[0] in _NATIONAL else ""
            if national in acronyms:  # "DEA" after "U.S. Drug Enforcement Administration"
                out.setdefault(national, set()).add(name)
            if initials.replace("", ".")[1:] in acronyms:  # "U.N." after "United Nations"
                out.setdefault(initials.replace("", ".")[1:], set()).add(name)
    return {acronym: next(iter(names)) for acronym, names in out.items() if len(names) == 1}


def bracketed_acronyms(text: str, mentions: list[Suggestion]) -> dict[str, str]:
    """An acronym in brackets right after an organisation's name -> that name, whatever its letters ("the Christian
    Indonesian Church Council (PGI)": the acronym of its name in Indonesian), or after ", or" ("the Electric
    Reliability Council of Texas, or ERCOT,"); one name per acronym."""
    out: dict[str, set[str]] = {}
    orgs = [m for m in mentions if m.type == "ORG"]
    for before, after in zip(orgs, orgs[1:]):
        if after.exact.isupper() and 2 <= len(after.exact) <= 6 and " " in (before.name or before.exact) \
                and (text[before.end:after.start] == " (" and text.startswith(")", after.end)
                     and after.exact not in gazetteer()
                     or text[before.end:after.start] == ", or " and text.startswith(",", after.end)
                     and _spells(after.exact, before.name or before.exact)):
            out.setdefault(after.exact, set()).add(before.name or before.exact)
    return {acronym: next(iter(names)) for acronym, names in out.items() if len(names) == 1}


def _spells(acronym: str, name: str) -> bool:
    """Whether the acronym's letters are initials of the name's words, in order ("ERCOT": Electric Reliability
    Council of Texas; "ATF": Bureau of Alcohol, Tobacco, Firearms and Explosives): what an acronym after ", or" must
    be to name it (not "British Gas, or EDF,": two choices)."""
    initials = iter(w[0].upper() for w in name.replace(",", " ").split())
    return all(letter in initials for letter in acronym.upper())


_NATIONAL: Final = frozenset(("U.S.", "US", "UK", "U.K.", "EU"))
"""A country's letters opening a body's name that its acronym leaves out ("U.S. Drug Enforcement Administration": DEA)."""
_TWO_LETTERS: Final = frozenset(("UN", "EU", "U.N.", "E.U."))
"""The two-letter bodies news writes both ways ("the United Nations" … "UN officials"): not "US", "UK" (countries, one
speaker however written: `COUNTRY_SHORT`)."""


def org_short_forms(mentions: list[Suggestion]) -> dict[str, str]:
    """An organisation speaking by the first words of its name given in full elsewhere in the text ("Princeton
    announced", after "Princeton University"; "Inter Miami announced", after "Inter Miami CF"; "Ozy said", after
    "Ozy Media") -> the full name: only names closed by an institution's or a company's tail, a short form that is
    named as no place in the text ("New York said" stays, beside "New York University"), no country, and one full name
    per short form."""
    places = {m.name or m.exact for m in mentions if m.type == "PLACE"}
    nations = countries()
    out: dict[str, set[str]] = {}
    for m in mentions:
        name = m.name or m.exact
        words = name.split()
        if m.type == "ORG" and len(words) >= 2 and words[-1] in _TAILS:
            for k in range(1, len(words)):
                short = " ".join(words[:k])
                if short not in places and short not in nations and words[k - 1][:1].isupper():
                    out.setdefault(short, set()).add(name)
    return {short: next(iter(full)) for short, full in out.items() if len(full) == 1}


_TAILS: Final = frozenset("University College CF FC SC AFC Media Inc Corp Ltd LLC Group Holdings Institute".split())
"""The last words of an organisation's name that its short form drops ("Princeton", "Inter Miami", "Ozy")."""


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Country names and the words news puts before a national body's head ("US Navy", "Royal Navy")."""
    return frozenset(country_names()) | frozenset(("US", "U.S.", "USA", "UK", "U.K.", "Royal", "British"))


def canonical(speaker: str) -> str:
    bare = speaker[4:] if speaker.startswith(("The ", "the ")) else speaker
    return COUNTRY_SHORT.get(bare, speaker)


class LoneNames:
    """A one-word person speaking whose full name no mention gave (the entity suggester missed it where the text
    gave it: "Said Mohammed, a witness, said"): the fullest form the text gives (`fullest`: a given name before
    it). Never a title ("Lord Alli … Alli said": Alli)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.cache: dict[str, str] = {}
        self.answers: dict[str, str] = {}

    def fuller(self, word: str) -> str:
        if word not in self.answers:
            found = fullest(self.text, word, self.cache)
            self.answers[word] = word if found.split()[0] in title_words() else found
        return self.answers[word]


def full_names(people: list[Suggestion]) -> dict[str, str]:
    """Each short name ("Macron") -> the longest mention ending with it ("Emmanuel Macron"); the middle word of a
    three-word name too, unless it ends another name ("Morales" -> "Javier Morales Ortega": the first of two
    Spanish surnames, the one used alone)."""
    out: dict[str, str] = {}
    middles: dict[str, str] = {}
    for p in people:
        words = p.exact.split()
        for i in range(1, len(words)):
            tail = " ".join(words[i:])
            if len(p.exact) > len(out.get(tail, "")):
                out[tail] = p.exact
        if len(words) == 3 and words[1][1:].islower() and len(words[1]) > 2:
            middles.setdefault(words[1], p.exact)
    for middle, full in middles.items():  # "Javier Morales Ortega … Morales said": a Spanish first surname
        out.setdefault(middle, full)
    for short, full in list(out.items()):  # "Gerhard Müller … Muller said … Mueller said": one man, spelt plainly
        if not short.isascii():
            for spelt in plain_spellings(short):
                out.setdefault(spelt, full)
    return out


_GERMAN: Final = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def plain_spellings(name: str) -> set[str]:
    """`name` without its accents ("Müller" -> "Muller", "Pérez" -> "Perez") and, for German umlauts, as German
    writes them without ("Mueller"): the spellings an English text may use for a name it also gives accented."""
    return {folded(name), name.translate(_GERMAN)} - {name}
