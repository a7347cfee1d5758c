"""Library operations: entity resolution, claims, edits, merge, trash, re-anchoring — and undo/redo."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.errors import NotFoundError, UndoError, ValidationError
from annotations.library import AnnotationInput, Library
from annotations.model import AnchorState, ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.fixture
def doc_id(library: Library) -> str:
    record, _ = library.add_document(load_document(TXT), TXT)
    return record.id


def _spec(library: Library, doc_id: str, quote: str, kind: Kind = Kind.ENTITY, n: int = 1, **kw: object) -> AnnotationInput:
    start, end = find_quote(library.document(doc_id).text, quote, n)
    return AnnotationInput(kind=kind, start=start, end=end, **kw)  # type: ignore[arg-type]


def test_adding_the_same_bytes_twice_changes_nothing(library: Library, doc_id: str) -> None:
    generation = library.store.generation
    record, changes = library.add_document(load_document(TXT), TXT)
    assert record.id == doc_id and not changes and library.store.generation == generation
    assert (library.folder / record.stored_file).read_bytes() == TXT.read_bytes()


def test_mentions_of_one_name_share_one_entity(library: Library, doc_id: str) -> None:
    a, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="person"))
    b, _ = library.annotate(doc_id, _spec(library, doc_id, "Ek", n=2, label="PERSON", entity_name="tomas ek"))
    assert a.label == "PERSON" and a.entity_id == b.entity_id
    assert library.store.entity(a.entity_id).name == "Tomas Ek"  # type: ignore[arg-type,union-attr]


def test_claim_with_speaker_status_and_grading(library: Library, doc_id: str) -> None:
    ek, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    claim, _ = library.annotate(doc_id, _spec(
        library, doc_id, "Nobody has shown us a single study", Kind.CLAIM, speaker_name="tomas ek",
        status=ClaimStatus.DISPUTED, reliability="B", credibility=3, tags=("fisheries", " fisheries "), label="quote"))
    assert claim.claim is not None and claim.claim.speaker_id == ek.entity_id
    assert claim.claim.grading == "B3" and claim.tags == ("fisheries",) and claim.label == "quote"


@pytest.mark.parametrize("kw, message", [
    ({"kind": Kind.ENTITY}, "needs a type"),
    ({"kind": Kind.ENTITY, "label": "ALIEN"}, "Unknown entity type"),
    ({"kind": Kind.HIGHLIGHT, "speaker_name": "X"}, "belong to claims"),
    ({"kind": Kind.CLAIM, "reliability": "Z"}, "A–F"),
    ({"kind": Kind.CLAIM, "credibility": 9}, "1–6"),
])
def test_invalid_annotations_are_refused_and_nothing_is_stored(library: Library, doc_id: str, kw: dict, message: str) -> None:
    generation = library.store.generation
    kind = kw.pop("kind")
    with pytest.raises(ValidationError, match=message):
        library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", kind, **kw))
    assert library.store.generation == generation and library.store.count_annotations() == 0


def test_undo_and_redo_every_kind_of_edit(library: Library, doc_id: str) -> None:
    a, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    library.edit_annotation(a.id, note="chairman", tags=("fishing",))
    library.delete_annotation(a.id)
    assert library.store.count_annotations() == 0
    assert library.undo().label == "Undo Delete mention “Tomas Ek”"
    assert library.annotation(a.id).note == "chairman" and not library.annotation(a.id).deleted
    library.undo()
    assert library.annotation(a.id).note == "" and library.annotation(a.id).tags == ()
    library.undo()
    assert library.annotation(a.id).deleted and library.search("*").total == 0
    library.redo()
    assert not library.annotation(a.id).deleted and library.search("Ek").total == 1
    library.redo()
    assert library.annotation(a.id).note == "chairman"


def test_revisions_only_grow_so_merges_see_undo_as_an_edit(library: Library, doc_id: str) -> None:
    a, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    library.edit_annotation(a.id, note="x")
    library.undo()
    library.redo()
    assert library.annotation(a.id).revision == 4


def test_a_new_edit_clears_redo(library: Library, doc_id: str) -> None:
    library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    library.undo()
    library.annotate(doc_id, _spec(library, doc_id, "Claire Dubois", label="PERSON"))
    with pytest.raises(UndoError, match="Nothing to redo"):
        library.redo()


def test_undo_refuses_when_another_process_changed_the_item(library: Library, library_dir: Path, doc_id: str) -> None:
    a, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    library.edit_annotation(a.id, note="mine")
    other = Library.open(library_dir)
    try:
        with other.store.transaction("theirs", history=False) as tx:
            tx.put(other.annotation(a.id).edited("2099-01-01T00:00:00.000Z", note="theirs"))
    finally:
        other.close()
    with pytest.raises(UndoError, match="changed since"):
        library.undo()
    assert library.annotation(a.id).note == "theirs"


def test_undo_history_survives_a_restart(library_dir: Path) -> None:
    lib = Library.open(library_dir)
    record, _ = lib.add_document(load_document(TXT), TXT)
    lib.annotate(record.id, _spec(lib, record.id, "Tomas Ek", label="PERSON"))
    lib.close()
    lib = Library.open(library_dir)
    assert lib.undo().label == "Undo Add entity"
    assert lib.store.count_annotations() == 0
    lib.close()


def test_mark_all_occurrences_is_one_undoable_step(library: Library, doc_id: str) -> None:
    text = library.document(doc_id).text
    specs = []
    pos = text.find("Lindqvist")
    while pos >= 0:
        specs.append(AnnotationInput(Kind.ENTITY, pos, pos + 9, label="PERSON", entity_name="Marta Lindqvist"))
        pos = text.find("Lindqvist", pos + 1)
    created, _ = library.annotate_many(doc_id, specs, label="Mark all “Lindqvist”")
    assert len(created) == 2 and len({a.entity_id for a in created}) == 1
    library.undo()
    assert library.store.count_annotations() == 0


def test_merge_rename_and_aliases(library: Library, doc_id: str) -> None:
    a, _ = library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    b, _ = library.annotate(doc_id, _spec(library, doc_id, "Ek", n=2, label="PERSON"))
    claim, _ = library.annotate(doc_id, _spec(library, doc_id, "Nobody has shown us", Kind.CLAIM, speaker_name="Ek"))
    assert a.entity_id != b.entity_id
    library.merge_entities(a.entity_id, b.entity_id)  # type: ignore[arg-type]
    assert library.annotation(b.id).entity_id == a.entity_id
    assert library.annotation(claim.id).claim.speaker_id == a.entity_id  # type: ignore[union-attr]
    assert library.store.entity(a.entity_id).aliases == ("Ek",)  # type: ignore[arg-type,union-attr]
    assert library.search('entity:"Ek"').total == 2
    library.rename_entity(a.entity_id, "Tomas Ekström")  # type: ignore[arg-type]
    assert library.search("speaker:Ekström").total == 1
    assert library.search("entity:ekström").total == 2
    library.undo()
    library.undo()
    assert not library.store.entity(b.entity_id).deleted  # type: ignore[arg-type,union-attr]
    assert library.annotation(b.id).entity_id == b.entity_id


def test_removed_document_goes_to_trash_with_its_annotations(library: Library, doc_id: str) -> None:
    library.annotate(doc_id, _spec(library, doc_id, "Tomas Ek", label="PERSON"))
    library.remove_document(doc_id)
    assert library.store.documents() == [] and library.search("*").total == 0
    assert library.store.count_annotations() == 1  # kept, recoverable
    library.restore_document(doc_id)
    assert library.search("*").total == 1
    with pytest.raises(NotFoundError):
        library.annotation("nope")


def test_new_version_of_a_document_reanchors_every_annotation(library: Library, doc_id: str, tmp_path: Path) -> None:
    for quote in ("Tomas Ek", "Claire Dubois", "Professor Anil Mehta", "Piotr Zielinski"):
        library.annotate(doc_id, _spec(library, doc_id, quote, label="PERSON"))
    edited = TXT.read_text(encoding="utf-8")
    edited = "UPDATE: this story was corrected.\n" + edited
    edited = edited.replace("Claire Dubois", "Claire Dubouis").replace("Professor Anil Mehta of the University of Kessling said", "A professor said")
    new_path = tmp_path / "harbour_v2.txt"
    new_path.write_text(edited, encoding="utf-8")
    changes = library.replace_document(doc_id, load_document(new_path), new_path)
    counts = changes.report["anchors"]
    assert counts == {"exact": 0, "moved": 2, "fuzzy": 1, "orphaned": 1}  # type: ignore[comparison-overlap]
    new_id = changes.report["new"]
    placed = {a.target.exact: a.anchor for a in library.store.annotations(new_id)}  # type: ignore[arg-type]
    assert placed["Claire Dubouis"] is AnchorState.FUZZY
    assert placed["Professor Anil Mehta"] is AnchorState.ORPHANED
    assert library.store.annotations(doc_id) == []
