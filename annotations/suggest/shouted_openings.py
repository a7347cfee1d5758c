"""Tabloid openings: The Sun, the Mirror and the Daily Star print an article's first word in capitals ("KATIE Price
was so nervous …", "PRINCE Harry has …"), which hides the name from every rule that expects a capital and lower
case. Such a word is read in title case when it is a given name or a title before a capitalised word; the text's
length never changes, so every offset stays valid. Pure functions."""
from __future__ import annotations

import re

from annotations.suggest.name_words import name_lists, title_words

_SHOUTED = re.compile(r"^([ \t]*)([A-Z]{2,}(?:-[A-Z]{2,})?)(?=[ \t]+[A-Z][a-z])", re.M)
"""A word in capitals opening a line, before a capitalised word ("KATIE Price", "MOLLY-MAE Hague")."""


def mend_shouted_openings(text: str) -> str:
    """`text` with each shouted given name or title at a line's start in title case ("KATIE Price" -> "Katie
    Price"); the same object when there is none (most texts). Acronyms ("NASA Administrator", "US President",
    "BBC News") stay: they are neither given names nor titles."""
    pieces: list[str] = []
    last = 0
    given = titles = None
    for shout in _SHOUTED.finditer(text):
        word = shout.group(2)
        title = "-".join(part.capitalize() for part in word.split("-"))
        if len(title) != len(word):
            continue
        if given is None:
            given, titles = name_lists()[0], title_words()
        assert titles is not None
        if title not in titles and not all(part in given for part in title.split("-")):  # ("Molly-Mae")
            continue
        pieces += [text[last:shout.start(2)], title]
        last = shout.end(2)
    if not pieces:
        return text
    pieces.append(text[last:])
    return "".join(pieces)
