"""Names of three parts cut short (stop 37; an outside helper's invented battery, not any gold): "Ho Van Duc" came
back as "Van Duc" (a two-letter family name as common as a word was taken for a role before the name), "João Pedro
Almeida" as "Pedro Almeida" (the shipped name lists are in ASCII: "Joao" is a given name there, "João" was not),
and "Morales said", after "Javier Morales Ortega", stayed "Morales" (only a name's last words stood for it; a
Spanish name is used by its first surname). The first cases failed before; the guards keep roles before names."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


def test_a_vietnamese_family_name_opens_the_name() -> None:
    text = "Ho Van Duc estimated that about 3,000 homes had been flooded."
    assert ("Ho Van Duc", "PERSON") in found(text)
    assert speaker_of(text, "3,000 homes") == ("Ho Van Duc", "named")


def test_an_accented_given_name_is_a_given_name() -> None:
    text = ("João Pedro Almeida, who coaches the under-17 side, has lost three players this year.\n\n"
            '"The clubs here cannot compete with those salaries," Almeida said.')
    assert ("João Pedro Almeida", "PERSON") in found(text)
    assert speaker_of(text, "cannot compete") == ("João Pedro Almeida", "named")


def test_the_first_of_two_surnames_stands_for_the_person() -> None:
    text = ('Javier Morales Ortega, a union leader in Seville, called the reform "a gift to the banks".\n\n'
            "Morales said workers would march on parliament next week.")
    assert speaker_of(text, "march on parliament") == ("Javier Morales Ortega", "named")


@pytest.mark.parametrize(("text", "person"), [
    ("Motorist Dom Lawson said the road had been closed for hours.", "Dom Lawson"),
    ("Canadian MP Deepak Obhrai delivered the letter last December, his office said.", "Deepak Obhrai"),
    ("Constable Steve Barry said the road had been closed for hours.", "Steve Barry"),
])
def test_a_role_before_a_name_stays_off_it(text: str, person: str) -> None:
    assert (person, "PERSON") in found(text)
