"""Deleting the last mention of an entity can remove the entity in the same undo step; an entity with
other mentions, or claims it made, is never offered for removal."""
from __future__ import annotations

from annotations.document import Document
from annotations.library import AnnotationInput, Library
from annotations.model import Kind

TEXT = "Tomas Ek said the barrier was late. Ek later denied it. Marta Lindqvist disagreed."


def test_the_last_mention_takes_its_entity_along_in_one_undo_step(library: Library) -> None:
    doc = Document(id="e" * 64, format="txt", source_path="/tmp/ek.txt", size=len(TEXT), text=TEXT)
    library.add_document(doc)
    marta, _ = library.annotate(doc.id, AnnotationInput(Kind.ENTITY, TEXT.index("Marta"), TEXT.index(" disagreed"),
                                                        label="PERSON"))
    ek1, _ = library.annotate(doc.id, AnnotationInput(Kind.ENTITY, 0, 8, label="PERSON"))
    ek2, _ = library.annotate(doc.id, AnnotationInput(Kind.ENTITY, TEXT.index("Ek later"), TEXT.index(" later"),
                                                      label="PERSON", entity_name="Tomas Ek"))
    assert library.entity_left_without_mentions(ek1.id) is None  # "Ek" is still mentioned
    claim, _ = library.annotate(doc.id, AnnotationInput(Kind.CLAIM, TEXT.index("Marta"), len(TEXT) - 1,
                                                        speaker_name="Marta Lindqvist"))
    assert library.entity_left_without_mentions(marta.id) is None  # she made a claim
    library.delete_annotation(ek1.id, remove_entity=True)
    assert library.store.entity(ek2.entity_id or "").deleted is False  # not the last one: the entity stays
    orphan = library.entity_left_without_mentions(ek2.id)
    assert orphan is not None and orphan.name == "Tomas Ek"
    changes = library.delete_annotation(ek2.id, remove_entity=True)
    assert changes.label == "Delete “Tomas Ek” and its entity"
    assert library.store.entity(orphan.id).deleted  # type: ignore[union-attr]
    library.undo()
    assert not library.store.entity(orphan.id).deleted  # type: ignore[union-attr]
    assert ek2.id in {a.id for a in library.store.annotations(doc.id)}
    assert library.entity_left_without_mentions(claim.id) is None  # a claim is not a mention
