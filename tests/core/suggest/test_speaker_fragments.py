"""What an outside tester saw accepted into notes from a real page (latimes.com.bloomberg, stop 36): fragments of a
clause taken for unnamed sources ("he’s endured a tough stretch in", "why colleagues in the late") and a
campaign stored as a person ("Bloomberg’s campaign", whose "campaign" was then suggested as a person). A pronoun
with a contraction or a question word opens no source; a body of someone is an organisation. Each failed before."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims


@pytest.mark.parametrize("text", [
    "So far, he’s endured a tough stretch in which his campaign has had to do a lot of explaining.",
    "Explaining why colleagues in the late 1980s attributed so many misogynistic remarks to him that in 1990 they "
    "memorialized the comments in a commemorative booklet.",
])
def test_a_clause_is_no_unnamed_source(text: str) -> None:
    assert [c.speaker for c in claims(text)] == [None]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Michael Bloomberg spoke in Aspen. Bloomberg’s campaign countered that he fought redlining while mayor.",
     "Bloomberg’s campaign"),
    ("The Comoros government says the rebels have fled to Mayotte.", "Comoros government"),
])
def test_a_body_of_someone_speaks_as_an_organisation(text: str, speaker: str) -> None:
    [claim] = [c for c in claims(text) if c.speaker]
    assert (claim.speaker, claim.speaker_type) == (speaker, "ORG")
