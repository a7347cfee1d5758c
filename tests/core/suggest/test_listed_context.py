"""Listed names read in their context (annotations/suggest/listed_context.py) and names the world lists hold but the
suggester skips (resources/gazetteers/not_listed.json) — cases an outside tester found at stop 31."""
from __future__ import annotations

import json

import pytest

from annotations.resources import resource
from annotations.suggest.gazetteer import gazetteer
from tests.core.suggest.suggesting import found


@pytest.mark.parametrize(("text", "mention"), [
    ("Lord Acton wrote that power tends to corrupt.", ("Acton", "PERSON")),
    ("Mrs Compton said she would resign at once.", ("Compton", "PERSON")),
    ("Travellers were stranded at Charles de Gaulle airport overnight.", ("Charles de Gaulle", "PLACE")),
    ("Charles de Gaulle led the Free French.", ("Charles de Gaulle", "PERSON")),
])
def test_a_listed_name_takes_the_type_its_context_gives(text: str, mention: tuple[str, str]) -> None:
    assert mention in found(text)


@pytest.mark.parametrize(("text", "name"), [
    ("The Einstein Telescope will be built in Sardinia.", "Einstein"),
    ("She won the Charlemagne Prize in 2019.", "Charlemagne"),
    ("The USS Abraham Lincoln sailed on Monday.", "Abraham Lincoln"),
])
def test_a_listed_person_inside_a_longer_name_is_no_person(text: str, name: str) -> None:
    assert (name, "PERSON") not in found(text)


def test_names_wrong_more_often_than_right_are_skipped() -> None:
    skipped = json.loads((resource("gazetteers") / "not_listed.json").read_text(encoding="utf-8"))
    known = gazetteer()
    for label in ("PLACE", "ORG", "PERSON"):
        assert not [name for name in skipped[label] if known.get(name) == label], label
    assert ("EUR", "PLACE") not in found("Revenue rose to EUR 14.2 billion last year.")
    assert ("Xerox", "ORG") not in found("Take the description and Xerox it.")
