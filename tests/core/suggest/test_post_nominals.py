"""Letters after a name ("Jonathan Reeve KC", "Jane Pell MP", "Sir Ian Blair QC"): a capitalised run ending in them
was judged as a whole and the all-capital word made it no person, so in court reporting the prosecutor's words
("Jonathan Reeve KC, for the prosecution, said Benali had bought the knife") went to the defendant named before
(stop 37; an outside helper's invented court report, not any gold). The letters are now left off the name, as a
generation suffix is; titles before a name stay off the speaker too ("Justice Wanjiru Kamau" → "Wanjiru
Kamau"). The first cases failed before."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

TRIAL = ("The trial of Samir Benali continued at the Old Bailey on Tuesday.\n\n"
         "Jonathan Reeve KC, for the prosecution, said Benali had bought the knife two days before the attack.\n\n"
         'He told jurors the killing was "planned and deliberate".\n')


def test_the_prosecutor_with_letters_after_the_name_speaks_not_the_defendant() -> None:
    assert ("Jonathan Reeve", "PERSON") in found(TRIAL)
    assert speaker_of(TRIAL, "bought the knife") == ("Jonathan Reeve", "named")
    assert speaker_of(TRIAL, "told jurors") == ("Jonathan Reeve", "named")


@pytest.mark.parametrize(("text", "person"), [
    ("Jane Pell MP said the bill would fail at its second reading.", "Jane Pell"),
    ("Tomasz Nowak QC told the inquiry the records had been destroyed.", "Tomasz Nowak"),
    ("Amara Okafor OBE said the charity would close its Leeds office.", "Amara Okafor"),
])
def test_letters_after_a_name_are_left_off_it(text: str, person: str) -> None:
    assert (person, "PERSON") in found(text)
    assert speaker_of(text, text.split(" ", 4)[4][:20]) == (person, "named")


def test_a_judge_s_title_is_left_off_the_speaker() -> None:
    text = 'In her ruling, Justice Wanjiru Kamau wrote that the government had acted "beyond its powers".'
    assert speaker_of(text, "acted") == ("Wanjiru Kamau", "named")
