"""Names as English-language papers across the world write them (stop 37; a second outside helper's thirty invented
articles, not any gold): joined initials ("H.R. Nagaraj Gowda" came back as "H." and "Nagaraj Gowda"; "BJP MLA
C.N. Muniraju said" gave the party), titles the lists lacked ("Madam Koh Siew Lan", "Hajia Aisha Lawan Bello",
"Alhaji", an "MLA" before a name), particles ("Ramon dela Peña" was "Ramon", "Ciarán Ó Murchú" no person), a given
name before a surname that is also a place ("Aisha Lawan Bello" was "Lawan Bello"), and companies by their legal
form ("Bayou Correctional Health LLC" was "LLC") or their first word later ("Halvorsen also said", after
"Halvorsen Foods Inc"). The first cases failed before; the guards keep acronyms and known names."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"We will not raise tanker rates," Urban Development Minister H.R. Nagaraj Gowda announced on Tuesday.',
     "tanker rates", ("H.R. Nagaraj Gowda", "named")),
    ('"The roads are ready for the monsoon," BJP MLA C.N. Muniraju said.', "roads are ready",
     ("C.N. Muniraju", "named")),
    ('"The market will stay open," said Madam Koh Siew Lan, a hawker.', "stay open", ("Koh Siew Lan", "named")),
    ("The Kano State Commander of the NDLEA, Hajia Aisha Lawan Bello, said two suspects were arrested.",
     "two suspects", ("Aisha Lawan Bello", "named")),
    ("Senator Ramon dela Peña said the budget would pass before the recess.", "budget would pass",
     ("Ramon dela Peña", "named")),
    ("Minister for Health Ciarán Ó Murchú told the Dáil that the waiting lists had grown.", "waiting lists",
     ("Ciarán Ó Murchú", "named")),
    ("Bayou Correctional Health LLC said it had followed every rule.", "followed every rule",
     ("Bayou Correctional Health LLC", "named")),
    ("Halvorsen Foods Inc reported a loss for the quarter.\n\nHalvorsen also said it would cut about 400 jobs.",
     "cut about 400 jobs", ("Halvorsen Foods Inc", "named")),
])
def test_the_whole_name_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "entity"), [
    ("J.K. Rowling said the book was finished at last.", ("J.K. Rowling", "PERSON")),
    ("The U.S. Navy said the ship had been repaired.", ("U.S. Navy", "ORG")),
    ("Nordvik Shipping ASA agreed to buy the fleet for $1.2 billion.", ("Nordvik Shipping ASA", "ORG")),
    ("Joaquin Phoenix said the film had been hard to make.", ("Joaquin Phoenix", "PERSON")),
    ("Labour MP Jane Pell said the bill would fail at second reading.", ("Jane Pell", "PERSON")),
])
def test_names_found_whole(text: str, entity: tuple[str, str]) -> None:
    assert entity in found(text)


def test_a_capital_abbreviation_of_a_country_stays_no_company() -> None:
    assert speaker_of("The SA government said the plan would work.", "plan would work") == \
        ("the SA government", "unnamed")
