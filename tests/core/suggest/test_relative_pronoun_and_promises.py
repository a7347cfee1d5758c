""""…, which he says …" inside a sentence stands for the sentence's subject, not a person named inside its object
("Soon after, Kaplan negotiated with the company that held rights to the Rider-Waite deck, which he says …" went to
Waite); present-tense commitments are claims ("The company now promises it will …", "The government pledges to …"),
not the nouns ("campaign promises", "…, and pledges to protect …"). Real Atlas Obscura and Salon pages judged by a
helper (stop 39). The first three fail before; the last two guard."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


def test_the_relative_clauses_he_is_the_sentence_subject() -> None:
    text = ("Stuart R. Kaplan runs a card company. Arthur Edward Waite designed the deck in 1909.\nSoon after, Kaplan "
            "negotiated with the British company that held rights to the Rider-Waite deck, which he says was not "
            "selling decks at that point.")
    assert speaker_of(text, "not selling decks") == ("Stuart R. Kaplan", "named")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The company now promises it will do a better job at screening drivers.", "better job", "the company"),
    ("The government pledges to cut emissions by half before 2030.", "cut emissions", "the government"),
])
def test_a_commitment_in_the_present(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "unnamed")


@pytest.mark.parametrize("text", [
    "The mayor broke her campaign promises on housing last year, and tenants noticed.",
    "Officials wonder if higher purchases of farm goods, promises of access to banking, and pledges to protect "
    "patents are enough.",
])
def test_the_nouns_are_no_claims(text: str) -> None:
    assert not [c for c in claims(text) if c.speaker]
