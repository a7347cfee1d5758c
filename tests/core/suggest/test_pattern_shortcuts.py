"""The suggestion patterns' shortcuts (for speed) find exactly what the plain regular expressions find:
the organisation-suffix look-back that starts at a capital, and the sentence-start organisation found
from its ", the operator" anchor."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest.patterns import EMPTY_BEFORE, SCANNED, TRIGGERED

_PIECES = ["Voltaris", "McDonald", "ABC", "éVolt", "Volt", "North", "Sea", "&", "-", "'", "’", ", the operator",
           ", the company", ",  the\tbank", ", the banker", ". ", ".  ", "\n", " ", "  ", "x", "the", "of"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_OWNER = re.compile(r"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\.\s.)|(?<=\.\s\s.))[a-z]+[A-Z]?[a-z]*),\s+the\s+"
                    r"(?:operator|company|utility|firm|group|agency|bank|owner|maker|manufacturer|carrier|"
                    r"broadcaster|newspaper)\b")
"""The sentence-start organisation pattern as a plain regex ("Nordgrid, the operator")."""


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_anchored_pattern_finds_what_the_plain_regex_finds(text: str) -> None:
    anchored = next(p for _, p, _ in SCANNED if not isinstance(p, re.Pattern))
    assert [m.span(1) for m in anchored.finditer(text)] == [m.span(1) for m in _OWNER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_look_back_from_a_capital_finds_what_the_plain_look_back_finds(text: str) -> None:
    for t in TRIGGERED:
        if t.before is None or t.before_words is None:
            continue
        for start in range(len(text) + 1):
            window = max(0, start - t.window)
            plain = t.before.search(text, window, start)
            quick = t.before_words.search(text, window, start) or EMPTY_BEFORE.match(text, start)
            assert (plain is None) == (quick is None)
            if plain is not None and quick is not None:
                assert plain.start("w") == quick.start("w")
