"""The shipped list of well-known people (resources/gazetteers/people_world.json): people whose given names the
name lists do not hold ("Barack", "Condoleezza") are found without a reporting verb, with a possessive left out,
and later by surname; one-word names ("Cleopatra") too; the list keeps the rules it was compiled by."""
from __future__ import annotations

import json

import pytest

from annotations.resources import resource
from annotations.suggest.gazetteer import gazetteer
from tests.core.suggest.suggesting import found, speaker_of

LIST = json.loads((resource("gazetteers") / "people_world.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("text", "mention"), [
    ("Condoleezza Rice felt the summit had gone well.", ("Condoleezza Rice", "PERSON")),
    ("Barack Obama praised the singer at the ceremony.", ("Barack Obama", "PERSON")),
    ("The gallery marked the anniversary of Andy Warhol's death.", ("Andy Warhol", "PERSON")),
    ("Divers looked for the tomb where Cleopatra may lie.", ("Cleopatra", "PERSON")),
], ids=lambda v: v if isinstance(v, str) else v[0])
def test_listed_people_are_found(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


def test_a_listed_name_is_followed_by_its_surname_and_never_keeps_a_possessive() -> None:
    got = found("Barack Obama praised the singer. Later Obama's aides called it a tribute to Andy Warhol's work.")
    assert ("Obama", "PERSON") in got
    assert not any(words.endswith(("'s", "’s")) for words, _ in got)


def test_a_longer_name_in_the_text_wins_over_the_listed_shorter_one() -> None:
    """The list has "Abdullah bin Zayed"; the text names him in full, then by given name as a speaker."""
    text = ("The delegation heard from Sheikh Abdullah bin Zayed Al Nahyan on Monday. Sheikh Abdullah stressed "
            "that trade between the two countries was growing fast.")
    assert ("Abdullah bin Zayed Al Nahyan", "PERSON") in found(text)
    assert speaker_of(text, "trade between")[0] == "Abdullah bin Zayed Al Nahyan"


def test_the_list_keeps_its_rules() -> None:
    people, single = LIST["PERSON"], LIST["MONONYMS"]
    assert len(people) == len(set(people)) and len(single) == len(set(single))
    assert all(" " in name for name in people) and not any(" " in name for name in single)
    titles = ("Mr ", "President ", "King ", "Queen ", "Prince ", "Princess ", "Pope ", "Sir ", "Lord ")
    assert not [name for name in people if name.startswith(titles)]
    others = {name for name, label in gazetteer().items() if label in ("PLACE", "ORG")}
    assert not others & {*people, *single}


def test_a_well_known_person_is_followed_by_a_given_name_no_list_holds() -> None:
    got = found("Aretha Franklin sang at the inauguration. Years later Aretha recorded the song again.")
    assert ("Aretha", "PERSON") in got
    assert ("Harbour", "PERSON") not in found("Aretha Franklin sang. Harbour fees rose. Years later Harbour closed.")
