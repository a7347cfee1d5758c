"""The claim suggester's shortcuts (for speed) find exactly what the plain regular expressions find: the
pronoun after a person from one pass over the text, the gendered-role hint from one pass, and the check that
skips the listed-sources pattern."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest.coreference import _GENDERED, _ROLE_HINT, _within, first_pronoun
from annotations.suggest.speakers import _COORDINATED, _ends_with_and_or

_PIECES = ["he", "her", "hers", "herself", "him", "his", "himself", "she", "He", "SHE", "hero", "the", "theme",
           "spokesman", "actress", "King", "kingMAN", "Act", "ACT", "prince", "queen", "woman", "Man", " ", "  ",
           ", ", ".", "\n", "-", "'", "’", "x", "and", "or", "And", "\t", "voters", "organizers", "AND", "é"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_first_pronoun_from_one_pass_is_what_a_search_finds(text: str) -> None:
    pronouns = list(_GENDERED.finditer(text))
    starts = [m.start() for m in pronouns]
    for pos in range(len(text) + 1):
        for stop in range(pos, min(len(text), pos + 30) + 1):
            plain = _GENDERED.search(text, pos, stop)
            quick = first_pronoun(text, pronouns, starts, pos, stop)
            assert (plain.span(), plain.groups()) == (quick.span(), quick.groups()) if plain and quick \
                else plain is quick is None


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_a_role_hint_from_one_pass_is_what_a_search_finds(text: str) -> None:
    spans = [m.span() for m in _ROLE_HINT.finditer(text)]
    starts = [a for a, _ in spans]
    for hi in range(len(text) + 1):
        lo = max(0, hi - 45)
        assert _within(spans, starts, lo, hi) == (_ROLE_HINT.search(text, lo, hi) is not None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_listed_sources_pattern_matches_only_where_the_check_lets_it(text: str) -> None:
    for at in range(len(text) + 1):
        if _COORDINATED.search(text, max(0, at - 120), at) is not None:
            assert _ends_with_and_or(text, at)
