"""Appositions, asides and datelines that a battery written by a helper who saw no rules showed wrong (stop 50; the
sentences here our own): a role given with a prepositional phrase ("a seismologist at Bogazici University"); a name after a role with an office ("said the mayor of the
Northern Rockies Regional Municipality, Lorraine Deschamps"); titles before a name in apposition ("Her chief rival,
former Lt. Gov. Ron Baxter, dismissed …"); a body among the titles ("Former NHL defenceman X, who …, called him …");
an aside between dashes before the verb; a dateline's town in capitals that no list knows; a body's kind after a
possessive ("according to the country's disaster agency AFAD")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


def test_a_role_given_with_where_the_person_works() -> None:
    text = ("Orhan Yilmaz, a seismologist at Istanbul's Bogazici University, warned that aftershocks could go on. "
            "\"People should not return to damaged buildings,\" the seismologist said.")
    assert speaker_of(text, "damaged buildings") == ("Orhan Yilmaz", "named")


@pytest.mark.parametrize(("role", "name"), [
    ("the mayor of the Northern Rockies Regional Municipality", "Lorraine Deschamps"),
    ("the councillor for St. James", "Bruce Halvorsen"),
    ("the mayor of Fort Nelson", "Lorraine Deschamps"),
])
def test_a_name_in_apposition_after_a_role_with_its_office(role: str, name: str) -> None:
    text = f"\"Do not go back for belongings,\" said {role}, {name}, in a video."
    assert speaker_of(text, "belongings") == (name, "named")


def test_titles_before_a_name_in_apposition_to_a_role() -> None:
    text = ("Carla Whitfield faces a crowded primary. Her chief rival, former Lt. Gov. Ron Baxter, dismissed the tax "
            "plan as “a gimmick that does not add up for anyone.”")
    assert speaker_of(text, "gimmick") == ("Ron Baxter", "named")


def test_a_body_among_the_titles_before_a_name() -> None:
    text = ("Coach Marcel Lachance died on Sunday. Former NHL defenceman Jean-Luc Perreault, who played for him as a "
            "boy, called him “the most important coach I ever had, including the pros.”")
    assert speaker_of(text, "most important coach") == ("Jean-Luc Perreault", "named")


def test_the_verb_after_an_aside_between_dashes_reports() -> None:
    text = "Statistician Mark Kowalczyk — no relation — cautioned that the results showed correlation, not causation."
    assert speaker_of(text, "correlation") == ("Mark Kowalczyk", "named")


def test_a_datelines_town_in_capitals_is_a_place() -> None:
    text = "MAKHANDA – The National Arts Festival opened on Thursday, organisers said."
    assert ("MAKHANDA", "PLACE") in found(text)
    assert ("MAKHANDA", "ORG") not in found(text)


def test_a_known_body_in_capitals_before_a_dash_stays_a_body() -> None:
    assert ("UNICEF", "ORG") in found("UNICEF – The agency said it would send more staff.")


@pytest.mark.parametrize("text", [
    "The quake hit near Malazgirt, according to the country's disaster agency AFAD.",
    "The quake killed 12 people near Malazgirt, said Turkey's disaster agency AFAD.",
])
def test_a_bodys_kind_after_a_possessive(text: str) -> None:
    assert speaker_of(text, "Malazgirt") == ("AFAD", "named")
