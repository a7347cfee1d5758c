"""The W3C form of every kind of annotation meets the Web Annotation Data Model's MUSTs."""
from __future__ import annotations

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from annotations.w3c import strip_iri, to_w3c
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.w3c_schema import annotation_failures


@pytest.mark.parametrize("kind, extra", [
    (Kind.ENTITY, {"label": "PERSON"}),
    (Kind.CLAIM, {"speaker_name": "Tomas Ek", "status": ClaimStatus.DISPUTED, "reliability": "C", "credibility": 3,
                  "tags": ("fisheries",), "note": "Compare with the 2019 study", "label": "quote"}),
    (Kind.HIGHLIGHT, {}),
    (Kind.NOTE, {"note": "Ask the *cooperative*"}),
])
def test_each_kind_conforms(service: ReaderService, kind: Kind, extra: dict) -> None:
    result = service.add_file(SAMPLES / "flood_review.pdf")
    assert result.record is not None
    text = service.document(result.record.id).text
    start, end = find_quote(text, "Tomas Ek")
    a, _ = service.annotate(result.record.id, AnnotationInput(kind=kind, start=start, end=end, **extra))
    data = service.w3c(a)
    assert annotation_failures(data) == []
    selectors = {s["type"]: s for s in data["target"]["selector"]}  # type: ignore[index]
    assert selectors["TextPositionSelector"] == {"type": "TextPositionSelector", "start": start, "end": end}
    assert selectors["TextQuoteSelector"]["exact"] == "Tomas Ek"
    assert selectors["FragmentSelector"]["value"] == f"page={a.target.areas[0].page + 1}"
    assert strip_iri(data["id"]) == a.id  # type: ignore[arg-type]
    if kind is Kind.CLAIM:
        assert data["dossier:status"] == "disputed" and data["dossier:speakerName"] == "Tomas Ek"
        purposes = {b["purpose"] for b in data["body"]}  # type: ignore[union-attr]
        assert purposes == {"classifying", "tagging", "commenting"}


def test_missing_required_fields_are_caught_by_the_checker(service: ReaderService) -> None:
    """The checker itself can fail: an annotation without a target is not W3C."""
    result = service.add_file(SAMPLES / "harbour_council.txt")
    assert result.record is not None
    start, end = find_quote(service.document(result.record.id).text, "Tomas Ek")
    a, _ = service.annotate(result.record.id, AnnotationInput(kind=Kind.HIGHLIGHT, start=start, end=end))
    data = to_w3c(a, None, {})
    del data["target"]
    assert annotation_failures(data)
