"""Scans that never copy the text before a position (annotations/suggest/text_scan.py) give what the copy gave."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotations.suggest.text_scan import last_before, last_visible

_TEXTS = st.text(alphabet=st.sampled_from(list("ab.!?\n\t \u00a0\u2003\"“”,")), max_size=40)


@given(_TEXTS, st.integers(min_value=0, max_value=50))
def test_last_visible_is_the_last_character_of_the_stripped_text_before(text: str, at: int) -> None:
    assert last_visible(text, at) == text[:at].rstrip()[-1:]


def test_last_visible_skips_every_kind_of_white_space() -> None:
    assert last_visible("He said. \u00a0\n\t said", 12) == "."
    assert last_visible(" \n ", 3) == ""
    assert last_visible("", 5) == ""


_CALLS = st.lists(st.tuples(st.integers(min_value=0, max_value=24), st.sampled_from(["a", "ab", "ba", "aab", " b"])),
                  max_size=12)


@given(st.text(alphabet="ab ", max_size=20), _CALLS, st.booleans())
def test_last_before_resumes_where_it_stopped_and_finds_what_rfind_finds(text: str, calls: list[tuple[int, str]],
                                                                        in_order: bool) -> None:
    """Calls as the claims make them (ever later positions) and in any order (an earlier one searches afresh)."""
    seen: dict[str, tuple[int, int]] = {}
    for upto, word in sorted(calls) if in_order else calls:
        assert last_before(text, word, upto, seen) == text.rfind(word, 0, upto)


def test_last_before_finds_a_word_that_straddles_where_the_last_search_stopped() -> None:
    seen: dict[str, tuple[int, int]] = {}
    assert last_before("xx ab", "ab", 4, seen) == -1  # ("a" is before 4, "b" is not)
    assert last_before("xx ab", "ab", 5, seen) == 3
