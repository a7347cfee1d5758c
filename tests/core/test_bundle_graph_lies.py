"""A bundle's revision history is checked beyond the record's own revision (break28x CRITICAL 1).

Mallory relayed Ben's genuine bundle with one line changed: Ana's first version of the claim got Cleo's
concurrent version as its parent. Every record still said what its revision says, so Dave, who had never
held the claim, took it; Cleo's genuine edit then arrived as "stale" and was dropped without a conflict — and
Dave's next ordinary bundle overwrote Cleo's own note in her library. A revision id starts with one more than
its parents' greatest number, so a version cannot have a parent made after it: such a history is refused."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.edits import AnnotationEdit
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"


def test_a_history_that_makes_a_concurrent_edit_an_ancestor_is_refused(tmp_path: Path) -> None:
    ana, ben, cleo, dave = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo", "dave"))
    try:
        doc = load_document(TXT)
        doc_id = ana.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Nobody has shown us a single study")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e))
        first = read_bundle(ana.export_bundle([doc_id], "ana", with_documents=True))
        for lib in (ben, cleo):
            lib.import_bundle(first)
        ben.edit(claim.id, AnnotationEdit(note="ben disagrees"))
        cleo.edit(claim.id, AnnotationEdit(note="cleo: the study exists, I found it"))
        from_ben, from_cleo = ben.export_bundle([doc_id], "ben"), read_bundle(cleo.export_bundle([doc_id], "cleo"))
        cleo_rev = cleo.annotation(claim.id).rev

        def lie(name: str, records: list[dict[str, Any]]) -> None:
            for record in records:
                if record.get("id") == claim.id or record.get("dossier:record", {}).get("id") == claim.id:
                    target = record.get("dossier:record", record)
                    root = next(r for r, parents in target["revs"].items() if not parents)
                    target["revs"][root] = [cleo_rev]
                    target["revs"][cleo_rev] = []
        relayed = rewrite_bundle(from_ben, lie, names=("annotations.jsonl",))
        with pytest.raises(BundleError, match="cannot be its parents"):
            dave.import_bundle(read_bundle(relayed))
        dave.import_bundle(read_bundle(from_ben))  # the genuine one, then Cleo's: a conflict, both notes kept
        counts, _ = dave.import_bundle(from_cleo)
        assert counts["conflicts"] == 1
    finally:
        for lib in (ana, ben, cleo, dave):
            lib.close()


def _deep_forgery(tmp_path: Path) -> tuple[list[Library], str, bytes, bytes, str]:
    """Ben edits Ana's claim three times (versions 2, 3, 4); Cleo edits it once, concurrently (her version 2).
    Returns the libraries, the claim id, Ben's bundle, Cleo's bundle and Cleo's rev."""
    ana, ben, cleo, dave = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo", "dave"))
    doc = load_document(TXT)
    doc_id = ana.add_document(doc, TXT)[0].id
    s, e = find_quote(doc.text, "Nobody has shown us a single study")
    claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e))
    first = read_bundle(ana.export_bundle([doc_id], "ana", with_documents=True))
    for lib in (ben, cleo):
        lib.import_bundle(first)
    for note in ("ben: one", "ben: two", "ben: three"):
        ben.edit(claim.id, AnnotationEdit(note=note))
    cleo.edit(claim.id, AnnotationEdit(note="cleo: the study exists, I found it"))
    return ([ana, ben, cleo, dave], claim.id, ben.export_bundle([doc_id], "ben"),
            cleo.export_bundle([doc_id], "cleo"), cleo.annotation(claim.id).rev)


def _merge_under_ben_3(claim_id: str, cleo_rev: str, strip: bool) -> Any:
    """Mallory's edit: Ben's version 3 becomes a merge of his version 2 and Cleo's version 2 (numbers agree:
    3 = 2 + 1), so Cleo's edit looks like an ancestor of Ben's head; `strip` also removes the full content
    hashes that would give the lie away."""
    def lie(name: str, records: list[dict[str, Any]]) -> None:
        for record in records:
            target = record.get("dossier:record", record)
            if target.get("id") != claim_id:
                continue
            third = next(r for r in target["revs"] if r.startswith("3-"))
            target["revs"][third] = sorted([*target["revs"][third], cleo_rev])
            target["revs"][cleo_rev] = target["revs"][next(r for r in target["revs"] if r.startswith("2-"))]
            if strip:
                target.pop("rev_contents", None)
    return lie


def test_a_merge_made_up_deep_in_a_history_is_refused(tmp_path: Path) -> None:
    libs, claim_id, from_ben, from_cleo, cleo_rev = _deep_forgery(tmp_path)
    dave = libs[3]
    try:
        relayed = rewrite_bundle(from_ben, _merge_under_ben_3(claim_id, cleo_rev, strip=False),
                                 names=("annotations.jsonl",))
        with pytest.raises(BundleError, match="parents it was not made on"):
            dave.import_bundle(read_bundle(relayed))
        assert dave.store.annotation(claim_id) is None
    finally:
        for lib in libs:
            lib.close()


def test_a_made_up_merge_without_its_hashes_is_not_believed_so_the_concurrent_edit_is_a_conflict(
        tmp_path: Path) -> None:
    libs, claim_id, from_ben, from_cleo, cleo_rev = _deep_forgery(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        relayed = rewrite_bundle(from_ben, _merge_under_ben_3(claim_id, cleo_rev, strip=True),
                                 names=("annotations.jsonl",))
        dave.import_bundle(read_bundle(relayed))
        counts, _ = dave.import_bundle(read_bundle(from_cleo))
        assert counts["conflicts"] == 1  # before: Cleo's edit was taken for an ancestor of Ben's and dropped
        cleo.import_bundle(read_bundle(dave.export_bundle([dave.annotation(claim_id).document_id], "dave")))
        assert cleo.annotation(claim_id).note == "cleo: the study exists, I found it"
    finally:
        for lib in libs:
            lib.close()


def test_a_deep_history_passed_on_stays_checkable_and_fast_forwards(tmp_path: Path) -> None:
    """Ben's three edits reach Dave through Cleo-free relays: Dave holds Ben's version 2; Ben's version 4 arrives
    with the history checked edge by edge and is taken as a plain update, no conflict."""
    libs, claim_id, from_ben, _, _ = _deep_forgery(tmp_path)
    ana, ben, cleo, dave = libs
    try:
        ana.import_bundle(read_bundle(from_ben))  # Ana relays: her bundle carries Ben's history, checkable
        relayed = read_bundle(ana.export_bundle([ana.annotation(claim_id).document_id], "ana"))
        assert set(relayed.contents[claim_id]) == set(relayed.graphs[claim_id])
        counts, _ = dave.import_bundle(relayed)
        assert dave.annotation(claim_id).note == "ben: three"
        assert counts["conflicts"] == 0
    finally:
        for lib in libs:
            lib.close()
