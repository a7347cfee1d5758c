"""Constructions seen in judged real articles by others in stop 42: a definite role naming the person the sentence
before was about, with capitalised words in the role or after a short leading clause ("The Teen Mom star admitted",
"In it, the British royal denied"), and a time fenced by no commas between a subject no list knows and its verb
("Visa at the time said"). Every case failed before; the last ones guard what the new rules must not take."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of


def test_a_role_with_a_capitalised_show_name_is_the_person_just_named() -> None:
    text = ("Maya Quinlan never holds back when it comes to her former castmates. The Teen Mom star recently admitted "
            "that she suggested another name to the producers.")
    assert speaker_of(text, "suggested another name") == ("Maya Quinlan", "named")


def test_a_role_after_a_short_leading_clause_is_the_previous_subject() -> None:
    text = ("Prince Edmund has told friends that the interview was a success.\n\n"
            "In it, the British royal flatly denied ever meeting the financier.")
    assert speaker_of(text, "flatly denied") == ("Edmund", "named")


def test_a_time_between_an_unlisted_subject_and_its_verb() -> None:
    text = "Veltrix at the time said it disagreed strongly with the court's decision."
    assert speaker_of(text, "disagreed strongly") == ("Veltrix", "named")


def test_a_role_after_a_leading_clause_with_nobody_named_before_stays_as_worded() -> None:
    text = "In the end, the actor said he would return next year."
    assert speaker_of(text, "would return") == ("the actor", "unnamed")

