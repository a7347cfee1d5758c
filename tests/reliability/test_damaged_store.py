"""A library database with one page overwritten by random bytes (a valid SQLite header, a bad page): a
clear "damaged" message with the backups named, from the CLI as one line and a non-zero exit, never a
traceback; never taken for damage of the search index (which was "repaired" from the damaged store);
nothing more written into it. Real page overwrites in tmp_path (break27, MEDIUM 1)."""
from __future__ import annotations

import io
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

import annotations.store as store_mod
from annotations.errors import DamagedStoreError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.resources import resource
from reader.cli import main

PAGE = 4096
HARBOUR = resource("samples", "harbour_council.txt")


def cli(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out, err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def healthy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "healthy"
    assert cli(folder, "add", str(HARBOUR), str(resource("samples", "field_notes.md")))[0] == 0
    assert cli(folder, "annotate", str(HARBOUR), "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")[0] == 0
    assert cli(folder, "annotate", str(HARBOUR), "--quote", "flood barrier", "--kind", "highlight", "--note", "hi")[0] == 0
    return folder


def _doc_id(folder: Path) -> str:
    library = Library.open(folder)
    try:
        return next(d.id for d in library.store.documents() if d.source_path.endswith("harbour_council.txt"))
    finally:
        library.close()


def _scribble(folder: Path, target: Path, table: str) -> int:
    """Copy the library and overwrite the root page of `table` in the copy with random bytes."""
    shutil.copytree(folder, target)
    conn = sqlite3.connect(target / "library.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0])
    conn.close()
    with open(target / "library.sqlite3", "r+b") as handle:
        handle.seek((page - 1) * PAGE)
        handle.write(os.urandom(PAGE))
    return page


def test_a_scribbled_page_is_refused_at_open_in_one_line_with_the_backups_named(healthy: Path,
                                                                                tmp_path: Path) -> None:
    doc = _doc_id(healthy)
    damaged = tmp_path / "damaged"
    _scribble(healthy, damaged, "annotations")
    before = (damaged / "library.sqlite3").read_bytes()
    for args in (["list"], ["show", doc], ["search", "ek"],
                 ["annotate", doc, "--quote", "flood barrier", "--kind", "highlight"]):
        code, _, err = cli(damaged, *args)
        assert code == 1, args
        assert err.count("\n") == 1 and err.startswith("error: The library's database"), err
        assert "is damaged" in err and "backup" in err and "search index" not in err, err
    assert (damaged / "library.sqlite3").read_bytes() == before  # nothing was written into it


def test_a_page_read_only_later_is_store_damage_not_index_damage_and_edits_stop(
        healthy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A library too large for the page check at open: the damage is met when a statement reads the page.
    It is a DamagedStoreError there, the index is not rebuilt from the damaged store, and no edit goes in."""
    monkeypatch.setattr(store_mod, "QUICK_CHECK_BYTES", 0)
    doc = _doc_id(healthy)
    damaged = tmp_path / "damaged"
    _scribble(healthy, damaged, "annotations")
    index_before = sorted(p.name for p in (damaged / "index").iterdir())
    code, _, err = cli(damaged, "annotate", doc, "--quote", "flood barrier", "--kind", "highlight")
    assert code == 1 and "is damaged" in err and "Traceback" not in err
    assert "search index" not in err  # taken for index damage before: "it was rebuilt from the library"
    assert sorted(p.name for p in (damaged / "index").iterdir()) == index_before
    library = Library.open(damaged)
    try:
        with pytest.raises(DamagedStoreError, match="is damaged"):
            library.store.annotations(doc)
        size = (damaged / "library.sqlite3").stat().st_size
        with pytest.raises(DamagedStoreError):  # a table the damage is not in: refused all the same
            library.annotate(doc, AnnotationInput(kind=Kind.HIGHLIGHT, start=0, end=5))
        assert library.store.damaged
    finally:
        library.close()
    assert (damaged / "library.sqlite3").stat().st_size == size
