from __future__ import annotations

from annotations.workshop.deck import Deck, DeckFilter
from tests.core.workshop.exercise_data import key


def _deck(**kw: object) -> Deck:
    k = key()
    names = {e.id: e.name for e in k.entities.values()}
    return Deck(k.annotations, names, **kw)  # type: ignore[arg-type]


def test_steps_through_everything_in_reading_order() -> None:
    deck = _deck()
    assert len(deck) == 7 and deck.counter() == "1 / 7"
    # C1 starts where Maria Zakharova does and is longer: it comes first
    assert deck.current is not None and deck.current.kind.value == "claim"
    assert dict(deck.caption())["Speaker"] == "Maria Zakharova"
    assert "Note" not in dict(deck.caption())  # the trainer's notes only when asked for
    assert dict(_deck(notes=True).caption())["Note"] == "Contradicted by the ministry."
    assert deck.step(-1) is False and deck.position == 0
    while deck.step(1):
        pass
    assert deck.counter() == "7 / 7" and deck.current is not None and deck.current.target.exact == "Paris"
    assert len(deck.visible()) == 7


def test_reveal_mode_shows_what_was_revealed() -> None:
    deck = _deck(reveal=True)
    assert deck.current is None and deck.visible() == []
    assert "hidden" in deck.caption()[0][1]
    assert deck.step(1) and len(deck.visible()) == 1
    assert deck.step(1) and len(deck.visible()) == 2
    assert deck.step(-1) and deck.step(-1) and deck.visible() == []
    assert deck.step(-1) is False


def test_filters_claims_and_tags() -> None:
    claims = _deck(chosen=DeckFilter("claims"))
    assert [a.claim.status.value for a in claims.items if a.claim] == ["disputed", "unverified"]
    tagged = _deck(chosen=DeckFilter("all", "RESPONSE"))
    assert len(tagged) == 1 and dict(tagged.caption())["Tags"] == "response"
    empty = _deck(chosen=DeckFilter("notes"))
    assert empty.current is None and empty.step(1) is False and empty.counter() == "nothing to present"



def test_a_renewed_deck_keeps_its_place_and_gives_a_deleted_ones_to_the_next() -> None:
    """The library changed while presenting (stop 56): the current annotation stays current where it now is; a
    deleted current one's place goes to the next; in reveal mode what was revealed before it stays revealed."""
    from dataclasses import replace

    deck = _deck()
    items, names = list(deck.items), deck.names
    deck.go_to(2)
    current = items[2]
    deck.renew(items[:2] + items[3:], names)  # the current one deleted
    assert deck.current is items[3] and deck.counter() == "3 / 6"
    deck.renew(items, names)  # undone: the same one stays current, one place on
    assert deck.current is items[3] and deck.counter() == "4 / 7"
    edited = replace(items[3], tags=("checked",))
    deck.renew(items[:3] + [edited] + items[4:], names)
    assert deck.current is edited and deck.counter() == "4 / 7"
    deck.renew([replace(a, deleted=True) for a in items], names)
    assert deck.current is None and deck.counter() == "nothing to present"
    reveal = _deck(reveal=True)
    for _ in range(3):
        reveal.step(1)
    reveal.renew(items[:2] + items[3:], names)  # the third, current, deleted: the first two stay revealed
    assert reveal.visible() == items[:2] and current not in reveal.visible()


def test_reveal_mode_with_one_annotation_says_it_in_the_singular() -> None:
    """The projector read "1 annotations hidden — press → or Space to reveal the first." (reveal mode on one claim,
    or the first annotation marked while the room watched)."""
    deck = _deck(reveal=True, chosen=DeckFilter("claims", "response"))
    assert len(deck) == 1
    assert deck.caption() == [("", "1 annotation hidden — press → or Space to reveal it.")]
