"""Something other than the index folder where the index belongs (a file, a link to itself, a folder where its
lock file belongs) made every command fail with a traceback — even `list` (found by an outside tester, stop 39).
The index is derived: a file or a link in its place is cleared and the index rebuilt; an empty folder in the lock's
place is cleared, and so is a lock that links to nowhere (opening it would create its target outside the library, a
reviewer found); a folder with files in it is left, said in one line with its path, and the library works
without search until it is moved."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES

SAMPLE = str(SAMPLES / "harbour_council.txt")


def _run(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _obstruct(folder: Path, how: str) -> None:
    index, lock = folder / "index", folder / "index.lock"
    if how == "index is a file":
        shutil.rmtree(index)
        index.write_text("junk")
    elif how == "index links to itself":
        shutil.rmtree(index)
        index.symlink_to("index")
    elif how == "lock is an empty folder":
        lock.unlink(missing_ok=True)
        lock.mkdir()
    elif how == "lock links to nowhere":
        lock.unlink(missing_ok=True)
        lock.symlink_to(folder.parent / "elsewhere" / "lock")


@pytest.mark.parametrize("how", ["index is a file", "index links to itself", "lock is an empty folder",
                                 "lock links to nowhere"])
def test_the_index_is_rebuilt_in_its_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    assert _run(folder, "add", SAMPLE)[0] == 0
    _obstruct(folder, how)
    code, out, err = _run(folder, "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "highlight")
    assert code == 0 and "Traceback" not in err, err
    code, out, err = _run(folder, "search", "Tomas", "--json")
    assert code == 0 and len(json.loads(out)) >= 1, err
    assert (folder / "index").is_dir() and not (folder / "index").is_symlink()
    assert not (folder.parent / "elsewhere").exists()  # nothing made outside the library (a dangling lock link)


def test_a_folder_with_files_in_the_locks_place_is_said_and_edits_are_stored(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    assert _run(folder, "add", SAMPLE)[0] == 0
    lock = folder / "index.lock"
    lock.unlink(missing_ok=True)
    (lock / "someone's").mkdir(parents=True)
    code, out, err = _run(folder, "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "highlight")
    assert code == 0 and "Traceback" not in err
    assert "search index cannot be written" in err and str(lock) in err
    code, out, err = _run(folder, "show", SAMPLE, "--json")
    assert code == 0 and [a["exact"] for a in json.loads(out)["annotations"]] == ["Tomas Ek"]
    assert (lock / "someone's").is_dir()  # nothing of theirs is deleted
    shutil.rmtree(lock)
    code, out, err = _run(folder, "search", "Tomas", "--json")
    assert code == 0 and len(json.loads(out)) == 1, err  # once moved, the index catches up
