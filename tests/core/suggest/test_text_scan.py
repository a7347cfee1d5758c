"""The linear scans of annotations/suggest/text_scan.py give what the copy, the search from the start or the regex\nthey replace gave."""
from __future__ import annotations

import re
import sys

from hypothesis import example, given
from hypothesis import strategies as st

from annotations.suggest.text_scan import (LONGER_LOWER, WordHits, last_start, last_visible, lines_with,
                                             same_length_lower, standing, starts_of, words_automaton, words_found)

_TEXTS = st.text(alphabet=st.sampled_from(list("ab.!?\n\t \u00a0\u2003\"“”,")), max_size=40)


@given(_TEXTS, st.integers(min_value=0, max_value=50))
def test_last_visible_is_the_last_character_of_the_stripped_text_before(text: str, at: int) -> None:
    assert last_visible(text, at) == text[:at].rstrip()[-1:]


def test_last_visible_skips_every_kind_of_white_space() -> None:
    assert last_visible("He said. \u00a0\n\t said", 12) == "."
    assert last_visible(" \n ", 3) == ""
    assert last_visible("", 5) == ""


@given(st.text(alphabet="ab ", max_size=20), st.sets(st.sampled_from(["a", "ab", "ba", "aab", " b", "bab"]), max_size=4),
       st.integers(min_value=0, max_value=24))
def test_the_last_start_found_once_is_where_rfind_finds_the_word(text: str, words: set[str], upto: int) -> None:
    """Every start found in one pass (overlapping ones too), then the last before `upto`: what `rfind` gives."""
    starts = starts_of(text, words)
    assert set(starts) == words
    for word in words:
        assert last_start(starts[word], len(word), upto) == text.rfind(word, 0, upto)


def test_a_word_that_straddles_the_position_does_not_count() -> None:
    starts = starts_of("xx ab ab", {"ab"})
    assert starts == {"ab": [3, 6]}
    assert [last_start(starts["ab"], 2, upto) for upto in (4, 5, 7, 8)] == [-1, 3, 3, 6]


_WORDY = st.text(alphabet=st.sampled_from(list("ab_1é-'’ .\nİΣ")), max_size=30)


@given(_WORDY, st.sampled_from(["a", "ab", "aba", "a-b", "b'", "é", "Σ", "_a"]),
       st.sampled_from([("'’-", "'’-"), ("'’-", "-"), ("-", "-"), ("", "")]))
def test_standing_finds_what_the_whole_word_regex_finds(text: str, word: str, joiners: tuple[str, str]) -> None:
    before, after = joiners
    pattern = re.compile(rf"(?<![\w{re.escape(before)}]){re.escape(word)}(?![\w{re.escape(after)}])")
    assert list(standing(text, word, before, after)) == [m.start() for m in pattern.finditer(text)]


def test_standing_skips_a_name_inside_a_longer_word_or_joined_by_an_apostrophe() -> None:
    text = "Reeves said. Reeves' aide, O'Reeves and Reeves-Smith; (Reeves)"
    assert list(standing(text, "Reeves")) == [0, 55]
    assert list(standing(text, "Reeves", joined_after="-")) == [0, 13, 55]


@given(_WORDY)
def test_same_length_lower_keeps_every_offset_and_lowers_the_rest(text: str) -> None:
    folded = same_length_lower(text)
    assert len(folded) == len(text)
    assert all(f == (c if len(c.lower()) != 1 else c.lower()) or (c == "Σ" and f == "ς")
               for c, f in zip(text, folded, strict=True))


def test_the_letters_whose_lower_case_is_longer_are_all_listed() -> None:
    """same_length_lower looks for these alone (a new Unicode version may add one)."""
    assert {chr(c) for c in range(sys.maxunicode + 1) if len(chr(c).lower()) != 1} == set(LONGER_LOWER)


@given(st.text(alphabet="ab c", max_size=30), st.sets(st.sampled_from(["a", "ab", "b", "abc", "ca", "c a", "bab"]),
                                                      min_size=1),
       st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30))
def test_words_found_are_what_findall_of_the_longest_first_alternation_finds(text: str, words: set[str], start: int,
                                                                             end: int) -> None:
    pattern = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert words_found(words_automaton(words), text, start, end) == set(pattern.findall(text, start, end))


@given(st.text(alphabet="ab c", max_size=30), st.sets(st.sampled_from(["a", "ab", "b", "abc", "ca", "c a", "bab"])),
       st.lists(st.tuples(st.integers(min_value=0, max_value=30), st.integers(min_value=0, max_value=30),
                          st.sets(st.sampled_from(["a", "ab", "b", "abc", "ca", "c a", "bab"]))), max_size=4))
def test_word_hits_found_once_are_what_an_automaton_of_the_words_so_far_finds_in_each_slice(
        text: str, vocabulary: set[str], slices: list[tuple[int, int, set[str]]]) -> None:
    """The words that may join the set found in one pass, then the set as it stands at each sentence: what an
    automaton of that set finds in the sentence's slice (a word not in the set yet never hides a shorter one)."""
    hits = WordHits(text, vocabulary)
    for start, end, chosen in slices:
        words = chosen & vocabulary
        expected = words_found(words_automaton(words), text, start, end) if words else set()
        assert hits.found(words, start, end) == expected


@given(st.text(alphabet=st.sampled_from(list("ab7\n ,-")), max_size=40), st.integers(min_value=0, max_value=45))
def test_a_pattern_run_on_the_lines_with_its_word_finds_what_it_finds_over_the_text(text: str, end: int) -> None:
    pattern = re.compile(r"(?<!\d)(?:a[ \t]+)?7[,-]b*|b,[ \t]*7")
    whole = [m.span() for m in pattern.finditer(text, 0, end)]
    assert [m.span() for start, stop in lines_with(text, "7", end) for m in pattern.finditer(text, start, min(stop, end))] \
        == whole


@example(["x ", "Ada", " and ", "Sam", " and  ", "Ada", ", & ", "Sam"])
@given(st.lists(st.sampled_from(["Ada", "Sam", " and ", ", and ", " & ", " and  ", " ", ",", " x "]), max_size=12))
def test_the_partner_joined_by_and_is_the_first_the_full_search_finds(pieces: list[str]) -> None:
    """coreference._partner looks only up to where "and" and its spaces end: the person the search through every
    later person found."""
    from annotations.suggest import Suggestion
    from annotations.suggest.coreference import _AND_THEN, _partner

    text, persons = "", []
    for piece in pieces:
        if piece in ("Ada", "Sam"):
            persons.append(Suggestion("entity", len(text), len(text) + 3, piece, "PERSON"))
        text += piece
    starts = [p.start for p in persons]
    for p in persons:
        full = next((q for q in persons if q.start > p.end and _AND_THEN.fullmatch(text, p.end, q.start)), None)
        assert _partner(text, p, persons, starts) == full


def _another_holder_by_search(text: str, role: str, holder: str, upto: int) -> bool:
    """described_subjects.another_holder as it was: its pattern searched over the whole stretch."""
    from annotations.suggest.coreference import SENTENCE_END

    at = text.rfind(holder.rsplit(None, 1)[-1], 0, upto)
    after = SENTENCE_END.search(text, at, upto) if at >= 0 else None
    if after is None:
        return False
    return re.compile(rf"(?<![\w'’-])(?:(?:another|second|other|a|an|one|[\w]+['’]s)\s+"
                      rf"(?:(?!(?:of|the|for|to|with|at|in|on|by|from)\b)[\w-]+\s+){{0,3}}"
                      rf"{re.escape(role)}\b|the\s+{re.escape(role)}\s+of\s+(?:a|an|another)\b)",
                      re.I).search(text, after.end(), upto) is not None


@example(["Smith", ". ", "Another", " ", "senior", "  ", "Economist", " said."], 40)
@example(["Smith", ". ", "the", "\n", "economist", " ", "of", " ", "a", " bank."], 40)
@given(st.lists(st.sampled_from(["Smith", ". ", "another", "Another", "a", "an", "one", "second", "the", "economist",
                                 "Economist", "economists", "of", "Lee’s", "x-y", "new", " ", "  ", "\n", ",", "-"]),
                max_size=18),
       st.integers(min_value=0, max_value=120))
def test_another_holder_looks_only_where_the_pattern_can_start(pieces: list[str], upto: int) -> None:
    from annotations.suggest.described_subjects import another_holder

    text = "".join(piece if piece in (". ", " ", "  ", "\n", ",", "-") else f"{piece} " for piece in pieces)
    assert another_holder(text, "economist", "Jane Smith", upto) == \
        _another_holder_by_search(text, "economist", "Jane Smith", upto)


@example(["the", " ", "Former", "  ", "economist"], 40)
@example(["ex-", " ", "chief", " ", "ECONOMİST"], 40)
@given(st.lists(st.sampled_from(["former", "Former", "FORMER", "retİred", "retıred", "retired", "ex-", "Ex-", "chief",
                                 "senior", "economist", "Economists", "ECONOMİST", " ", "  ", "\n", "-", "x"]),
                max_size=14),
       st.integers(min_value=0, max_value=100))
def test_called_former_tries_the_pattern_where_the_search_would_find_it(pieces: list[str], upto: int) -> None:
    from annotations.suggest.described_subjects import _called_former

    text = "".join(pieces)
    pattern = re.compile(r"(?:former|retired|ex-)\s+(?:[\w-]+\s+){0,2}economist", re.I)
    assert _called_former(text, "economist", upto) == (pattern.search(text, 0, upto) is not None)


@given(st.lists(st.sampled_from(["More", "than", "half", "Half", "a", "third", "quarter", "two-thirds", "Three-quarters",
                                 "majority", "57", "10.27", "percent", "per", "cent", "%", "One", "in", "four", "of",
                                 "the", "voters", "Only", "But", "(57 percent)", "Forty-eight", "Some", " ", "\t", ","]),
                max_size=10))
def test_a_share_is_matched_only_where_one_of_its_words_stands(pieces: list[str]) -> None:
    from annotations.suggest.shares import _SHARE, _may_share

    text = " ".join(pieces)
    if _SHARE.fullmatch(text):
        assert _may_share(text, 0, len(text))
