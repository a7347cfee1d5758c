"""What a relayed bundle says about a record's history, checked beyond the record's own version (stop 29,
found by an outside tester against format 4): a lying short hash, a withheld head that hides its history, a
version planted beside the sender's line, stripped hashes on entities and documents, and two honest
hidden-note bundles that left a third library unable to send anything."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.edits import AnnotationEdit
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
CLEO_NOTE = "cleo: the study exists"


def _libs(tmp_path: Path, *names: str) -> list[Library]:
    return [Library.open(tmp_path / n) for n in names]


def _claim_shared(tmp_path: Path) -> tuple[list[Library], str, str, Any]:
    """Ana's claim, imported by Ben and Cleo; Dave has nothing yet."""
    libs = _libs(tmp_path, "ana", "ben", "cleo", "dave")
    doc = load_document(TXT)
    doc_id = libs[0].add_document(doc, TXT)[0].id
    s, e = find_quote(doc.text, "Nobody has shown us a single study")
    claim, _ = libs[0].annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e))
    first = read_bundle(libs[0].export_bundle([doc_id], "ana", with_documents=True))
    for lib in libs[1:3]:
        lib.import_bundle(first)
    return libs, doc_id, claim.id, first


def _each_record(data: bytes, record_id: str, change: Callable[[dict[str, Any]], None]) -> bytes:
    def edit(name: str, records: list[dict[str, Any]]) -> None:
        for record in records:
            target = record.get("dossier:record", record)
            if target.get("id") == record_id:
                change(target)
    return rewrite_bundle(data, edit, names=("annotations.jsonl", "entities.jsonl", "documents.jsonl"))


def _close(libs: list[Library]) -> None:
    for lib in libs:
        lib.close()


def test_a_short_hash_that_lies_about_an_earlier_version_does_not_fast_forward(tmp_path: Path) -> None:
    libs, doc_id, cid, _ = _claim_shared(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        ben.edit(cid, AnnotationEdit(note="ben: one"))
        ben.edit(cid, AnnotationEdit(note="ben: two"))
        cleo.edit(cid, AnnotationEdit(note=CLEO_NOTE))
        cleo_short = cleo.store.revision_hashes([cid])[cid][cleo.annotation(cid).rev]

        def lie(record: dict[str, Any]) -> None:
            record["rev_hashes"][next(r for r in record["revs"] if r.startswith("2-"))] = cleo_short
        counts, _ = cleo.import_bundle(read_bundle(_each_record(ben.export_bundle([doc_id], "ben"), cid, lie)))
        assert counts["conflicts"] == 1  # before: taken for a descendant of Cleo's, her note overwritten
    finally:
        _close(libs)


def test_a_withheld_head_without_the_hash_of_its_history_is_refused(tmp_path: Path) -> None:
    libs, doc_id, cid, _ = _claim_shared(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        ben.edit(cid, AnnotationEdit(note="ben: one"))
        ben.edit(cid, AnnotationEdit(note="ben: two"))
        cleo.edit(cid, AnnotationEdit(note=CLEO_NOTE))
        cleo_rev = cleo.annotation(cid).rev

        def lie(record: dict[str, Any]) -> None:
            head = record["rev"]
            record["revs"][head] = sorted([*record["revs"][head], cleo_rev])
            record["revs"][cleo_rev] = [next(r for r in record["revs"] if r.startswith("1-"))]
            record["note"], record["note_withheld"] = "", head
            record.pop("note_salt", None)
            record["rev_contents"].pop(head)
        with pytest.raises(BundleError, match="withholds its note without the hash"):
            read_bundle(_each_record(ben.export_bundle([doc_id], "ben"), cid, lie))
        assert cleo.annotation(cid).note == CLEO_NOTE
    finally:
        _close(libs)


def test_a_version_planted_beside_the_senders_line_does_not_make_the_genuine_one_stale(tmp_path: Path) -> None:
    libs, doc_id, cid, first = _claim_shared(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        ben.edit(cid, AnnotationEdit(note="ben: no study"))
        cleo.edit(cid, AnnotationEdit(note=CLEO_NOTE))
        genuine = read_bundle(cleo.export_bundle([doc_id], "cleo"))
        cleo_rev = cleo.annotation(cid).rev

        def plant(record: dict[str, Any]) -> None:
            record["revs"][cleo_rev] = genuine.graphs[cid][cleo_rev]
            record["rev_contents"][cleo_rev] = genuine.contents[cid][cleo_rev]
        dave.import_bundle(first)
        dave.import_bundle(read_bundle(_each_record(ben.export_bundle([doc_id], "ben"), cid, plant)))
        counts, _ = dave.import_bundle(genuine)
        assert counts["conflicts"] == 1  # before: "stale", Cleo's edit lost at Dave
    finally:
        _close(libs)


def _entity_shared(tmp_path: Path) -> tuple[list[Library], str, str]:
    libs = _libs(tmp_path, "ana", "ben", "cleo", "dave")
    doc = load_document(TXT)
    doc_id = libs[0].add_document(doc, TXT)[0].id
    s, e = find_quote(doc.text, "Tomas Ek")
    libs[0].annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    eid = libs[0].store.entities()[0].id
    first = read_bundle(libs[0].export_bundle([doc_id], "ana", with_documents=True))
    for lib in libs[1:]:
        lib.import_bundle(first)
    return libs, doc_id, eid


def test_an_entity_history_without_its_hashes_does_not_revert_the_renamers_rename(tmp_path: Path) -> None:
    """Entities keep a history's unchecked parents as the sender's word (every history from before format 4
    is unchecked): dropped, Cleo's merge kept her old name and sent it back over Ana's rename."""
    libs, doc_id, eid = _entity_shared(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        ana.rename_entity(eid, "Tomas B. Ek")
        ana.rename_entity(eid, "Councillor Tomas Ek")
        relayed = _each_record(ana.export_bundle([doc_id], "ana"), eid, lambda r: r.pop("rev_contents"))
        cleo.import_bundle(read_bundle(relayed))
        ana.import_bundle(read_bundle(cleo.export_bundle([doc_id], "cleo")))
        assert ana.store.entity(eid).name == "Councillor Tomas Ek"
    finally:
        _close(libs)


def test_a_document_history_without_its_hashes_still_reports_the_title_conflict(tmp_path: Path) -> None:
    libs, doc_id, _, _ = _claim_shared(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        cleo.set_document_properties(doc_id, DocumentProperties(title="Cleo's title"))
        ben.set_document_properties(doc_id, DocumentProperties(title="Ben's title"))
        ben.set_document_properties(doc_id, DocumentProperties(publisher="Harbour Gazette"))
        data = _each_record(ben.export_bundle([doc_id], "ben"), doc_id, lambda r: r.pop("rev_contents"))
        _, changes = cleo.import_bundle(read_bundle(data))
        assert changes.report["property_conflicts"]
    finally:
        _close(libs)


def test_two_honest_hidden_note_bundles_leave_the_receiver_able_to_send(tmp_path: Path) -> None:
    ana, cleo, dave = _libs(tmp_path, "ana", "cleo", "dave")
    try:
        doc = load_document(TXT)
        doc_id = ana.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Port Alder")
        highlight, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, e))
        first = read_bundle(ana.export_bundle([doc_id], "ana", with_documents=True))
        cleo.import_bundle(first)
        dave.import_bundle(first)
        ana.edit(highlight.id, AnnotationEdit(note="ana: the harbour plan"))
        dave.import_bundle(read_bundle(ana.export_bundle([doc_id], "ana", hide_notes=True)))
        cleo.edit(highlight.id, AnnotationEdit(add_tags=("port",)))
        dave.import_bundle(read_bundle(cleo.export_bundle([doc_id], "cleo", hide_notes=True)))
        read_bundle(dave.export_bundle([doc_id], "dave"))  # before: refused ("does not say what its revision says")
    finally:
        _close([ana, cleo, dave])
