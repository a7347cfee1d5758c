"""Verbs of saying that only say after a quote: '"…," he emails' (real text, stop 39) and '"…," his daughter
pleaded' — elsewhere a message sent or a plea in court ("pleaded guilty"); and a quote's speaker after a
possessive ("his daughter") now lets such a verb count. The first three fail before; the last two guard the
verbs' other senses."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ('David Taylor studies the data. "Basically, I was cruising around the Statistics Canada website and found it," '
     'he emails.', "cruising around", ("David Taylor", "named")),
    ('"Papa, come home, I still need you," his daughter pleaded.', "I still need you", ("his daughter", "unnamed")),
    ('"We have had no answer from the ministry for three weeks," Ruth Obi texted.', "no answer from the ministry",
     ("Ruth Obi", "named")),
])
def test_the_quote_has_its_speaker(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


@pytest.mark.parametrize("text", [
    "He pleaded guilty to three fraud charges on Monday in a federal court in Newark.",
    "She emailed the draft report to every member of the committee on Monday after the vote.",
])
def test_no_claim_without_a_quote(text: str) -> None:
    assert not claims(text)
