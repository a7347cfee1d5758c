"""Round 18 of the suggestion rules (stop 30), from the speaker errors left on all the spent real sets: a source
named after "according to" that no suggester knew speaks under its name ("according to Billboard", "According to
The Guardian", "according to Yonhap news agency"); the agent of a passive verb of saying speaks ("described by the
Washington Post as"); a document speaks for whoever issued it ("The statement said" after "X issued a statement",
"According to the statement" after "X stated", "A resolution passed by X", "The statement released by X"); an
organisation's name does not run on into "on Thursday". The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of

CASES = [
    ("As of June last year, according to Harbourline, she was working on an album of sea shanties.",
     "album of sea shanties", ("Harbourline", "named")),
    ("According to The Skellig Herald, in total about 200 people have been evacuated from the island.",
     "200 people have been evacuated", ("Skellig Herald", "named")),
    ("According to Kelvor news agency, the coastguard has been placed on high alert along the coast.",
     "placed on high alert", ("Kelvor", "named")),
    ('She published her memoir in 1986, described by the Skellig Herald as partly "a love story of the sea."',
     "love story of the sea", ("Skellig Herald", "named")),
    ("The Harbour Safety Authority issued a statement on Monday. The statement said the ferry would run again in "
     "May.", "ferry would run again", ("Harbour Safety Authority", "named")),
    ("The singer died at home on Thursday, her publicist Ada Moe stated on behalf of the family. According to the "
     "statement, the cause of death was heart failure.", "cause of death was heart failure", ("Ada Moe", "named")),
    ("A resolution passed by the Harbour Safety Authority on Thursday asked for calm on the pier. The resolution "
     "also stated that the pier was unsafe for walkers.", "unsafe for walkers", ("Harbour Safety Authority", "named")),
]


@pytest.mark.parametrize(("text", "fragment", "speaker"), CASES, ids=[c[1] for c in CASES])
def test_the_speaker_of_round_18_sentences(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_new_statement_is_not_taken_for_an_earlier_one() -> None:
    text = ("The Harbour Safety Authority issued a statement on Monday. Later, a statement said the ferry would run "
            "again in May.")
    assert speaker_of(text, "ferry would run again") != ("Harbour Safety Authority", "named")


@pytest.mark.parametrize("text", ["The Harbour Authority on Friday agreed to close the pier.",
                                  "A resolution passed by the Harbour Safety Authority on Thursday asked for calm."])
def test_an_organisation_does_not_run_into_a_day(text: str) -> None:
    assert not any(exact.endswith(" on") for exact, _ in found(text))
