"""Re-anchoring: exact -> moved -> fuzzy -> orphaned, never dropped (property-based)."""
from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from annotations.anchoring import CONTEXT, find_quote, make_target, occurrences, reanchor
from annotations.errors import AnchorError
from annotations.model import AnchorState

ARTICLE = (SAMPLE := (
    "The Port Alder harbour council voted 9 to 4 on Thursday to build a tidal barrier.\n"
    "Council leader Marta Lindqvist said the barrier would protect 3,200 homes.\n"
    "Its chairman, Tomas Ek, warned that the barrier could cut the catch by a third.\n"
    "Professor Anil Mehta said the barrier buys the town thirty years, not a hundred.\n"
))

def _count(text: str, quote: str) -> int:
    return sum(text.startswith(quote, i) for i in range(len(text)))


words = st.text(alphabet="abcdefghij klmnop\n.,", min_size=0, max_size=60)


@st.composite
def text_and_range(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(st.text(alphabet="abcdefghijklmnopqrstuvwxyz ,.\nÉé€", min_size=8, max_size=400))
    start = draw(st.integers(0, len(text) - 2))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    return text, start, end


@given(text_and_range())
def test_unchanged_text_anchors_exactly(data: tuple[str, int, int]) -> None:
    text, start, end = data
    target = make_target(text, start, end)
    placed = reanchor(target, text)
    assert placed.state is AnchorState.EXACT
    assert (placed.target.start, placed.target.end) == (start, end)


@given(text_and_range(), words, words)
def test_edits_outside_the_quote_keep_it_attached_to_the_same_text(data: tuple[str, int, int],
                                                                   before: str, after: str) -> None:
    text, start, end = data
    target = make_target(text, start, end)
    edited = before + text + after
    placed = reanchor(target, edited)
    assert placed.state in (AnchorState.EXACT, AnchorState.MOVED)
    assert edited[placed.target.start:placed.target.end] == target.exact
    if _count(text, target.exact) == 1 and _count(edited, target.exact) == 1:
        assert placed.target.start == start + len(before)


@given(text_and_range(), st.text(min_size=0, max_size=300))
def test_reanchor_never_raises_and_found_text_is_close(data: tuple[str, int, int], other: str) -> None:
    text, start, end = data
    target = make_target(text, start, end)
    placed = reanchor(target, other)
    if placed.state is AnchorState.ORPHANED:
        assert placed.target == target  # kept as it was, to show and to re-attach by hand
    else:
        found = other[placed.target.start:placed.target.end]
        assert found == placed.target.exact
        if placed.state is not AnchorState.FUZZY:
            assert found == target.exact


@settings(max_examples=60)
@given(st.sampled_from(["Marta Lindqvist", "protect 3,200 homes", "Tomas Ek, warned that the barrier",
                        "thirty years, not a hundred"]), st.integers(0, 3))
def test_small_typo_fixes_reattach_fuzzily_to_the_fixed_text(quote: str, pos: int) -> None:
    start, end = find_quote(ARTICLE, quote)
    target = make_target(ARTICLE, start, end)
    index = min(len(quote) - 1, 2 + pos * 3)
    changed_quote = quote[:index] + "x" + quote[index + 1:]
    assume(changed_quote != quote)
    edited = "A new first line was added by the editor.\n" + ARTICLE.replace(quote, changed_quote)
    placed = reanchor(target, edited)
    assert placed.state is AnchorState.FUZZY
    assert edited[placed.target.start:placed.target.end] == changed_quote


def test_the_right_occurrence_is_chosen_by_context() -> None:
    start, end = find_quote(ARTICLE, "the barrier", occurrence=2)
    target = make_target(ARTICLE, start, end)
    assert "Ek, warned that " in target.prefix
    edited = ARTICLE.replace("Council leader", "The council's leader, ")
    placed = reanchor(target, edited)
    assert placed.state is AnchorState.MOVED
    assert "Ek, warned that " in edited[placed.target.start - 20:placed.target.start]


def test_text_that_is_gone_is_orphaned_not_dropped() -> None:
    start, end = find_quote(ARTICLE, "Professor Anil Mehta")
    target = make_target(ARTICLE, start, end)
    placed = reanchor(target, "An entirely different article about the weather in Oslo.")
    assert placed.state is AnchorState.ORPHANED and placed.target == target


def test_find_quote_errors_and_occurrences() -> None:
    assert occurrences(ARTICLE, "the barrier") == [
        (m, m + len("the barrier")) for m in range(len(ARTICLE)) if ARTICLE.startswith("the barrier", m)]
    with pytest.raises(AnchorError, match="does not occur"):
        find_quote(ARTICLE, "Zakharova")
    with pytest.raises(AnchorError, match="occurs 3 time"):
        find_quote(ARTICLE, "the barrier", occurrence=9)
    with pytest.raises(AnchorError):
        make_target(ARTICLE, 5, 5)


EDIT_TEXT = ("Chancellor Friedrich Merz urged caution, while Prime Minister Giorgia Meloni said Rome could participate "
             "only if a peace agreement was signed. The Danish Refugee Council warned that the first such serious "
             "concrete step would not come before spring. Officials from the Danish Refugee Council did not attend.")
WORDS = [(m.start(), m.end()) for m in __import__("re").finditer(r"\S+", EDIT_TEXT)]


@pytest.mark.parametrize(("quote", "old", "new"), [
    ("Chancellor Friedrich Merz urged caution, while Prime Minister Giorgia Meloni", "urged", "urged extreme"),
    ("Friedrich Merz urged caution", "Merz urged", "Merz strongly urged"),
    ("only if a peace agreement", "if a peace", "if XYZWORD peace"),
    ("first such serious concrete", "such serious", "such really serious"),
    ("Rome could participate", "could participate", "participate"),
])
def test_a_fuzzy_placement_takes_the_edited_words_whole(quote: str, old: str, new: str) -> None:
    """A word inserted, replaced or removed inside a quote: placed on the edited words, never on pieces of words
    ("hancellor …", "D peace agreement") and never orphaned while the edited words are ≥ 80 % similar (found by an
    outside tester: 72 of 400 one-word edits of a real article cut a word, 71 were orphaned)."""
    start = EDIT_TEXT.index(quote)
    target = make_target(EDIT_TEXT, start, start + len(quote))
    edited = EDIT_TEXT.replace(old, new, 1)
    placed = reanchor(target, edited)
    assert placed.state is AnchorState.FUZZY
    assert placed.target.exact == quote.replace(old, new)


@settings(max_examples=150, deadline=None)
@given(st.integers(0, len(WORDS) - 8), st.integers(3, 7), st.integers(0, 10), st.sampled_from(["ins", "rep", "del"]))
def test_a_placement_never_cuts_a_word(i: int, n: int, k: int, op: str) -> None:
    start, end = WORDS[i][0], WORDS[i + n - 1][1]
    target = make_target(EDIT_TEXT, start, end)
    a, b = WORDS[i + 1 + k % (n - 2)]
    edited = {"ins": EDIT_TEXT[:a] + "really " + EDIT_TEXT[a:], "rep": EDIT_TEXT[:a] + "XYZWORD" + EDIT_TEXT[b:],
              "del": EDIT_TEXT[:a] + EDIT_TEXT[b + 1:]}[op]
    placed = reanchor(target, edited)
    if placed.state is not AnchorState.ORPHANED:
        s, e = placed.target.start, placed.target.end
        assert not (s > 0 and edited[s - 1].isalnum() and edited[s].isalnum())
        assert not (e < len(edited) and edited[e - 1].isalnum() and edited[e].isalnum())
        assert placed.target.exact == edited[s:e]


@pytest.mark.parametrize(("quote", "old", "new"), [
    ("“We will rebuild the harbour wall before the winter storms arrive, whatever it costs.”", "rebuild", "rebuild new"),
    ("(including the two Greens from the northern wards)", "two", "three"),
    ("\"Nobody has shown us a single study,\"", "single", "new"),
])
def test_a_placement_keeps_the_punctuation_its_quote_began_and_ended_with(quote: str, old: str, new: str) -> None:
    """A quote that opens with “ ( or [ kept it (a first version of the word snapping dropped the opening mark: a
    space before “ was no boundary — a reviewer, stop 40)."""
    text = f"The mayor said: {quote} Council members voted against the plan on Tuesday."
    start = text.index(quote)
    placed = reanchor(make_target(text, start, start + len(quote)), text.replace(old, new, 1))
    assert placed.state is AnchorState.FUZZY and placed.target.exact == quote.replace(old, new, 1)


@pytest.mark.parametrize("text", [
    "प्रधानमंत्री ने कहा कि सरकार किसी भी अनुचित समझौते को स्वीकार नहीं करेगी और जनता के हितों की रक्षा होगी।",
    unicodedata.normalize("NFD", "Le préfet a déclaré que la côte où vivent les pêcheurs sera protégée dès demain."),
])
def test_a_placement_never_splits_a_letter_from_its_marks(text: str) -> None:
    """Hindi's vowel signs and a decomposed accent are part of their word: they count as letters when a placement
    snaps to a word's end (they had counted as word breaks: 'ने क', 'la ou' for 'la où' — a reviewer, stop 40)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    for i in range(1, len(words) - 5):
        start, end = words[i][0], words[i + 4][1]
        a, b = words[i + 2]
        edited = text[:a] + "XYZ" + text[b:]
        placed = reanchor(make_target(text, start, end), edited)
        if placed.state is not AnchorState.ORPHANED:
            s, e = placed.target.start, placed.target.end
            assert not (s > 0 and not edited[s - 1].isspace() and not edited[s].isspace()), edited[s - 3:s + 3]
            assert not (e < len(edited) and not edited[e - 1].isspace() and not edited[e].isspace()), edited[e - 3:e + 3]


CORRECTED = ("The harbour council delayed its vote on Tuesday. Councillor Tomas Ek asked for a study.\n"
             "The mayor, Anna Berg, said the vote would be held in March. Ek said the study would take a year.\n"
             "Critics said the plan would cost 3.4 million euros. The council said the cost was 3.1 million euros.\n")


def test_a_figure_corrected_in_place_stays_on_its_place() -> None:
    """"3.4 million" corrected to "4.3 million": the mark went to the next sentence's "3.1 million euros", another
    figure that had a mark of its own (an outside tester, stop 56)."""
    start, end = find_quote(CORRECTED, "3.4 million euros")
    edited = CORRECTED.replace("3.4 million", "4.3 million")
    placed = reanchor(make_target(CORRECTED, start, end), edited)
    assert placed.state is AnchorState.FUZZY and placed.target.exact == "4.3 million euros"
    assert placed.target.start == start


def test_a_name_replaced_in_place_is_orphaned_not_moved_onto_another() -> None:
    start, end = find_quote(CORRECTED, "Ek", occurrence=2)
    edited = CORRECTED.replace(". Ek said", ". Berg said")
    placed = reanchor(make_target(CORRECTED, start, end), edited)
    assert placed.state is AnchorState.ORPHANED  # was "moved" onto the "Ek" of "Tomas Ek"


def test_away_from_its_context_a_fuzzy_placement_never_changes_a_figure() -> None:
    start, end = find_quote(CORRECTED, "3.4 million euros")
    edited = CORRECTED.replace("Critics said the plan would cost 3.4 million euros. ", "")
    placed = reanchor(make_target(CORRECTED, start, end), edited)
    assert placed.state is AnchorState.ORPHANED  # not the 3.1 million euros left in the text


_LETTERS = "abcdefghijklmnopqrstuvwxyz ,."


@settings(max_examples=200, suppress_health_check=[HealthCheck.filter_too_much])  # (most draws
# repeat their context: left out below)
@given(st.text(alphabet=_LETTERS, min_size=8, max_size=120), st.text(alphabet=_LETTERS, min_size=1, max_size=30),
       st.text(alphabet=_LETTERS, min_size=8, max_size=120), st.text(alphabet=_LETTERS, min_size=0, max_size=20))
def test_words_replaced_between_a_kept_context_are_the_quotes_place_or_it_is_orphaned(
        before: str, quote: str, after: str, new: str) -> None:
    """The quote's own words replaced, its 32 characters either side kept: placed on the new words, or orphaned —
    never elsewhere."""
    text, start = before + quote + after, len(before)
    target = make_target(text, start, start + len(quote))
    edited = before + new + after
    assume(quote not in edited)  # else it is found whole somewhere (moved): another rule
    assume(_count(edited, before[-8:]) == 1 and _count(edited, after[:8]) == 1)  # a context that tells the place,
    # counted overlapping: in "aaaaaaaa" + "aa.a" + "aaaaaaaa" every place is the quote's (Hypothesis, stop 58), and
    # str.count saw one "aaaaaaaa" in "aa.aaaaaaaaaaaaa" (CI, stop 59)
    assume(len(before) >= CONTEXT or len(after) >= CONTEXT)  # a text that is no more than the quote and its few
    # neighbours has nothing around it to tell its place: the quote is looked for as it was (_replaced_in_place)
    placed = reanchor(target, edited)
    if placed.state is not AnchorState.ORPHANED:
        assert placed.state is AnchorState.FUZZY
        assert start <= placed.target.start and placed.target.end <= start + len(new)


def _row(fruit: str, price: int) -> str:
    return f"Fruit: {fruit:<10} | price per kilo at the market today: {price} euros | source: ministry of agriculture\n"


def test_rows_that_share_their_context_keep_each_mark_on_its_own_figure() -> None:
    """A table's rows share the 32 characters around their figures: a row added above sent the apples' mark to the
    kiwis' "8 euros", and deleting the apples' row sent it to the pears' "5 euros" (a tester on the fixes, stop 56)."""
    table = "Market prices\n\n" + _row("apples", 3) + _row("pears", 5) + _row("plums", 7)
    start, end = find_quote(table, "3 euros")
    target = make_target(table, start, end)
    added = "Market prices\n\n" + _row("kiwis", 8) + _row("apples", 3) + _row("pears", 5) + _row("plums", 7)
    placed = reanchor(target, added)
    line = added[added.rfind("\n", 0, placed.target.start) + 1:placed.target.start]
    assert placed.state is AnchorState.MOVED and line.startswith("Fruit: apples")
    gone = "Market prices\n\n" + _row("pears", 5) + _row("plums", 7)
    assert reanchor(target, gone).state is AnchorState.ORPHANED


@pytest.mark.parametrize(("quote", "edits"), [
    ("Harbour council approves €48 million flood barrier", [("€48 million", "€46 million")]),  # the text's start
    ("offered a loan of €20 million", [("€20 million", "€25 million"), ("document seen by", "report read by")]),
])
def test_a_figure_corrected_where_the_context_changed_a_little_further_off_stays_on_its_place(
        quote: str, edits: list[tuple[str, str]]) -> None:
    """A figure corrected in a headline (no prefix: the text's start) or beside a sentence also edited was orphaned
    by the first rule for words replaced in place, though the old code had placed it right (a tester on the second
    fixes, stop 56): the nearest 16 characters of context, or the text's start or end, are its place."""
    text = ("Harbour council approves €48 million flood barrier after two-year dispute\n\nThe European Investment "
            "Bank has offered a loan of €20 million, according to a council document seen by this newspaper.\n")
    start = text.index(quote)
    edited = text
    for old, new in edits:
        edited = edited.replace(old, new, 1)
    placed = reanchor(make_target(text, start, start + len(quote)), edited)
    assert placed.state is AnchorState.FUZZY and placed.target.exact == edited[start:start + len(quote)]
