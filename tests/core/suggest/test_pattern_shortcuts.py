"""The suggestion patterns' shortcuts (for speed) find exactly what the plain regular expressions find:
the organisation-suffix look-back that starts at a capital, the sentence-start organisation found
from its ", the operator" anchor, and (stop 36) "Kenya's foreign ministry" found from its head word and the
places after a preposition found in one scan for both patterns."""
from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from annotations.suggest.patterns import (_NO_PLACE, _PREPOSITIONS, DAYS, EMPTY_BEFORE, MINISTRIES, MONTHS,
                                         PLACES_AFTER_PREPOSITIONS, SCANNED, TRIGGERED, _after_word, _not_word)

_PIECES = ["Voltaris", "McDonald", "ABC", "éVolt", "Volt", "North", "Sea", "&", "-", "'", "’", ", the operator",
           ", the company", ",  the\tbank", ", the banker", ". ", ".  ", "\n", " ", "  ", "x", "the", "of"]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)

_OWNER = re.compile(r"([A-Z](?:(?<=^.)|(?<=\n.)|(?<=\.\s.)|(?<=\.\s\s.))[a-z]+[A-Z]?[a-z]*),\s+the\s+"
                    r"(?:operator|company|utility|firm|group|agency|bank|owner|maker|manufacturer|carrier|"
                    r"broadcaster|newspaper)\b")
"""The sentence-start organisation pattern as a plain regex ("Nordgrid, the operator")."""


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_anchored_pattern_finds_what_the_plain_regex_finds(text: str) -> None:
    anchored = next(p for _, p, _ in SCANNED if not isinstance(p, re.Pattern))
    assert [m.span(1) for m in anchored.finditer(text)] == [m.span(1) for m in _OWNER.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_the_look_back_from_a_capital_finds_what_the_plain_look_back_finds(text: str) -> None:
    for t in TRIGGERED:
        if t.before is None or t.before_words is None:
            continue
        for start in range(len(text) + 1):
            window = max(0, start - t.window)
            plain = t.before.search(text, window, start)
            quick = t.before_words.search(text, window, start) or EMPTY_BEFORE.match(text, start)
            assert (plain is None) == (quick is None)
            if plain is not None and quick is not None:
                assert plain.start("w") == quick.start("w")


_MINISTRY = re.compile(r"([A-Z](?<!\w[A-Z])(?:[\w'’-]+|[a-z]+'s)\s+(?:foreign|defence|defense|interior|finance|"
                       r"health|justice|economy|education|energy|transport|environment|agriculture|trade)\s+"
                       r"(?:ministry|department|office))\b")
"""The ministry pattern as it was scanned over the whole text (before stop 36)."""
_PLACE_AFTER = re.compile(rf"([A-Z]{_after_word(_PREPOSITIONS + '|without')}"
                          rf"{_not_word(MONTHS + '|' + DAYS + '|' + _NO_PLACE)}[a-z]+(?:\s[A-Z][a-z]+)?)(?=[\s,.;:]|$)")
_SECOND_PLACE = re.compile(rf"[A-Z]{_after_word(_PREPOSITIONS + '|between')}[a-z]+\s+(?:and|or)\s+"
                           rf"(?!(?:{MONTHS}|{DAYS})\b)([A-Z][a-z]+)(?=[\s,.;:]|$)")
"""The two place patterns, each scanned over the whole text (before stop 36)."""
_WORDS = ["Kenya's", "Kenya’s", "the", "Kremlin", "foreign", "health", "ministry", "department", "office", "x",
          "ministryx", "in", "from", "between", "and", "or", "to", "Oslo", "Bergen", "May", "Monday", "Parliament",
          "Tromsø", "O'Neill", "_A", "9B", "-Ab", "without"]
_SEPARATORS = [" ", "  ", "\n", ", ", ". ", "\t", ""]
_PHRASES = st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda pairs: "".join(w + s for w, s in pairs))


@settings(max_examples=500, deadline=None)
@given(_PHRASES)
@example("Kenya's foreign ministry said. The Kremlin health department and Kenya’s trade office")
def test_ministries_found_from_their_head_are_those_the_plain_regex_finds(text: str) -> None:
    assert [m.span(1) for m in MINISTRIES.finditer(text)] == [m.span(1) for m in _MINISTRY.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(_PHRASES)
@example("from Bergen and Oslo, in Tromsø, between Oslo or Bergen, in May, to Parliament")
def test_places_after_a_preposition_in_one_scan_are_those_of_both_scans(text: str) -> None:
    plain = [("PLACE", *m.span(1)) for m in _PLACE_AFTER.finditer(text)]
    plain += [("PLACE", *m.span(1)) for m in _SECOND_PLACE.finditer(text)]
    assert PLACES_AFTER_PREPOSITIONS.spans(text) == plain
