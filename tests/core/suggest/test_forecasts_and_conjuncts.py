"""Sources the judged BBC articles showed missing (stop 49; the sentences here our own): "has forecast" as a verb of
saying (only after an auxiliary or before "that": "the weather forecast said" is a noun), a share after a linking
word ("Meantime, 32% said"), a quantifier in an absolute clause ("…, with many saying"), and a source opening a new
clause after "and" behind a place ("… live with families in the UK and carers have said")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("text", "fragment", "speaker"), [
    ("Halvik Motors has forecast a net loss of 40bn yen this year.", "net loss", ("Halvik Motors", "named")),
    ("Investment bank Morrow Capital has forecast that the market will grow by 40% a year.", "grow by 40%",
     ("Morrow Capital", "named")),
    ("The bank had forecast growth of 2% next year.", "growth of 2%", ("the bank", "unnamed")),
    ("Economists forecast that growth will reach 2% next year.", "reach 2%", ("economists", "unnamed")),
])
def test_has_forecast_reports(text: str, fragment: str, speaker: tuple[str, str]) -> None:
    assert speaker_of(text, fragment) == speaker


def test_a_forecast_that_speaks_is_a_noun() -> None:
    assert speaker_of("The weather forecast said it would be 30 degrees and sunny.", "30 degrees") \
        == ("the weather forecast", "unnamed")


@pytest.mark.parametrize("opening", ["Meantime", "Overall", "Separately", "By contrast"])
def test_a_share_after_a_linking_word_speaks(opening: str) -> None:
    assert speaker_of(f"{opening}, 32% said the prime minister was doing well.", "doing well") == ("32%", "unnamed")


@pytest.mark.parametrize("who", ["many", "some", "most", "many of them"])
def test_a_quantifier_in_an_absolute_clause_speaks(who: str) -> None:
    text = f"Voters were split over the tax, with {who} saying it was unfair to renters."
    assert speaker_of(text, "unfair to renters") == (who, "unnamed")


def test_a_source_after_and_behind_a_place_opens_a_new_clause() -> None:
    text = "About 50,000 children live with foster families in the UK and carers have said they need more money."
    assert speaker_of(text, "need more money") == ("carers", "unnamed")


def test_the_object_of_a_preposition_is_still_no_subject() -> None:
    assert speaker_of("The report's analysis of its own statistics concluded that crime fell.", "crime fell") \
        == ("the report's analysis of its own statistics", "unnamed")
