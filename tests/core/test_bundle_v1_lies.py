"""A bundle that says it is format 1 (before revisions) is read with the old base-hash rules — and a forged
one must not use them to overwrite what the receiver wrote: dates come from the sender, so a version-1
record dated 2099 that differs from ours is a conflict, never "the newer one"; a version-1 entity never
renames or retypes ours (its names become aliases, as for a concurrent edit)."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

from annotations.bundle import read_bundle
from annotations.library import Library
from annotations.model import Kind
from tests.core.test_bundle import _annotate, _library
from tests.helpers import rewrite_bundle

FUTURE = "2099-01-01T00:00:00.000Z"


def as_version_1(data: bytes, change: Any) -> bytes:
    """`data` rewritten by `change(name, records)`, stripped of revisions and labelled format 1."""
    def strip(name: str, records: list[dict[str, Any]]) -> None:
        for line in records:
            record = line.get("dossier:record", line)
            for key in ("rev", "revs", "rev_hashes", "note_withheld", "rev_says"):
                record.pop(key, None)
        change(name, records)

    data = rewrite_bundle(data, strip)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(members["manifest.json"])
    manifest["format_version"] = 1
    members["manifest.json"] = json.dumps(manifest).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, d in members.items():
            zf.writestr(n, d)
    return out.getvalue()


def _forge(name: str, records: list[dict[str, Any]]) -> None:
    for line in records:
        record = line.get("dossier:record", line)
        if name == "annotations.jsonl" and record.get("kind") == "claim":
            record["note"], record["modified"] = "forged words", FUTURE
        if name == "entities.jsonl":
            record["name"], record["modified"] = "Somebody Else", FUTURE


def test_a_forged_version_1_bundle_dated_2099_overwrites_nothing_of_ours(tmp_path: Path) -> None:
    ana, doc_id = _library(tmp_path / "ana")
    ben, _ = _library(tmp_path / "ben")
    _annotate(ana, doc_id, "Tomas Ek", label="PERSON")
    claim_id = _annotate(ana, doc_id, "Nobody has shown us a single study", Kind.CLAIM, speaker_name="Tomas Ek")
    genuine = ana.export_bundle([doc_id], "ana")
    ben.import_bundle(read_bundle(genuine))
    ben.edit_annotation(claim_id, note="Ben's own words")
    person = next(e for e in ben.store.entities() if e.name == "Tomas Ek")

    counts, _ = ben.import_bundle(read_bundle(as_version_1(genuine, _forge)))

    assert ben.annotation(claim_id).note == "Ben's own words"
    assert counts["conflicts"] == 1 and len(ben.store.conflicts()) == 1  # theirs kept for Ben to judge
    kept = ben.store.entity(person.id)
    assert kept is not None and kept.name == "Tomas Ek" and kept.type == person.type
    ana.close()
    ben.close()


def test_a_version_1_entity_that_only_differs_in_its_dates_is_unchanged(tmp_path: Path) -> None:
    ana, doc_id = _library(tmp_path / "ana")
    ben, _ = _library(tmp_path / "ben")
    _annotate(ana, doc_id, "Tomas Ek", label="PERSON")
    genuine = ana.export_bundle([doc_id], "ana")
    ben.import_bundle(read_bundle(genuine))

    def later(name: str, records: list[dict[str, Any]]) -> None:
        for line in records:
            if name == "entities.jsonl":
                line.get("dossier:record", line)["modified"] = FUTURE

    counts, _ = ben.import_bundle(read_bundle(as_version_1(genuine, later)))
    assert counts["updated_entities"] == 0
    ana.close()
    ben.close()


def test_a_version_1_person_sharing_only_a_surname_is_not_folded_into_ours(tmp_path: Path) -> None:
    """Ben's "Tomas Ek" (alias "Ek"); a version-1 bundle brings another person named "Ek", alias "Nadia Ek"
    (the v2 rule since stop 26: full names that disagree are two people)."""
    ana, doc_id = _library(tmp_path / "ana")
    ben, _ = _library(tmp_path / "ben")
    _annotate(ben, doc_id, "Tomas Ek", label="PERSON")
    tomas = next(e for e in ben.store.entities() if e.name == "Tomas Ek")
    ben.set_aliases(tomas.id, ["Ek"])
    _annotate(ana, doc_id, "Tomas Ek", label="PERSON")
    theirs = next(e for e in ana.store.entities() if e.name == "Tomas Ek")

    def other_ek(name: str, records: list[dict[str, Any]]) -> None:
        for line in records:
            record = line.get("dossier:record", line)
            if name == "entities.jsonl" and record.get("id") == theirs.id:
                record["name"], record["aliases"] = "Ek", ["Nadia Ek"]

    ben.import_bundle(read_bundle(as_version_1(ana.export_bundle([doc_id], "ana"), other_ek)))
    mine = ben.store.entity(tomas.id)
    assert mine is not None and "Nadia Ek" not in mine.aliases
    assert any("Nadia Ek" in e.names() for e in ben.store.entities() if e.id != tomas.id)
    ana.close()
    ben.close()
