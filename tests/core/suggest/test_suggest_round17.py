"""Round 17 of the suggestion rules (stop 30), from the errors on the spent real-fresh13 split: "he"/"she" after a
leading phrase that names nobody takes the previous sentence's subject; quotations that continue a speaker's
quotation keep that speaker for a later "he added"; a sentence opened by a definite role ("The security contractor
said") is the person just named; "Lord X" is X; an acronym may spell "of" ("Ministry of Manpower (MOM)"); a body or
a part of a text after "in" is no place ("in Parliament", "under Article 19"); a company is called by the words
before its head ("Haw Par" for "Haw Par Corporation") and speaks under its full name; MSP is no organisation. The
sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

CASES = [
    ("Ada Moe, 30, gave evidence today about the death of Ben Hart. The first woman tried in the harbour court since "
     "2003, she testified that the boat was already burning when she arrived.", "already burning",
     ("Ada Moe", "named")),
    ('"I was seconds from the water," Ada Moe told the harbour court. "I shouted twice at Ben Hart. He did not '
     'answer me." Acting out the events, she added "Splash, and then nothing."', "Splash, and then nothing",
     ("Ada Moe", "named")),
    ("Ben Hartley, 30, gave evidence today to the harbour court in Skellig. The security contractor said his "
     "colleagues had tried to drown him near the pier.", "tried to drown him", ("Ben Hartley", "named")),
    ("Lord Framlingham said the ferry bill was built entirely on pretence.", "built entirely on pretence",
     ("Framlingham", "named")),
    ('The aquarium\'s operator Kel Vor Corporation praised the diver. Kel Vor has pledged his family "all possible '
     'support and assistance".', "all possible support", ("Kel Vor Corporation", "named")),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_the_speaker_of_round_17_sentences(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ("Lord Framlingham said the ferry bill was wrong.", ("Framlingham", "PERSON")),
    ("The Ministry of Harbours (MOH) was told. MOH will investigate the death.", ("MOH", "ORG")),
    ("Kel Vor Corporation runs the aquarium. Kel Vor has pledged support.", ("Kel Vor", "ORG")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_round_17_names(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


@pytest.mark.parametrize(("text", "word"), [
    ("The ferry bill was debated in Parliament on Tuesday.", "Parliament"),
    ("The right to a fair hearing is set out in Article 19 of the treaty.", "Article"),
    ("The Labour MSP asked about the ferry.", "MSP"),
])
def test_round_17_not_entities(text: str, word: str) -> None:
    assert not any(exact == word for exact, _ in found(text))
