"""A second reviewer's wordings against this stop's late rules (stop 39): none of these is a claim or an outlet, and
each was, after the rules that first allowed "maintain that", "think that", "promises", "pledges", "reads" and a
place before "newspaper"; the last cases keep what those rules are for. The first ones fail before this fix."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of


@pytest.mark.parametrize("text", [
    "The two sides maintain that position today, despite the talks.",
    "Few people think that way any more in the valley towns.",
    "The game promises to be a thriller for the home crowd on Saturday.",
    "Their pledges to the fund totalled $2 million by the end of the year.",
    "The note reads well in translation and the children liked it.",
])
def test_no_claim(text: str) -> None:
    assert not [c for c in claims(text) if c.speaker]


def test_a_place_before_newspaper_and_a_noun_stays_a_place() -> None:
    text = "Toronto newspaper columnists said the plan would fail within a year."
    assert ("Toronto", "PLACE") in found(text)
    assert speaker_of(text, "plan would fail") == ("Toronto newspaper columnists", "unnamed")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("His lawyers maintain that the accusations are false.", "accusations are false", ("his lawyers", "unnamed")),
    ("The government pledges to cut emissions by half before 2030.", "cut emissions", ("the government", "unnamed")),
    ('A sign outside the shop reads "Closed until further notice" in red letters.', "Closed until",
     ("a sign outside the shop", "unnamed")),
    ('The tweet from Vulture magazine reads, "#Hamilton show interrupted."', "show interrupted", ("Vulture", "named")),
])
def test_what_the_rules_are_for(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
