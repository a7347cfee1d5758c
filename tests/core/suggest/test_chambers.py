"""A legislature's chamber by its short name: "the House" where the text names a Senate or a Congress, "the Lords"
and "the Commons" where it names that House — organisations, as their full names are; never a house, "House prices",
or the first word of a longer name. Invented sentences; the organisations failed before the rule."""
from __future__ import annotations

from annotations.suggest.entities import suggest_entities
from tests.core.suggest.suggesting import found, speaker_of


def _orgs(text: str) -> list[tuple[int, str]]:
    return [(s.start, s.exact) for s in suggest_entities(text) if s.type == "ORG"]


def test_the_house_beside_a_senate_is_an_organisation() -> None:
    text = "The Senate passed the bill on Monday, and the House will debate it next week."
    assert ("House", "ORG") in found(text)
    assert speaker_of("The Senate passed the bill. The House said it would not vote this year.", "not vote") == \
        ("House", "named")


def test_house_prices_and_a_house_are_not_the_chamber() -> None:
    text = ("The Senate passed the bill, and the House will debate it. House prices rose in March. "
            "He left the house at noon. The White House said the House Freedom Caucus would vote.")
    assert _orgs(text) == [(4, "Senate"), (text.index("House will"), "House"), (text.index("White"), "White House"),
                           (text.index("House Freedom"), "House Freedom Caucus")]


def test_the_house_alone_is_no_chamber() -> None:
    assert ("House", "ORG") not in found("The House on the hill was sold in May for a record price.")


def test_the_lords_after_the_house_of_lords() -> None:
    text = "The House of Lords met on Tuesday. The Lords voted against the bill by 20 votes."
    assert [o for _, o in _orgs(text)] == ["House of Lords", "Lords"]
