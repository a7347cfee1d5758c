"""Events named in news (resources/gazetteers/events.json) are suggested as events, never as places or
organisations ("in Eurovision", "during Hajj", "the Champions League"), and group adjectives ("Indigenous") are no
places; an event name with a place inside is not listed, so the place is still found ("Monaco Grand Prix")."""
from __future__ import annotations

import pytest

from tests.core.suggest.suggesting import found


def _all(text: str) -> set[tuple[str, str]]:
    from annotations.suggest.entities import suggest_entities

    return {(s.exact, s.type) for s in suggest_entities(text)}


@pytest.mark.parametrize(("text", "event"), [
    ("Israel wins Eurovision, so the contest moves to Israel.", "Eurovision"),
    ("Pilgrims arrived in Mecca for Hajj on Monday.", "Hajj"),
    ("He played in the UEFA Champions League final in May.", "Champions League"),
])
def test_events_are_events(text: str, event: str) -> None:
    assert (event, "EVENT") in _all(text)
    assert not any(exact == event for exact, _ in found(text))


def test_a_place_inside_an_event_is_still_a_place() -> None:
    assert ("Monaco", "PLACE") in found("She finished third at the Monaco Grand Prix last year.")


def test_indigenous_is_no_place() -> None:
    assert ("Indigenous", "PLACE") not in found("Rates are higher in Indigenous communities than elsewhere.")
