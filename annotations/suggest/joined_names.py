"""Where an organisation's name starts when words joined by "and" or "&" come before what a pattern found: one name
("Food and Drug Administration", "Canada Mortgage and Housing Corporation", "Evergreen Aviation & Space Museum") or a
list ("Britain and Energy Agency", "Southern California Edison and San Diego Gas & Electric"). Split out of
`entities.py`, which asks it for the organisations its patterns and lists find. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest import names

COMMON_CAPITALISED: Final = {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I",
                             "But", "And", "Or", "In", "On", "At", "Not", "No", "Yes", "Later", "Meanwhile", "Critics",
                             "Energy", "Prices", "Engineers", "Opposition", "Another", "For", "By", "Its", "Our", "Their"}
"""Capitalised words that open sentences and clauses, never a name's first word ("The Vesterby plant")."""


_JOINED_BEFORE: Final = re.compile(r"(?<![\w'’.-])([A-Z][a-z][\w'’-]*) and \Z")
"""A capitalised word joined by "and" to an organisation's name: part of it ("Food and Drug Administration")."""


def joined_start(text: str, start: int, stop: int, known: dict[str, str]) -> int:
    """Where an organisation's name starts that a capitalised word joins with "and" ("Food and Drug
    Administration"), unless that word is a name of its own ("Britain and Energy Agency")."""
    if text.endswith(" & ", 0, start):  # "Evergreen Aviation & Space Museum": "&" joins within one name
        ampersand = _AMPERSAND_BEFORE.search(text, max(0, start - 60), start)
        if ampersand is not None and not any(w in COMMON_CAPITALISED for w in ampersand.group(1).split()):
            return ampersand.start(1)
        return start
    joined = _JOINED_BEFORE.search(text, max(0, start - 30), start)
    if joined is None or joined.group(1) in known or joined.group(1) in COMMON_CAPITALISED or \
            " " not in text[start:stop]:
        return start
    before = text[max(0, joined.start(1) - 24):joined.start(1)].split()[-1:]
    if before and before[0][:1].isupper() and not _DOTTED.fullmatch(before[0]):
        return _common_noun_start(text, joined.start(1), joined.group(1), known, start) \
            if _common_noun(text[start:text.find(" ", start)], 2.5) else start
        # a list: "Southern California Edison and San Diego Gas & Electric", "Golden Globes and SAG"; one name where
        # a common noun ends the first part: "Canada Mortgage and Housing Corporation"
    if before and before[0] in ("of", "for"):
        return start  # the end of another's name: "Institute of Technology and Colorado State University"
    return joined.start(1)


def _common_noun_start(text: str, word_start: int, word: str, known: dict[str, str], start: int) -> int:
    """Where a name starts whose two parts joined by "and" are common nouns ("Canada Mortgage and Housing
    Corporation", "Kenya Ports and Harbours Authority"); `start` if the word before "and" is a name or a head of its
    own ("Ceres Robotics and Tyvak …", "Big Machine and The Carlyle Group": a list) or the run is a known name."""
    if word in names.ORG_HEADS or word in names.PLACE_HEADS or not _common_noun(word):
        return start
    run = _RUN_BEFORE.search(text, max(0, word_start - 40), word_start)
    if run is None:
        return start
    words = run.group(1).split()
    while words and words[0] in COMMON_CAPITALISED:
        words.pop(0)
    if not words or " ".join(words + [word]) in known or any(w in names.ORG_HEADS for w in words):
        return start
    return word_start - len(" ".join(words)) - 1


def _common_noun(word: str, floor: float = 3.5) -> bool:
    """A capitalised word that is an English word (at least `floor` on the zipf scale) and no one's name
    ("Mortgage", "Housing"; not "Edison", "Tyvak", "The")."""
    given, surnames = names.name_lists()
    return word not in COMMON_CAPITALISED and word not in surnames and word not in given \
        and names.zipf(word.lower()) >= floor


_RUN_BEFORE: Final = re.compile(r"(?<![\w'’.-])((?:[A-Z][a-z][\w'’-]* ){1,3})\Z")
_DOTTED: Final = re.compile(r"(?:[A-Z]\.){2,3}")
_AMPERSAND_BEFORE: Final = re.compile(r"(?<![\w'’.&-])((?:[A-Z][a-z][\w'’-]* ){0,3}[A-Z][a-z][\w'’-]*) & \Z")
"""Capitalised words joined by "&" to an organisation's name ("Evergreen Aviation & Space Museum", "Mary & Leigh
Block Museum of Art"): "&" joins inside a name, not a list as "and" may."""
