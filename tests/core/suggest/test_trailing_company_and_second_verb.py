"""Two constructions of wire copy an outside helper's invented articles showed (stop 37): a trailing "…, the
Oslo-listed company said" after a sentence whose subject is a company went to the company the sentence named last
— the one being bought; and a second verb after a long first one ("X (retd.) commended the officers for their
vigilance and warned …") took "the officers for their vigilance and" for its subject. The cases failed before;
the last is a guard (a public body is no company)."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("LONDON, June 3 — Nordvik Shipping ASA agreed to acquire Castellan Logistics Ltd. in a cash-and-stock deal "
     "valuing the British freight forwarder at about $4.6 billion, the Oslo-listed company said on Monday.",
     "cash-and-stock deal", "Nordvik Shipping ASA"),
    ("Nordvik Shipping agreed to buy Castellan Logistics for $4.6 billion, the company said.", "agreed to buy",
     "Nordvik Shipping"),
    ("The Chairman of the NDLEA, Brig. Gen. Abdullahi Garba Jibrin (retd.), commended the officers for their "
     "vigilance and warned traffickers that the agency's eyes are everywhere.", "eyes are everywhere",
     "Abdullahi Garba Jibrin"),
    ("The Health Ministry approved the vaccine made by Castellan Pharma Ltd, the company said.", "approved the vaccine",
     "Castellan Pharma Ltd"),
])
def test_the_speaker(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")
