"""Constructions a helper's judging of real articles showed (Mozilla Readability's test pages, stop 39): a surname
that is also an archaic title ("Alyssa Goodman": nameparser lists "goodman" as an honorific, so the name was no
person and "said Alyssa Goodman, an astronomer at Harvard University" had no speaker); a body named after its kind
with a name no list knows ("according to data analysis firm 1010data" went to "data analysis"). The cases failed
before; the last ones guard a day or a title after the kind of body."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found, speaker_of


@pytest.mark.parametrize("name", ["Alyssa Goodman", "Kate Prior", "Stephen Merchant", "Tom Chancellor", "Sam Deacon"])
def test_a_surname_that_was_an_old_title_is_a_name(name: str) -> None:
    text = f"Today, many programmers leave science for industry, said {name}, an astronomer at Harvard University."
    assert (name, "PERSON") in found(text)
    assert speaker_of(text, "leave science") == (name, "named")


@pytest.mark.parametrize(("text", "speaker"), [
    ("The chain racked up more than $6 million in sales last week, according to data analysis firm 1010data.",
     "1010data"),
    ("Sales rose 4 per cent in the quarter, according to analytics firm 1010data, which tracks receipts.",
     "1010data"),
])
def test_a_body_no_list_knows_after_its_kind(text: str, speaker: str) -> None:
    assert speaker_of(text, "per cent" if "per cent" in text else "6 million") == (speaker, "named")


def test_a_day_after_the_kind_of_body_is_no_name() -> None:
    assert speaker_of("Sales rose 4 per cent in the quarter, according to the company Monday.",
                      "per cent")[0] != "Monday"
