"""The selection rule: whole words, no surrounding spaces or punctuation, balanced quotes kept — for any
text and any drag (Hypothesis), and on the cases a reader meets in real articles."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.selection import inside_word, is_word_char, snap_selection, trim_selection

ARTICLE = ("PARIS, March 3 (Reuters) - French President Emmanuel Macron met Nordgrid, the U.S. firm, and "
           "Nordgrid Inc. on Monday. He said: “We will rebuild Kyiv’s grid.” Zelenskyy's aides agreed.")

words = st.sampled_from(["Macron", "Zelenskyy's", "U.S.", "Inc.", "“We", "rebuild,”", "(Reuters)", "-", "3.5",
                         "Kyiv’s", "الرئيس", "שלום", "東京都", "ภาษาไทย", "éé", "e\u0301te\u0301", "—", "Nordgrid,"])
texts = st.one_of(
    st.lists(words, max_size=12).map(" ".join),
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=60),
)


@st.composite
def drags(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(texts)
    a = draw(st.integers(0, len(text)))
    b = draw(st.integers(0, len(text)))
    return text, a, b


def _snapped(start: int, end: int) -> str:
    s, e = snap_selection(ARTICLE, start, end)
    return ARTICLE[s:e]


def test_a_drag_starting_early_and_ending_short_stores_whole_words() -> None:
    start = ARTICLE.index("nt Emmanuel")
    s, e = snap_selection(ARTICLE, start, ARTICLE.index("Macron") + 2)
    assert ARTICLE[s:e] == "Emmanuel"  # "nt" (2 of 9 letters) and "Ma" (2 of 6) are left out
    s, e = snap_selection(ARTICLE, start + 1, ARTICLE.index("Macron") + 4)
    assert ARTICLE[s:e] == "Emmanuel Macron"  # most of "Macron" was selected: all of it is taken


def test_punctuation_is_trimmed_but_balanced_quotes_and_abbreviations_stay() -> None:
    i = ARTICLE.index("Nordgrid,")
    assert _snapped(i, i + 10) == "Nordgrid"
    i = ARTICLE.index("U.S.")
    assert _snapped(i - 1, i + 5) == "U.S."
    i = ARTICLE.index("Nordgrid Inc.")
    assert _snapped(i, i + 14) == "Nordgrid Inc."
    i, j = ARTICLE.index("“We"), ARTICLE.index("Zelenskyy")
    assert _snapped(i - 2, j) == "“We will rebuild Kyiv’s grid.”"
    assert _snapped(i + 1, j) == "We will rebuild Kyiv’s grid"
    i = ARTICLE.index("(Reuters)")
    assert _snapped(i, i + 10) == "(Reuters)"
    assert _snapped(i + 1, i + 10) == "Reuters"


def test_inside_one_word_selects_that_word_and_alt_keeps_the_characters() -> None:
    i = ARTICLE.index("Macron")
    assert _snapped(i + 1, i + 3) == "Macron"
    start = ARTICLE.index("nt Emmanuel")
    s, e = snap_selection(ARTICLE, start, start + 7, exact=True)
    assert ARTICLE[s:e] == "nt Emma"  # exact characters
    assert snap_selection(ARTICLE, start - 1, start + 8, exact=True) == (start - 1, start + 8)
    s, e = snap_selection(ARTICLE, start + 2, start + 12, exact=True)
    assert ARTICLE[s:e] == "Emmanuel"  # only the spaces trimmed


def test_right_to_left_and_unspaced_scripts() -> None:
    text = "قال الرئيس الفرنسي"
    i = text.index("الرئيس")
    s, e = snap_selection(text, i + 2, i + 6)
    assert text[s:e] == "الرئيس"
    text = "東京都の知事"
    assert snap_selection(text, 1, 2) == (1, 2)  # no spaces between words: characters are never widened


@given(drags(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_the_result_is_a_range_of_the_text_without_surrounding_spaces(drag: tuple[str, int, int],
                                                                       exact: bool) -> None:
    text, a, b = drag
    s, e = snap_selection(text, a, b, exact)
    assert 0 <= s <= e <= len(text)
    if e > s:
        assert not text[s].isspace() and not text[e - 1].isspace()


@given(drags())
@settings(max_examples=400, deadline=None)
def test_never_splits_a_word(drag: tuple[str, int, int]) -> None:
    text, a, b = drag
    s, e = snap_selection(text, a, b)
    if e > s:
        assert not inside_word(text, s) and not inside_word(text, e)


@given(drags(), st.booleans())
@settings(max_examples=400, deadline=None)
def test_snapping_is_idempotent(drag: tuple[str, int, int], exact: bool) -> None:
    text, a, b = drag
    once = snap_selection(text, a, b, exact)
    assert snap_selection(text, *once, exact) == once
    assert snap_selection(text, *once) == snap_selection(text, *snap_selection(text, *once))


@given(drags())
@settings(max_examples=400, deadline=None)
def test_exact_selection_stays_within_the_drag_and_words_selected_whole_are_kept(drag: tuple[str, int, int]) -> None:
    text, a, b = drag
    lo, hi = sorted((a, b))
    s, e = snap_selection(text, a, b, exact=True)
    assert lo <= s and e <= hi
    s, e = snap_selection(text, lo, hi)
    for i in range(lo, hi):  # every word lying wholly inside the drag is in the result
        if is_word_char(text[i]) and not inside_word(text, i):
            j = i + 1
            while inside_word(text, j):
                j += 1
            if j <= hi:
                assert s <= i and j <= e


@given(st.text(max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_trimming_twice_is_trimming_once(text: str, a: int, b: int) -> None:
    a, b = sorted((min(a, len(text)), min(b, len(text))))
    once = trim_selection(text, a, b)
    assert trim_selection(text, *once) == once


NAMES = "Costs rose 12.5% in March, said Jean-Luc O'Neill-Smith of McDonald's, up 3‰ and 5 % from 40 °C, 12 €."


def _names(start: int, end: int) -> str:
    s, e = snap_selection(NAMES, start, end)
    return NAMES[s:e]


def test_a_unit_sign_after_a_number_stays() -> None:
    i = NAMES.index("12.5%")
    assert _names(i, i + 5) == "12.5%" and _names(i - 1, i + 6) == "12.5%"
    i = NAMES.index("3‰")
    assert _names(i, i + 3) == "3‰"
    i = NAMES.index("5 %")
    assert _names(i, i + 3) == "5 %"
    i = NAMES.index("12 €")
    assert _names(i, i + 5) == "12 €"


def test_apostrophes_and_hyphens_between_letters_are_inside_the_word() -> None:
    i = NAMES.index("O'Neill")
    assert _names(i + 2, NAMES.index("Smith") + 5) == "O'Neill-Smith"
    i = NAMES.index("Jean-Luc")
    assert _names(i + 5, NAMES.index("Smith") + 5) == "O'Neill-Smith"  # 3 of 8 letters of Jean-Luc: left out
    assert _names(i + 2, NAMES.index("Smith") + 5) == "Jean-Luc O'Neill-Smith"
    i = NAMES.index("McDonald's")
    assert _names(i, i + 9) == "McDonald's"
    curly = "said McDonald’s chief"
    s, e = snap_selection(curly, 5, 13)
    assert curly[s:e] == "McDonald’s"
