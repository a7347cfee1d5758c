"""An entity named "" or white space, made by an older Dossier (a selection of white space, a speaker of spaces),
made every bundle naming it unimportable by every teammate — deleting the annotation did not help, a claim's speaker
still pointed at it (a reviewer, stop 40). Opening the library names it: its mention's words, else "unnamed entity",
as a new version that travels like an edit."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.store_repairs import UNNAMED
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_a_blank_named_entity_is_named_when_the_library_opens(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "ana")
    doc_id = lib.add_document(load_document(TXT), TXT)[0].id
    s, e = find_quote(lib.document(doc_id).text, "Tomas Ek")
    mention, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Someone Else"))
    assert mention.entity_id and claim.claim and claim.claim.speaker_id
    entities = lib.store.entities_by_ids([mention.entity_id, claim.claim.speaker_id])
    with lib.store.transaction("as an older Dossier left them", history=False) as tx:  # (no check on the way)
        tx.put(replace(entities[mention.entity_id], name=""))
        tx.put(replace(entities[claim.claim.speaker_id], name="  "))
    lib.delete_annotation(claim.id)  # the speaker's claim deleted: the tombstone still names it
    lib.close()

    lib = Library.open(tmp_path / "ana")
    try:
        names = {e.id: e.name for e in lib.store.entities_by_ids([mention.entity_id, claim.claim.speaker_id]).values()}
        assert names == {mention.entity_id: "Tomas Ek", claim.claim.speaker_id: UNNAMED}, names
        assert lib.store.blank_named_entities() == []
        bundle = read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True))  # read: nothing refused
        ben = Library.open(tmp_path / "ben")
        try:
            assert ben.import_bundle(bundle)[0]["new"] == 1
        finally:
            ben.close()
    finally:
        lib.close()
