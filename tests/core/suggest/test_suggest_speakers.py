"""Issue 20, claims: sentence boundaries by sentencex, speakers as the subject of the reporting verb — named,
unnamed ("officials"), "said X of Y" with Y as affiliation — and quotes that run over several sentences.
Sentences written for these tests."""
from __future__ import annotations

from annotations.suggest import Suggestion
from annotations.suggest.claims import sentences, suggest_claims
from annotations.suggest.entities import suggest_entities


def _claims(text: str) -> list[Suggestion]:
    return suggest_claims(text, suggest_entities(text))


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None, str | None]:
    claim = next(c for c in _claims(text) if fragment in c.exact)
    return claim.speaker, claim.speaker_kind, claim.affiliation


def test_a_comma_before_said_does_not_cut_the_sentence() -> None:
    text = "A spokesman for the ferry office, said the timetable was wrong. Dr. Lund met U.S. envoys at 3 p.m. today."
    assert [text[a:b] for a, b in sentences(text)] == [
        "A spokesman for the ferry office, said the timetable was wrong.",
        "Dr. Lund met U.S. envoys at 3 p.m. today."]


def test_a_line_break_always_ends_a_sentence() -> None:
    text = "Harbour fees rise again\nThe council said fees would rise by a third."
    assert [text[a:b] for a, b in sentences(text)] == ["Harbour fees rise again",
                                                       "The council said fees would rise by a third."]


def test_unnamed_sources_are_kept_as_worded_and_marked_unnamed() -> None:
    text = ("The dam cracked on Monday. Officials said repairs would take a year. Local residents told "
            "reporters the water was brown. A senior diplomat said talks were frozen. State media reported "
            "that 40 people had been moved.")
    assert _speaker_of(text, "repairs would take")[:2] == ("officials", "unnamed")
    assert _speaker_of(text, "water was brown")[:2] == ("local residents", "unnamed")
    assert _speaker_of(text, "talks were frozen")[:2] == ("a senior diplomat", "unnamed")
    assert _speaker_of(text, "40 people")[:2] == ("state media", "unnamed")


def test_a_source_with_a_place_after_it_is_still_unnamed() -> None:
    text = "Some farmers in the valley said the river had dried up."
    assert _speaker_of(text, "dried up")[:2] == ("some farmers in the valley", "unnamed")


def test_said_x_of_y_gives_the_person_with_the_organisation_as_affiliation() -> None:
    text = "\"The cells are full,\" said Ingrid Solheim of Amnesty International."
    assert _speaker_of(text, "cells are full") == ("Ingrid Solheim", "named", "Amnesty International")


def test_apposition_and_relative_clauses_lead_back_to_the_subject() -> None:
    text = ("Pieter Vandersloot, a lawyer for the families, said the report was late. "
            "Dozens of fishermen who spoke on Tuesday said the quotas were unfair.")
    assert _speaker_of(text, "report was late")[:2] == ("Pieter Vandersloot", "named")
    assert _speaker_of(text, "quotas were unfair")[1] == "unnamed"


def test_a_government_speaking_through_its_country_is_named() -> None:
    text = "Sudan said the border would reopen next week."
    assert _speaker_of(text, "border would reopen")[:2] == ("Sudan", "named")


def test_according_to_names_what_follows() -> None:
    text = "The plant will close in May, according to people familiar with the plan."
    assert _speaker_of(text, "plant will close")[1] == "unnamed"


def test_a_quote_running_over_sentences_belongs_to_its_speaker() -> None:
    text = ("\"We lost everything. The water came at night,\" said Marta Kowalczyk, a farmer.\n"
            "\"Nobody warned us about the dam.\"\n")
    claims = _claims(text)
    assert {c.speaker for c in claims} == {"Marta Kowalczyk"}
    assert any("We lost everything" in c.exact for c in claims)
    assert any("Nobody warned us about" in c.exact for c in claims)


def test_a_verb_inside_a_quote_is_not_the_reporting_verb() -> None:
    text = "\"They said the shop was closed, and they said it twice,\" Ahmed Farouk said."
    assert _speaker_of(text, "shop was closed")[:2] == ("Ahmed Farouk", "named")


def test_the_later_surname_speaks_for_the_first_person_introduced() -> None:
    text = ("Henrike Brandvold, the harbour master, runs the port. Her brother Olav Brandvold sails. "
            "Brandvold said the port would stay open.")
    assert _speaker_of(text, "stay open")[0] == "Henrike Brandvold"


def test_a_spokesperson_for_an_organisation_and_its_poll_speak_for_it() -> None:
    text = ("A spokesperson for the Skarv Ferry Company said the timetable would change. A new Nordic Pollsters "
            "Institute survey found that most riders approve. The route will close, said a spokesman for the "
            "Tern Valley Water Agency.")
    assert _speaker_of(text, "timetable would change")[:2] == ("Skarv Ferry Company", "named")
    assert _speaker_of(text, "most riders approve")[:2] == ("Nordic Pollsters Institute", "named")
    assert _speaker_of(text, "route will close")[:2] == ("Tern Valley Water Agency", "named")


def test_they_after_an_unnamed_source_is_that_source() -> None:
    text = ("Some local fishermen said the quotas were unfair. They said the boats would stay in port.")
    assert _speaker_of(text, "boats would stay")[:2] == ("some local fishermen", "unnamed")


def test_sentences_of_one_quotation_make_one_claim() -> None:
    text = "\"We lost everything. The water came at night,\" said Marta Kowalczyk. \"We will rebuild the farm.\"\n"
    claims = _claims(text)
    assert [c.exact for c in claims] == ["\"We lost everything. The water came at night,\" said Marta Kowalczyk.",
                                         "\"We will rebuild the farm.\""]
    assert {c.speaker for c in claims} == {"Marta Kowalczyk"}


def test_a_person_fronted_before_appositions_or_a_prepositional_phrase_is_the_speaker() -> None:
    # round 26: the subject comes first; roles and "of/for X" after it, closed by a comma, are modifiers
    text = ("Harbour Weekly covered the vote on the ferry tariffs in Tromsø.\n"
            "Dr Ingrid Solberg, Director of the Nordic Ferry Institute, and Chair of the Tromsø Port Authority, "
            "says the tariffs were set too low.\n"
            "Petter Aune for the Arctic Shipping Council, says a review will follow.\n"
            "After the vote, Kari Nyland, Bergen councillor, said the city would appeal.")
    assert _speaker_of(text, "tariffs were set too low")[:2] == ("Ingrid Solberg", "named")
    assert _speaker_of(text, "a review will follow")[:2] == ("Petter Aune", "named")
    assert _speaker_of(text, "city would appeal")[:2] == ("Kari Nyland", "named")


def test_a_common_noun_phrase_as_subject_is_an_unnamed_source_without_its_participle_or_relative_clause() -> None:
    # round 26: any source noun phrase, not only listed heads; prepositional phrases kept, clauses dropped
    text = ("The ferry to Vardø was cancelled twice in March.\n"
            "The survey's authors say the crossings lose money every winter.\n"
            "Some skippers reported that the harbour lights failed.\n"
            "Letters to the editor of the harbour newsletter from Tuesday claimed that fares doubled.\n"
            "A new audit covering four harbours has revealed the port lost two million kroner.\n"
            "Drawings released of the new quay showed a second berth.\n"
            "The winter timetable will start in November, according to a notice posted at the quay.")
    assert _speaker_of(text, "lose money")[:2] == ("the survey's authors", "unnamed")
    assert _speaker_of(text, "lights failed")[:2] == ("some skippers", "unnamed")
    assert _speaker_of(text, "fares doubled")[:2] == (
        "letters to the editor of the harbour newsletter", "unnamed")
    assert _speaker_of(text, "two million kroner")[:2] == ("a new audit", "unnamed")
    assert _speaker_of(text, "a second berth")[:2] == ("drawings", "unnamed")
    assert _speaker_of(text, "winter timetable")[:2] == ("a notice", "unnamed")
