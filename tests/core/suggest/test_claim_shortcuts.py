"""The claim suggester's shortcuts (for speed) find exactly what the plain regular expressions find: the
gendered pronoun after a person and the gendered-role hint before it (patterns that start with a character
class the engine skips ahead to), the check that skips the listed-sources pattern, and a sentence's words."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest.claims import _WORD, _words
from annotations.suggest.coreference import _GENDERED, _GENDERED_SCAN, _ROLE_HINT
from annotations.suggest.speaker_clause import CLAUSE_BREAK, clause_start
from annotations.suggest.unnamed import COORDINATED as _COORDINATED
from annotations.suggest.unnamed import ends_with_and_or as _ends_with_and_or

_PIECES = ["he", "her", "hers", "herself", "him", "his", "himself", "she", "He", "SHE", "hero", "the", "theme",
           "spokesman", "actress", "King", "kingMAN", "Act", "ACT", "prince", "queen", "woman", "Man", " ",
           "  ", ", ", ".", "\n", "-", "'", "’", "x", "and", "or", "And", "\t", "voters", "organizers", "AND",
           "é", "ſhe", "HİM", "_", "hıs", "Sheriff", "”", "\"", ";", ":", ",’", ",'", ",", "’", "said"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


_ROLE_HINT_PLAIN = re.compile(r"[Mm]an|[Aa]ct|[Kk]ing|[Qq]ueen|[Pp]rince|MAN|ACT|KING|QUEEN|PRINCE")


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_pronoun_scan_finds_what_the_plain_pronoun_pattern_finds(text: str) -> None:
    for pos in range(len(text) + 1):
        for stop in range(pos, min(len(text), pos + 30) + 1):
            plain = _GENDERED.search(text, pos, stop)
            quick = _GENDERED_SCAN.search(text, pos, stop)
            assert (plain is None) == (quick is None)
            if plain is not None and quick is not None:
                assert plain.span() == quick.span()
                assert bool(plain.group(1)) == bool(quick.group(1))  # he/him/his/himself


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_role_hint_finds_what_the_plain_alternation_finds(text: str) -> None:
    for pos in range(len(text) + 1):
        for stop in range(pos, min(len(text), pos + 45) + 1, 3):
            plain = _ROLE_HINT_PLAIN.search(text, pos, stop)
            quick = _ROLE_HINT.search(text, pos, stop)
            assert (plain.span() if plain else None) == (quick.span() if quick else None)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_listed_sources_pattern_matches_only_where_the_check_lets_it(text: str) -> None:
    for at in range(len(text) + 1):
        if _COORDINATED.search(text, max(0, at - 120), at) is not None:
            assert _ends_with_and_or(text, at)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("abcxyz AZ09.,'’-_\t\néß\u0130\u017f"), max_size=60))
def test_the_words_of_a_sentence_are_the_runs_of_a_to_z(text: str) -> None:
    lower = text.lower()
    assert _words(lower) == set(_WORD.findall(lower))


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_clause_starts_after_the_last_clause_break(text: str) -> None:
    for start in range(len(text) + 1):
        for verb in range(start, len(text) + 1, 2):
            plain = start
            for m in CLAUSE_BREAK.finditer(text, start, verb):
                plain = m.end()
            assert clause_start(text, start, verb) == plain
