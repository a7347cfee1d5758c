"""Correcting a claim suggestion's speaker as it is accepted: which claims "all with this speaker" covers,
the names offered, whether a typed speaker reads as an unnamed source, and the claims as accepted."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotations.suggest import Suggestion
from annotations.suggest.speaker_choice import (
    claims_like, clean_speaker, looks_unnamed, speaker_choices, type_of, with_speaker,
)


def claim(start: int, speaker: str | None, kind: str | None = "named", affiliation: str | None = None,
          type_: str | None = None) -> Suggestion:
    return Suggestion("claim", start, start + 10, "x" * 10, "quote", speaker=speaker, speaker_kind=kind,
                      affiliation=affiliation, speaker_type=type_)


def entity(start: int, exact: str, type_: str = "PERSON", name: str | None = None) -> Suggestion:
    return Suggestion("entity", start, start + len(exact), exact, type_, name=name)


SUGGESTIONS = [entity(0, "Ek"), claim(10, "Tomas Ek"), entity(30, "London", "PLACE"), claim(40, "London"),
               claim(60, None, None), claim(80, "Tomas Ek"), claim(100, "London"), claim(120, None, None)]


def test_all_like_it_are_the_claims_with_the_same_suggested_speaker_in_reading_order() -> None:
    assert [c.start for c in claims_like(SUGGESTIONS, SUGGESTIONS[3])] == [40, 100]
    assert [c.start for c in claims_like(SUGGESTIONS, SUGGESTIONS[1])] == [10, 80]


def test_a_claim_without_a_speaker_is_alike_only_to_itself() -> None:
    assert claims_like(SUGGESTIONS, SUGGESTIONS[4]) == [SUGGESTIONS[4]]


def test_an_entity_suggestion_has_no_claims_like_it() -> None:
    assert claims_like(SUGGESTIONS, SUGGESTIONS[0]) == []


def test_names_offered_library_entities_first_then_suggested_names_and_speakers_each_once() -> None:
    suggestions = [entity(0, "Ek", name="Tomas Ek"), entity(5, "Oslo", "PLACE"), entity(9, "Halvorsen", "ORG"),
                   entity(20, "Thursday", "DATE"), claim(30, "tomas  ek"), claim(40, "a council document", "unnamed"),
                   claim(60, "Alder Fishing Cooperative", type_="ORG")]
    choices = speaker_choices(suggestions, [("Marta Lindqvist", "PERSON"), ("Claire Dubois", "PERSON"),
                                            ("March 2025", "DATE")])
    assert choices.names == ["Claire Dubois", "Marta Lindqvist", "Tomas Ek", "Oslo", "Halvorsen",
                             "a council document", "Alder Fishing Cooperative"]
    assert [type_of(n, choices) for n in ("claire dubois", "Oslo", "Halvorsen", "Alder Fishing Cooperative",
                                          "Someone New")] == ["PERSON", "PLACE", "ORG", "ORG", "PERSON"]
    assert choices.unnamed == {"a council document"}


def test_a_phrase_the_document_suggests_as_unnamed_stays_unnamed_whatever_its_words() -> None:
    choices = speaker_choices([claim(0, "health officials", "unnamed"), claim(20, "the owner", "unnamed"),
                               claim(40, "Marta Lindqvist")], [])
    assert looks_unnamed("health officials", choices) and looks_unnamed("the owner", choices)
    assert looks_unnamed("“The Owner”", choices)  # quotes and case do not matter
    assert not looks_unnamed("Marta Lindqvist", choices) and not looks_unnamed("marta lindqvist", choices)


def test_an_entity_named_like_an_unnamed_phrase_is_named() -> None:
    choices = speaker_choices([claim(0, "the people", "unnamed")], [("The People", "ORG")])
    assert not looks_unnamed("the people", choices) and type_of("the people", choices) == "ORG"


@pytest.mark.parametrize("typed", ["officials", "two people familiar with the matter", "a senior diplomat",
                                   "US officials", "Western diplomats", "The officials", "analysts",
                                   "engineers from Halvorsen & Partners", "some residents", "Tory MPs",
                                   "the CEO of California’s grid operator"])
def test_sources_named_by_what_they_are_read_as_unnamed(typed: str) -> None:
    assert looks_unnamed(typed)


@pytest.mark.parametrize("typed", ["Tomas Ek", "The Associated Press", "The New York Times", "de Blasio",
                                   "al-Shabaab", "Police Scotland", "State Department", "Vox Media", "NATO", "",
                                   "Global Witness", "Union of Concerned Scientists",
                                   "Two Door Cinema Club", "Five Star Bank", "Bank of the West"])
def test_names_are_read_as_named(typed: str) -> None:
    """(A name opening with a number word was read as unnamed, "Two Door Cinema Club": an outside tester, stop 36.)"""
    assert not looks_unnamed(typed)


def test_quotes_and_spaces_around_a_typed_name_are_dropped() -> None:
    assert clean_speaker('  “Tomas   Ek”\n') == "Tomas Ek" and clean_speaker('"\'') == "'"
    assert clean_speaker("‘Tomas Ek’") == "Tomas Ek" and clean_speaker("'Tomas Ek'") == "Tomas Ek"
    # an apostrophe opening or closing a name stays (an outside tester's fault, stop 36)
    assert clean_speaker("’Ndrangheta") == "’Ndrangheta" and clean_speaker("'Ndrangheta") == "'Ndrangheta"
    assert clean_speaker("“’Ndrangheta”") == "’Ndrangheta" and clean_speaker("Chris Jones'") == "Chris Jones'"


def test_with_speaker_replaces_speaker_and_kind_and_drops_the_old_affiliation() -> None:
    before = [claim(10, "Anil Mehta", affiliation="University of Kessling"), claim(30, "London")]
    after = with_speaker(before, "  the Chinese   embassy ", unnamed=True, type_="ORG")
    assert [(c.start, c.speaker, c.speaker_kind, c.affiliation, c.speaker_type) for c in after] == [
        (10, "the Chinese embassy", "unnamed", None, None), (30, "the Chinese embassy", "unnamed", None, None)]
    [org] = with_speaker(before[:1], "Alder Fishing Cooperative", unnamed=False, type_="ORG")
    assert (org.speaker, org.speaker_kind, org.speaker_type) == ("Alder Fishing Cooperative", "named", "ORG")
    assert [(c.start, c.end, c.exact, c.type) for c in after] == [(c.start, c.end, c.exact, c.type) for c in before]


def test_with_speaker_keeps_the_affiliation_when_the_speaker_stays() -> None:
    [kept] = with_speaker([claim(10, "Anil Mehta", affiliation="University of Kessling")], "Anil Mehta", False)
    assert (kept.speaker, kept.speaker_kind, kept.affiliation) == ("Anil Mehta", "named", "University of Kessling")


def test_an_empty_speaker_accepts_the_claim_with_none() -> None:
    [cleared] = with_speaker([claim(10, "London")], "   ", unnamed=False)
    assert (cleared.speaker, cleared.speaker_kind) == (None, None)


@given(st.lists(st.sampled_from(["Ek", "London", None]), max_size=12), st.integers(0, 11), st.text(max_size=30),
       st.booleans())
def test_a_correction_changes_speakers_only_and_only_of_the_claims_like_it(
        speakers: list[str | None], pick: int, typed: str, unnamed: bool) -> None:
    suggestions = [claim(i * 20, s, "named" if s else None) for i, s in enumerate(speakers)]
    if not suggestions:
        return
    current = suggestions[pick % len(suggestions)]
    like = claims_like(suggestions, current)
    assert current in like and all(c.speaker == current.speaker for c in like)
    after = with_speaker(like, typed, unnamed)
    assert [c.start for c in after] == [c.start for c in like]
    assert all(c.speaker == (clean_speaker(typed) or None) for c in after)
    assert all((c.speaker_kind is None) == (c.speaker is None) for c in after)
