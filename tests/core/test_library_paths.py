"""An export is never written over the library's own files (break26 bug 1: `export -o library.sqlite3`
replaced a whole library with a Markdown brief)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotations.library_paths import OutputError, check_output_target, is_managed


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
    (other / "files").mkdir(parents=True)
    (other / "index").mkdir()
    (other / "library.sqlite3").write_bytes(b"store")
    with pytest.raises(OutputError, match=f"part of the Dossier library in {other}"):
        check_output_target(tmp_path / "B", other / name)
    check_output_target(tmp_path / "B", other / "brief.md")  # the rest of that folder stays the user's
