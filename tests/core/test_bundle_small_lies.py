"""Smaller lies of a hand-edited bundle (break26, low): a format-2 record with its revision removed, and a
valid new version that says someone else wrote the annotation."""
from __future__ import annotations

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
    cleo = Library.open(tmp_path / "cleo")
    cleo.import_bundle(read_bundle(lib.export_bundle([doc_id], "Ana", with_documents=True)))

    def lie(record: dict[str, Any]) -> None:  # a consistent liar: a valid child version of the genuine one
        if record["id"] != mark.id:
            return
        record["creator"], record["tags"] = "Mallory", ["b"]
        parent = record["rev"]
        said = codec.record_to_dict(codec.annotation_from_dict(record))
        record["rev"] = rev = make_rev([parent], said)
        record["revs"] = {**record.get("revs", {}), rev: [parent]}
        record["rev_hashes"] = {**record.get("rev_hashes", {}), rev: short_hash(said)}
        record["revision"] += 1

    counts, _ = cleo.import_bundle(read_bundle(_rewrite(cleo.export_bundle([doc_id], "Cleo"), lie)))
    got = cleo.annotation(mark.id)
    assert counts["updated"] == 1 and got.tags == ("b",) and got.creator == "Ana"
    cleo.close()
