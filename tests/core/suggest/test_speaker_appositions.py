"""A subject followed by an apposition fenced by commas, then a verb with an object rather than "that": "The
company, Acme Ltd, reported a loss of $4m" gave the object "a loss of $4m" as an unnamed source (the comma
before the verb was read as '"…," reported X', the source after the verb), and "Her husband, a retired teacher,
said" gave the apposition, not the husband (stop 37; invented sentences, not any gold). The subject is the
name in the apposition, else the noun phrase before it. The first cases failed before; the guards are the
inverted attributions that must stay."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The company, Acme Ltd, reported a loss of $4m in the first quarter.", "a loss of", ("Acme Ltd", "named")),
    ("The regulator, Ofwat, reported a rise in complaints over the year.", "rise in complaints",
     ("Ofwat", "named")),
    ("The company, Acme Ltd, announced a new chief executive on Monday.", "new chief executive",
     ("Acme Ltd", "named")),
    ("Her husband, a retired teacher, said she was innocent of every charge.", "innocent",
     ("her husband", "unnamed")),
    ("Two neighbours, both in their seventies, said the fire started at night.", "fire started",
     ("two neighbours", "unnamed")),
])
def test_the_subject_before_or_in_the_apposition_speaks(text: str, fragment: str,
                                                          speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The route will close for a month, said a spokesman for the council.", "route will close",
     ("a spokesman for the council", "unnamed")),
    ("Prices will keep rising in London, warned Jane Pell, an economist at Acme Ltd.", "keep rising",
     ("Jane Pell", "named")),
    ("The regulator, Ofwat, warned that bills would rise.", "bills would rise", ("Ofwat", "named")),
    ("His lawyer, Tom Bell, argued that the case was weak.", "case was weak", ("Tom Bell", "named")),
])
def test_inverted_attributions_and_named_appositions_stay(text: str, fragment: str,
                                                          speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_passive_after_the_apposition_names_no_source() -> None:
    text = "The six-member team, which consists entirely of students, had been denied visas until last week."
    found = [c for c in claims(text) if "denied visas" in c.exact]
    assert all(c.speaker is None for c in found)
