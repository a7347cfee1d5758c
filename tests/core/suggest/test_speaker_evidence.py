"""Evidence speaking as the subject of a claim (stop 36): "carbon dating showed", "Spectral observations indicated",
"The census, in 2011, showed" — a test, a measurement or a count is the source, worded as the text words it and
unnamed, as "the autopsy showed" already was. Found by counting, on the held-out real sets, the claims whose
speaker came back empty while the gold speaker's words stand in the claim's own sentence (22 of 51 empty ones;
aggregate counts only), then reading such claims in the spent sets ("carbon dating showed it to be …", "Spectral
observations of 1950DA indicated …", "the latest count, from 2019, showed 88"). 10 of the 19 cases failed before
(3 gerunds, 4 rarer opening words, 3 times); "the dating of the blade" and "released on Monday" held already, and
the guards must keep holding: a name stays a name, "those attending" and "seismic data" stay as they were, a
participle clause after a noun is still cut off ("a study documenting abuses", "the man running the shop").
On the held-out sets the empty speakers were not of these kinds (602 of 785 right before and after)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of

FOUND = "The tool was found on the beach near the town last spring"


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    (FOUND + ". Carbon dating showed it to be 50,000 years old.", "50,000", ("carbon dating", "unnamed")),
    (FOUND + ". The dating of the blade showed it to be 50,000 years old.", "50,000",
     ("the dating of the blade", "unnamed")),
    ("Radiocarbon dating suggests the bones are about 3,000 years old.", "bones", ("radiocarbon dating", "unnamed")),
    ("Brain imaging revealed that the patients had lost grey matter.", "grey matter", ("brain imaging", "unnamed")),
])
def test_a_gerund_is_the_head_of_the_subject_not_a_participle_clause(
        text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Spectral observations indicated that the asteroid is metallic.", "metallic",
     ("spectral observations", "unnamed")),
    ("Genomic analysis suggests that the two groups split long ago.", "split", ("genomic analysis", "unnamed")),
    ("People living nearby said the blast shook their windows.", "blast", ("people", "unnamed")),
    ("Polling conducted last week showed the mayor ahead by ten points.", "ahead", ("polling", "unnamed")),
])
def test_a_rarer_word_opening_a_sentence_is_a_common_one_when_lower_case_words_follow(
        text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("The latest count, from 2019, showed 88 different types of vegetation.", "vegetation",
     ("the latest count", "unnamed")),
    ("The census, in 2011, showed that the town had 4,000 people.", "4,000", ("the census", "unnamed")),
    ("The latest figures, from March, showed a fall in unemployment.", "unemployment",
     ("the latest figures", "unnamed")),
    ("The figures, released on Monday, showed a fall in unemployment.", "unemployment", ("the figures", "unnamed")),
])
def test_a_time_between_commas_is_no_part_of_the_subject(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Hasib said the man fled before police arrived.", "fled", ("Hasib", "named")),
    ("Kaprawi said the debris was being analysed in Kuala Lumpur.", "debris", ("Kaprawi", "named")),
    ("Those attending said the meeting was calm and orderly.", "calm", ("those attending", "unnamed")),
    ("The man running the shop said he saw nothing that night.", "nothing", ("the man", "unnamed")),
    ("A study documenting abuses in the camps found that most guards were never charged.", "guards",
     ("a study", "unnamed")),
    ("Seismic data showed that the quake began at a depth of 10 km.", "quake", ("seismic data", "unnamed")),
    ("John Smith, from Leeds, said the vote had been fair.", "vote", ("John Smith", "named")),
])
def test_names_and_the_phrases_already_found_stay(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker
