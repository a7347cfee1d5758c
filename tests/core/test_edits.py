"""A typed edit (`AnnotationEdit`) says what changes, what stays (None) and what is emptied (CLEAR):
the Inspector's "–" for a grade and an emptied speaker field clear them, as one undo step each."""
from __future__ import annotations

import pytest

from annotations.anchoring import find_quote
from annotations.edits import CLEAR, AnnotationEdit
from annotations.errors import ValidationError
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.fixture
def claim_id(library: Library) -> str:
    record, _ = library.add_document(load_document(TXT), TXT)
    start, end = find_quote(record.text, "Nobody has shown us a single study", 1)
    claim, _ = library.annotate(record.id, AnnotationInput(
        Kind.CLAIM, start, end, speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED, reliability="B",
        credibility=3, tags=("fisheries", "port")))
    return claim.id


def test_clear_empties_grading_and_speaker_and_none_leaves_them(library: Library, claim_id: str) -> None:
    library.edit(claim_id, AnnotationEdit(note="checked"))
    claim = library.annotation(claim_id).claim
    assert claim is not None and claim.grading == "B3" and claim.speaker_id is not None
    library.edit(claim_id, AnnotationEdit(reliability=CLEAR))
    claim = library.annotation(claim_id).claim
    assert claim is not None and claim.reliability is None and claim.credibility == 3
    library.edit(claim_id, AnnotationEdit(credibility=CLEAR, speaker_name=CLEAR))
    claim = library.annotation(claim_id).claim
    assert claim is not None and claim.grading == "" and claim.speaker_id is None
    assert claim.status is ClaimStatus.DISPUTED and library.annotation(claim_id).note == "checked"
    library.undo()
    claim = library.annotation(claim_id).claim
    assert claim is not None and claim.credibility == 3 and claim.speaker_id is not None


def test_tags_replace_all_and_cannot_be_mixed_with_add_or_remove(library: Library, claim_id: str) -> None:
    library.edit(claim_id, AnnotationEdit(tags=("energy",)))
    assert library.annotation(claim_id).tags == ("energy",)
    library.edit(claim_id, AnnotationEdit(tags=()))
    assert library.annotation(claim_id).tags == ()
    with pytest.raises(ValidationError, match="not both"):
        library.edit(claim_id, AnnotationEdit(tags=("a",), add_tags=("b",)))


def test_an_entity_retyped_keeps_the_codebook_label(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    start, end = find_quote(record.text, "Tomas Ek", 1)
    mention, _ = library.annotate(record.id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
    changes = library.edit(mention.id, AnnotationEdit(label="org"))
    edited = library.annotation(mention.id)
    assert edited.label == "ORG" and changes.label == "Edit entity"
    assert library.store.entity(edited.entity_id or "").type == "ORG"  # type: ignore[union-attr]
