"""A body named after a sea or a gulf ("Gulf of Maine Research Institute", "Bay of Bengal Fisheries Institute") was
suggested as a place, the "<Gulf> of <Name>" pattern taking up to three capitalised words after "of"; so
"Scientists at the Gulf of Maine Research Institute in Portland say" went to Portland (battery B). Now an
organisation's head within three words makes it one organisation. The cases failed before; the last two guard
the places."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("name"), ["Gulf of Maine Research Institute", "Bay of Bengal Fisheries Institute",
                                    "Gulf of Mexico Foundation", "Republic of Ireland Football Association"])
def test_the_body_is_an_organisation(name: str) -> None:
    text = f"The {name} said on Monday that the water had warmed faster than expected."
    assert (name, "ORG") in found(text)
    assert speaker_of(text, "warmed faster") == (name, "named")


def test_scientists_there_are_not_their_town() -> None:
    text = ("Scientists at the Gulf of Maine Research Institute in Portland say the gulf has warmed faster than 99 "
            "percent of the world's oceans.")
    assert speaker_of(text, "warmed faster")[0] != "Portland"


@pytest.mark.parametrize(("text", "place"), [
    ("Pirates attacked two tankers in the Gulf of Aden on Monday.", "Gulf of Aden"),
    ("The Bay of Bengal Initiative met in Dhaka, near the Bay of Bengal coast.", "Bay of Bengal"),
])
def test_the_waters_stay_places(text: str, place: str) -> None:
    assert (place, "PLACE") in found(text)
