"""An export is never written over the library's own files (break26 bug 1: `export -o library.sqlite3`
replaced a whole library with a Markdown brief)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from annotations.library_paths import OutputError, check_output_target, is_managed
from annotations.store import Store


@pytest.mark.parametrize("name", ["library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm",
                                  "library.before-v8.sqlite3", "index.lock", "files/abc.txt", "index/MAIN_1.toc",
                                  "index.building/x", "files"])
def test_the_library_s_own_files_are_refused(tmp_path: Path, name: str) -> None:
    with pytest.raises(OutputError, match="part of the Dossier library"):
        check_output_target(tmp_path, tmp_path / name)


@pytest.mark.parametrize("name", ["brief.md", "exports/brief.md", "my library notes.csv"])
def test_other_files_in_or_out_of_the_folder_are_allowed(tmp_path: Path, name: str) -> None:
    check_output_target(tmp_path / "lib", tmp_path / "lib" / name)
    check_output_target(tmp_path / "lib", tmp_path / name)


def test_a_path_that_reaches_the_store_by_a_detour_or_a_link_is_refused(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    (lib / "files").mkdir(parents=True)
    (lib / "library.sqlite3").write_bytes(b"store")
    assert is_managed(lib, lib / "files" / ".." / "library.sqlite3")
    os.symlink(lib / "library.sqlite3", tmp_path / "shortcut.md")
    assert is_managed(lib, tmp_path / "shortcut.md")
    os.symlink(lib, tmp_path / "lib-link")
    assert is_managed(tmp_path / "lib-link", lib / "library.sqlite3")


@pytest.mark.parametrize("name", ["library.sqlite3", "library.sqlite3-wal", "files/abc.txt", "index/MAIN_1.toc"])
def test_another_librarys_files_are_refused_too(tmp_path: Path, name: str) -> None:
    """With library B open, `export -o A/library.sqlite3` overwrote library A's database (an outside tester, stop
    56): a folder holding a store beside the target is a library too."""
    other = tmp_path / "A"
    Store.open(other / "library.sqlite3").close()
    (other / "files").mkdir(exist_ok=True)
    (other / "index").mkdir(exist_ok=True)
    with pytest.raises(OutputError, match=f"part of the Dossier library in {other}"):
        check_output_target(tmp_path / "B", other / name)
    check_output_target(tmp_path / "B", other / "brief.md")  # the rest of that folder stays the user's


def test_a_file_that_only_bears_the_stores_name_is_no_library(tmp_path: Path) -> None:
    """A web site's folder with some `library.sqlite3` (or a text file of that name) is not a library: its
    index.html can be written (a tester on the fixes, stop 56)."""
    site = tmp_path / "website"
    site.mkdir()
    (site / "library.sqlite3").write_bytes(b"not a database")
    check_output_target(tmp_path / "B", site / "index" / "brief.md")
    sqlite3.connect(site / "library.sqlite3").close()
    (site / "library.sqlite3").unlink()
    conn = sqlite3.connect(site / "library.sqlite3")
    conn.execute("CREATE TABLE books (title TEXT)")
    conn.close()
    check_output_target(tmp_path / "B", site / "index.html")
