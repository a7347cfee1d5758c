"""Issue 20, round 6 (generalisation): rules of English naming and reporting motivated by error patterns seen in
two or more real articles (the spent real splits and real-fresh), written as grammar rather than names. Every
sentence here is written for these tests; the people, places, bodies and things are invented."""
from __future__ import annotations

from annotations.suggest import Suggestion
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities


def _found(text: str) -> set[tuple[str, str]]:
    return {(s.exact, s.type) for s in suggest_entities(text) if s.type in ("PERSON", "ORG", "PLACE")}


def _claims(text: str) -> list[Suggestion]:
    return suggest_claims(text, suggest_entities(text))


def _speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    claim = next(c for c in _claims(text) if fragment in c.exact)
    return claim.speaker, claim.speaker_kind


def test_a_word_after_the_is_a_thing_even_with_an_apposition() -> None:
    # "the Hajj, the annual pilgrimage", "the Frühburgunder, an early-ripening mutation": a person's name takes no
    # article, so the apposition after it describes a thing (a feast, a grape), not a person
    text = "Pilgrims travel far for the Hajja, the annual feast of the valley. Many stay a week."
    assert not any(t == "PERSON" for _, t in _found(text))
    text = "No wine is as prized as the Kellerbrand, an early-ripening mutation of the red grape."
    assert not any(t == "PERSON" for _, t in _found(text))
    # an apposition after a name without "the" still shows a person
    assert ("Hajja", "PERSON") in _found("The fee was paid by Hajja, a lawyer from the coast.")


def test_a_country_whose_name_begins_with_the_is_named_without_the_article() -> None:
    # "the Netherlands", "The Netherlands" (mid-sentence): the article is no part of the country's name
    assert ("Netherlands", "PLACE") in _found("Trade with Spain and the Netherlands grew last year.")
    assert ("Netherlands", "PLACE") in _found("A team based in The Netherlands has found a tool.")
