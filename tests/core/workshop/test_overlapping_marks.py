"""A trainee's overlapping marks on one key item (an outside tester, stop 59): the claim marked exactly with the
right status and its whole sentence with another; "Marta Lindqvist" and "Council leader Marta Lindqvist". Both
share every character of the key's span, and the tie went to the one that starts earlier: the sentence was scored
(status agreement 0, "boundary: too long") and the exact mark called an extra. The pairing is an optimal
assignment: the most pairs, then the most characters shared, then the most exact spans, then the nearest."""
from __future__ import annotations

import itertools
from pathlib import Path

from hypothesis import given, settings, strategies as st

from annotations.workshop.agreement import (
    Item, exact_match, match, overlap, overlap_match, score_claims, score_entities,
)
from tests.core.workshop.workflow import ARTICLE, compare_json, trainee, trainer_with_key

TEXT = ARTICLE.read_text(encoding="utf-8")
SENTENCE = 'Council leader Marta Lindqvist said the barrier would "protect 3,200 homes from the kind of surge we saw in 2023"'
CLAIM = 'the barrier would "protect 3,200 homes from the kind of surge we saw in 2023"'  # the key's CLAIM_1
DOC = "d" * 64


def item(quote: str, who: str, kind: str = "entity", label: str = "PERSON", status: str = "") -> Item:
    start = TEXT.index(quote)
    return Item(f"{who}-{quote}", DOC, kind, start, start + len(quote), quote, label, status=status)


def test_the_exact_mark_wins_a_tie_with_a_longer_one_entities() -> None:
    key = [item("Marta Lindqvist", "k")]
    trainee_ = [item("Council leader Marta Lindqvist", "t"), item("Marta Lindqvist", "t")]
    got = score_entities(key, trainee_)
    assert [(k.exact, t.exact) for k, t in got.pairs] == [("Marta Lindqvist", "Marta Lindqvist")]
    assert [i.exact for i in got.extras] == ["Council leader Marta Lindqvist"]
    assert got.boundary_errors == 0  # the exact mark is credited, as exact P/R credits it


def test_the_exact_mark_wins_a_tie_with_a_longer_one_claims() -> None:
    key = [item(CLAIM, "k", "claim", "quote", "supported")]
    trainee_ = [item(SENTENCE, "t", "claim", "quote", "disputed"), item(CLAIM, "t", "claim", "quote", "supported")]
    got = score_claims(key, trainee_)
    assert [t.exact for _, t in got.pairs] == [CLAIM]
    assert got.status_agreement == 1.0
    assert [i.exact for i in got.extras] == [SENTENCE]


def test_a_claim_without_its_punctuation_is_exact_and_beats_the_sentence() -> None:
    """Claims ignore spaces and punctuation at the ends: the claim without its closing quote is the claim."""
    key = [item(CLAIM, "k", "claim", "quote", "supported")]
    trainee_ = [item(SENTENCE, "t", "claim", "quote", "disputed"), item(CLAIM[:-1], "t", "claim", "quote", "supported")]
    got = score_claims(key, trainee_)
    assert [t.exact for _, t in got.pairs] == [CLAIM[:-1]] and got.status_agreement == 1.0


def test_among_inexact_marks_the_nearest_span_wins() -> None:
    key = [item("Marta Lindqvist", "k")]
    near, far = item("leader Marta Lindqvist", "t"), item("Council leader Marta Lindqvist", "t")
    assert [t.exact for _, t in match(key, [far, near], overlap_match)] == ["leader Marta Lindqvist"]


def _span(start: int, end: int, who: str, n: int) -> Item:
    return Item(f"{who}{n}", DOC, "entity", start, end, TEXT[start:end], "PERSON")


def test_the_pairing_is_optimal_not_greedy() -> None:
    """Greedy by largest overlap paired t1 (8 characters of k1) with k1 and left t0 (7 of k1) and k2 unpaired;
    t1 also matches k2 (6 of its 6): two pairs, not one."""
    k1, k2 = _span(0, 20, "k", 1), _span(20, 26, "k", 2)
    t0, t1 = _span(0, 7, "t", 0), _span(12, 26, "t", 1)
    assert overlap_match(k1, t0) and overlap_match(k1, t1) and overlap_match(k2, t1)
    assert [(k.id, t.id) for k, t in match([k1, k2], [t0, t1], overlap_match)] == [("k1", "t0"), ("k2", "t1")]


def test_compare_credits_the_exact_marks(tmp_path: Path) -> None:
    """The tester's case end to end: the key (Ines) has Marta Lindqvist and CLAIM_1 (unverified)."""
    _, key = trainer_with_key(tmp_path)
    fay = trainee(tmp_path, "Fay")
    fay.annotate("Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    fay.annotate("Council leader Marta Lindqvist", "--kind", "entity", "--type", "PERSON")
    fay.annotate(CLAIM, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "unverified")
    fay.annotate(SENTENCE, "--kind", "claim", "--speaker", "Marta Lindqvist", "--status", "disputed")
    got = compare_json(key, fay.export("fay.dossier"))["trainees"][0]
    assert got["claims"]["status_agreement"] == 1.0 and got["claims"]["matched"] == 1
    assert got["boundary_errors"] == 0 and got["exact"]["tp"] == 1
    assert sorted(e["exact"] for e in got["extras"]) == sorted(["Council leader Marta Lindqvist", SENTENCE])
    assert not [r for r in got["rows"] if (r["disagreement"] or "").startswith("boundary")]


# Property: against a brute force over every one-to-one pairing of a few overlapping marks.

_SPANS = st.tuples(st.integers(0, 30), st.integers(1, 12)).map(lambda p: (p[0], p[0] + p[1]))


def _items(spans: list[tuple[int, int]], who: str, labels: list[str]) -> list[Item]:
    return [Item(f"{who}{n}", DOC, "entity", a, b, TEXT[a:b], lab) for n, ((a, b), lab) in enumerate(zip(spans, labels))]


@st.composite
def _marks(draw: st.DrawFn) -> tuple[list[Item], list[Item]]:
    key_spans = draw(st.lists(_SPANS, min_size=1, max_size=4))
    copies = draw(st.lists(st.sampled_from(key_spans), max_size=3))  # some key spans marked exactly
    others = draw(st.lists(_SPANS, max_size=4))
    key = _items(key_spans, "k", draw(st.lists(st.sampled_from("PO"), min_size=len(key_spans),
                                               max_size=len(key_spans))))
    spans = draw(st.permutations(copies + others))
    labels = [next((k.label for k in key if (k.start, k.end) == s), "P") for s in spans]
    return key, _items(list(spans), "t", labels)


def _value(pairs: list[tuple[Item, Item]]) -> tuple[int, int, int]:
    return (len(pairs), sum(overlap(k, t) for k, t in pairs),
            sum((k.start, k.end) == (t.start, t.end) for k, t in pairs))


def _best(key: list[Item], trainee_: list[Item]) -> tuple[int, int, int]:
    edges = [(k, t) for k in key for t in trainee_ if overlap_match(k, t)]
    best = (0, 0, 0)
    for n in range(1, min(len(key), len(trainee_)) + 1):
        for chosen in itertools.combinations(edges, n):
            if len({id(k) for k, _ in chosen}) == n == len({id(t) for _, t in chosen}):
                best = max(best, _value(list(chosen)))
    return best


@given(_marks())
@settings(max_examples=300)
def test_no_exact_mark_is_left_extra_while_its_key_item_takes_another(marks: tuple[list[Item], list[Item]]) -> None:
    key, trainee_ = marks
    pairs = match(key, trainee_, overlap_match)
    paired_t = {id(t) for _, t in pairs}
    for k, t in pairs:
        if (k.start, k.end) != (t.start, t.end):
            assert not [e for e in trainee_ if id(e) not in paired_t and exact_match(k, e)], (k, t)
    assert _value(pairs) == _best(key, trainee_)
    assert len({id(k) for k, _ in pairs}) == len(pairs) == len(paired_t)
    assert all(overlap_match(k, t) for k, t in pairs)
