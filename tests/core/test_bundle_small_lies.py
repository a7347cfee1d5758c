"""Smaller lies of a hand-edited bundle (break26, low): a format-2 record with its revision removed, and a
valid new version that says someone else wrote the annotation."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from annotations import codec
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.revisions import make_rev, short_hash
from tests.core.test_withheld_forgery import _rewrite, ana  # noqa: F401 (ana: the fixture)
from tests.helpers import rewrite_bundle



def _cleo_holding(lib: Library, doc_id: str, tmp_path: Path) -> Library:
    """Cleo's library, holding Ana's document and annotations from Ana's bundle."""
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True)))
    return cleo

def test_a_format_2_record_without_its_revision_is_refused(ana: tuple[Library, str, str]) -> None:
    lib, doc_id, _ = ana

    def lie(record: dict[str, Any]) -> None:
        for key in ("rev", "revs", "rev_hashes"):
            record.pop(key, None)
        record["note"] = "FORGED, no revision"

    with pytest.raises(BundleError, match="carries no revision"):
        read_bundle(_rewrite(lib.export_bundle([doc_id], "Ana"), lie))


def test_a_new_version_that_names_another_creator_keeps_the_creator(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """Edits never change who wrote an annotation: a version saying so keeps ours, its other changes taken."""
    lib, doc_id, _ = ana
    mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, 0, 7), creator="Ana")
    cleo = _cleo_holding(lib, doc_id, tmp_path)

    def lie(record: dict[str, Any]) -> None:  # a consistent liar: a valid child version of the genuine one
        record["creator"], record["tags"] = "Mallory", ["b"]

    counts, _ = cleo.import_bundle(read_bundle(_rewrite(cleo.export_bundle([doc_id], "Cleo"),
                                                        _child_version(mark.id, lie))))
    got = cleo.annotation(mark.id)
    assert counts["updated"] == 1 and got.tags == ("b",) and got.creator == "Ana"
    cleo.close()


def _rewrite_entities(data: bytes, change: Callable[[dict[str, Any]], None]) -> bytes:
    def edit(name: str, lines: list[dict[str, Any]]) -> None:
        for line in lines:
            change(line)

    return rewrite_bundle(data, edit, ("entities.jsonl",))


def test_an_entity_id_reused_for_another_entity_of_another_type_is_no_alias(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """'Northern Water Authority' (ORG) sent as a version of Tomas Ek's id (PERSON) made at the same time:
    reported, and Tomas Ek keeps his names (a search for the organisation must not find him)."""
    from annotations.anchoring import find_quote

    lib, doc_id, _ = ana
    s, e = find_quote(lib.document(doc_id).text, "Tomas Ek")
    lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(genuine))
    ek = cleo.store.entities()[0]

    def reuse(record: dict[str, Any]) -> None:  # a valid first version of another entity, under his id
        record.update(name="Northern Water Authority", type="ORG", aliases=[])
        said = codec.record_to_dict(codec.entity_from_dict(record))
        record["rev"] = rev = make_rev([], said)
        record["revs"], record["rev_hashes"] = {rev: []}, {rev: short_hash(said)}

    forged = read_bundle(_rewrite_entities(genuine, reuse))
    counts, _ = cleo.import_bundle(forged)
    assert counts["entity_clashes"] == 1 and counts["updated_entities"] == 0
    assert cleo.store.entity(ek.id) == ek
    counts, _ = cleo.import_bundle(forged)  # a replay: seen already, nothing to say
    assert not counts.get("entity_clashes") and cleo.store.entity(ek.id) == ek
    cleo.close()


def test_an_entity_id_reused_for_another_person_is_no_alias(ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """'Jonas Albrecht' (PERSON) sent as a fresh version of Tomas Ek's id, same type: his name became an alias of
    Tomas Ek, so the next claim typed with the speaker "Jonas Albrecht" was credited to Ek, and `speaker:albrecht`
    found Ek's claims (an outside tester, stop 53). Full names that all differ are another person: reported."""
    from annotations.anchoring import find_quote

    lib, doc_id, _ = ana
    text = lib.document(doc_id).text
    s, e = find_quote(text, "Tomas Ek")
    lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(genuine))
    ek = cleo.store.entities()[0]

    def reuse(record: dict[str, Any]) -> None:
        record.update(name="Jonas Albrecht", aliases=[])
        said = codec.record_to_dict(codec.entity_from_dict(record))
        record["rev"] = rev = make_rev([], said)
        record["revs"], record["rev_hashes"] = {rev: []}, {rev: short_hash(said)}

    counts, _ = cleo.import_bundle(read_bundle(_rewrite_entities(genuine, reuse)))
    assert counts["entity_clashes"] == 1 and cleo.store.entity(ek.id) == ek
    s, e = find_quote(text, "Nobody has shown us a single study")
    claim, _ = cleo.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Jonas Albrecht"))
    assert claim.claim is not None and claim.claim.speaker_id != ek.id
    cleo.close()


def test_a_name_completed_two_ways_at_once_is_one_person_with_both_names(tmp_path: Path) -> None:
    """Ana and Ben complete the surname "Ek" at once, "Tomas Ek" and "Thomas Ek" (the rename keeps "Ek"): one
    person, the names aliases, both libraries the same — the rule above first took them for two people, and they
    never agreed again (an outside tester on the fixes, stop 53)."""
    from annotations.anchoring import find_quote
    from reader.document import load_document
    from tests.conftest import SAMPLES

    ana_lib, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        path = SAMPLES / "harbour_council.txt"
        doc = load_document(path)
        doc_id = ana_lib.add_document(doc, path)[0].id
        mark, _ = ana_lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, *find_quote(doc.text, "Ek"), label="PERSON"))
        ben.import_bundle(read_bundle(ana_lib.export_bundle([doc_id], "Ana", with_documents=True)))
        assert mark.entity_id is not None
        ana_lib.rename_entity(mark.entity_id, "Tomas Ek")
        ben.rename_entity(mark.entity_id, "Thomas Ek")
        for _ in range(2):
            ana_lib.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))
            counts, _ = ben.import_bundle(read_bundle(ana_lib.export_bundle([doc_id], "Ana")))
            assert not counts.get("entity_clashes")
        mine, theirs = ana_lib.store.entity(mark.entity_id), ben.store.entity(mark.entity_id)
        assert mine is not None and theirs is not None
        assert (mine.name, set(mine.aliases)) == (theirs.name, set(theirs.aliases))
        assert {mine.name, *mine.aliases} == {"Tomas Ek", "Thomas Ek", "Ek"}
    finally:
        ana_lib.close()
        ben.close()


def test_a_rewritten_creator_taken_first_is_put_back_by_the_genuine_version(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """Ben, holding nothing, takes the lying version as new; Ana's genuine (older) version then arrives: its
    rev covers who wrote it, so the author is put back."""
    lib, doc_id, _ = ana
    mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, 0, 7), creator="Ana")
    genuine = lib.export_bundle([doc_id], "Ana", with_documents=True)

    def lie(record: dict[str, Any]) -> None:
        if record["id"] != mark.id:
            return
        record["creator"], parent = "Mallory", record["rev"]
        said = codec.record_to_dict(codec.annotation_from_dict(record))
        record["rev"] = rev = make_rev([parent], said)
        record["revs"] = {**record.get("revs", {}), rev: [parent]}
        record["rev_hashes"] = {**record.get("rev_hashes", {}), rev: short_hash(said)}

    ben = Library.open(tmp_path / "ben")
    ben.import_bundle(read_bundle(_rewrite(genuine, lie)))
    assert ben.annotation(mark.id).creator == "Mallory"  # nothing could tell, yet
    counts, _ = ben.import_bundle(read_bundle(genuine))
    assert counts["updated"] == 1 and ben.annotation(mark.id).creator == "Ana"
    ben.close()


def _child_version(mark_id: str, change: Callable[[dict[str, Any]], None]) -> Callable[[dict[str, Any]], None]:
    """A consistent liar's edit of `mark_id`: a valid child version of the genuine one, checksums and all."""
    def lie(record: dict[str, Any]) -> None:
        if record["id"] != mark_id:
            return
        change(record)
        parent = record["rev"]
        said = codec.record_to_dict(codec.annotation_from_dict(record))
        record["rev"] = rev = make_rev([parent], said)
        record["revs"] = {**record.get("revs", {}), rev: [parent]}
        record["rev_hashes"] = {**record.get("rev_hashes", {}), rev: short_hash(said)}
        record["revision"] += 1
    return lie


def test_a_version_that_changes_what_the_annotation_is_keeps_ours(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """A claim turned into a highlight (its claim fields dropped) came in as "1 updated" and travelled on in the
    importer's own bundles; refused as a later version of ours, it still came in by a field-by-field merge, a
    conflict either way settled, or a deletion brought back — and the refusal then refused the importer's honest
    bundles for good (outside testers, stop 55). No edit in Dossier changes an annotation's kind: ours is kept
    whatever way the version comes, its other changes weighed as any."""
    lib, doc_id, _ = ana
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, 0, 7, speaker_name="Tomas Ek"), creator="Ana")
    cleo = _cleo_holding(lib, doc_id, tmp_path)
    before = cleo.annotation(claim.id)
    sent = lib.export_bundle([doc_id], "Ana")

    def as_highlight(record: dict[str, Any]) -> None:
        record["kind"], record["note"] = "highlight", "forged note"
        record.pop("claim", None)

    cleo.import_bundle(read_bundle(_rewrite(sent, _child_version(claim.id, as_highlight))))  # on ours
    got = cleo.annotation(claim.id)
    assert got.kind is Kind.CLAIM and got.claim == before.claim and got.note == "forged note"
    cleo.close()


def test_a_kind_changed_beside_our_edit_or_after_a_deletion_keeps_ours(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, _ = ana
    mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, 0, 7, note="first"), creator="Ana")
    cleo = _cleo_holding(lib, doc_id, tmp_path)
    sent = lib.export_bundle([doc_id], "Ana")
    cleo.edit_annotation(mark.id, note="cleo's note")

    def as_claim(record: dict[str, Any]) -> None:
        record["kind"], record["claim"] = "claim", {"status": "unverified"}
        record["tags"] = ["forged"]

    counts, _ = cleo.import_bundle(read_bundle(_rewrite(sent, _child_version(mark.id, as_claim))))
    got = cleo.annotation(mark.id)
    assert counts["combined"] == 1 and got.kind is Kind.HIGHLIGHT and got.claim is None
    assert (got.note, got.tags) == ("cleo's note", ("forged",))

    def gone(record: dict[str, Any]) -> None:
        as_claim(record)
        record["deleted"] = True

    deleted = _rewrite(cleo.export_bundle([doc_id], "Cleo"), _child_version(mark.id, gone))
    cleo.import_bundle(read_bundle(deleted))
    back = _rewrite(deleted, _child_version(mark.id, lambda record: record.update(deleted=False)))
    cleo.import_bundle(read_bundle(back))
    got = cleo.annotation(mark.id)
    assert got.kind is Kind.HIGHLIGHT and got.claim is None
    honest = read_bundle(cleo.export_bundle([doc_id], "Cleo"))  # and Cleo's own bundles still go through
    lib.import_bundle(honest)
    assert lib.annotation(mark.id).kind is Kind.HIGHLIGHT
    cleo.close()


def test_a_new_version_that_rewrites_when_it_was_made_keeps_ours(
        ana: tuple[Library, str, str], tmp_path: Path) -> None:
    lib, doc_id, _ = ana
    mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, 0, 7), creator="Ana")
    cleo = _cleo_holding(lib, doc_id, tmp_path)

    def backdated(record: dict[str, Any]) -> None:
        record["created"], record["tags"] = "1999-01-01T00:00:00Z", ["b"]

    counts, _ = cleo.import_bundle(read_bundle(_rewrite(cleo.export_bundle([doc_id], "Cleo"),
                                                        _child_version(mark.id, backdated))))
    got = cleo.annotation(mark.id)
    assert counts["updated"] == 1 and got.tags == ("b",) and got.created == mark.created
    cleo.close()


def test_a_speaker_nobody_has_is_cleared_and_said(ana: tuple[Library, str, str], tmp_path: Path) -> None:
    """A version whose speaker is in neither the bundle nor the library came in as "1 updated", the speaker quietly
    left empty (an outside tester, stop 55): the import says so."""
    from reader.ui.import_words import import_lines

    lib, doc_id, _ = ana
    claim, _ = lib.annotate(doc_id, AnnotationInput(Kind.CLAIM, 0, 7, speaker_name="Tomas Ek"), creator="Ana")
    cleo = _cleo_holding(lib, doc_id, tmp_path)

    def nobody(record: dict[str, Any]) -> None:
        record["claim"] = {**record["claim"], "speaker_id": "01ffffff-ffff-7fff-bfff-ffffffffffff"}

    counts, _ = cleo.import_bundle(read_bundle(_rewrite(lib.export_bundle([doc_id], "Ana"),
                                                        _child_version(claim.id, nobody))))
    got = cleo.annotation(claim.id)
    assert got.claim is not None and got.claim.speaker_id is None and counts["speakers_unknown"] == 1
    assert any(line.startswith("1 claim whose speaker is neither in the bundle nor in your library")
               for line in import_lines(counts))
    cleo.close()
