"""Two sources named one step away (stop 36, from errors read on the spent sets): a role given to a person in
apposition after "according to" or a verb, when the role has a possessive ("According to the Afghan team's coach,
Alireza Mehraban, …" — as "a spokesman for the ministry, Omar Haddad" already was), and a document issued by an
organisation named before by its head noun alone ("The statement released by the Council …", after "the Supreme
Council of the Armed Forces"). The first four cases failed before; the last two are guards that held."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of

ARMY = "The Supreme Council of the Armed Forces met on Sunday.\n"
MINISTRY = "The Ministry of Health met on Monday.\n"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("According to the team's coach, Ana Reyes, the robot won two rounds.", "robot", ("Ana Reyes", "named")),
    ('"We won," said the team’s coach, Ana Reyes.', "We won", ("Ana Reyes", "named")),
    (ARMY + "The statement released by the Council also announced a new prime minister.", "prime minister",
     ("Supreme Council of the Armed Forces", "named")),
    (MINISTRY + "A statement issued by the ministry said the border would reopen.", "border",
     ("Ministry of Health", "named")),
    ("According to a spokesman for the ministry, Omar Haddad, the talks will resume.", "talks",
     ("Omar Haddad", "named")),
    ("According to the report, Smith left the company in March.", "Smith left", ("the report", "unnamed")),
])
def test_the_person_given_a_role_and_the_issuer_of_a_document_speak(text: str, fragment: str,
                                                                    speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
