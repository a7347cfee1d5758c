"""Hypothesis strategies for model objects."""
from __future__ import annotations

from hypothesis import strategies as st

from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, Kind, PageArea, Quad, Target,
)

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
floats = st.floats(-1e4, 1e4, allow_nan=False, allow_infinity=False)


@st.composite
def targets(draw: st.DrawFn) -> Target:
    start = draw(st.integers(0, 10_000))
    exact = draw(text.filter(bool))
    quads = draw(st.lists(st.tuples(floats, floats, floats, floats), max_size=3))
    areas = tuple(PageArea(draw(st.integers(0, 999)), tuple(Quad.from_rect(*q) for q in quads))
                  for _ in range(draw(st.integers(0, 2))))
    return Target(start=start, end=start + len(exact), exact=exact, prefix=draw(text), suffix=draw(text), areas=areas)


@st.composite
def annotations(draw: st.DrawFn, document_id: str = "d" * 64) -> Annotation:
    kind = draw(st.sampled_from(list(Kind)))
    claim = None
    if kind is Kind.CLAIM:
        claim = ClaimFields(speaker_id=draw(st.none() | st.uuids().map(str)),
                            claim_type=draw(st.none() | st.sampled_from(["quote", "statistic"])),
                            status=draw(st.sampled_from(list(ClaimStatus))),
                            reliability=draw(st.none() | st.sampled_from("ABCDEF")),
                            credibility=draw(st.none() | st.integers(1, 6)))
    return Annotation(
        id=str(draw(st.uuids())), document_id=document_id, kind=kind, target=draw(targets()),
        label=draw(st.sampled_from(["PERSON", "ORG"])) if kind is Kind.ENTITY else draw(st.none() | text),
        note=draw(text), tags=tuple(draw(st.lists(text.filter(bool), max_size=3, unique=True))),
        creator=draw(text), created="2025-01-01T00:00:00.000Z", modified="2025-01-02T00:00:00.000Z",
        revision=draw(st.integers(1, 50)), deleted=draw(st.booleans()),
        entity_id=draw(st.none() | st.uuids().map(str)), claim=claim, anchor=draw(st.sampled_from(list(AnchorState))),
    )
