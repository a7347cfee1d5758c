"""English stemming undoes a doubled consonant before -ed and -ing, as Porter's step 1b says (Whoosh's port never
did: running was "runn", so `run` missed "running", `plan` "planned"; an outside tester)."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.english_stem import english_stem
from annotations.index_docs import words_analyzer

CONSONANTS = "bcdfghjkmnpqrtv"
"""Consonants Porter undoubles (not l, s, z) and that are no vowel at a word's start (not y) nor keep the e (w, x)."""


@given(st.sampled_from(CONSONANTS), st.sampled_from("aeiou"), st.sampled_from(CONSONANTS))
def test_a_doubled_consonant_before_ed_or_ing_is_undoubled(first: str, vowel: str, last: str) -> None:
    word = first + vowel + last  # "run", "stop", "plan", "ship"
    assert english_stem(word + last + "ing") == english_stem(word + last + "ed") == english_stem(word + "s") == word


@pytest.mark.parametrize(("word", "stem"), [
    ("running", "run"), ("stopped", "stop"), ("planned", "plan"), ("shipping", "ship"), ("embedded", "embed"),
    ("fishes", "fish"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("plant", "plant"),
    ("hoped", "hope"), ("filing", "file"), ("councils", "council"), ("generously", "gener"),
])
def test_other_words_stem_as_before_and_doubled_ones_as_porter_wrote(word: str, stem: str) -> None:
    assert english_stem(word) == stem


def test_the_english_analyser_uses_it() -> None:
    assert [t.text for t in words_analyzer()("Running planned stops")] == ["run", "plan", "stop"]
