"""Organisations as the third outside battery (stop 38: Korea Herald, NZ Herald, SCMP, Gulf News, a markets brief, a
health briefing) writes them: a voice for a body the text names by its noun ("a spokesperson for the company said",
"A ministry spokesperson said": unnamed before, the body now), "the company" in a subordinate clause ("Corvane
tumbled 11% after the company said": the sentence's subject, not the index named last), ministries whose
complement lists its words ("Ministry of Trade, Industry and Energy" was cut at the comma), names joined by "&"
after three words ("Hong Kong Taxi Owners & Drivers Alliance" lost "Hong"), a legal form with its full stop
("Walt Disney Co.", "Apple Inc."; the real gold writes it so), and companies by an industry head after a word rare
in English ("Corvane Semiconductor", "Essar Steel"). The cases failed before; the last are guards."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Chillwave Cooling Ltd raised its fees in March.\n\n\"We have always believed that flexibility builds trust,\" "
     "a spokesperson for the company said.", "flexibility builds trust", "Chillwave Cooling Ltd"),
    ("The American Red Cross opened two shelters. A spokesperson for the organization said about 150 people had "
     "stayed overnight.", "150 people", "American Red Cross"),
    ("The Ministry of Health reported 40 new cases. A ministry spokesperson said supplies had been sent.",
     "supplies had been sent", "Ministry of Health"),
    ("Corvane Semiconductor fell sharply on Monday. The Dow Jones index dropped 1%.\n\nCorvane tumbled 11% after the "
     "company said late Monday that it expects revenue of $2.1 billion.", "expects revenue", "Corvane Semiconductor"),
    ("The Ministry of Trade, Industry and Energy said exports rose 4 per cent.", "exports rose",
     "Ministry of Trade, Industry and Energy"),
    ("The Hong Kong Taxi Owners & Drivers Alliance said it would stage a slow-drive protest.", "slow-drive protest",
     "Hong Kong Taxi Owners & Drivers Alliance"),
    ("Nordvik Shipping ASA agreed to acquire Castellan Logistics Ltd. for $4.6 billion, the Oslo-listed company said "
     "on Monday. A spokesperson for the company said the deal would close in May.", "close in May",
     "Nordvik Shipping ASA"),  # the company that spoke just before, not the one named last (seen in the dock)
])
def test_the_body_speaks(text: str, fragment: str, speaker: str) -> None:
    assert speaker_of(text, fragment) == (speaker, "named")


@pytest.mark.parametrize(("text", "name"), [
    ("Kansai Port Holdings Co. operates the existing terminal.", "Kansai Port Holdings Co."),
    ("The deal was announced by Walt Disney Co. on Monday.", "Walt Disney Co."),
    ("Lenders are waiting on the Essar Steel resolution.", "Essar Steel"),
    ("The Ministry of Business, Innovation and Employment declined to comment.",
     "Ministry of Business, Innovation and Employment"),
    ("The deal was signed by the Ministry of Finance, Germany and France.", "Ministry of Finance"),  # guards:
    ("The Office of Fair Trading, Smith and Jones said nothing.", "Office of Fair Trading"),  # a list, not a name
])
def test_the_name(text: str, name: str) -> None:
    assert (name, "ORG") in found(text)


def test_a_spokesperson_for_no_named_body_stays_unnamed() -> None:
    assert speaker_of("A spokesperson for the company said the plant would reopen.", "plant would reopen") == \
        ("a spokesperson for the company", "unnamed")
