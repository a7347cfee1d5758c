"""Round 15 of the suggestion rules (stop 30), from the errors on the spent real-fresh11 split: a capitalised
word of saying inside a name ("Tsunami Warning Center") is no verb; a plural noun opening a sentence ("Reports
from X indicate") and a verb in a relative clause (", which also confirmed …,") are not the main verb; "the
centre" is the latest "… Center"; "said <place> <role> <person>" is the person; a person between commas after a
role is the subject of a quotation's sentence; '"…," read a warning by X' is X's; "X of the Y party" is X; "It said"
after "A statement by X" is X; "Campaign" ends an organisation, "Committee to Protect X" is one; kin named by a given
name alone ("her son Scott") are people. The sentences are written for
these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

CASES = [
    ('The Northern Flood Warning Center reported that the river may burst its banks "within the next six hours", '
     'saying the dykes were already soaked.', "river may burst", ("Northern Flood Warning Center", "named")),
    ("Reports from the valley indicate that the bridge at Hollin was swept away during the night.",
     "bridge at Hollin", ("reports from the valley", "unnamed")),
    ('The Coastal Research Center warned of rising water on Monday. The centre, which also measured the first '
     'wave, later added that "the harbour should be cleared before noon".', "harbour should be cleared",
     ("Coastal Research Center", "named")),
    ('"Keep off the sea wall and stay away from the harbour until the warning is lifted," warned Kentmere Valley '
     'duty officer Ada Moe.', "Keep off the sea wall", ("Ada Moe", "named")),
    ('The flood spokesman for the island of Skellig, Ben Hartley, encouraged residents to "leave the low streets '
     'now. We are closing every road along the shore."', "closing every road", ("Ben Hartley", "named")),
    ('"Boats in the harbour should return to their moorings at once," read a warning by the Harbour Safety '
     'Authority.', "return to their moorings", ("Harbour Safety Authority", "named")),
    ('Ada Moe of the Harbour Greens party wrote on the forum, "The ferry subsidy must be restored this year."',
     "ferry subsidy", ("Ada Moe", "named")),
    ('A statement by the Coastal Housing Trust was posted on Facebook. It said "we are proud of every family that '
     'moved into the new flats".', "proud of every family", ("Coastal Housing Trust", "named")),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_the_speaker_of_round_15_sentences(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_sentence_opening_with_according_to_after_a_date_keeps_its_source() -> None:
    text = ('"We are losing the town," said Ada Moe at a meeting held Wednesday. According to Moe, the closure of '
            "the mill is an attempt by the owners to sell the land.")
    assert speaker_of(text, "attempt by the owners") == ("Ada Moe", "named")


@pytest.mark.parametrize(("text", "mention"), [
    ("She chaired the Harbour Campaign until 2001.", ("Harbour Campaign", "ORG")),
    ("She later joined the Committee to Protect Fishermen in Oslo.", ("Committee to Protect Fishermen", "ORG")),
    ("Our prayers are with her son Scott, her daughter Missy, and the whole family.", ("Missy", "PERSON")),
    ("Our prayers are with her son Scott, her daughter Missy, and the whole family.", ("Scott", "PERSON")),
    ("She is survived by son James and stepdaughter Melissa.", ("James", "PERSON")),
    ("The cause was dear to her late husband Jim and to all of us.", ("Jim", "PERSON")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_round_15_names(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


def test_a_kin_noun_does_not_make_a_place_a_person() -> None:
    assert ("London", "PERSON") not in found("He met his brother London last week, then flew home.")
