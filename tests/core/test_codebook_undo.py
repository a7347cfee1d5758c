"""An edit of the codebook (types, colours, keys, claim tags) is an undo step like any other (an outside tester,
stop 58): it had none, so Ctrl+Z after it took back the mark made before it and the codebook stayed; and undoing an
import that brought a new type left the type behind."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.codebook import EntityType
from annotations.errors import UndoError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.undo import redo_label, undo_label
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _vessels(lib: Library) -> bool:
    return any(t.label == "VESSEL" for t in lib.store.codebook().entity_types)


def test_a_codebook_edit_is_undone_and_redone_and_the_mark_before_it_stays(library: Library) -> None:
    doc = library.add_document(load_document(TXT), TXT)[0].id
    start = library.document(doc).text.index("Tomas Ek")
    library.annotate(doc, AnnotationInput(Kind.ENTITY, start, start + 8, label="PERSON"))
    before = library.store.codebook()
    library.set_codebook(before.with_entity_type(EntityType("VESSEL", "Vessel", "#333333", "8")))
    assert undo_label(library.store) == "Edit codebook"
    changes = library.undo()
    assert changes.codebook and library.store.codebook() == before and not _vessels(library)
    assert len(library.store.annotations(doc)) == 1  # was: the mark undone, the codebook kept
    assert redo_label(library.store) == "Edit codebook"
    library.redo()
    assert _vessels(library)
    library.undo()
    library.set_codebook(before)  # the same codebook again: no step
    assert undo_label(library.store) == "Add entity"


def test_a_codebook_changed_since_is_not_undone(library: Library) -> None:
    base = library.store.codebook()
    library.set_codebook(base.with_entity_type(EntityType("VESSEL", "Vessel", "#333333", "8")))
    other = base.with_entity_type(EntityType("SHIP", "Ship", "#444444", "9"))
    with library.store.transaction("written by an older Dossier", history=False) as tx:  # (no step of its own)
        tx.set_meta("codebook", other.to_json())
    with pytest.raises(UndoError, match="changed since"):
        library.undo()
    assert library.store.codebook() == other


@pytest.fixture
def vessel_bundle(tmp_path: Path) -> Iterator[tuple[bytes, Library]]:
    """Ana's bundle (with its document) marking "herring boats" as a VESSEL, a type of her codebook; and Ben, who
    lacks it."""
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc = ana.add_document(load_document(TXT), TXT)[0].id
        ana.set_codebook(ana.store.codebook().with_entity_type(EntityType("VESSEL", "Vessel", "#333333", "8")))
        start = ana.document(doc).text.index("herring boats")
        ana.annotate(doc, AnnotationInput(Kind.ENTITY, start, start + 13, label="VESSEL"))
        yield ana.export_bundle([doc], "Ana", with_documents=True), ben
    finally:
        ana.close()
        ben.close()


def test_undoing_an_import_takes_back_the_type_it_brought(vessel_bundle: tuple[bytes, Library]) -> None:
    data, ben = vessel_bundle
    ben.import_bundle(read_bundle(data))
    assert _vessels(ben)
    ben.undo()
    assert not _vessels(ben)  # was: VESSEL stayed in Ben's codebook


def test_a_version_1_bundle_writes_the_types_it_brings(vessel_bundle: tuple[bytes, Library]) -> None:
    """Counted as "1 new type" and never written: the mark it labelled VESSEL had no type in the codebook (a tester
    on the fixes, stop 58)."""
    from tests.core.test_bundle_v1_lies import as_version_1

    data, ben = vessel_bundle
    counts, _ = ben.import_bundle(read_bundle(as_version_1(data, lambda n, r: None)))
    assert counts["new_codebook_labels"] == 1 and _vessels(ben)
    ben.undo()
    assert not _vessels(ben)
