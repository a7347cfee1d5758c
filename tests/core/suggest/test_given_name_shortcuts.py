"""The entity suggester's given-name shortcuts (for speed) find exactly what the plain regular expressions find:
the unlisted given name and the aged given name, each starting at its capital with the look-behind after it, and
the aged given name found from its age."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations.suggest.entities import _UNLISTED_GIVEN_NAME
from annotations.suggest.person_names import AGED_GIVEN_NAME, aged_given_names

_PIECES = ["Anna", "Pamela", "McDonald", "Evans", "Bo", "É", "x", "old", ", 40", ", 1234", ",", ", a 34-year-old",
           ", an 8-year-old", "-year-old", "*", " ", "\t", "  ", ")", "'s", "’s", "'", "’", ".", "-", "\n", "doesn't"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_UNLISTED_PLAIN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})[ \t]+([A-Z][a-z]{2,})(?=[ \t]+[a-z]|[’']s\b|[.,;][ \t\n])")
_AGED_PLAIN = re.compile(r"(?<![\w'’.-])([A-Z][a-z]{2,})\*?,[ \t]+(?:\d{1,3}(?=[ \t]*[,)])|an?[ \t]+\d{1,3}-year-old\b)")
"""The two patterns as written before, the look-behind first."""


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("Anna Evans doesn't")
@example("x.Anna Evans doesn't, Monty Evans's")
@example("Anna Evans. Anna Evans, Anna Evans;\nAnna Evans.")
def test_the_unlisted_given_name_starting_at_its_capital_finds_what_the_plain_regex_finds(text: str) -> None:
    assert [m.span(1) + m.span(2) for m in _UNLISTED_GIVEN_NAME.finditer(text)] == \
        [m.span(1) + m.span(2) for m in _UNLISTED_PLAIN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("Anna, 40, and Pamela*, a 34-year-old mum")
@example("Anna**, 40, McDonald, 40, x-Anna, 40")
def test_the_aged_given_name_found_from_its_age_finds_what_the_plain_regex_finds(text: str) -> None:
    plain = [m.span() + m.span(1) for m in _AGED_PLAIN.finditer(text)]
    assert [m.span() + m.span(1) for m in AGED_GIVEN_NAME.finditer(text)] == plain
    assert [m.span() + m.span(1) for m in aged_given_names(text)] == plain
