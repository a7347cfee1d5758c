"""Organisations named by their letters: an acronym in brackets after its expansion ("World Travel and Tourism
Council (WTTC)"), that acronym elsewhere in the text, and an all-capital word on its own — an organisation unless
it is common English, a known non-organisation ("GDP", "CEO"), a product model ("iPhone XS") or part of a
shouted line — linked to its expansion when the text spells it out without brackets. Separate from the runs of
capitalised words (`names`): acronyms are found by their own patterns and carry a canonical name."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from annotations.suggest.found import Found
from annotations.suggest.line_labels import shouting
from annotations.suggest.name_words import BASED_PREFIX, CREDENTIALS, FUNCTION, zipf

ACRONYM: Final = re.compile(r"[A-Z](?<![\w'’.-][A-Z])[A-Z&]{1,7}\d{0,2}(?!(?![’']s\b)[\w'’-]|\.\w)")
NOT_ORGS: Final = frozenset(
           "TV CEO CFO COO CTO GDP AM PM OK DNA HIV AIDS COVID SARS MERS PPE ICU PDF FAQ ID IT AI PC IQ LGBT LGBTQ NGO NGOS "
           "MP MPS QC MEP MEPS DIY VIP UFO FM ATM CCTV SUV GPS USB CD DVD HR PR RIP ET EST GMT UTC BST PST CET EDT PDT "
           "UK US USA UAE EU II III IV VI VII VIII IX XI XII MD PHD MBA BA MA MSC NB PS AD BC CO2 CO UV LED LCD SMS "
           "GOP VAT IPO ETF OTC FX API URL HTML NFT ESG LNG LPG MW GW KW KWH MPH KM KG CM MM HQ DC NYC LA A&E NHS "
           "MSP MSPS MLA MLAS CPR".split()
) - {"NHS"} | {c for c in CREDENTIALS if c.isupper()}
"""All-capital words that are not organisations (or are places in the gazetteer)."""


def lone_acronyms(text: str, known: dict[str, str], taken: set[int]) -> Iterator[Found]:
    """All-capital words as organisations (see the module), skipping those starting at a position in `taken`
    (already reported as a bracketed acronym, a dateline or a label). Not two letters alone: an organisation
    that short is known to the gazetteer ("UN", "EU") or spelled out in brackets; the others are place codes,
    states, products ("NZ", "SC", "XP")."""
    models: set[str] = set()
    spelled: dict[str, tuple[int, int, str] | None] = {}  # acronym -> its expansion in the text, if any
    for m in ACRONYM.finditer(text):
        word = m.group(0)
        if m.start() in taken or len(word) == 2:  # "NZ", "SC", "XP": a place code, a state, a product
            continue
        common = zipf(word.lower()) >= (4.2 if len(word) <= 4 else 3.5)  # "AVOIDING" in a shouted subhead
        if word not in NOT_ORGS and word not in known and not common and not shouting(text, m.start()):
            if word in models or _MODEL_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                models.add(word)  # "the iPhone XS and XS Max": a model, not an organisation
                continue
            if word not in spelled:
                expansion = spelled[word] = _spelled_out(text, word, m.start())
                if expansion is not None and _names_a_thing(text[expansion[0]:expansion[1]]):
                    models.add(word)  # "NEMISIS": a database, spelled out as "... Intelligence System"
                    continue
                if expansion is not None:
                    yield Found("ORG", expansion[0], expansion[1])
            expansion = spelled[word]
            if expansion is None:
                yield Found("ORG", m.start(), m.end())
                continue
            a, b, owner = expansion
            name = text[a:b]
            if owner and text.endswith(owner + " ", 0, m.start()):  # "California ISO"
                yield Found("ORG", m.start() - len(owner) - 1, m.end(), name)
            else:
                yield Found("ORG", m.start(), m.end(), name)


def _spelled_out(text: str, acronym: str, at: int) -> tuple[int, int, str] | None:
    """Where the text spells out an acronym it uses without brackets: capitalised words whose initials are its
    letters, linked by "of", "and", "for"… ("University and College Union" for UCU; an inner O may be "of": DOT
    for "Department of Transportation"), searched a few thousand
    characters around its first use. Returns (start, end, owner): owner is a capitalised word just before the
    words ("California" of "California Independent System Operator" for ISO), which the name keeps when it
    stands before the acronym too ("California ISO")."""
    if len(acronym) < 3 or not acronym.isalpha():
        return None
    pattern = _SPELLING_JOIN.join(f"{letter}[a-z][\\w'’-]*" if letter != "O" or i == 0 else "(?:O[a-z][\\w'’-]*|of)"
                                  for i, letter in enumerate(acronym))  # DOT: Department of Transportation
    first = acronym[0]  # the capital first, then the look-behind: the engine skips ahead to that capital
    m = re.compile(rf"{first}(?<![\w'’-]{first}){pattern[1:]}(?![\w'’-])").search(text, max(0, at - 6000), at + 2000)
    if m is None or text.find("\n", m.start(), m.end()) >= 0:
        return None
    before = _OWNER_BEFORE.search(text, max(0, m.start() - 30), m.start())
    owner = before.group(1) if before is not None and before.group(1) not in FUNCTION else ""
    return (m.start() - len(owner) - 1 if owner else m.start()), m.end(), owner


_MODEL_BEFORE: Final = re.compile(r"(?<![\w'’-])[a-z]+[A-Z][A-Za-z]*[ \t]+\Z")
"""A product word with a capital inside and a lower-case start ("iPhone", "eReader") before a model's letters."""
_SPELLING_JOIN: Final = r"(?:[ \t]+(?:of|for|and|on|the|&))*[ \t]+"
_OWNER_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*)[ \t]\Z")


def bracketed_acronyms(text: str) -> Iterator[Found]:
    """"World Travel and Tourism Council (WTTC)": the acronym is an organisation named by its expansion,
    here and wherever else it appears. Found from the bracket back (a left-to-right regex is slow)."""
    expansions: dict[str, str] = {}
    for m in _BRACKETED.finditer(text):
        acronym = m.group(1)
        window_start = max(0, m.start() - 120)
        name_end = m.start()
        if text.endswith(") ", 0, name_end):  # "X Y Z (a gloss of it) (XYZ)": the name is before the gloss
            gloss = text.rfind("(", window_start, name_end)
            name_end = gloss if gloss > 0 and text.find(")", gloss, name_end - 2) < 0 else name_end
        e = _EXPANSION_END.search(text, window_start, name_end)
        if e is None:
            continue
        start = e.start(1)
        expansion = e.group(1)
        first = expansion.split()[0]
        if first in FUNCTION:
            start += len(first) + 1
            expansion = text[start:e.end(1)].lstrip()
        based = BASED_PREFIX.match(expansion)
        if based is not None and len(expansion.split()) > 2:  # "Vienna-based Centre for … (CMFHR)": the centre
            start, expansion = start + based.end(), expansion[based.end():]
            first = expansion.split()[0]
        if first.endswith(("’s", "'s")) and len(expansion.split()) > 2:  # "Nigeria's Independent National Electoral
            owned = expansion[len(first) + 1:].lstrip()  # Commission (INEC)": the commission, not its country
            if _initials_fit([w for w in owned.split() if w[0].isupper()], acronym):
                start, expansion = e.end(1) - len(owned), owned
        words = [w for w in expansion.split() if w[0].isupper()]
        if len(words) < 2 or not (_initials_fit(words, acronym) or acronym.isupper() and acronym.upper() == "".join(
                w[0] for w in expansion.split()).upper()) or _names_a_thing(expansion):  # "Ministry of Manpower (MOM)"
            continue
        yield Found("ORG", start, e.end(1), source="acronym")
        if name_end < m.start():  # the gloss names it too ("(Initiative of Black People in Germany)")
            yield Found("ORG", name_end + 1, m.start() - 2)
        expansions.setdefault(acronym, expansion)
    if expansions:
        alternatives = "|".join(re.escape(a) for a in sorted(expansions, key=len, reverse=True))
        for a in re.finditer(rf"(?<![\w-])(?:{alternatives})(?![\w-])", text):
            yield Found("ORG", a.start(), a.end(), name=expansions[a.group(0)])


THING_HEADS: Final = frozenset("System Systems Database Disorder Disorders Syndrome Disease Index Programme Program "
                               "Protocol Standard Method Test Scheme Treaty Agreement Convention Survey Act".split())
"""Last words of a spelled-out acronym that name a thing, not a body: "National Enforcement Management Information
System and Intelligence System" (NEMISIS), "Iodine Deficiency Disorders" (IDD)."""


def _names_a_thing(expansion: str) -> bool:
    return expansion.rsplit(None, 1)[-1] in THING_HEADS


_BRACKETED: Final = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
_EXPANSION_END: Final = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+[ \t]+(?:(?:of|for|and|the|on|in|&)[ \t]+)*){1,7}"
                                   r"[A-Z][\w'’-]+)[ \t]+\Z")


def _initials_fit(words: list[str], acronym: str) -> bool:
    """The acronym's letters are the words' initials, or some of them in order with the first and last kept
    ("Five-hundred-meter Aperture Spherical Radio Telescope (FAST)": an acronym may skip a word)."""
    initials = "".join(w[0] for w in words).upper()
    letters = acronym.upper()
    if letters == initials or letters in initials:
        return True
    if any("-" in w for w in words):  # "Paris Saint-Germain (PSG)": each capitalised part of a hyphenated word
        parts = "".join(p[0] for w in words for p in w.split("-") if p[:1].isupper())
        if letters == parts:
            return True
    if len(letters) >= 4 and acronym.isupper() and letters[0] == initials[0] and \
            _prefixes_fit([w.upper() for w in words], letters):
        return True  # "Tokyo Electric Power Company (TEPCO)": a word may give more than its initial
    if len(letters) < 3 or letters[0] != initials[0] or letters[-1] != initials[-1]:
        return False
    rest = iter(initials)
    return all(letter in rest for letter in letters)


def _prefixes_fit(words: list[str], letters: str) -> bool:
    """The letters are the first letters (one or more) of the words, every word in order: T-E-P-CO."""
    if not words:
        return not letters
    word = words[0]
    return any(letters[:n] == word[:n] and _prefixes_fit(words[1:], letters[n:])
               for n in range(1, min(len(word), len(letters) - len(words) + 1) + 1))
