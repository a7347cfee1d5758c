"""A surname written with the other apostrophe later in the article is the same person (an outside tester's fault,
stop 36: "Ms O'Neill" with a straight apostrophe was not linked to "Sinéad O’Neill" with a curly one)."""
from __future__ import annotations

import pytest

from annotations.suggest.entities import suggest_entities
from tests.core.suggest.suggesting import speaker_of


@pytest.mark.parametrize(("full", "later"), [("Sinéad O’Neill", "O'Neill"), ("Sinéad O'Neill", "O’Neill")])
def test_a_surname_with_the_other_apostrophe_names_the_person_introduced(full: str, later: str) -> None:
    text = f"{full}, the minister, spoke on Monday. Later, Ms {later} said the plan was fair."
    assert [(s.exact, s.name) for s in suggest_entities(text) if s.type == "PERSON"] == [(full, None), (later, full)]
    assert speaker_of(text, "plan was fair") == (full, "named")
