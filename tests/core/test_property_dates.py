"""A document property's date is the sender's word (bug B): a bundle whose version says
modified=2099-01-01 used to win every conflict over that property for ever. Now its dates count no later
than the bundle's own date, and a bundle dated more than a day after the receiver's clock has its dates
taken as the import time (and the import says so); an edit made after that import wins again. And a
property both sides changed never loses its other value silently: the import report names it.
"""
from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import pytest

from annotations.bundle import Bundle, read_bundle
from annotations.doc_properties import DocumentProperties
from annotations.library import Library
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"
FUTURE = "2099-01-01T00:00:00.000Z"


@contextmanager
def _team(folder: Path) -> Iterator[tuple[list[Library], str]]:
    """Ana, Ben and Cleo holding the document as Ana shared it; one clock for edits and imports that
    ticks a minute per reading (the order of the calls is the order in time)."""
    ticks = (f"2026-12-02T{h:02d}:{m:02d}:00.000Z" for h in range(10, 24) for m in range(60))

    def clock() -> str:
        return next(ticks)
    with mock.patch("annotations.library.now_iso", side_effect=clock), \
            mock.patch("annotations.library_documents.now_iso", side_effect=clock), \
            mock.patch("annotations.merge_documents.now_iso", side_effect=clock, create=True), \
            mock.patch("annotations.undo.now_iso", side_effect=clock):
        libs = [Library.open(folder / name) for name in ("ana", "ben", "cleo")]
        try:
            doc_id = libs[0].add_document(load_document(TXT), TXT)[0].id
            first = _bundle(libs[0], doc_id)
            for lib in libs[1:]:
                lib.import_bundle(first)
            yield libs, doc_id
        finally:
            for lib in libs:
                lib.close()


def _bundle(lib: Library, doc_id: str) -> Bundle:
    return read_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=True))


def _title(lib: Library, doc_id: str) -> str:
    return lib.document(doc_id, with_text=False).title


def _set(lib: Library, doc_id: str, title: str) -> None:
    lib.set_document_properties(doc_id, DocumentProperties(title=title))


def _forged(lib: Library, doc_id: str, manifest_too: bool, with_documents: bool = False) -> Bundle:
    """`lib`'s bundle with every date of the document's versions (and perhaps the bundle's) set to 2099."""
    def change(name: str, records: list[dict[str, Any]]) -> None:
        for record in records:
            record["modified"] = FUTURE
            for says in (record.get("rev_says") or {}).values():
                says["modified"] = FUTURE
    data = rewrite_bundle(lib.export_bundle([doc_id], creator=lib.folder.name, with_documents=with_documents), change,
                          names=("documents.jsonl",))
    if manifest_too:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            members = {n: zf.read(n) for n in zf.namelist()}
        manifest = json.loads(members["manifest.json"])
        members["manifest.json"] = json.dumps({**manifest, "created": FUTURE}).encode()
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as zf:
            for n, d in members.items():
                zf.writestr(n, d)
        data = out.getvalue()
    return read_bundle(data)


@pytest.mark.parametrize("manifest_too", [False, True], ids=["version-dated-2099", "bundle-dated-2099"])
def test_a_version_dated_2099_does_not_win_every_later_conflict(tmp_path: Path, manifest_too: bool) -> None:
    with _team(tmp_path) as ((ana, ben, cleo), doc_id):
        _set(ana, doc_id, "Ana's title")
        forged = _forged(ana, doc_id, manifest_too)
        counts, changes = ben.import_bundle(forged)
        assert _title(ben, doc_id) == "Ana's title"  # Ben had not touched it: her edit is taken
        if manifest_too:
            assert counts.get("future_dates")  # the import says the bundle's dates were not believed
        _set(cleo, doc_id, "Cleo's title")  # Cleo, who has not seen Ana's, changes the title later
        ben.import_bundle(_bundle(cleo, doc_id))
        assert _title(ben, doc_id) == "Cleo's title"  # the later edit, not the one claiming 2099
        cleo.import_bundle(forged)
        assert _title(cleo, doc_id) == "Cleo's title"
        ana.import_bundle(_bundle(cleo, doc_id))
        assert _title(ana, doc_id) == "Cleo's title"


def test_a_new_document_s_dates_from_2099_are_bounded_too(tmp_path: Path) -> None:
    """Dan gets the document first from the forged bundle: its date must not win his later merges either."""
    with _team(tmp_path) as ((ana, _, cleo), doc_id):
        _set(ana, doc_id, "Ana's title")
        forged = _forged(ana, doc_id, True, with_documents=True)
        dan = Library.open(tmp_path / "dan")
        try:
            counts, _ = dan.import_bundle(forged)
            assert counts["new_documents"] == 1 and counts.get("future_dates")
            assert _title(dan, doc_id) == "Ana's title"
            _set(cleo, doc_id, "Cleo's title")  # made after Ana's, without seeing it
            dan.import_bundle(_bundle(cleo, doc_id))
            assert _title(dan, doc_id) == "Cleo's title"
        finally:
            dan.close()


def test_a_property_both_changed_is_reported_with_the_value_that_lost(tmp_path: Path) -> None:
    with _team(tmp_path) as ((ana, ben, _), doc_id):
        _set(ana, doc_id, "Ana's title")
        _set(ben, doc_id, "Ben's title")  # later
        from_ana, from_ben = _bundle(ana, doc_id), _bundle(ben, doc_id)
        preview, changes = ana.import_bundle(from_ben, dry_run=True)
        assert preview["property_conflicts"] == 1
        counts, changes = ana.import_bundle(from_ben)
        assert counts["property_conflicts"] == 1
        [lost] = changes.report["property_conflicts"]  # type: ignore[misc]
        assert (lost["property"], lost["kept"], lost["lost"], lost["lost_side"]) == (
            "title", "Ben's title", "Ana's title", "ours")
        assert lost["message"] == "Title: kept “Ben's title” (the later edit, from ben's bundle); the one you had was “Ana's title”"
        counts, changes = ben.import_bundle(from_ana)
        [lost] = changes.report["property_conflicts"]  # type: ignore[misc]
        assert lost["message"] == "Title: kept the one you had, “Ben's title” (the later edit); the one in ana's bundle was “Ana's title”"
        assert _title(ana, doc_id) == _title(ben, doc_id) == "Ben's title"
        counts, changes = ana.import_bundle(_bundle(ben, doc_id))  # settled: nothing to report again
        assert not counts.get("property_conflicts") and not changes.report.get("property_conflicts")


def test_one_side_changing_a_property_is_no_conflict(tmp_path: Path) -> None:
    with _team(tmp_path) as ((ana, ben, _), doc_id):
        _set(ana, doc_id, "Ana's title")
        ben.set_document_properties(doc_id, DocumentProperties(publisher="Harbour Gazette"))
        counts, changes = ben.import_bundle(_bundle(ana, doc_id))
        assert not counts.get("property_conflicts") and changes.report["property_conflicts"] == []


def test_a_title_changed_after_seeing_the_other_is_no_conflict(tmp_path: Path) -> None:
    with _team(tmp_path) as ((ana, ben, _), doc_id):
        _set(ana, doc_id, "Ana's title")
        ben.import_bundle(_bundle(ana, doc_id))
        _set(ben, doc_id, "Ben's title")
        _set(ana, doc_id, "Ana's title")  # no change: nothing stored
        ben.set_document_properties(doc_id, DocumentProperties(publisher="Gazette"))
        ana.set_document_properties(doc_id, DocumentProperties(publisher="Gazette"))
        counts, _ = ana.import_bundle(_bundle(ben, doc_id))
        assert _title(ana, doc_id) == "Ben's title" and not counts.get("property_conflicts")



def test_undoing_an_import_keeps_the_date_of_the_version_it_goes_back_to(tmp_path: Path) -> None:
    """CI, stop 27 (the three-teammate state machine): undoing an import put Ana's own version back
    dated with the time of the undo. Her version then had one date at Ana's and a later one everywhere
    her bundle went, so Ana kept Cleo's later title and Ben and Cleo kept Ana's — for good."""
    with _team(tmp_path) as ((ana, ben, cleo), doc_id):
        _set(ben, doc_id, "Ben's title")
        _set(ana, doc_id, "Ana's title")
        ana.import_bundle(_bundle(ben, doc_id))  # both changed it: Ana's, the later, is kept
        assert _title(ana, doc_id) == "Ana's title"
        _set(cleo, doc_id, "Cleo's title")  # the latest edit of all, made without seeing either
        ana.undo()  # the import is forgotten: Ana holds her own version again
        for _ in range(2):
            latest = [_bundle(lib, doc_id) for lib in (ana, ben, cleo)]
            for lib in (ana, ben, cleo):
                for bundle in latest:
                    lib.import_bundle(bundle)
        assert [_title(lib, doc_id) for lib in (ana, ben, cleo)] == ["Cleo's title"] * 3


def test_a_document_in_the_trash_keeps_its_properties(tmp_path: Path) -> None:
    """break28x LOW 2: a trashed document's title could be changed through the library (the CLI refused
    it); its bundles leave it out, so the teammates never got the edit and disagreed for good."""
    from annotations.errors import NotFoundError

    with _team(tmp_path) as ((ana, _, _), doc_id):
        ana.remove_document(doc_id)
        with pytest.raises(NotFoundError, match="in the trash"):
            _set(ana, doc_id, "Ana's title")
