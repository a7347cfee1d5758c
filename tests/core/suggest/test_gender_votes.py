"""A pronoun after a name votes for that person's gender only when it can be theirs. "Brooks said officers negotiated
with the woman and that she …" and "She was flown to a hospital, Brooks said. Her condition …" made police chief
William Brooks a woman, so "He said …" in the next paragraph found no speaker (stop 48, from a judged real article;
the sentences here are our own). A "he"/"she" after a common noun of that gender ("the woman", "his wife"), or after
the same pronoun earlier in the name's sentence, goes with that other person and is no vote."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize("text", [
    "Chief William Brooks said officers talked with the woman for an hour and that she refused to leave.\n\n"
    "He said the officers would be interviewed next week.",
    "Chief William Brooks spoke to reporters on Friday.\n\nA woman was shot in a car park.\n\n"
    "She was taken to a hospital in the city, Brooks said. Her condition was not known.\n\n"
    "He said the officers would be interviewed next week.",
])
def test_a_pronoun_that_belongs_to_someone_else_is_no_vote(text: str) -> None:
    assert speaker_of(text, "officers would be interviewed") == ("William Brooks", "named")


@pytest.mark.parametrize("text", [
    "Alex Morgan told the man at the gate that she would not leave.\n\n"
    "She said the team had trained for a month.",
    "Alex Morgan said the squad had trained hard and that she was ready.\n\n"
    "She said the team had trained for a month.",
])
def test_a_pronoun_that_can_only_be_the_person_still_votes(text: str) -> None:
    assert speaker_of(text, "trained for a month") == ("Alex Morgan", "named")


def test_a_pronoun_opening_the_next_paragraph_votes_like_one_opening_the_next_sentence() -> None:
    """"Jordan Avery won. ¶ She said …" shows Avery is a woman as much as "Jordan Avery won. She said …" does (the
    paragraph break stopped the look-up before)."""
    text = ("Jordan Avery won the final on Sunday.\n\nShe said the crowd had carried her home.\n\n"
            "Riley Chen finished second.\n\nHe said the wind had been hard.\n\n"
            "“It was the best day of my life,” she said.")
    assert speaker_of(text, "best day of my life") == ("Jordan Avery", "named")
