"""A name in brackets after a role or a character is an actor, as a cast is listed: "it follows local police sergeant
PJ Collins (Conleth Hill) as he investigates" gave no entity, so every later "Hill said" went to his brother Ronan Hill,
named further down (stop 48, from a judged real article; our own sentences here). The brackets are context for a name
the lists leave open (an unlisted given name before a listed surname) after a character's capitalised name, never a
name on their own."""
from __future__ import annotations

import pytest

from annotations.suggest.entities import suggest_entities
from tests.core.suggest.suggesting import speaker_of


def test_a_bracketed_actor_after_a_role_is_a_person_and_the_speaker_later() -> None:
    text = ("The drama follows police sergeant PJ Collins (Conleth Hill) as he investigates a death.\n\n"
            "Hill said he had wanted the part for years.\n\nHis brother Ronan Hill also worked on the show.")
    assert any(e.type == "PERSON" and e.exact == "Conleth Hill" for e in suggest_entities(text))
    assert speaker_of(text, "wanted the part") == ("Conleth Hill", "named")


def test_brackets_alone_make_no_person() -> None:
    text = "Prices rose sharply (Hill Street) in the spring, and the council (Green Lane) did nothing."
    assert not [e for e in suggest_entities(text) if e.type == "PERSON"]


@pytest.mark.parametrize("text", [
    "Joining the cast as the villain is rising star Kit Harper (Peaky Blinders).",
    "The suspect was arrested at a flat on the estate (Broadwater Farm), police said.",
    "Her dog (Biscuit Brown) was found safe, she said.",
    "The storm (Storm Ciaran) brought winds of 100mph to Cornwall, forecasters said.",
])
def test_brackets_after_a_noun_or_around_a_show_make_no_person(text: str) -> None:
    """An outside reviewer's cases (stop 48): only a listed family name in brackets after a character's name."""
    inside = text[text.index("(") + 1:text.index(")")]
    assert inside not in [e.exact for e in suggest_entities(text) if e.type == "PERSON"]
