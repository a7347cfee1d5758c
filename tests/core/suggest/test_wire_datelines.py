"""Wire copy opens with a dateline: "LONDON (Reuters) - Brightwave Energy said on Monday …". The agency in the
dateline reported the story; the sentence's speaker is its subject — but an unknown company was no entity, and the
speaker search fell back to the last organisation before the verb: Reuters (stop 37; an outside helper's invented
wire sentences, not any gold). The dateline is no part of the reporting clause now, and a company's name may end
with an industry head ("Energy", "Resources", "Mining") after a word rare in English. The first cases failed
before; the guards keep common phrases that end so."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("LONDON (Reuters) - Brightwave Energy said on Monday it had secured 200 million pounds of new funding.",
     "secured 200 million", ("Brightwave Energy", "named")),
    ("SYDNEY (Reuters) - Australian miner Kestrel Resources said on Tuesday it would close its nickel mines.",
     "close its nickel", ("Kestrel Resources", "named")),
    ("LONDON, 12 March 2024 — Brightwave Energy today announced that it has secured £200 million in new funding.",
     "secured £200 million", ("Brightwave Energy", "named")),
    ("KHARTOUM (AP) — The Sudanese army said Monday it had retaken the city after weeks of fighting.",
     "retaken the city", ("the Sudanese army", "unnamed")),
    ("WASHINGTON (AP) — Sen. Jane Pell said Tuesday the bill would pass the chamber by Friday.",
     "bill would pass", ("Jane Pell", "named")),
])
def test_the_sentence_after_a_dateline_names_its_own_speaker(text: str, fragment: str,
                                                                speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_the_dateline_s_place_and_agency_are_still_found() -> None:
    text = "LONDON (Reuters) - Brightwave Energy said on Monday it had secured 200 million pounds of new funding."
    assert {("LONDON", "PLACE"), ("Reuters", "ORG"), ("Brightwave Energy", "ORG")} <= found(text)


@pytest.mark.parametrize("text", [
    "Renewable Energy is the future, the minister said in her speech.",
    "Human Resources sent the email to every member of staff on Friday.",
    "Nuclear Energy remains divisive across Europe, the survey found.",
])
def test_common_phrases_ending_with_an_industry_word_are_no_company(text: str) -> None:
    assert not [e for e in found(text) if e[1] == "ORG"]
