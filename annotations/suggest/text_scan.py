"""Scans of the document's text that stay linear in its length: a copy of the text before a position for each sentence
(`text[:at].rstrip()`), a search from the text's start for each sentence, or a regex scan of the whole text for each
name made the suggesters quadratic (a book took minutes). Pure functions."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Container, Iterable, Iterator
from typing import Final

import ahocorasick


def last_visible(text: str, at: int) -> str:
    """The last character before `at` that is not white space, "" if there is none: `text[:at].rstrip()[-1:]`."""
    i = min(at, len(text)) - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""


def last_start(starts: list[int], length: int, upto: int) -> int:
    """Where a word of `length` characters last starts before `upto` given every place it starts (`starts`, in order,
    as `starts_of` finds them): `text.rfind(word, 0, upto)` without searching the text again."""
    i = bisect_right(starts, upto - length)
    return starts[i - 1] if i else -1


def standing(text: str, word: str, joined_before: str = "'’-", joined_after: str = "'’-") -> Iterator[int]:
    """Where `word` starts each time it stands on its own, in order: what `re.finditer` of
    `(?<![\\w<joined_before>])WORD(?![\\w<joined_after>])` finds (a letter, digit or "_" next to it, or one of the
    characters given, joins it to a longer word). Found with `str.find`: the pattern, compiled for each name, tried
    its look-behind at every position of the text (15 ms a name in a megabyte, a name looked up hundreds of times)."""
    size, length = len(text), len(word)
    at = text.find(word)
    while at >= 0:
        end = at + length
        if (at == 0 or not joins_word(text[at - 1], joined_before)) \
                and (end == size or not joins_word(text[end], joined_after)):
            yield at
            at = text.find(word, end)
        else:
            at = text.find(word, at + 1)


def joins_word(char: str, joiners: str) -> bool:
    """Whether `char` is part of a word next to it: a letter or digit (`\\w`), "_", or one of `joiners`."""
    return char.isalnum() or char == "_" or char in joiners


def same_length_lower(text: str) -> str:
    """The text in lower case, a letter whose lower case is longer than itself ("İ" -> "i̇") kept as it is, so that
    every offset stays valid: one `lower()` per run between such letters (a join over every character took 0.7 s a
    megabyte, for one "İstanbul"; the set of the text's characters, to find which, 10 ms)."""
    odd = "".join(c for c in LONGER_LOWER if c in text)
    if not odd:
        return text.lower()
    pieces = re.split(f"([{re.escape(odd)}])", text)
    return "".join(piece if i % 2 else piece.lower() for i, piece in enumerate(pieces))


LONGER_LOWER: Final = "\u0130"
"""Every character whose lower case is longer than itself: "İ" alone (a test checks every code point)."""


def words_automaton(words: Iterable[str]) -> ahocorasick.Automaton:
    """An automaton of plain words, each its own value: for `words_found`."""
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(word, word)
    automaton.make_automaton()
    return automaton


def words_found(automaton: ahocorasick.Automaton, text: str, start: int, end: int) -> set[str]:
    """The words of `words_automaton` that `re.findall` of their alternation, the longest first, finds in
    text[start:end]: from left to right the longest word starting at each place, none overlapping the one before.
    An automaton grows by a word at little cost where the alternation had to be compiled again (a document naming
    a hundred shared roles compiled a hundred ever longer patterns: a third of a second a megabyte)."""
    found: set[str] = set()
    at = 0  # (in the slice: pyahocorasick copies the whole string it is given at each call)
    hits = sorted((stop - len(w) + 1, -len(w), w) for stop, w in automaton.iter(text[start:end])) if start < end else []
    for begin, negative_length, word in hits:
        if begin >= at:
            found.add(word)
            at = begin - negative_length
    return found


def starts_of(text: str, words: Iterable[str]) -> dict[str, list[int]]:
    """Every place each word starts in the text, in order (inside longer words and overlapping too, as `str.find`
    sees them): one pass for them all, where a search for each word ran over the text (a name asked for at each
    sentence with a role's word was searched for from the text's start: hundreds of names, a megabyte each)."""
    starts: dict[str, list[int]] = {word: [] for word in words}
    if starts:
        for stop, word in words_automaton(starts).iter(text):
            starts[word].append(stop - len(word) + 1)
    return starts


def lines_with(text: str, word: str, end: int) -> list[tuple[int, int]]:
    """(start, end) of each line (its line break left out) where `word` stands wholly before `end`, in order: the
    only places a pattern that needs `word` and never spans a line break can match. `finditer` over each (with
    `pos` and `endpos`: a look-behind still sees the text before) finds what it finds over the whole text; a
    pattern trying its start at every position of a megabyte cost 15-25 ms for a word found on a handful of lines."""
    out: list[tuple[int, int]] = []
    at = text.find(word, 0, end)
    while at >= 0:
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        out.append((text.rfind("\n", 0, at) + 1, line_end))
        at = text.find(word, line_end + 1, end) if line_end < end else -1
    return out


class WordHits:
    """`words_found` for a growing set of words, each sentence in turn: every place any word that may join the set
    stands is found in one pass over the text; a sentence's hits are then looked up by bisection and kept if their
    word is in the set by then (an automaton run over each sentence's slice cost 5 % of the claims' time)."""

    def __init__(self, text: str, words: Iterable[str]) -> None:
        vocabulary = set(words)
        hits = sorted((stop - len(w) + 1, -len(w), w) for stop, w in words_automaton(vocabulary).iter(text)) \
            if vocabulary else []
        self.hits: list[tuple[int, int, str]] = hits
        self.begins: list[int] = [h[0] for h in hits]

    def found(self, words: Container[str], start: int, end: int) -> set[str]:
        """What `words_found` of an automaton of `words` finds in text[start:end]: of the hits there, from left to
        right the longest word of `words` starting at each place, none overlapping the one before."""
        found: set[str] = set()
        at = start
        i = bisect_left(self.begins, start)
        while i < len(self.hits) and self.hits[i][0] < end:
            begin, negative_length, word = self.hits[i]
            i += 1
            if begin >= at and begin - negative_length <= end and word in words:
                found.add(word)
                at = begin - negative_length
        return found
