"""People referred to again (stop 37; an outside helper's invented battery, not any gold): "Li Wen, 28, moved to
Shenzhen … ¶ "I sent money home," he said" found no speaker — the shipped surname lists keep names of three letters
or more, so "Li", "Wu", "Xu", "Ho" were no family names and "Li Wen" no person; and "The 45-year-old told the BBC",
opening a sentence, was not read as the person named before ("the 45-year-old" was, inside one). The first cases
failed before; the guards keep the words that are English first."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


def test_a_two_letter_family_name_makes_a_person_whom_he_stands_for() -> None:
    text = ("Li Wen, 28, moved to Shenzhen in 2018 to work in an electronics factory. Last year the factory "
            'closed.\n\n"I sent money home every month," he said.')
    assert ("Li Wen", "PERSON") in found(text)
    assert speaker_of(text, "sent money home") == ("Li Wen", "named")


@pytest.mark.parametrize(("text", "person"), [
    ("Wu Chi-wai of the Democratic Party was elected on Sunday, officials said.", "Wu Chi-wai"),
    ("Xu Lin, a spokesman for the city, said the water was safe.", "Xu Lin"),
])
def test_other_two_letter_family_names(text: str, person: str) -> None:
    assert (person, "PERSON") in found(text)


def test_the_age_opening_a_sentence_stands_for_the_person_named_before() -> None:
    text = ("Grzegorz Lis was jailed for six years in 2015 for a robbery.\n\n"
            "The 45-year-old told the BBC that new DNA evidence proved his innocence.")
    assert speaker_of(text, "DNA evidence") == ("Grzegorz Lis", "named")


@pytest.mark.parametrize("text", [
    "He Said, She Said is a film about two reporters.",
    "Oh Well was the band's first single, the label said.",
    "Do Not Disturb signs hung on every door, the manager said.",
])
def test_english_words_are_no_family_names(text: str) -> None:
    assert not [e for e in found(text) if e[1] == "PERSON"]
