"""Scans that never copy the text before a position (annotations/suggest/text_scan.py) give what the copy gave."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotations.suggest.text_scan import last_visible

_TEXTS = st.text(alphabet=st.sampled_from(list("ab.!?\n\t \u00a0\u2003\"“”,")), max_size=40)


@given(_TEXTS, st.integers(min_value=0, max_value=50))
def test_last_visible_is_the_last_character_of_the_stripped_text_before(text: str, at: int) -> None:
    assert last_visible(text, at) == text[:at].rstrip()[-1:]


def test_last_visible_skips_every_kind_of_white_space() -> None:
    assert last_visible("He said. \u00a0\n\t said", 12) == "."
    assert last_visible(" \n ", 3) == ""
    assert last_visible("", 5) == ""
