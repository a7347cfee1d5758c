"""A report speaks for whoever the text says issued it, also when the text cites it paragraphs later and refers to it
again in between (a real CNN page judged by a helper, stop 39): "a new report released on Monday by Stanford
University's Center on Poverty and Inequality … The report assessed … The report also suggested …" went to "the
report"; "As the report states:" had no verb; "In the letter, delivered by MP Deepak Obhrai, Kohail continues" gave
the letter to its carrier (a spent set's "According to the letter" now goes to Kohail, as its gold says). The first
four fail before; the last guard "states" as a noun."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import claims, speaker_of

CENTRE = "Stanford University's Center on Poverty and Inequality"
FILLER = "The rankings were compiled from tax records, census figures and household surveys in each country. " * 8
LEAD = (f"But a new report released on Monday by {CENTRE} calls that into question.\nThe report assessed poverty "
        "levels, income and wealth inequality among 10 wealthy countries.\n")


def test_the_report_cited_again_speaks_for_its_author() -> None:
    text = LEAD + 'The report also suggested the U.S. might not be the "jobs machine" it thinks it is.'
    assert speaker_of(text, "jobs machine") == (CENTRE, "named")


def test_paragraphs_later() -> None:
    text = LEAD + FILLER + "\nThe report concluded that the American safety net was ineffective for most families."
    assert speaker_of(text, "safety net was ineffective") == (CENTRE, "named")


def test_as_the_report_states() -> None:
    text = LEAD + 'As the report states: "The birth lottery matters more in the U.S. than in most well-off countries."'
    assert speaker_of(text, "birth lottery") == (CENTRE, "named")


def test_a_letter_carried_by_someone_else() -> None:
    text = ("Mohamed Kohail wrote to the prime minister from his cell in Jiddah.\nIn the letter, delivered by Canadian "
            "MP Deepak Obhrai last December, Kohail continues, \"I have been in jail for two years now.\"\nAccording "
            "to the letter, the Canadian government began seeking clemency in March of 2008.")
    assert speaker_of(text, "began seeking clemency") == ("Mohamed Kohail", "named")


@pytest.mark.parametrize("text", [
    "Most states require a licence to carry a handgun in public places and in parks.",
    'The minister said "enough".\n\nThe United States has threatened fifteen senior officials with travel bans.',
])
def test_states_the_noun_reports_nothing(text: str) -> None:
    assert not [c for c in claims(text) if "licence to carry" in c.exact or "travel bans" in c.exact]
