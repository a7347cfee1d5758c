"""Sources that put out a statement: a named person described between commas before the verb is the speaker
(not the description), a verb and its statement before "saying" belong to the subject, and a source after its verb
ends where the way it spoke begins ("… in a statement")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


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


@pytest.mark.parametrize(("text", "body"), [
    ('"Two patients were hurt," a Palmetto Health spokesperson said.', "Palmetto Health"),
    ('"It was pure chance," said a spokesman for the European Naval Force.', "European Naval Force"),
    ('"We are investigating," said a spokeswoman for Kelvor Maritime.', "Kelvor Maritime"),
    ('"We are investigating," Kelvor Maritime officials said.', "Kelvor Maritime"),
])
def test_a_body_a_spokesperson_speaks_for_is_an_organisation_and_the_speaker(text: str, body: str) -> None:
    """No list names these bodies: the spokesperson or officials say they are organisations (the guidelines make a
    spokesperson for a named body that body)."""
    assert (body, "ORG") in found(text)
    assert speaker_of(text, text[1:10]) == (body, "named")


@pytest.mark.parametrize("text", ['"We are investigating," other Iraqi officials said. Other Iraqi officials agreed.',
                                  '"We are investigating," a Trump spokesman said.',
                                  '"Nobody was hurt," Two Amtrak employees told the paper.'])
def test_a_person_a_nationality_or_a_number_before_officials_is_no_organisation(text: str) -> None:
    assert not any(label == "ORG" and words.startswith(("Other", "Trump", "Two")) for words, label in found(text))


@pytest.mark.parametrize(("text", "speaker"), [
    ("Crown Prince Halvard Ek met the fishermen on Monday. The Prince was keen to stress that the quotas were safe.",
     ("Halvard Ek", "named")),
    ("Anna Berg was quick to point out that the wall had held.", ("Anna Berg", "named")),
    ("Officials were at pains to stress that nobody was hurt.", ("officials", "unnamed")),
])
def test_keen_to_stress_reports_like_stressed(text: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, "that") == speaker


def test_who_was_told_is_not_the_speaker_and_one_of_a_group_is_a_person() -> None:
    """'…," Mythobisi Sabelo, one of the protesters, told Al Jazeera': the outlet was told, it did not speak; and
    'X, one of the protesters,' is apposition, person evidence for names no list holds."""
    text = ('"There are foreigners working everywhere in our field," Tandeka Mbalosi, one of the protesters, '
            'told Al Jazeera in the city.')
    assert ("Tandeka Mbalosi", "PERSON") in found(text)
    assert speaker_of(text, "foreigners") == ("Tandeka Mbalosi", "named")


def test_an_outlet_told_is_no_speaker_when_the_subject_is_unknown() -> None:
    text = '"There are foreigners working everywhere," Mbalosi Tandeka Ngwe, of the township, told Al Jazeera.'
    assert speaker_of(text, "foreigners")[0] != "Al Jazeera"
