"""Agreement between an answer key and a trainee: pure functions over `Item`s, no store, no I/O.

Entity mentions are matched two ways: **exact** (same start, end and type) and **overlap** (same type,
spans sharing enough, as claims). Claims (whole sentences, whose boundaries people choose differently)
match when they share at least half of the shorter one and at least a third of the longer one (so a
claim spanning a paragraph or the whole article matches none of the claims inside it, and a passage
marked as one entity mention matches none of the mentions inside it). Matching is one-to-one (one long trainee
span cannot count for two key spans) and the best pairing of all (`match`), never the luck of reading order.

Conventions: precision with nothing predicted is 0 (1 when the key is empty too); recall likewise.
Cohen's kappa is None when it is undefined (both sides used one and the same status throughout).
"""
from __future__ import annotations

import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from annotations.workshop.assignment import best_pairing

CLAIM_MIN_OVERLAP = 0.5
"""Two claims (or two entity mentions of one type) match when they share this fraction of the shorter one's characters ..."""
CLAIM_MIN_OVERLAP_LONGER = 1 / 3
"""... and this fraction of the longer one's: a quote marked as its whole sentence ("X said that ...")
still matches, a paragraph or the whole article marked as one claim does not."""


@dataclass(frozen=True)
class Item:
    """One entity mention or claim, reduced to what is compared."""

    id: str
    document_id: str
    kind: str  # "entity" | "claim"
    start: int
    end: int
    exact: str
    label: str = ""
    """Entity type (PERSON...) or claim type (quote...)."""
    speaker: tuple[str, ...] = ()
    """The claim's speaker: canonical name first, then aliases (speakers are compared by name, since
    the key and each trainee have their own entity ids). A trainee's entity whose names match several of
    the key's entities keeps only its own name here (`exercise.participant`)."""
    status: str = ""
    note: str = ""
    speaker_id: str = ""
    """The claim's speaker entity's id in its own bundle."""
    speaker_key: str = ""
    """A trainee's claim: the id of the answer key's entity its speaker was found to be (by overlapping
    mentions or a variant of the name: `speakers.KeySpeakers.resolve`), "" when none or several."""


@dataclass(frozen=True)
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        relevant = self.tp + self.fn
        return self.tp / relevant if relevant else (1.0 if self.fp == 0 else 0.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_json(self) -> dict[str, float | int]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


def overlap(a: Item, b: Item) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(key: Sequence[Item], trainee: Sequence[Item], accept: Callable[[Item, Item], bool], trim: bool = False
          ) -> list[tuple[Item, Item]]:
    """One-to-one pairs (key, trainee) that `accept`, the best pairing of all (`assignment.best_pairing`): the most
    pairs; among as many, the most characters shared; then the most exact spans; then the least distance between
    the spans (starts and ends). A trainee who marks the key's span and also its whole sentence is paired on the
    exact mark, whichever starts first (a tie went to reading order: an outside tester, stop 59). `trim`: spans
    compared without the spaces and punctuation at their ends (claims, as `boundary`). Only items of the same
    document are ever paired."""
    found: dict[tuple[int, int], tuple[int, int, int]] = {}
    for i, j in _touching(key, trainee):
        k, t = key[i], trainee[j]
        if accept(k, t):
                (ks, ke), (ts, te) = (_core(k), _core(t)) if trim else ((k.start, k.end), (t.start, t.end))
                found[(i, j)] = (max(0, min(ke, te) - max(ks, ts)), int((ks, ke) == (ts, te)),
                                 abs(ks - ts) + abs(ke - te))
    if not found:
        return []
    # one number per pair whose sums order as the tuples do: a character more shared outweighs every exact span
    # and distance of the pairing, an exact span more outweighs every distance
    n = min(len(key), len(trainee))
    far = max(d for _, _, d in found.values())
    exact_unit = n * far + 1
    shared_unit = (n + 1) * exact_unit
    weights = {e: shared * shared_unit + same * exact_unit + (far - d) for e, (shared, same, d) in found.items()}
    pairs = [(key[i], trainee[j]) for i, j in best_pairing(weights)]
    return sorted(pairs, key=lambda p: (p[0].document_id, p[0].start, p[0].end))


def _touching(key: Sequence[Item], trainee: Sequence[Item]) -> list[tuple[int, int]]:
    """The pairs (key index, trainee index) of one document whose spans overlap or are the same span: the only ones
    a rule can accept (weighing every key span against every trainee span froze the exercise window for 10 s on a
    long report). Two spans overlap when one starts inside the other: found by bisecting the sorted starts."""
    out: set[tuple[int, int]] = set()
    for inner, outer, flip in ((trainee, key, False), (key, trainee, True)):
        by_doc: dict[str, list[tuple[int, int]]] = {}
        for n, item in enumerate(inner):
            by_doc.setdefault(item.document_id, []).append((item.start, n))
        for starts in by_doc.values():
            starts.sort()
        for m, o in enumerate(outer):
            starts = by_doc.get(o.document_id, [])
            # the inner spans starting inside `o` (at its start too, for the key's side: a span equal to it)
            low = bisect_left(starts, (o.start + (1 if flip else 0), -1))
            high = bisect_left(starts, (o.end if o.end > o.start else o.end + 1, -1))
            for _, n in starts[low:high]:
                out.add((n, m) if flip else (m, n))
    return sorted(out)


BOUNDARY_ERRORS = ("too long", "too short", "shifted")


def boundary(k: Item, t: Item, trim: bool = False) -> str:
    """How a trainee's span `t` differs from the key's overlapping span `k`: "" (same span), "too long"
    (it holds the key's span and more), "too short" (it lies inside the key's span) or "shifted" (each
    has characters the other lacks). `trim` first drops spaces and punctuation at both ends (claims:
    a sentence with or without its full stop is the same claim)."""
    ks, ke = _core(k) if trim else (k.start, k.end)
    ts, te = _core(t) if trim else (t.start, t.end)
    if (ks, ke) == (ts, te):
        return ""
    if ts <= ks and ke <= te:
        return "too long"
    if ks <= ts and te <= ke:
        return "too short"
    return "shifted"


def _core(i: Item) -> tuple[int, int]:
    """The span without the spaces and punctuation at its ends (the whole span when `exact` does not
    match its length, e.g. a hand-edited bundle)."""
    text = i.exact
    if len(text) != i.end - i.start:
        return i.start, i.end
    lead = next((n for n, c in enumerate(text) if not _edge(c)), len(text))
    trail = next((n for n, c in enumerate(reversed(text)) if not _edge(c)), len(text))
    return (i.start + lead, i.end - trail) if lead + trail < len(text) else (i.start, i.end)


def _edge(c: str) -> bool:
    """A space or a punctuation mark of any script: German „…“, French « … » with narrow no-break spaces, Japanese
    「…」, Spanish ¿…?, an ellipsis (a list of ASCII and English marks called a claim without its German quotes
    "too short")."""
    return c.isspace() or unicodedata.category(c)[0] in "PZ"


def exact_match(k: Item, t: Item) -> bool:
    return (k.start, k.end, k.label) == (t.start, t.end, t.label)


def overlap_match(k: Item, t: Item) -> bool:
    """Entity mentions: the same type, and spans that share enough (`spans_match`): "President Emmanuel
    Macron" for "Emmanuel Macron" matches, one passage marked once for every mention in it does not."""
    return k.label == t.label and spans_match(k, t)


def claim_match(k: Item, t: Item) -> bool:
    return spans_match(k, t)


def spans_match(k: Item, t: Item) -> bool:
    """Whether two spans share at least half of the shorter one and a third of the longer one."""
    shorter, longer = sorted((k.end - k.start, t.end - t.start))
    shared = overlap(k, t)
    return shorter > 0 and shared >= CLAIM_MIN_OVERLAP * shorter and shared >= CLAIM_MIN_OVERLAP_LONGER * longer


def _score(key: Sequence[Item], trainee: Sequence[Item], pairs: Sequence[tuple[Item, Item]]) -> Score:
    return Score(tp=len(pairs), fp=len(trainee) - len(pairs), fn=len(key) - len(pairs))


@dataclass(frozen=True)
class EntityScores:
    exact: Score
    overlap: Score
    by_type: dict[str, tuple[Score, Score]]
    """Type -> (exact, overlap)."""
    pairs: list[tuple[Item, Item]]
    """The overlap matches (what the diff shows as "both")."""
    misses: list[Item]
    extras: list[Item]

    @property
    def boundary_errors(self) -> int:
        """Matched mentions (same type, overlapping) whose spans differ: too long, too short or shifted."""
        return sum(1 for k, t in self.pairs if boundary(k, t))


def score_entities(key: Sequence[Item], trainee: Sequence[Item]) -> EntityScores:
    exact_pairs = match(key, trainee, exact_match)
    overlap_pairs = match(key, trainee, overlap_match)
    by_type: dict[str, tuple[Score, Score]] = {}
    for label in sorted({i.label for i in (*key, *trainee)}):
        k = [i for i in key if i.label == label]
        t = [i for i in trainee if i.label == label]
        by_type[label] = (_score(k, t, [p for p in exact_pairs if p[0].label == label]),
                          _score(k, t, [p for p in overlap_pairs if p[0].label == label]))
    matched_k = {id(p[0]) for p in overlap_pairs}
    matched_t = {id(p[1]) for p in overlap_pairs}
    return EntityScores(exact=_score(key, trainee, exact_pairs), overlap=_score(key, trainee, overlap_pairs),
                        by_type=by_type, pairs=overlap_pairs,
                        misses=[i for i in key if id(i) not in matched_k],
                        extras=[i for i in trainee if id(i) not in matched_t])


def same_speaker(k: Item, t: Item) -> bool:
    """Whether a trainee's claim `t` names the key claim `k`'s speaker: the key entity its speaker was found to
    be (`Item.speaker_key`), else a name in common (canonical names and aliases, case aside)."""
    if t.speaker_key:
        return t.speaker_key == k.speaker_id
    names = {n.casefold() for n in k.speaker}
    return bool(names & {n.casefold() for n in t.speaker})


def cohen_kappa(pairs: Iterable[tuple[str, str]]) -> float | None:
    """Cohen's kappa for two raters' labels of the same items: (p_o - p_e) / (1 - p_e)."""
    pairs = list(pairs)
    n = len(pairs)
    if n == 0:
        return None
    observed = sum(a == b for a, b in pairs) / n
    first, second = Counter(a for a, _ in pairs), Counter(b for _, b in pairs)
    expected = sum(first[c] * second[c] for c in first) / (n * n)
    if expected >= 1:
        return None
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class ClaimScores:
    score: Score
    pairs: list[tuple[Item, Item]]
    misses: list[Item]
    extras: list[Item]
    speaker_compared: int = 0
    """Matched claims whose key names a speaker."""
    speaker_agreed: int = 0
    status_agreed: int = 0
    status_kappa: float | None = None
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)
    """(key status, trainee status) -> count, over matched claims."""

    @property
    def speaker_agreement(self) -> float | None:
        return self.speaker_agreed / self.speaker_compared if self.speaker_compared else None

    @property
    def status_agreement(self) -> float | None:
        return self.status_agreed / len(self.pairs) if self.pairs else None


def score_claims(key: Sequence[Item], trainee: Sequence[Item]) -> ClaimScores:
    pairs = match(key, trainee, claim_match, trim=True)
    with_speaker = [(k, t) for k, t in pairs if k.speaker]
    statuses = [(k.status, t.status) for k, t in pairs]
    matched_k = {id(p[0]) for p in pairs}
    matched_t = {id(p[1]) for p in pairs}
    return ClaimScores(
        score=_score(key, trainee, pairs), pairs=pairs,
        misses=[i for i in key if id(i) not in matched_k], extras=[i for i in trainee if id(i) not in matched_t],
        speaker_compared=len(with_speaker), speaker_agreed=sum(same_speaker(k, t) for k, t in with_speaker),
        status_agreed=sum(a == b for a, b in statuses), status_kappa=cohen_kappa(statuses),
        confusion=dict(Counter(statuses)))
