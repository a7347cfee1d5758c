"""Sizes a library accepts, the same at entry and at import, so Dossier never writes a bundle that
Dossier refuses (a 501-character entity name made by pressing a type key on a paragraph once made a
teammate's whole bundle unimportable, and stayed so through its tombstone)."""
from __future__ import annotations

from collections.abc import Iterable

from annotations.errors import ValidationError

MAX_NOTE = 200_000
MAX_NAME = 500
MAX_TAG = 200
MAX_TAGS = 500
MAX_ALIASES = 1_000
"""Per entity at entry; an import accepts up to ten times as many (merges of merges add up)."""


def check_name(name: str, what: str = "An entity name") -> str:
    if not name.strip():
        raise ValidationError(f"{what} cannot be empty or only white space; select a word or type a name.")
    if len(name) > MAX_NAME:
        raise ValidationError(f"{what} can be at most {MAX_NAME} characters (this one has {len(name):,}); "
                              "select the name itself rather than the passage around it.")
    return name


def check_aliases(aliases: tuple[str, ...]) -> tuple[str, ...]:
    if len(aliases) > MAX_ALIASES:
        raise ValidationError(f"An entity can have at most {MAX_ALIASES:,} other names (this one would have "
                              f"{len(aliases):,}).")
    return aliases


def check_note(note: str) -> str:
    if len(note) > MAX_NOTE:
        raise ValidationError(f"A note can be at most {MAX_NOTE:,} characters (this one has {len(note):,}); "
                              "split it over several annotations.")
    return note


def check_tags(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as stored: each one line, its white space runs single spaces (a tag is a label; a line break inside one
    came back from REFI-QDA as a space, a change to merge: stop 56), empty ones and repeats left out."""
    clean = tuple(dict.fromkeys(" ".join(t.split()) for t in tags if t.strip()))
    for tag in clean:
        if len(tag) > MAX_TAG:
            raise ValidationError(f"A tag can be at most {MAX_TAG} characters (“{tag[:40]}…” has {len(tag):,}).")
    if len(clean) > MAX_TAGS:
        raise ValidationError(f"An annotation can carry at most {MAX_TAGS} tags.")
    return clean
