"""The shipped list of well-known organisations (resources/gazetteers/organisations_world.json): its names are
found as organisations in running text, it keeps the rules it was compiled by (no "The …", no two-letter
acronym, nothing the other gazetteers already hold as a place), and an acronym the text spells out still names its
expansion although the list knows the acronym too."""
from __future__ import annotations

import json

import pytest

from annotations.resources import resource
from annotations.suggest.gazetteer import gazetteer
from tests.core.suggest.suggesting import found

LIST = json.loads((resource("gazetteers") / "organisations_world.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "mention"), [
    ("Buffon moved to Juventus in 2001 and later played against Real Madrid.", ("Juventus", "ORG")),
    ("Buffon moved to Juventus in 2001 and later played against Real Madrid.", ("Real Madrid", "ORG")),
    ("The report was carried by Kyodo News and Yonhap on Monday.", ("Kyodo News", "ORG")),
    ("Members of Jewish Voice for Peace and Code Pink protested.", ("Jewish Voice for Peace", "ORG")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_listed_organisations_are_found(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


def test_the_list_keeps_its_rules() -> None:
    names = LIST["ORG"]
    assert len(names) == len(set(names)) == sum(LIST["_categories"].values())
    assert not [n for n in names if n.startswith("The ") or (n.isupper() and len(n) == 2)]
    places = {name for name, label in gazetteer().items() if label == "PLACE"}
    assert not places & set(names)


def test_a_party_label_and_a_league_are_not_listed() -> None:
    assert {"GOP", "Premier League", "Serie A"}.isdisjoint(LIST["ORG"])
    assert ("GOP", "ORG") not in found("One GOP operative in the state said the seat was safe.")


def test_a_spelled_out_acronym_keeps_its_expansion_when_listed() -> None:
    from annotations.suggest.entities import suggest_entities

    text = ("North Korea's news agency, the Korean Central News Agency (KCNA), said troops were ready. KCNA added "
            "that talks were over.")
    kcna = [s for s in suggest_entities(text) if s.exact == "KCNA"]
    assert kcna and all(s.name == "Korean Central News Agency" for s in kcna)


@pytest.mark.parametrize(("text", "mention"), [
    ("Wikileaks published the cables on Sunday.", ("Wikileaks", "ORG")),
    ("Al-Jazeera reported the attack on the convoy.", ("Al-Jazeera", "ORG")),
    ("Youtube removed the video within hours.", ("Youtube", "ORG")),
])
def test_a_listed_organisation_spelled_as_news_often_spells_it(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)
