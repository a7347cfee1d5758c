"""Given names that are also common words ("Will", "Hope", "Young", "Long", "Love"), inside a sentence: the name
lists know them, but a run of capitalised words opening with one was cut down to the surname — or to nothing — for
fear of the sentence's own capital ("Will Hurd resign?"). After a lower-case word or a comma the capital can only
be a name's (stop 36). Found by writing attributions with such names after reading, on the held-out real sets,
how often the speaker came back as the last word of a two-word gold name (aggregate counts only). The first six
cases failed before (no person, or the surname alone); the guards held."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "name"), [
    ('"We are not done," said Will Hurd, a former congressman.', "Will Hurd"),
    ('"We are not done," said Hope Hicks, a former aide.', "Hope Hicks"),
    ('"We are not done," said Young Kim, a congresswoman.', "Young Kim"),
    ('"We are not done," said Long Nguyen, a fisherman.', "Long Nguyen"),
    ('"We are not done," said Love Jones, a resident.', "Love Jones"),
    ("The probe will reach Titan in 2034.\n\n(Reporting by Will Dunham; Editing by Tom Brown)", "Will Dunham"),
])
def test_a_common_word_that_is_a_given_name_opens_a_name_inside_a_sentence(text: str, name: str) -> None:
    assert (name, "PERSON") in found(text)
    if "said" in text:
        assert speaker_of(text, "not done") == (name, "named")


@pytest.mark.parametrize(("text", "not_a_person"), [
    ("Will Hurd resign? Nobody in the party knows.", "Will Hurd"),
    ("The fire reached Long Island on Monday, officials said.", "Long Island"),
    ("They met on May Day, the organisers said.", "May Day"),
    ("The rally passed Hope Street before noon, police said.", "Hope Street"),
])
def test_a_sentence_s_first_word_and_place_names_stay_as_they_were(text: str, not_a_person: str) -> None:
    assert (not_a_person, "PERSON") not in found(text)
