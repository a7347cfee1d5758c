"""Issue 20, round 3: general rules of English naming that real news by others needed (people named like
a company or a town, middle initials, capitalised particles, organisations with heads and acronyms).
Sentences written for these tests; the people and most bodies are invented."""
from __future__ import annotations

from annotations.suggest.entities import suggest_entities


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.exact, s.type) for s in suggest_entities(text) if s.type in ("PERSON", "ORG", "PLACE")}


def _names(text: str) -> dict[str, str | None]:
    return {s.exact: s.name for s in suggest_entities(text)}


def test_a_middle_initial_is_no_acronym() -> None:
    text = "The petition was signed by Walter A. Quimby Reed on Monday. Walter said it was overdue."
    assert ("Walter A. Quimby Reed", "PERSON") in _found(text)
    assert _names(text)["Walter"] == "Walter A. Quimby Reed"
    names = _names("Odile Brandt chairs the board. The plan is by Odile K. Brandt, a lawyer. Brandt said so.")
    assert names["Odile Brandt"] == "Odile K. Brandt" and names["Brandt"] == "Odile K. Brandt"


def test_a_given_name_before_a_company_word_is_its_namesake() -> None:
    text = "The shelter was paid for by Edwin R. Reuters, a retired farmer. Reuters said he wanted no thanks."
    found = _found(text)
    assert ("Edwin R. Reuters", "PERSON") in found and ("Reuters", "PERSON") in found
    assert ("Reuters", "ORG") not in found
    assert ("Reuters", "ORG") in _found("The agency Reuters reported the fire.")


def test_a_given_name_before_a_town_is_a_person_named_like_it() -> None:
    text = "The award went to Marguerite Houston and Tobias Lund. Houston thanked her teachers in Dallas."
    found = _found(text)
    assert ("Marguerite Houston", "PERSON") in found and ("Houston", "PERSON") in found
    assert ("Dallas", "PLACE") in found
    assert ("Houston", "PLACE") in _found("The plant near Houston closed.")


def test_a_state_name_inside_a_longer_place_is_no_given_name_and_a_title_no_surname() -> None:
    found = _found("She is the niece of South Carolina Congressman Amos Pettibone.")
    assert ("South Carolina", "PLACE") in found and ("Amos Pettibone", "PERSON") in found
    assert not any("Congressman" in exact for exact, _ in found)


def test_a_capitalised_particle_stays_with_the_surname() -> None:
    names = _names("The cast includes Renato De Vittori and Lise Van Aalst. De Vittori left early.")
    assert names["De Vittori"] == "Renato De Vittori"
