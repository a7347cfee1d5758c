"""A surname ending in "worth" (Stallworth, Duckworth, Ainsworth) hid the reporting verb after it: the check that
keeps "It's worth noting that …" (the writer's own aside) from being a claim looked only at the letters "worth "
before the verb, not at a word boundary. Battery C showed it ("Richard Stallworth said the emails, first reported
by The Washington Post, reflected …" went to "first"). The cases failed before; the last is the aside's guard."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Testifying before the committee, Richard Stallworth said the emails, first reported by The Washington Post, "
     "reflected the frustration of a few employees.", "frustration of a few", "Richard Stallworth"),
    ("Lisa Duckworth said the council would review the contract next year.", "review the contract", "Lisa Duckworth"),
    ("Tom Ainsworth told reporters that the road would reopen on Monday.", "road would reopen", "Tom Ainsworth"),
    ("Chief executive Jane Worth said the company would cut 200 jobs by the end of the year.", "cut 200 jobs",
     "Jane Worth"),  # (a reviewer's case: "Worth" a surname of its own)
])
def test_the_verb_after_the_surname_reports(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


def test_the_writers_aside_is_still_no_claim() -> None:
    assert not claims("It is worth noting that the council reviewed the contract in the spring of last year.")
