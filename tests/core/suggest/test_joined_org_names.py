"""An organisation's name may join two common nouns with "and" after a place or another noun: "Canada Mortgage and
Housing Corporation", "Kenya Ports and Harbours Authority". Only a single word before "and" was joined ("Food and
Drug Administration"); with two, the first part was taken for a list's first item, so the text got the place and
"Housing Corporation" — and the claim's speaker was "Housing Corporation" (an outside helper's invented Canadian
article, stop 37; seen again in real texts: "Iwate Prefecture Agricultural and Fisheries Department", "United
Restaurant and Tavern Owners Association"). The cases failed before; the lists stay two names."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize("name", ["Canada Mortgage and Housing Corporation", "Kenya Ports and Harbours Authority",
                                  "Alder Fishing and Boating Association",
                                  "Iwate Prefecture Agricultural and Fisheries Department",
                                  "United Restaurant and Tavern Owners Association"])
def test_two_common_nouns_joined_make_one_name(name: str) -> None:
    text = f"The {name} said on Tuesday that rents had risen 14 per cent in a year."
    assert (name, "ORG") in found(text)
    assert speaker_of(text, "rents had risen") == (name, "named")


@pytest.mark.parametrize(("text", "names"), [
    ("Ceres Robotics and Tyvak Nano-Satellite Systems Inc won contracts.", {"Tyvak Nano-Satellite Systems Inc"}),
    ("The deal will be dealt to Big Machine and The Carlyle Group.", {"Carlyle Group"}),
    ("Southern California Edison and San Diego Gas Company agreed.", {"San Diego Gas Company"}),
])
def test_a_list_of_two_names_stays_two(text: str, names: set[str]) -> None:
    orgs = {words for words, kind in found(text) if kind == "ORG"}
    assert names <= orgs and not any(" and " in o for o in orgs)
