"""Round 19 of the suggestion rules (stop 30), from the errors on the spent real-fresh14 split: an abbreviation is
no given name ("the US Navy's 5th Fleet" was a person, "US Navy's"); a name after a title keeps its hyphenated parts
("Ban Ki-Moon" was "Ban Ki-") and loses the rank words a title left before it ("Secretary General", "Major-General");
"<Gulf|Bay|Strait|Republic|Isle…> of <Name>" is one place. The sentences are written for these tests."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found


@pytest.mark.parametrize(("text", "mention"), [
    ("Earlier, the US Navy's 5th Fleet said four pirates came close.", ("US Navy", "ORG")),
    ("UN Secretary General Ban Ki-Moon noted the rise in attacks.", ("Ban Ki-Moon", "PERSON")),
    ("US Major-General Kevin Bergner said the fighting had stopped.", ("Kevin Bergner", "PERSON")),
    ("Ships in the Gulf of Aden were attacked twice.", ("Gulf of Aden", "PLACE")),
    ("The Strait of Hormuz was closed for a day.", ("Strait of Hormuz", "PLACE")),
    ("The Republic of Ireland and the Isle of Man voted.", ("Republic of Ireland", "PLACE")),
    ("The Republic of Ireland and the Isle of Man voted.", ("Isle of Man", "PLACE")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_round_19_names(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("Earlier, the US Navy's 5th Fleet said four pirates came close.", ("US Navy's", "PERSON")),
    ("UN Secretary General Ban Ki-Moon noted the rise in attacks.", ("General Ban Ki-Moon", "PERSON")),
    ("Ships in the Gulf of Aden were attacked twice.", ("Aden", "PLACE")),
])
def test_round_19_wrong_spans_are_gone(text: str, wrong: tuple[str, str]) -> None:
    assert wrong not in found(text)


def test_a_given_name_before_a_possessive_surname_is_still_a_person() -> None:
    assert ("Sofia Rautio", "PERSON") in found("Sofia Rautio's book came out on Monday.")


@pytest.mark.parametrize("text", [
    "At a news conference today, officials in Kelvor County, Florida — where the harbour is — announced that they "
    "have spent more than $11 million on cameras.",
    "Officials in Kelvor County announced that they have spent more than $11 million on cameras.",
])
def test_officials_in_a_place_speak_unnamed_not_the_place(text: str) -> None:
    from tests.core.suggest.suggesting import claims

    claim = next(c for c in claims(text) if "11 million" in c.exact)
    assert claim.speaker_kind == "unnamed" and claim.speaker is not None and claim.speaker.startswith("officials in")


def test_a_newspaper_named_by_its_head_reports() -> None:
    from tests.core.suggest.suggesting import claims

    text = "The harbour board is buying a new radar for more than $600,000, the North Kelvor Sun Sentinel reports."
    assert ("North Kelvor Sun Sentinel", "ORG") in found(text)
    assert (claims(text)[0].speaker, claims(text)[0].speaker_kind) == ("North Kelvor Sun Sentinel", "named")
