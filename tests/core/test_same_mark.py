"""`same_mark`: the entity mention of the same type, or the highlight, already on exactly the words a key would
mark (the window selects it instead of stacking a second); claims, notes and another type are never the same."""
from __future__ import annotations

from dataclasses import replace

from annotations.anchoring import make_target
from annotations.model import Annotation, Kind
from annotations.same_mark import same_mark

TEXT = "Workers dug trenches on Hart Island. Hart Island is in the Bronx."


def _mark(kind: Kind, start: int, end: int, label: str | None = None) -> Annotation:
    return Annotation(id=f"{kind.value}-{start}-{label}", document_id="d", kind=kind, label=label,
                      target=make_target(TEXT, start, end), created="t", modified="t", creator="x")


def test_the_same_type_on_the_same_words_is_the_same_mark() -> None:
    start = TEXT.index("Hart Island")
    place = _mark(Kind.ENTITY, start, start + 11, "PLACE")
    light = _mark(Kind.HIGHLIGHT, start, start + 11)
    marks = [place, light]
    assert same_mark(marks, TEXT, Kind.ENTITY, "PLACE", start, start + 11) is place
    assert same_mark(marks, TEXT, Kind.ENTITY, "place", start - 1, start + 11) is place  # spaces trimmed, any case
    assert same_mark(marks, TEXT, Kind.HIGHLIGHT, None, start, start + 11) is light
    assert same_mark(marks, TEXT, Kind.ENTITY, "ORG", start, start + 11) is None  # another reading of the words
    assert same_mark(marks, TEXT, Kind.ENTITY, "PLACE", start, start + 4) is None  # other words
    second = TEXT.index("Hart Island", start + 1)
    assert same_mark(marks, TEXT, Kind.ENTITY, "PLACE", second, second + 11) is None  # another occurrence
    assert same_mark([replace(place, deleted=True)], TEXT, Kind.ENTITY, "PLACE", start, start + 11) is None


def test_a_claim_or_a_note_may_be_made_twice() -> None:
    start, end = 0, TEXT.index(".")
    claim, note = _mark(Kind.CLAIM, start, end), _mark(Kind.NOTE, start, end)
    assert same_mark([claim, note], TEXT, Kind.CLAIM, None, start, end) is None
    assert same_mark([claim, note], TEXT, Kind.NOTE, None, start, end) is None
