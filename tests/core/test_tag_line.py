"""Tags on one line and back (`annotations/tag_line.py`): a tag holding a comma or a quote is quoted, and every line
read back gives the tags it was made from (Hypothesis)."""
from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotations.tag_line import parse_tag_line, tag_line

TAG = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12).map(str.strip).filter(bool)
"""Any text a tag may hold, line breaks and tabs inside it too (a reviewer's "a\\rb" beside "x,y" had crashed the
card's painting: the line was no valid quoting)."""


@given(st.lists(TAG, max_size=6))
def test_a_line_reads_back_as_its_tags(tags: list[str]) -> None:
    assert parse_tag_line(tag_line(tags)) == tuple(tags)


def test_the_line_a_person_reads() -> None:
    assert tag_line(("minutes, p.4", "radio")) == '"minutes, p.4", radio'
    assert parse_tag_line("a, b ,, c") == ("a", "b", "c")


def test_a_line_typed_by_hand_reads_by_its_commas() -> None:
    assert parse_tag_line('x, 5" gun, "minutes, p.4') == ("x", '5" gun', "minutes, p.4")
    assert parse_tag_line(tag_line(("a\rb", "x,y"))) == ("a\rb", "x,y")


@given(st.lists(TAG, max_size=6))
def test_a_csv_cell_reads_back_as_its_tags(tags: list[str]) -> None:
    assert parse_tag_line(tag_line(tags, "; "), "; ") == tuple(tags)
