"""Headlines and live-blog entries are written in Title Case, so their verb is capitalised too: "Minister Sarah
Hunt Says Taxes Must Rise" was one run of capitalised words and came back as the person "Sarah Hunt Says Taxes"
("Police Chief John Miller Resigns" as "John Miller Resigns"). A capitalised present-tense headline verb inside a
run ends it (stop 37; found on invented headlines, not on any gold). The first cases failed before; the guards
keep names and organisations that hold such a word at their start or are known."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("headline", "person"), [
    ("Minister Sarah Hunt Says Taxes Must Rise", "Sarah Hunt"),
    ("Police Chief John Miller Resigns", "John Miller"),
    ("Mayor Tom Okafor Warns Of Cuts To Bus Routes", "Tom Okafor"),
    ("Senator Jane Pell Denies Report On Donations", "Jane Pell"),
    ("Coach Maria Lund Vows To Stay On", "Maria Lund"),
])
def test_a_headline_verb_ends_the_name_before_it(headline: str, person: str) -> None:
    text = f"{headline}\n\nThe story follows in full below.\n"
    people = {exact for exact, label in found(text) if label == "PERSON"}
    assert people == {person}


def test_the_surname_later_names_the_person_of_the_headline() -> None:
    text = ("Minister Sarah Hunt Says Taxes Must Rise\n\n"
            "Hunt said the numbers were worrying on Tuesday.\n")
    assert ("Hunt", "PERSON") in found(text)
    assert speaker_of(text, "numbers were worrying") == ("Sarah Hunt", "named")


@pytest.mark.parametrize(("text", "entity"), [
    ("She took the case to the Small Claims Court in Leeds, her lawyer said.", ("Small Claims Court", "ORG")),
    ("The magazine Consumer Reports tested the cars, the company said.", ("Consumer Reports", "ORG")),
    ("Deputy Mayor Anna Wins said the plan would go ahead.", ("Anna Wins", "PERSON")),
])
def test_names_that_hold_such_a_word_stay_whole(text: str, entity: tuple[str, str]) -> None:
    assert entity in found(text)
