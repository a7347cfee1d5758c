"""What people and organisations are called after the text has named them in full: a person's surname or given
name ("Reeves" after "Eric Reeves", "Jenelle" after "Jenelle Evans"), a partner named first ("Melody" in "Melody
and Nariman Tashakor"), a word a pattern found once as a body or a place ("Nordvik" after "the maker Nordvik"), and a
body's short name ("Rhodium" after "the Rhodium Group"): each found again wherever it stands. Split out of
`entities.py`, which calls `later_mentions` once its candidates are found."""
from __future__ import annotations

import re
from collections.abc import Container
from typing import Final

from annotations.suggest.automata import Candidate
from annotations.suggest.automata import name_automaton as _automaton
from annotations.suggest.automata import scan as _scan
from annotations.suggest.org_names import org_short_name
from annotations.suggest.person_names import partners_named_first, short_names

DEMONYM_PLURAL: Final = re.compile(r"(?:ers|ians|ites|ists|ans)\Z")
"""Single capitalised words after "from"/"in" that are people, not places ("Hongkongers", "Chicagoans")."""


def later_mentions(text: str, found: list[Candidate], known: dict[str, str], chamber: Container[tuple[int, int]]
                   ) -> list[Candidate]:
    """`found` with every later mention of the names above added (and people given by their fullest form: "Harald
    Berg" where the text also says "Harald T. Berg"); `chamber` holds the spans of parliamentary chambers, whose one
    word ("House") is never a name by itself."""
    surnames: dict[str, tuple[str, str, str | None]] = {}
    people = sorted((c for c in found if c[2] == "PERSON"), key=lambda c: (c[0], c[0] - c[1]))  # longest first
    fuller = _fullest_names(text, people)
    if fuller:  # "Harald Berg" where the text also says "Harald T. Berg"
        found = [(a, b, label, source, name or fuller.get(text[a:b])) if label == "PERSON" else
                 (a, b, label, source, name) for a, b, label, source, name in found]
        people = [(a, b, label, source, name or fuller.get(text[a:b])) for a, b, label, source, name in people]
    seen: set[str] = set()
    for start, stop, _, source, name in people:
        exact = text[start:stop]
        if " " in exact and exact in seen:  # its short names are set already
            continue
        seen.add(exact)
        if " " not in exact:  # "Prince Harry" found once: every "Harry"
            if source == "pattern" and exact[:1].isupper() and len(exact) > 2 and exact not in known:
                surnames.setdefault(exact, ("PERSON", "library", name))
            continue
        for short in short_names(exact, listed=source == "gazetteer"):  # the first one introduced keeps it
            for variant in _apostrophes(short):  # "O’Neill" is also written "O'Neill" later
                surnames.setdefault(variant, ("PERSON", "library", name or exact))
    for a, b, full in partners_named_first(text, people, surnames):  # "Melody and Nariman Tashakor": Melody Tashakor
        found.append((a, b, "PERSON", "library", full))
        surnames.setdefault(text[a:b], ("PERSON", "library", full))
    single: dict[str, str] = {}
    shorts: dict[str, str] = {}  # short name -> the organisation's full name
    for start, stop, label, source, name in found:  # a word seen as "in X" and as "the maker X" is the organisation
        if source == "pattern" and (label == "ORG" or label == "PLACE" and single.get(text[start:stop]) != "ORG") \
                and not name:
            exact = text[start:stop]
            if " " not in exact and exact not in known and exact not in surnames and \
                    not DEMONYM_PLURAL.search(exact) and (start, stop) not in chamber:
                single[exact] = label
            elif label == "ORG" and " " in exact:  # "the Rhodium Group" ... "a partner at Rhodium"
                brief = org_short_name(exact, known)
                if brief and brief not in surnames:
                    shorts.setdefault(brief, exact)
    surnames |= {exact: (label, "library", None) for exact, label in single.items()}
    surnames |= {short: ("ORG", "library", full) for short, full in shorts.items() if short not in single}
    if surnames:
        _scan(text, _automaton(surnames), found)
    return found


def _apostrophes(name: str) -> tuple[str, ...]:
    """A name, and it with the other apostrophe if it has one (’ and ' are the same letter to a reader)."""
    if "’" in name:
        return name, name.replace("’", "'")
    if "'" in name:
        return name, name.replace("'", "’")
    return (name,)


def _fullest_names(text: str, people: list[Candidate]) -> dict[str, str]:
    """"Harald Berg" -> "Harald T. Berg" where the text gives both: the person, by the fullest form."""
    fuller: dict[str, str] = {}
    for a, b, _, _, _ in people:
        if text.find(". ", a, b) > 0:
            words = text[a:b].split()
            if len(words) >= 3 and all(_INITIAL.fullmatch(w) for w in words[1:-1]):
                fuller.setdefault(f"{words[0]} {words[-1]}", text[a:b])
    return fuller


_INITIAL: Final = re.compile(r"[A-Z]\.")
