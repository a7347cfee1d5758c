"""Patterns run over the whole text check their word boundary after the first letter (for speed: the engine then
skips ahead to that letter): they find exactly what the patterns as first written, the boundary first, find."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations.suggest.coreference import _AUTHORED_BY
from annotations.suggest.interviews import _NAMED_HANDLE

_PIECES = ["co-authored", "authored", "written", "by", " by ", "authored by ", "co", "-", "x", "Ada", "Moe", "O'Neil", "A.", "É", "(@moe)",
           "(@", ")", " ", "  ", "\t", "\n", "'", "’", ".", "_", "9", "coauthored", "rewritten", "by\n"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_AUTHORED_PLAIN = re.compile(r"\b(?:co-)?authored\s+by\s+|\bwritten\s+by\s+")
_NAMED_HANDLE_PLAIN = re.compile(r"(?<![\w'’.-])([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})[ \t]+\(@(\w+)\)")


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("The study, co-authored by Ada Moe, xco-authored by Ada, rewritten by Ada, _written by Ada")
@example("authored by\nwritten \t by co-authored by")
def test_authored_by_finds_what_the_plain_regex_finds(text: str) -> None:
    assert [m.span() for m in _AUTHORED_BY.finditer(text)] == [m.span() for m in _AUTHORED_PLAIN.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(_TEXT)
@example("Ada Moe (@moe) wrote; x.Ada (@moe), 'Ada (@moe), A. O'Neil Ada Moe É (@moe)")
@example("Ada Moe Ada Moe Ada (@moe)")
def test_a_named_handle_finds_what_the_plain_regex_finds(text: str) -> None:
    assert [m.span(1) + m.span(2) for m in _NAMED_HANDLE.finditer(text)] == \
        [m.span(1) + m.span(2) for m in _NAMED_HANDLE_PLAIN.finditer(text)]
