"""People and organisations named without a title or a known name, found in runs of capitalised words.
This module finds the runs and keeps each distinct run's decision for the text (a run comes back many times
in an article); what a run is, is decided in `run_judge` (organisation heads, place heads, parts that are
people) with `person_names` (given names, surnames, particles, context) and `name_words` (the vocabulary).
Acronyms (`acronyms`) and line labels such as datelines (`line_labels`) are found by their own patterns and
reported here with the runs, so that `find` is the one entry point. Pure functions."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Final

from annotations.suggest.acronyms import bracketed_acronyms, lone_acronyms
from annotations.suggest.found import Found
from annotations.suggest.line_labels import capital_label_words, datelines, interview_labels
from annotations.suggest.name_words import (  # noqa: F401 (the names other modules import from here)
    ALLOWED_FIRST, HEADLINE_VERBS, ORG_HEADS, PARTICLES, PLACE_HEADS, US_STATES, name_lists, title_words, zipf)
from annotations.suggest.person_names import REPORTING, named_then_by_surname, trim_person  # noqa: F401 (as above)
from annotations.suggest.run_judge import Question, answer, judge, kin_before, quoted_title  # noqa: F401 (as above)

__all__ = ["ALLOWED_FIRST", "ORG_HEADS", "PARTICLES", "PLACE_HEADS", "REPORTING", "US_STATES", "Found", "find",
           "name_lists", "quoted_title", "title_words", "trim_person", "zipf"]

_LATIN: Final = [chr(c) for c in range(0xC0, 0x250) if chr(c).isalpha()]
_LOWER: Final = "a-z" + "".join(c for c in _LATIN if c.islower()) + "ḥṣṭẓʿʾ'’"
"""The letters after a name's capital: a-z, the accented and other Latin letters of Western, Central European and
Turkish names ("Wałęsa", "Dvořák", "Neslişah", "Ortaylı"), transliteration marks, apostrophes."""
_UPPER: Final = "A-Z" + "".join(c for c in _LATIN if c.isupper())
"""A name's capital: A-Z and the other Latin capitals ("Łukasz", "Šimon", "İlber", "Ömer")."""
_TOKEN: Final = (rf"(?:(?:al|el|ad|an|ar|as|ash|at|az|ul)-)?(?:Mc|Mac|O['’]|De|Di|Du|La|Le)?[{_UPPER}][{_LOWER}]+"
                 rf"(?:-[A-Za-z][{_LOWER}]+)*|(?:[A-Z]\.){{1,3}}|[A-Z]{{2,6}}")
_FIRST_TOKEN: Final = (rf"[{_UPPER}](?<![\w'’.-].)(?:(?:c|ac|['’])[A-Z])?(?:[{_LOWER}]+(?:-[A-Za-z][{_LOWER}]+)*|\.(?:[A-Z]\.){{0,2}}|"
                       rf"[A-Z]{{1,5}})")
"""A run's first word starts with a capital (so the regex engine skips to capitals quickly); the check that
no word character comes before it follows the capital. Gaelic surnames keep their inner capital ("McLaughlin",
"MacDonald", "O’Neill": before, no run could hold them, so "Maura McLaughlin" was found as "Maura")."""
_RUN: Final = re.compile(rf"{_FIRST_TOKEN}(?:[ \t]+(?:(?:{'|'.join(sorted(PARTICLES))})[ \t]+)*"
                         rf"(?!(?:{HEADLINE_VERBS})(?![\w'’-]))(?:{_TOKEN}))*(?![\w'’-])")
"""A run of capitalised words; a headline verb after its first word starts a run of its own ("Sarah Hunt | Says
Taxes Must Rise")."""


def find(text: str, known: dict[str, str]) -> Iterator[Found]:
    """People, organisations and places in `text` that no list names; `known` maps gazetteer names to their
    types (a run that is a known place or nationality is no person).

    A run of capitalised words is judged by its words and by a few questions about its context (is it in
    quotation marks, does "party" follow, is there a reporting verb around it); the same run asked the same
    questions always gets the same answer, so each distinct run is judged once per text and the decision kept
    as a small tree of those questions (`_Judged`): later occurrences only ask the questions, at C speed. The
    first judging's questions and answers are kept, and grow the tree if the run comes back (judging it again
    there was one judging in eight on the real pages)."""
    judged: dict[str, _Judged | _Judging | None] = {}  # None: nothing, whatever the context ("The", "Paris", "Said");
    # a run seen once keeps its judging as it came (a tree is built only for a run that comes back, one in four)
    unclaimed: dict[str, list[int]] = {}  # two- and three-word runs found to be nothing, for `named_then_by_surname`
    for m in _RUN.finditer(text):
        run = m.group(0)
        tree = judged.get(run, _UNSEEN)
        if tree is None:
            continue
        base = m.start()
        if tree is _UNSEEN:  # judged as it comes (most runs of a text come once); a tree if it comes back
            asked: list[tuple[Question, bool]] = []

            def ask(question: Question) -> bool:
                result = answer(text, base, question)  # noqa: B023 (called at once)
                asked.append((question, result))  # noqa: B023 (as above)
                return result

            mentions = judge(run, known, ask)
            judged[run] = None if not mentions and not asked else (asked, mentions)
        else:
            if isinstance(tree, tuple):
                tree = judged[run] = _Judged(run, known, tree)
            mentions = tree.found(text, base)
        for label, start, end in mentions:
            kin = kin_before(text, base) if label == "PERSON" and " " not in run \
                and "s" in text[max(0, base - 22):base] else None  # (a possessive before: most runs have none)
            owner = kin.group("owner") if kin is not None and kin.group("kin") in _CHILD_OR_SIBLING else None
            # "Kohail's brother, Sultan": Sultan Kohail (the family's name, as an analyst would file him)
            yield Found(label, base + start, base + end, f"{text[base + start:base + end]} {owner}" if owner else None)
        if not mentions and run.count(" ") in (1, 2):
            unclaimed.setdefault(run, []).append(base)
    for run, starts in named_then_by_surname(text, unclaimed, known):
        for start in starts:
            yield Found("PERSON", start, start + len(run))
    taken = capital_label_words(text) if ":" in text else set()  # "BOATENG: …" in a transcript: no organisation
    for found in [*bracketed_acronyms(text), *datelines(text), *interview_labels(text)]:
        taken.add(found.start)
        yield found
    yield from lone_acronyms(text, known, taken)


_CHILD_OR_SIBLING: Final = frozenset(("son", "daughter", "brother", "sister"))
"""Kin who carry the family's name ("Kohail's brother, Sultan" is Sultan Kohail)."""


class _Node:
    """Unknown yet (nothing set), a question with its two branches, or a leaf: the run's mentions."""

    __slots__ = ("question", "no", "yes", "leaf")

    def __init__(self) -> None:
        self.question: Question | None = None
        self.no: _Node | None = None
        self.yes: _Node | None = None
        self.leaf: list[tuple[str, int, int]] | None = None


_Judging = tuple[list[tuple[Question, bool]], list[tuple[str, int, int]]]
"""One judging of a run: the questions asked with their answers, and the mentions found."""


class _Judged:
    """What one run of capitalised words is (see `find`), as a tree: a node asks one question about the
    context and branches on the answer; a leaf holds the run's mentions, relative to its start. Branches are
    grown as texts take them: the first time, `judge` runs with the real answers and records them. `first`: the
    questions and answers of a judging done already, and its mentions, grown into the tree when it is first used."""

    def __init__(self, run: str, known: dict[str, str], first: _Judging | None = None) -> None:
        self.run = run
        self.known = known
        self.root = _Node()
        self.first = first

    def found(self, text: str, base: int) -> list[tuple[str, int, int]]:
        if self.first is not None:
            self._grow(*self.first)
            self.first = None
        node: _Node | None = self.root
        while node is not None:
            if node.leaf is not None:
                return node.leaf
            if node.question is None:
                break
            node = node.yes if answer(text, base, node.question) else node.no
        asked: list[tuple[Question, bool]] = []

        def ask(question: Question) -> bool:
            result = answer(text, base, question)
            asked.append((question, result))
            return result

        result = judge(self.run, self.known, ask)
        self._grow(asked, result)
        return result

    def _grow(self, asked: list[tuple[Question, bool]], result: list[tuple[str, int, int]]) -> None:
        """The branch that these answers take, ending in `result`."""
        node = self.root
        for question, answered in asked:
            if node.question is None:
                node.question, node.no, node.yes = question, _Node(), _Node()
            elif node.question != question:  # cannot happen: the same answers lead to the same questions
                return
            child = node.yes if answered else node.no
            assert child is not None
            node = child
        node.leaf = result


_UNSEEN: Final = _Judged("", {})
"""In `find`: a run not judged yet in this text."""
