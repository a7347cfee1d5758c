"""The subject of a clause, not a stretch across two (stop 48; from judged BBC articles, the sentences here our own).
"The government has resisted calls to publish the advice, saying …" found no speaker: the stretch before the participle
held "has", which no source phrase may. "The minister was accused of hiding the papers, and some officials say …" gave
"hiding the papers, and some officials" as one list of sources: a comma before "and" after a single item starts a new
clause (a list of three keeps its serial comma)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The government has resisted calls to publish the full advice, saying such papers are always kept private.",
     "always kept private", ("the government", "unnamed")),
    ("The ministry had refused to comment for weeks, saying the inquiry was still open.", "inquiry was still",
     ("the ministry", "unnamed")),
])
def test_the_subject_before_an_auxiliary_speaks_through_the_participle(text: str, fragment: str,
                                                                       speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_passive_subject_is_no_speaker_of_the_participle() -> None:
    assert speaker_of("The claim has been rejected by several ministers, saying it was false.", "it was false") \
        != ("the claim", "unnamed")


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The minister was accused of hiding the papers, and some officials say the papers are lost.", "papers are lost",
     ("some officials", "unnamed")),
    ("Black voters, campaign organizers, and veteran volunteers said the turnout was high.", "turnout was high",
     ("black voters, campaign organizers, and veteran volunteers", "unnamed")),
])
def test_a_comma_before_and_lists_sources_only_after_a_list(text: str, fragment: str,
                                                           speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
