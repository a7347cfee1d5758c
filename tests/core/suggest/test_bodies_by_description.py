"""Bodies and people as international reporting names them (stop 49; from a battery written by a helper that saw no
rules, the sentences here our own): an organisation described in apposition is what "the <description>" is later
("Human Rights Watch, a New York-based group, … The New York-based group said"); Malaysian and Indian honorifics
before a name ("Datuk", "Shri"; not "Seri", "Tun", "Puan": names elsewhere); an unnamed source after a wire dateline
("TEHRAN (AFP) - Iranian state television said")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Human Rights Watch, a New York-based group, published a report. The New York-based group said it had "
     "interviewed 31 witnesses.", "31 witnesses", "Human Rights Watch"),
    ("The Syrian Observatory for Human Rights, a Britain-based war monitor, counted 40 dead. The war monitor said the "
     "fighting was the deadliest in months.", "deadliest", "Syrian Observatory for Human Rights"),
    ("Hezbollah, an Iran-backed group, fired rockets. The Iran-backed group announced that two fighters had died.",
     "two fighters", "Hezbollah"),
])
def test_a_body_is_what_its_description_refers_to(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


def test_a_description_given_to_two_bodies_is_no_one() -> None:
    text = ("Amnesty International, a London-based monitor, and Human Rights Watch, a New York-based monitor, wrote. "
            "The monitor said the arrests must stop.")
    assert speaker_of(text, "arrests must stop")[0] not in ("Amnesty International", "Human Rights Watch")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Natural Resources Minister Datuk Wan Hasnul Azhar said the sector would reopen.", "Wan Hasnul Azhar"),
    ("Finance Minister Sri Mulyani Indrawati said the sector would reopen.", "Sri Mulyani Indrawati"),
])
def test_honorifics_are_no_part_of_the_name(text: str, speaker: str) -> None:
    assert speaker_of(text, "would reopen") == (speaker, "named")


def test_an_unnamed_source_after_a_dateline() -> None:
    text = "TEHRAN (AFP) - Iranian state television said on Saturday that five people had been arrested."
    assert speaker_of(text, "five people") == ("Iranian state television", "unnamed")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Amnesty International, a London-based rights group, criticised the law. On Tuesday, Greenpeace joined the "
     "protest. The group said it would occupy the square.", "Greenpeace"),
    ("Apple, a company that makes iPhones, said sales rose. Google said its ad revenue fell. The company said it "
     "would occupy the square.", "Google"),
])
def test_a_noun_any_body_goes_by_is_not_taken_by_a_description(text: str, speaker: str) -> None:
    assert speaker_of(text, "occupy the square") == (speaker, "named")


def test_a_place_that_spoke_is_no_based_group() -> None:
    text = "Israel said the strike hit a depot. The Beirut-based group said the strike hit a school."
    assert speaker_of(text, "hit a school")[0] != "Israel"


@pytest.mark.parametrize(("text", "speaker"), [
    ("Seri Pakdee, a Thai rice farmer, said the harvest was poor.", "Seri Pakdee"),
    ("Tun Tun Aung, a Myanmar activist, said the harvest was poor.", "Tun Tun Aung"),
    ("Indonesian House Speaker Puan Maharani said the harvest was poor.", "Puan Maharani"),
])
def test_names_that_are_honorifics_elsewhere_stay_names(text: str, speaker: str) -> None:
    assert speaker_of(text, "harvest was poor") == (speaker, "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("Chamber of Commerce members said the rule was unfair.", ("Chamber of Commerce members", "unnamed")),
    ("Visitors to the Chamber of Horrors said the rule was unfair.", (None, None)),
])
def test_a_chamber_of_horrors_is_no_body_and_members_speak(text: str, speaker: tuple[str | None, str | None]) -> None:
    assert speaker_of(text, "rule was unfair") == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    ("Save the Children, a London-based charity, said 10,000 children had died. The charity said it was "
     "horrified.", "Save the Children"),
    ("Harvard, an Ivy League university, said fees would rise. The university said it was horrified.", "Harvard"),
])
def test_a_body_a_noun_describes_while_it_is_the_latest(text: str, speaker: str) -> None:
    assert speaker_of(text, "horrified") == (speaker, "named")


def test_a_second_honorific_after_a_first() -> None:
    assert speaker_of("Dato' Seri Anwar Ibrahim told reporters the plan would go ahead.", "go ahead") \
        == ("Anwar Ibrahim", "named")


def test_a_body_that_spoke_is_no_based_group_of_another_kind() -> None:
    text = "The White House said the talks had gone well. The Washington-based group said the deal was weak."
    assert speaker_of(text, "deal was weak")[0] != "White House"



def test_the_force_is_the_police_force_named() -> None:
    text = "Greater Manchester Police said two men were arrested. The men remain in custody, the force said."
    assert speaker_of(text, "remain in custody") == ("Greater Manchester Police", "named")


def test_the_force_may_be_a_force_named_so() -> None:
    text = "The US Air Force flew two sorties. The pilots returned safely, the force said."
    assert speaker_of(text, "returned safely") == ("US Air Force", "named")


def test_the_force_is_no_body_of_another_kind() -> None:
    text = "Acme Holdings said profits fell. The shares dropped, the force said."
    assert speaker_of(text, "shares dropped")[0] != "Acme Holdings"


def test_a_newsletter_names_its_outlet() -> None:
    assert speaker_of("Industry newsletter Platformer reported that the firm had lost 50,000 subscribers.",
                      "50,000") == ("Platformer", "named")


@pytest.mark.parametrize("other", ["The Police Federation", "The Independent Office for Police Conduct"])
def test_the_force_is_no_body_about_the_police(other: str) -> None:
    text = f"{other} said officers were exhausted. The force said it had enough staff."
    assert speaker_of(text, "enough staff") == ("the force", "unnamed")
