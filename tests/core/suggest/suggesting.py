"""What the suggestion tests look at: the entity mentions found, the claims, and a claim's speaker."""
from __future__ import annotations

from annotations.suggest import Suggestion
from annotations.suggest.claims import suggest_claims
from annotations.suggest.entities import suggest_entities


def found(text: str) -> set[tuple[str, str]]:
    """(words, type) of every PERSON, ORG and PLACE suggested in `text`."""
    return {(s.exact, s.type) for s in suggest_entities(text) if s.type in ("PERSON", "ORG", "PLACE")}


def claims(text: str) -> list[Suggestion]:
    return suggest_claims(text, suggest_entities(text))


def speaker_of(text: str, fragment: str) -> tuple[str | None, str | None]:
    """The speaker and its kind (named/unnamed) of the claim holding `fragment`."""
    claim = next(c for c in claims(text) if fragment in c.exact)
    return claim.speaker, claim.speaker_kind
