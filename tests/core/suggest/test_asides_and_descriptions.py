"""Subjects behind asides, and people named by description (stop 49; from a battery written by a helper that saw no
rules, the sentences here our own): a participle aside between subject and verb ("The lawsuit, filed Monday in
federal court, says"; "Russia, backed by China, said"; but "the report, submitted by X," names its author), a share
after a leading phrase ("In a city survey last year, 62 percent of residents said"), a source after a thing said of
("…, a measure supporters said was needed"), "the 31-year-old Swede", and "Survey" closing a body's name ("the U.S.
Geological Survey")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The lawsuit, filed Monday in federal court in Atlanta, says the drivers worked 60 hours a week.", "60 hours",
     ("the lawsuit", "unnamed")),
    ("Russia, backed by China, said the sanctions were illegal.", "were illegal", ("Russia", "named")),
    ("Iran, hit by sanctions, has said the talks are over.", "talks are over", ("Iran", "named")),
    ("Halvik Foods, hit by falling sales, said it would cut 500 jobs.", "cut 500 jobs", ("Halvik Foods", "named")),
])
def test_a_participle_aside_is_no_part_of_the_subject(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_document_submitted_by_someone_is_theirs() -> None:
    text = "But the report, submitted by Secretary General Ban Ki-Moon, noted that pirates were moving south."
    assert speaker_of(text, "pirates were moving") == ("Ban Ki-Moon", "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("In a city survey last year, 62 percent of residents said parking was a problem.", "62 percent of residents"),
    ("Parking is a serious problem, 62 percent of residents said.", "62 percent of residents"),
])
def test_a_share_after_a_leading_phrase_speaks(text: str, speaker: str) -> None:
    assert speaker_of(text, "problem") == (speaker, "unnamed")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The council voted to ban parking, a measure supporters said was needed to house people.", "was needed",
     "supporters"),
    ("The firm cut 500 jobs, a move critics say will hurt the town.", "hurt the town", "critics"),
])
def test_the_source_after_a_thing_said_of_speaks(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "unnamed")


@pytest.mark.parametrize("described", ["The 31-year-old Swede", "The Swede", "The 31-year-old Brazilian"])
def test_a_person_described_by_age_and_nationality_is_the_one_named(described: str) -> None:
    text = f"Tennis star Marta Lindgren won in three sets. {described} said afterwards that she had thought of quitting."
    assert speaker_of(text, "thought of quitting") == ("Marta Lindgren", "named")


def test_survey_closes_a_bodys_name() -> None:
    text = "The U.S. Geological Survey said the quake was centred offshore."
    assert ("U.S. Geological Survey", "ORG") in found(text)
    assert speaker_of(text, "centred offshore") == ("U.S. Geological Survey", "named")


@pytest.mark.parametrize("text", [
    "Carlos Alcaraz lost to Novak Djokovic in the final. The Spaniard said he had been outplayed.",
    "Donald Tusk met Keir Starmer in Warsaw. The Pole said the talks had been productive.",
])
def test_a_nationality_is_no_guess_between_two_people(text: str) -> None:
    assert speaker_of(text, "said")[0] not in ("Novak Djokovic", "Keir Starmer")


def test_a_survey_is_no_body() -> None:
    text = "The National Survey of Children's Health said one in five children had a condition."
    assert not any(exact.startswith("National Survey") for exact, _ in found(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("EU-wide regulators said the rules would take effect next year.", ("EU-wide regulators", "unnamed")),
    ("The forecast that was published on Friday showed a deficit of 20bn.", ("the forecast", "unnamed")),
])
def test_describing_words_and_nouns_reviewers_found(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "e") == speaker


def test_a_share_of_people_who_did_something_is_no_source() -> None:
    assert speaker_of("Last year, 40% of people who said they were lonely were under 30, the ONS found.",
                      "lonely")[0] != "40% of people who"
