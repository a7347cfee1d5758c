"""Compound given names ("Jean-Louis", "Anne-Marie") are in no list whole, and English frequencies count their
common halves, so "Coach Jean-Louis Gasset" was no person; a Korean given name before the surname Park made a park
("Kyung-soo Park"), and "Park said" then went to the only Park left, "Hyde Park" two paragraphs on. A speaker's
full name the entity suggester missed is read off the text ("Said Mohammed, a witness, said"), never with a title
("Lord Alli … Alli said": Alli). Found by counting the held-out errors by shape (a one-word speaker whose full name
no mention gave), never by reading them; each case here is invented and failed before but the guards."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

TEXT = """Coach Jean-Louis Gasset praised the team. "They fought for every ball," Gasset said.

Local farmer Kyung-soo Park lost his whole crop. "It is gone," Park said.

We walked through Hyde Park on Sunday.

Said Mohammed, a witness of the blast near the embassy, said guards had tried to stop the bomber.

Lord Alli spoke in the debate. "This bill is wrong," Alli said.
"""


@pytest.mark.parametrize(("name", "kind"), [("Jean-Louis Gasset", "PERSON"), ("Anne-Marie Trevelyan", "PERSON"),
                                            ("Kyung-soo Park", "PERSON"), ("Hyde Park", "PLACE")])
def test_compound_and_syllable_given_names_make_people(name: str, kind: str) -> None:
    text = f"Yesterday {name} was seen in the town centre by several residents."
    assert (name, kind) in found(TEXT + "\n" + text)


@pytest.mark.parametrize(("fragment", "speaker"), [
    ("fought for every ball", "Jean-Louis Gasset"),
    ("It is gone", "Kyung-soo Park"),
    ("guards had tried", "Said Mohammed"),
    ("This bill is wrong", "Alli"),  # (a guard: a title is no given name)
])
def test_the_speaker_is_named_in_full(fragment: str, speaker: str) -> None:
    assert speaker_of(TEXT, fragment) == (speaker, "named")


def test_a_common_word_joined_to_a_name_is_no_given_name() -> None:
    assert not any(kind == "PERSON" for _, kind in found("Hong-Kong Park is a new development. Anti-Brexit "
                                                         "campaigners met in Victoria Park."))
