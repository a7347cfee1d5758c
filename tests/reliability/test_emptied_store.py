"""A library whose database file became 0 bytes (a sync tool, a crash, a failed copy) while files/ and the
index still hold the library: refused with a message, everything left as it is — it used to become a new,
empty library and its index was rebuilt empty (break27, MEDIUM 5). A new library folder is still created."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from annotations.errors import EmptiedStoreError
from annotations.library import Library
from annotations.resources import resource
from reader.cli import main

HARBOUR = resource("samples", "harbour_council.txt")


def cli(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out, err)
    return code, out.getvalue(), err.getvalue()


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_emptied_store_is_refused_and_the_folder_left_as_it_is(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    assert cli(folder, "add", str(HARBOUR))[0] == 0
    assert cli(folder, "annotate", str(HARBOUR), "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")[0] == 0
    (folder / "library.sqlite3").write_bytes(b"")
    before = _snapshot(folder)
    for args in (["list"], ["search", "ek"], ["add", str(HARBOUR)]):
        code, out, err = cli(folder, *args)
        assert code == 1 and out == "", args
        assert err.count("\n") == 1 and "is empty (0 bytes)" in err and "files/" in err and "index/" in err, err
        assert "backup" in err
    with pytest.raises(EmptiedStoreError):
        Library.open(folder)
    assert _snapshot(folder) == before  # the store still empty, the documents and the index untouched


def test_a_deleted_store_is_refused_and_the_folder_left_as_it_is(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The store deleted (a sync tool, a clean-up) while files/ and the index remain: any command, even `list`,
    made a new empty library there and rebuilt the index empty, exiting 0 (an outside tester, stop 54)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    assert cli(folder, "add", str(HARBOUR))[0] == 0
    assert cli(folder, "annotate", str(HARBOUR), "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")[0] == 0
    for side in folder.glob("library.sqlite3*"):
        side.unlink()
    before = _snapshot(folder)
    for args in (["list"], ["reindex"], ["add", str(HARBOUR)]):
        code, out, err = cli(folder, *args)
        assert code == 1 and out == "", args
        assert err.count("\n") == 1 and "is missing" in err and "files/" in err and "index/" in err, err
        assert "empty folder" in err
    with pytest.raises(EmptiedStoreError):
        Library.open(folder)
    assert _snapshot(folder) == before and not (folder / "library.sqlite3").exists()


def test_a_new_folder_and_a_lone_empty_file_still_make_a_new_library(tmp_path: Path) -> None:
    Library.open(tmp_path / "new").close()
    assert (tmp_path / "new" / "library.sqlite3").stat().st_size > 0
    (tmp_path / "lone").mkdir()
    (tmp_path / "lone" / "library.sqlite3").write_bytes(b"")  # a first open killed at once: nothing to lose
    library = Library.open(tmp_path / "lone")
    assert library.store.documents() == []
    library.close()


def test_a_folder_with_a_files_folder_of_its_own_is_no_lost_library(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """A folder with an empty `files/` let `show` start a library there; one whose `files/` held a user's own files
    was refused as a library whose store was lost, "restore it from a backup" (an outside tester on the fixes,
    stop 54). Only stored copies (named by their SHA-256) and an index's stamp are a library's traces."""
    from annotations.index_folder import STAMP
    from annotations.store import INDEX_STAMP

    assert INDEX_STAMP == STAMP
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    for name, files in (("empty", []), ("mine", ["holiday.jpg", "notes.txt"])):
        folder = tmp_path / name
        (folder / "files").mkdir(parents=True)
        for file in files:
            (folder / "files" / file).write_bytes(b"x")
        code, _, err = cli(folder, "show", "abc")
        assert code == 1 and "there is no library at" in err and not (folder / "library.sqlite3").exists(), name
    assert cli(tmp_path / "mine", "add", str(HARBOUR))[0] == 0  # add may start one there
