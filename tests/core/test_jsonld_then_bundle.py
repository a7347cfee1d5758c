"""Annotations taken from a W3C JSON-LD file travel on in bundles (found while fixing C2).

JSON-LD carries each annotation's `dossier:rev` but not everything that rev covers (the earlier versions'
ancestry; now also the salt of the note's seal). The importing library stored the record under that rev as
if it were that version, so its next bundle was refused by every teammate ("does not say what its revision
says: the bundle was altered") — for an annotation edited once before the export, and since seals for every
annotation with a note. Such a rev is now the parent of a version of the importer's own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


@pytest.mark.parametrize("edited", [False, True], ids=["first version", "edited once"])
def test_a_note_imported_from_json_ld_reaches_a_third_library(tmp_path: Path, edited: bool) -> None:
    libs = [ReaderService.open(tmp_path / name, annotator=name, isolated=False) for name in ("ana", "ben", "cleo")]
    try:
        ana, ben, cleo = libs
        doc_id = ana.add_file(TXT).record.id  # type: ignore[union-attr]
        start, end = find_quote(ana.document(doc_id).text, "Tomas Ek")
        note, _ = ana.annotate(doc_id, AnnotationInput(Kind.NOTE, start, end, note="check the minutes"))
        if edited:
            ana.library.edit_annotation(note.id, note="check the minutes of May")
        (tmp_path / "notes.jsonld").write_bytes(ana.export("jsonld", [doc_id]))
        ben.add_file(TXT)
        assert ben.import_file(tmp_path / "notes.jsonld")[0]["new"] == 1
        cleo.add_file(TXT)
        counts, _ = cleo.library.import_bundle(read_bundle(ben.library.export_bundle([doc_id], "Ben")))
        assert counts["new"] == 1
        got = cleo.library.annotation(note.id)
        assert got is not None and got.note == ana.library.annotation(note.id).note  # type: ignore[union-attr]
        again, _ = ben.import_file(tmp_path / "notes.jsonld")  # importing the file again finds it unchanged
        assert again["new"] == again["updated"] == again["conflicts"] == 0
    finally:
        for lib in libs:
            lib.close()


def test_a_w3c_files_creator_never_changes_who_wrote_an_annotation(tmp_path: Path) -> None:
    """A JSON-LD file whose W3C `creator` was edited (under the annotation's unchanged `dossier:rev`) made its
    importer's copy of Ana's claim Mallory's, found by `creator:mallory` (an outside tester, stop 53): the rule that
    puts back an author a checked version names took the file's word for it. The author stays Ana."""
    import json

    ana = ReaderService.open(tmp_path / "ana", annotator="ana", isolated=False)
    ben = ReaderService.open(tmp_path / "ben", annotator="ben", isolated=False)
    try:
        doc_id = ana.add_file(TXT).record.id  # type: ignore[union-attr]
        start, end = find_quote(ana.document(doc_id).text, "Tomas Ek")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, start, end, note="ana wrote this"))
        ben.add_file(TXT)
        ben.library.import_bundle(read_bundle(ana.library.export_bundle([doc_id], "ana")))
        data = json.loads(ben.export("jsonld", [doc_id]))
        [item] = data["first"]["items"]
        item["creator"] = {"type": "Person", "name": "mallory"}
        (tmp_path / "edited.jsonld").write_text(json.dumps(data), encoding="utf-8")
        counts, _ = ben.import_file(tmp_path / "edited.jsonld")
        assert counts["updated"] == 0
        assert ben.library.annotation(claim.id).creator == "ana"  # type: ignore[union-attr]
        assert not ben.library.search("creator:mallory").hits
    finally:
        ana.close()
        ben.close()
