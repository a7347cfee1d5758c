"""The suggesters never fail on news-like text: runs of names, titles, possessives, numerals and punctuation in any
order give suggestions whose quote is the text at their offsets (a title right after a possessive once raised
IndexError and gave no suggestion for the whole document)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities

_TOKENS = ["Jordan's", "King", "Abdullah", "II", "Jr.", "the", "said", "Mr", "Dr.", "of", "and", "President", "Ali's",
           "al-Sadr", "bin", "U.S.", "Senate", "FC", "O'Neill", "McLaughlin", "İlber", "Grand", "Prix", "Minister",
           "Department", "Health", "Mary's", "Square", "Palace", "After", "his", "uncle", "telling", "Chief",
           "Executive", "Queen", "according", "to", "told", "Reuters", "\"", "“", "”", ",", ".", ";", ":", "(", ")",
           "—", "\n"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TOKENS), min_size=1, max_size=30))
def test_suggestions_on_any_run_of_news_words_are_quotes_of_the_text(tokens: list[str]) -> None:
    text = " ".join(tokens)
    entities = suggest_entities(text)
    for s in [*entities, *suggest_claims(text, entities)]:
        assert 0 <= s.start < s.end <= len(text) and text[s.start:s.end] == s.exact
