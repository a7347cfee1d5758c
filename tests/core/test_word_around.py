"""`word_around`: what a double-click selects, in the text view and on the page (stop 55)."""
from __future__ import annotations

from hypothesis import given, strategies as st

from annotations.selection import word_around

TEXT = ("The group A.P. Møller–Mærsk said on Tuesday, “yes” (U.S.) e.g. well-known café — barrier—which cost "
        "12.5% in 2024. 中文字 O’Neill’s. It cost $1,250.50 and €48,000 at 12:30, then left.")


def test_a_double_click_takes_the_word_with_an_abbreviations_stops_and_without_quotes() -> None:
    cases = {"A.P.": "A.P.", "P. M": "A.P.", "Møller": "Møller", "Mærsk": "Mærsk", "Tuesday": "Tuesday",
             "“yes": "yes", "yes”": "yes", "(U.S.)": "U.S.", "e.g": "e.g.", "well": "well-known", "café": "café",
             "barrier": "barrier", "which": "which", "12.5": "12.5%", "2024": "2024", "中文": "中", "Neill": "O’Neill’s",
             "250.50": "$1,250.50", ",250": "$1,250.50", "000 at": "€48,000", ":30": "12:30", "then": "then"}
    assert {clicked: TEXT[slice(*word_around(TEXT, TEXT.index(clicked)))] for clicked in cases} == cases
    for blank in (TEXT.index(" — ") + 1, TEXT.index(", “"), TEXT.index(" ")):
        assert word_around(TEXT, blank) == (blank, blank)


@given(st.text(alphabet=st.sampled_from(list("ab.,;:—–-'’“”()\" \n中")), max_size=30), st.integers(0, 35))
def test_the_word_is_in_the_text_holds_no_space_and_is_a_fixed_point(text: str, offset: int) -> None:
    start, end = word_around(text, offset)
    assert 0 <= start <= end <= len(text)
    word = text[start:end]
    assert not any(c.isspace() for c in word)
    if word:
        assert word_around(text, start) == (start, end) or word[0] in "“(\"'’"
