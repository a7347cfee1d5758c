"""Pronouns that stand for an unnamed source: 'A Pakistani security official said … ¶ He said at least seven
soldiers were killed' found no speaker for the second claim ("he" looked only for named people), and 'Officials in
the province said more than 40 people had died. ¶ They said rescue teams were searching' gave "people", a noun
inside the officials' statement, not the officials (stop 37; an outside helper's invented sentences, not any
gold). "He"/"she" now stand for the latest singular unnamed source when no person was named after it, and "they"
for the latest plural unnamed speaker over a plural inside what it said. The first cases failed before."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("A Pakistani security official said the militants had crossed from Afghanistan overnight.\n\n"
     "He said at least seven soldiers were killed in the exchange of fire.", "seven soldiers",
     ("a Pakistani security official", "unnamed")),
    ("A senior diplomat said the talks had stalled over the border question.\n\n"
     "She added that a new round could open in March.", "new round", ("a senior diplomat", "unnamed")),
    ("Officials in the province said more than 40 people had died.\n\n"
     "They said rescue teams were still searching for survivors.", "still searching",
     ("officials in the province", "unnamed")),
])
def test_a_pronoun_stands_for_the_unnamed_source_before_it(text: str, fragment: str,
                                                            speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("A security official said the militants had crossed overnight.\n\n"
     "Interior Minister Tariq Anwar visited the border post on Monday.\n\n"
     "He said the army would stay as long as needed.", "stay as long", ("Tariq Anwar", "named")),
    ("A spokeswoman said the airport would reopen on Friday.\n\n"
     "He said the delays would last a week.", "delays would last", (None, None)),
])
def test_a_person_named_since_or_another_gender_keeps_the_pronoun_from_the_source(
        text: str, fragment: str, speaker: tuple[str | None, str | None]) -> None:
    assert speaker_of(text, fragment) == speaker
