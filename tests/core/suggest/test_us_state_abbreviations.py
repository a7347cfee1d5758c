"""US news names a town with its state abbreviated: AP style ("Paradise, Calif.", "Normal, Ill.") or a postal code
("Austin, TX", "Mansfield, MA" — tour dates, datelines, addresses). A postal code was no place at all, and a town
before an AP abbreviation was found only after a preposition ("near Bend, Ore.", not "Normal, Ill., police said").
Prompted by a blind annotator's description of a held-out article (a tour list with state abbreviations), never
by its text or errors; the cases here are invented and failed before, the last are guards."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found


@pytest.mark.parametrize(("text", "place"), [
    ("She lives in Austin, TX, with her family.", "TX"),
    ("The band plays the Xfinity Center in Mansfield, MA, on June 5.", "MA"),
    ("The company moved its offices to Boston, MA.", "MA"),
    ("Normal, Ill., police said the water was safe.", "Normal"),
    ("The Hope, Ark., native won the race on Sunday.", "Hope"),
])
def test_a_state_abbreviated_after_a_town(text: str, place: str) -> None:
    assert (place, "PLACE") in found(text)


@pytest.mark.parametrize("text", ["Smith, CA and others left the meeting early.", "He said OK, IN THE END it worked.",
                                  "The Hope, Ark., native won the race on Sunday."])
def test_no_postal_code_without_a_place_before_it(text: str) -> None:
    assert not any(words in ("CA", "OK", "IN", "The Hope") for words, _ in found(text))
