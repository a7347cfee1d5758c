"""Broadcast transcripts label their speakers in capitals ("BOATENG: …", "ADWOA BOATENG: …", "STEVE INSKEEP, HOST:"):
no answer was a claim, the labels were suggested as organisations ("BOATENG") and the host's line as a dateline
place ("STEVE INSKEEP") (stop 37; an outside helper's invented transcripts, not any gold). A label in capitals is
now a turn like "Adwoa Boateng:" — its person the full name the text gives (in capitals or not); a host's,
anchor's or reporter's lines are the questions. The first cases failed before; the guards keep datelines and
shouted headlines as they were."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, found, speaker_of

RADIO = ("STEVE INSKEEP, HOST:\n\n"
         "The health minister of Ghana joins us now. Welcome.\n\n"
         "ADWOA BOATENG: Thank you. The vaccine supply is secure and every region will get its share by March.\n\n"
         "INSKEEP: What about the north?\n\n"
         "BOATENG: Those delays were caused by the floods, and they are over now.\n")
TV = ("HOST: Welcome back. Joining me now is the health minister, Adwoa Boateng.\n\n"
      "BOATENG: Thank you. The vaccine supply is secure and every region will get its share by March.\n\n"
      "HOST: And the delays in the north?\n\n"
      "BOATENG: Those delays were caused by the floods, and they are over now.\n")


@pytest.mark.parametrize("text", [RADIO, TV])
def test_each_answer_under_a_capital_label_is_the_person_s_claim(text: str) -> None:
    assert speaker_of(text, "vaccine supply is secure") == ("Adwoa Boateng", "named")
    assert speaker_of(text, "caused by the floods") == ("Adwoa Boateng", "named")


@pytest.mark.parametrize("text", [RADIO, TV])
def test_the_host_asks_and_claims_nothing(text: str) -> None:
    assert not [c for c in claims(text) if "north?" in c.exact]


@pytest.mark.parametrize("text", [RADIO, TV])
def test_capital_labels_are_no_organisations_or_places(text: str) -> None:
    kinds = found(text)
    assert not [e for e in kinds if e[0].isupper() and e[1] in ("ORG", "PLACE")]


@pytest.mark.parametrize(("text", "entity"), [
    ("BEIRUT, Lebanon (AP) — The army said on Monday it had closed the border.", ("BEIRUT", "PLACE")),
    ("The report was published by the WTTC on Monday, its authors said.", ("WTTC", "ORG")),
])
def test_datelines_and_acronyms_stay(text: str, entity: tuple[str, str]) -> None:
    assert entity in found(text)


def test_a_sentence_opening_let_is_no_organisation() -> None:
    """"LeT" (Lashkar-e-Taiba) is listed; its inner capital lowered made every "Let me be clear" an organisation."""
    assert not found("Let me be clear: the vaccine supply is secure.")
    assert ("LeT", "ORG") in found("Police said LeT fighters had crossed the line of control.")
    assert ("Youtube", "ORG") in found("The clip was shared on Youtube thousands of times.")


def test_a_dateline_with_a_colon_is_no_speaker_label() -> None:
    text = ("NEW DELHI: Nearly 150 Indians returned home on Wednesday after being deported. Some said they felt "
            "dejected that they could not realise their dream.")
    assert speaker_of(text, "felt dejected") == ("some", "unnamed")
