"""The shipped list of well-known places that are not cities or countries (resources/gazetteers/places_world.json):
rivers, deserts, ranges, regions and landmarks are found as places in running text; the list keeps the rules it was
compiled by (no "The …", nothing another gazetteer already holds, no pair of places listed as one)."""
from __future__ import annotations

import json

import pytest

from annotations.resources import resource
from tests.core.suggest.suggesting import found

LIST = json.loads((resource("gazetteers") / "places_world.json").read_text(encoding="utf-8"))
TEXT = ("The Nile floods. Climbers in the Himalayas. The Sahara spreads. Rain in South-East Asia. Storms hit the "
        "Caribbean. Tourists visited the Great Wall of China. Fighting in Darfur and Chechnya.")


@pytest.mark.parametrize("name", ["Nile", "Himalayas", "Sahara", "South-East Asia", "Caribbean", "Great Wall of China",
                                  "Darfur", "Chechnya"])
def test_listed_places_are_found(name: str) -> None:
    assert (name, "PLACE") in found(TEXT)


def test_a_pair_of_regions_is_two_places() -> None:
    got = found("Protests spread across the Middle East and North Africa last year.")
    assert {("Middle East", "PLACE"), ("North Africa", "PLACE")} <= got


def test_the_list_keeps_its_rules() -> None:
    names = LIST["PLACE"]
    assert len(names) == len(set(names)) == sum(LIST["_categories"].values())
    assert not [n for n in names if n.startswith(("The ", "the "))]
    for pair in (n for n in names if " and " in n):
        assert not all(part in names for part in pair.split(" and ")), pair
