"""Pairing a key with a trainee looks only at spans that overlap: every key span was weighed against every trainee
span of the article, so a workshop on a long report (a key of 1,260 mentions, three trainees of about 1,000 each)
held the exercise window frozen for 10 s while Workshop > Compare… ran (25 s profiled), growing with the square of
the marks. Counted here by the pairs the rule is asked about, not by the clock."""
from __future__ import annotations

from collections.abc import Callable

from annotations.workshop.agreement import Item, exact_match, match, overlap_match

WORD = "Name "


def items(who: str, n: int, shift: int = 0, length: int = 4, doc: str = "d") -> list[Item]:
    return [Item(f"{who}{i}", doc, "entity", i * len(WORD) + shift, i * len(WORD) + shift + length,
                 (WORD * 2)[shift:shift + length], "PERSON") for i in range(n)]


def counting(rule: Callable[[Item, Item], bool]) -> tuple[Callable[[Item, Item], bool], list[int]]:
    asked: list[int] = []

    def accept(k: Item, t: Item) -> bool:
        asked.append(1)
        return rule(k, t)
    return accept, asked


def test_only_overlapping_spans_are_weighed() -> None:
    key, trainee = items("k", 2_000), items("t", 2_000, shift=1, length=3)  # each trainee span inside its key span
    accept, asked = counting(overlap_match)
    pairs = match(key, trainee, accept)
    assert len(pairs) == 2_000 and all(k.id[1:] == t.id[1:] for k, t in pairs)
    assert len(asked) <= 3 * 2_000  # was 4,000,000


def test_spans_of_every_length_and_place_are_still_found() -> None:
    key = [Item("k0", "d", "entity", 10, 20, "x" * 10, "P"), Item("k1", "d", "entity", 30, 31, "x", "P"),
           Item("k2", "e", "entity", 10, 20, "x" * 10, "P")]
    trainee = [Item("t0", "d", "entity", 0, 100, "x" * 100, "P"),  # starts before the key span and holds it
               Item("t1", "d", "entity", 15, 25, "x" * 10, "P"),  # starts inside it
               Item("t2", "d", "entity", 30, 31, "x", "P"),  # the same one-character span
               Item("t3", "d", "entity", 20, 30, "x" * 10, "P"),  # touches both, overlaps neither
               Item("t4", "e", "entity", 10, 20, "x" * 10, "P")]  # same place, another document
    seen: set[tuple[str, str]] = set()

    def accept(k: Item, t: Item) -> bool:
        seen.add((k.id, t.id))
        return exact_match(k, t)
    match(key, trainee, accept)
    assert seen == {("k0", "t0"), ("k0", "t1"), ("k1", "t0"), ("k1", "t2"), ("k2", "t4")}
