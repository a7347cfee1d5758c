"""Bundles whose checksums are valid but whose content lies: each lie is corrected or refused, never stored.

A target far outside its document, a quote that is not at its position, page areas of NaN or 1e308, a
document text planted under a genuine document id: the library stores only what it can check.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotations import codec
from annotations.anchoring import find_quote
from annotations.errors import BundleError
from annotations.revisions import make_rev
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import AnchorState, Kind
from reader.document import load_document
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
PDF = SAMPLES / "flood_review.pdf"


def _forge(data: bytes, change: Callable[[str, list[dict[str, Any]]], None], remint: bool = True) -> bytes:
    """Rewrite the JSON lines of a bundle and make every checksum valid again — and, with `remint`, every
    revision id too (a consistent liar: what a record says matches its id, only it is not true)."""
    def edit(name: str, lines: list[dict[str, Any]]) -> None:
        change(name, lines)
        for record in _records(name, lines) if remint else []:
            _remint(name, record)

    return rewrite_bundle(data, edit)


def _remint(name: str, record: dict[str, Any]) -> None:
    if not record.get("rev"):
        return
    parse = {"annotations.jsonl": codec.annotation_from_dict, "entities.jsonl": codec.entity_from_dict,
             "documents.jsonl": codec.document_from_dict}[name]
    old = record["rev"]
    parents = record.get("revs", {}).get(old, [])
    new = make_rev(parents, codec.record_to_dict(parse(record)))  # type: ignore[operator]
    record["rev"] = new
    if "revs" in record:
        record["revs"][new] = record["revs"].pop(old)
    record.pop("rev_hashes", None)


def _records(name: str, lines: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [line["dossier:record"] for line in lines] if name == "annotations.jsonl" else lines


@pytest.fixture
def sender(tmp_path: Path) -> tuple[Library, str, str]:
    lib = Library.open(tmp_path / "sender")
    doc_id = lib.add_document(load_document(TXT), TXT)[0].id
    s, e = find_quote(lib.document(doc_id).text, "Tomas Ek")
    a, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    yield lib, doc_id, a.id
    lib.close()


def _receiver(tmp_path: Path, with_doc: bool = True) -> Library:
    lib = Library.open(tmp_path / "receiver")
    if with_doc:
        lib.add_document(load_document(TXT), TXT)
    return lib


@pytest.mark.parametrize("start", [10**9, 3])
def test_a_target_that_is_not_where_it_says_is_reanchored_by_its_quote(
        sender: tuple[Library, str, str], tmp_path: Path, start: int) -> None:
    lib, doc_id, annotation_id = sender

    def lie(name: str, lines: list[dict[str, Any]]) -> None:
        for r in _records(name, lines):
            if name == "annotations.jsonl":
                r["target"].update(start=start, end=start + len(r["target"]["exact"]))

    receiver = _receiver(tmp_path)
    counts, _ = receiver.import_bundle(read_bundle(_forge(lib.export_bundle([doc_id], "x"), lie)))
    got = receiver.annotation(annotation_id)
    text = receiver.document(doc_id).text
    assert counts["reanchored"] == 1 and got.anchor is AnchorState.MOVED
    assert text[got.target.start:got.target.end] == "Tomas Ek"
    receiver.close()


def test_a_quote_that_is_nowhere_is_kept_as_an_orphan_not_as_a_lie(
        sender: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, annotation_id = sender

    def lie(name: str, lines: list[dict[str, Any]]) -> None:
        for r in _records(name, lines):
            if name == "annotations.jsonl":
                r["target"].update(start=10**9, end=10**9 + 12, exact="zqxj wvut yp")

    receiver = _receiver(tmp_path)
    receiver.import_bundle(read_bundle(_forge(lib.export_bundle([doc_id], "x"), lie)))
    got = receiver.annotation(annotation_id)
    assert got.anchor is AnchorState.ORPHANED and got.target.start == 0 and got.target.exact == "zqxj wvut yp"
    again = read_bundle(receiver.export_bundle([doc_id], "receiver"))  # Dossier never writes a bundle it refuses
    assert [a.id for a in again.annotations] == [annotation_id]
    receiver.close()


@pytest.mark.parametrize("bad", [float("nan"), 1e308, -1e308, float("inf")])
def test_page_areas_that_are_not_on_the_page_are_recomputed_and_exports_work(tmp_path: Path, bad: float) -> None:
    a = ReaderService(Library.open(tmp_path / "A"), annotator="a", isolated=False)
    doc = a.add_file(PDF).record
    assert doc is not None
    s, e = find_quote(a.library.document(doc.id).text, "flood")
    mark, _ = a.annotate(doc.id, AnnotationInput(Kind.HIGHLIGHT, s, e))
    assert mark.target.areas
    data = a.library.export_bundle([doc.id], "a", with_documents=True)

    def lie(name: str, lines: list[dict[str, Any]]) -> None:
        for r in _records(name, lines):
            if name == "annotations.jsonl":
                r["target"]["areas"][0]["quads"][0][0] = bad

    forged = tmp_path / "forged.dossier"
    forged.write_bytes(_forge(data, lie).replace(b"NaN", b"NaN"))
    b = ReaderService(Library.open(tmp_path / "B"), annotator="b", isolated=False)
    b.import_file(forged)
    got = b.library.annotation(mark.id)
    coords = [v for area in got.target.areas for q in area.quads for p in (q.ul, q.ur, q.ll, q.lr) for v in p]
    assert coords and all(math.isfinite(v) and abs(v) < 10_000 for v in coords)
    assert got.target.areas == mark.target.areas  # recomputed from the file: the same quads as the sender's
    for fmt in ("pdf", "pack"):
        assert b.export(fmt, document_refs=[doc.id]).startswith(b"%PDF")
    a.close()
    b.close()


def test_planted_text_under_a_genuine_id_gives_way_to_the_real_file(
        sender: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, annotation_id = sender
    data = lib.export_bundle([doc_id], "x", with_documents=True)

    def plant(name: str, lines: list[dict[str, Any]]) -> None:
        if name == "documents.jsonl":
            lines[0]["text"] = "Tomas Ek confessed to everything. " + lines[0]["text"]

    planted = _forge(data, plant)
    with zipfile.ZipFile(io.BytesIO(planted)) as zf:  # without the file, the record's text is all there is
        members = {n: zf.read(n) for n in zf.namelist() if not n.startswith("files/")}
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, d in members.items():
            zf.writestr(n, d)
    receiver = ReaderService(Library.open(tmp_path / "receiver"), annotator="r", isolated=False)
    path = tmp_path / "planted.dossier"
    path.write_bytes(out.getvalue())
    counts, _ = receiver.import_file(path)
    doc = receiver.library.document(doc_id)
    assert counts["provisional_documents"] == 1 and doc.provisional and "confessed" in doc.text
    receiver.remove_document(doc_id)
    receiver.restore_document(doc_id)
    assert receiver.library.document(doc_id).provisional  # remove + restore does not make it true
    result = receiver.add_file(TXT)  # the real file arrives: its parse replaces the planted text
    doc = receiver.library.document(doc_id)
    assert result.error is None and not doc.provisional and "confessed" not in doc.text
    assert doc.text == load_document(TXT).text
    got = receiver.library.annotation(annotation_id)
    assert doc.text[got.target.start:got.target.end] == "Tomas Ek"
    assert receiver.search("confessed", scope="documents").total == 0
    receiver.close()


def test_with_the_file_in_the_bundle_the_record_text_is_ignored(
        sender: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, _ = sender

    def plant(name: str, lines: list[dict[str, Any]]) -> None:
        if name == "documents.jsonl":
            lines[0]["text"] = "Planted. " + lines[0]["text"]

    path = tmp_path / "planted.dossier"
    path.write_bytes(_forge(lib.export_bundle([doc_id], "x", with_documents=True), plant))
    receiver = ReaderService(Library.open(tmp_path / "receiver"), annotator="r", isolated=False)
    receiver.import_file(path)
    doc = receiver.library.document(doc_id)
    assert not doc.provisional and doc.text == load_document(TXT).text
    receiver.close()


def test_references_to_entities_nobody_has_are_mended(sender: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, annotation_id = sender
    s, e = find_quote(lib.document(doc_id).text, "Nobody has shown us a single study")
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek"))

    def drop_entities(name: str, lines: list[dict[str, Any]]) -> None:
        if name == "entities.jsonl":
            lines.clear()

    receiver = _receiver(tmp_path)
    receiver.import_bundle(read_bundle(_forge(lib.export_bundle([doc_id], "x"), drop_entities)))
    mention = receiver.annotation(annotation_id)
    entity = receiver.store.entity(mention.entity_id or "")
    assert entity is not None and entity.name == "Tomas Ek" and entity.type == "PERSON"
    assert receiver.annotation(claim.id).claim.speaker_id == entity.id  # type: ignore[union-attr]
    receiver.close()


def test_a_mention_of_an_entity_nobody_has_goes_to_ours_of_that_name(sender: tuple[Library, str, str],
                                                                      tmp_path: Path) -> None:
    """The receiver already has "Tomas Ek": the mention and the claim he speaks go to him, not to a second "Tomas
    Ek" (an outside tester, stop 52: two PERSON entities of that name, both in search, and a teammate who merged
    them by name then held other entities than we do) — the claim coming first in the bundle, too."""
    lib, doc_id, annotation_id = sender
    s, e = find_quote(lib.document(doc_id).text, "Nobody has shown us a single study")
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek"))

    def drop_entities_claims_first(name: str, lines: list[dict[str, Any]]) -> None:
        if name == "entities.jsonl":
            lines.clear()
        if name == "annotations.jsonl":
            lines.sort(key=lambda r: r.get("kind") != "claim")

    receiver = _receiver(tmp_path)
    text = receiver.document(doc_id).text
    s, e = find_quote(text, "Ek", occurrence=2) if text.count("Ek") > 1 else find_quote(text, "Tomas Ek")
    ours, _ = receiver.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name="Tomas Ek"))
    counts, _ = receiver.import_bundle(read_bundle(_forge(lib.export_bundle([doc_id], "x"),
                                                          drop_entities_claims_first)))
    assert [x.name for x in receiver.store.find_entities("Tomas Ek")] == ["Tomas Ek"]  # one of him
    assert receiver.annotation(annotation_id).entity_id == ours.entity_id
    assert receiver.annotation(claim.id).claim.speaker_id == ours.entity_id  # type: ignore[union-attr]
    assert counts["repointed"] == 1
    receiver.close()


def test_a_forgery_that_reuses_a_genuine_revision_id_is_refused(
        sender: tuple[Library, str, str], tmp_path: Path) -> None:
    """Same rev, other content: it would shadow the genuine version for good, so the bundle is refused."""
    lib, doc_id, annotation_id = sender
    genuine = lib.export_bundle([doc_id], "x")

    def lie(name: str, lines: list[dict[str, Any]]) -> None:
        for r in _records(name, lines):
            if name == "annotations.jsonl":
                r["note"] = "ATTACKER"

    receiver = _receiver(tmp_path)
    with pytest.raises(BundleError, match="does not say what its revision"):
        read_bundle(_forge(genuine, lie, remint=False))
    receiver.import_bundle(read_bundle(genuine))
    assert receiver.annotation(annotation_id).note == ""
    receiver.close()
