"""Sources that put out a statement: a named person described between commas before the verb is the speaker
(not the description), a verb and its statement before "saying" belong to the subject, and a source after its verb
ends where the way it spoke begins ("… in a statement")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize("text", [
    'Maria Olsen, a local nurse, released a statement saying, "It is vital to act now."',
    'Maria Olsen, a local nurse, issued a statement: "It is vital to act now."',
    'Maria Olsen, 54, issued a statement: "It is vital to act now."',
])
def test_a_named_subject_described_between_commas_speaks(text: str) -> None:
    assert speaker_of(text, "vital") == ("Maria Olsen", "named")


def test_a_statement_put_out_before_saying_is_the_subjects() -> None:
    assert speaker_of('A local nurse released a statement saying, "It is vital to act now."', "vital") == \
        ("a local nurse", "unnamed")


def test_a_source_after_its_verb_stops_before_how_it_spoke() -> None:
    text = ('Crews searched the reef. "We are collecting any debris to find out," said the office of the harbour '
            'master in a statement reported by the local paper.')
    assert speaker_of(text, "collecting") == ("the office of the harbour master", "unnamed")


def test_a_statement_described_by_a_participle_is_still_the_subjects() -> None:
    """'… released a statement boycotting the contest saying': the speaker phrase held the verb and its object."""
    text = 'A local nurse released a statement boycotting the new rules saying, "It is vital to act now."'
    assert speaker_of(text, "vital") == ("a local nurse", "unnamed")
