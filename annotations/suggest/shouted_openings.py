"""Tabloid openings: The Sun, the Mirror and the Daily Star print an article's first word in capitals ("KATIE Price
was so nervous …", "PRINCE Harry has …"), which hides the name from every rule that expects a capital and lower
case. Such a word is read in title case when it is a given name or a title before a capitalised word; the text's
length never changes, so every offset stays valid. Pure functions."""
from __future__ import annotations

import re
from typing import Final

from annotations.suggest.gazetteer import gazetteer
from annotations.suggest.name_words import ORG_HEADS, name_lists, title_words, zipf

_SHOUTED: Final = re.compile(r"^([ \t]*)([A-Z]{3,}(?:-[A-Z]{2,})?)(?=[ \t]+([A-Z][a-z]+))", re.M)
"""A word of three or more capitals opening a line, before a capitalised word ("KATIE Price", "MOLLY-MAE Hague"; not
"MS Dhoni" or "DR Congo")."""
_OPENING_LINES: Final = 4
"""Tabloids shout the article's first word only: the headline, a standfirst, the first paragraph and one more line
are looked at, no line after them ("IRA Spokesman Tom Hartley said" further down stays an acronym)."""


def mend_shouted_openings(text: str) -> str:
    """`text` with each shouted given name or title at a line's start in title case ("KATIE Price" -> "Katie
    Price"); the same object when there is none (most texts). Acronyms ("NASA Administrator", "US President",
    "BBC News") stay: they are neither given names nor titles."""
    pieces: list[str] = []
    last = 0
    for shout in _SHOUTED.finditer(text, 0, _opening_end(text)):
        word = shout.group(2)
        title = "-".join(part.capitalize() for part in word.split("-"))
        if len(title) != len(word) or word in gazetteer() or shout.group(3) in ORG_HEADS:
            continue  # ("ISIS Leader …", "SIA Engineering", "ANA Holdings": an organisation's name in capitals)
        given, surnames = name_lists()
        if title not in title_words() and not all(part in given for part in title.split("-")):  # ("Molly-Mae")
            continue
        after = shout.group(3)
        if after not in surnames and after not in given and zipf(after.lower()) >= 4.0:
            continue  # ("SIA Engineering": a common word after it, no name)
        pieces += [text[last:shout.start(2)], title]
        last = shout.end(2)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)


def _opening_end(text: str) -> int:
    """Where the article's opening lines (`_OPENING_LINES` with text) end."""
    at = seen = 0
    while seen < _OPENING_LINES and at < len(text):
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        seen += bool(text[at:end].strip())
        at = end + 1
    return min(at, len(text))
