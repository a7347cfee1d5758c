"""A paragraph that is only a quotation, right after a paragraph ending in someone's reported words, is theirs:
"Okafor said the plan had failed. ¶ "It was a disaster from the start."" — the usual way news continues a
source. Before, only a quoted sentence before it passed its speaker on, and the quotation had none (stop 37;
written from invented paragraphs, found right once on an unscored bench article). The guards: narration in
between, a quotation with its own attribution, a sentence of narration closing the paragraph before."""
from __future__ import annotations

from tests.core.suggest.suggesting import speaker_of

LEAD = "Tom Okafor, the mayor of Leeds, said the plan had failed.\n\n"


def test_a_quotation_paragraph_after_reported_words_is_the_reporter_s_source() -> None:
    text = LEAD + '"It was a disaster from the start. We warned them again and again."\n'
    assert speaker_of(text, "disaster from the start") == ("Tom Okafor", "named")


def test_an_unnamed_source_carries_on_too() -> None:
    text = ("Officials at the port said the cranes would stay idle until March.\n\n"
            '"There is simply no money left for the repairs this year."\n')
    assert speaker_of(text, "no money left") == ("officials at the port", "unnamed")


def test_narration_in_between_ends_the_source() -> None:
    text = LEAD + "The council meets again on Monday to vote on the budget.\n\n" \
        '"It was a disaster from the start. We warned them again and again."\n'
    assert speaker_of(text, "disaster from the start") == (None, None)


def test_a_sentence_of_narration_closing_the_paragraph_ends_it_as_well() -> None:
    text = ("Tom Okafor, the mayor of Leeds, said the plan had failed. The council meets again on Monday.\n\n"
            '"It was a disaster from the start. We warned them again and again."\n')
    assert speaker_of(text, "disaster from the start") == (None, None)


def test_a_quotation_with_its_own_attribution_keeps_it() -> None:
    text = LEAD + '"It was a disaster from the start," said Jane Pell, a councillor.\n'
    assert speaker_of(text, "disaster from the start") == ("Jane Pell", "named")
