"""What a fresh-context reviewer's own sentences found wrong in this stop's rules (stop 38), each now right: "they"
was read up to the pronoun, so an object inside the first clause, or its whole verb phrase, became the speaker
("Police arrested two men in Leeds, and they said": "two men in Leeds"; now only the first clause's subject, when
it is a plural source); a possessive pronoun voted for a namesake's gender ("Priya Mehta praised his courage" made
her a man, and "Ms Mehta said" went to her brother); "the union said" fell back to the last organisation named even
when it was a company by its legal form ("The Ford Motor Co. plant … will close, the union said")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Police arrested two men in Leeds, and they said more arrests were likely.", "more arrests",
     ("police", "unnamed")),
    ("The players trained on Monday, but they said the pitch was poor.", "pitch was poor", ("the players", "unnamed")),
    ("Investigators have not determined the cause, but they said it does not appear to be suspicious.",
     "not appear to be suspicious", ("investigators", "unnamed")),
    ("Priya Mehta praised his courage. Rahul Mehta, her brother, said he was proud. Ms Mehta said she was grateful.",
     "she was grateful", ("Priya Mehta", "named")),
    ("The Ford Motor Co. plant in Louisville will close, the union said.", "plant in Louisville",
     ("the union", "unnamed")),
])
def test_the_speaker(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_named_person_opening_the_first_clause_is_no_plural_source() -> None:
    speaker = speaker_of("The minister met the union leaders in Accra, and they said the strike was over.",
                         "strike was over")
    assert speaker[0] is None or "met" not in speaker[0]
