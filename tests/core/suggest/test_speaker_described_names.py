"""A person named after a description of them: '"…," said 19-year-old student Mei Lin Tan', '"…," said a furious
Declan Murphy', 'One survivor, 23-year-old Mohammed Darwish, said', '"…," said one resident, Fatima Zahra Benali'.
The first two found no speaker (only "the/its/his…" descriptions were read before a name after the verb), the
last two the description as an unnamed source, though the text names the person (stop 37; an outside helper's
invented sentences, not any gold). The first cases failed before; the guards keep descriptions that name no one
and things the person made."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"I have never seen anything like it," said 19-year-old student Mei Lin Tan.', "never seen",
     ("Mei Lin Tan", "named")),
    ('"It is a complete betrayal," said a furious Declan Murphy, who has run the pub for 30 years.',
     "complete betrayal", ("Declan Murphy", "named")),
    ("One survivor, 23-year-old Mohammed Darwish, said the boat had been at sea for four days.",
     "at sea for four days", ("Mohammed Darwish", "named")),
    ('"Nobody from the council has come to see us," said one resident, Fatima Zahra Benali.', "Nobody from",
     ("Fatima Zahra Benali", "named")),
    ("Another witness, the 45-year-old Tomasz Nowak, said he heard two shots.", "heard two shots",
     ("Tomasz Nowak", "named")),
])
def test_the_person_named_after_a_description_speaks(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('"We will rebuild," said one resident, who asked not to be named.', "rebuild", ("one resident", "unnamed")),
    ("One survivor, aged 23, said the boat had been at sea for four days.", "at sea", ("one survivor", "unnamed")),
    ('"The data are clear," said a report by the Acme Institute.', "data are clear",
     ("Acme Institute", "named")),
])
def test_descriptions_that_name_no_one_stay(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
