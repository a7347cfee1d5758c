"""Round 16 of the suggestion rules (stop 30), from the errors on the spent real-fresh12 split: children,
speakers, attendees and delegates speak unnamed ("One of the children said", "One speaker … asserted"); "this
person" is the unnamed source just quoted; a name spelled out before its acronym ("Paris Saint-Germain (PSG)") is an
organisation everywhere in the text and speaks under that name; newspapers named "Daily" ("The Daily Record", "China
Daily") are organisations; cities are found without their accents ("Montreal", "Zurich"); a given name after a kin
noun and a comma ("Kohail's brother, Sultan") and a given name before "and" and a full name ("David and Louise
Turpin") are people. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

CASES = [
    ('One of the children said, "I still dream of the locked room." However, this person also said that the family '
     "had been forgiven.", "family had been forgiven", ("one of the children", "unnamed")),
    ("One speaker, who held up a bottle of oil he had bought online, asserted this cured his back pain.",
     "cured his back pain", ("one speaker", "unnamed")),
    ("Today, the football club Harbour Saint-Germain (HSG) announced the signing of goalkeeper Ada Moe on a "
     "one-year contract.", "the signing of goalkeeper", ("Harbour Saint-Germain", "named")),
    ("The Daily Record reported five arrests were made for minor offences near the harbour.", "five arrests",
     ("Daily Record", "named")),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_the_speaker_of_round_16_sentences(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "mention"), [
    ("The club Harbour Saint-Germain (HSG) signed her. Later Harbour Saint-Germain sold her again.",
     ("Harbour Saint-Germain", "ORG")),
    ("Reporters from China Daily and the Daily Mail were there.", ("China Daily", "ORG")),
    ("Reporters from China Daily and the Daily Mail were there.", ("Daily Mail", "ORG")),
    ("Montreal has a new mayor, and Zurich will vote next week.", ("Montreal", "PLACE")),
    ("Montreal has a new mayor, and Zurich will vote next week.", ("Zurich", "PLACE")),
    ("The fight started after Kohail's brother, Sultan, insulted a girl.", ("Sultan", "PERSON")),
    ("The judge sentenced David and Louise Turpin to life in prison.", ("David", "PERSON")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_round_16_names(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


def test_a_spelled_out_organisation_is_never_a_person() -> None:
    text = "The club Harbour Saint-Germain (HSG) signed her. Later Harbour Saint-Germain sold her again."
    assert ("Harbour Saint-Germain", "PERSON") not in found(text)


def test_a_hall_of_fame_after_and_makes_no_person() -> None:
    assert ("Rock", "PERSON") not in found("In 1987 she became the first woman in the Rock and Roll Hall of Fame.")
