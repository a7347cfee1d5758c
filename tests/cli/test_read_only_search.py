"""A read-only library (a read-only mount: the store, the index and its lock file cannot be written) whose
index is current: search reads it as it is — it was refused ("Search is unavailable: the search index cannot
be written") because the index lock file could not be opened for writing — and no command says "Edits are
still stored", which is false where every edit is refused (break27, MEDIUM 2). Tests run as root, which
ignores permission bits, so the mount is simulated where the library asks: `os.statvfs` says read-only,
opening a file under the library for writing fails with EROFS, Whoosh's writes fail (tests/unwritable.py)."""
from __future__ import annotations

import builtins
import errno
import io
import json
import os
from pathlib import Path
from typing import Any

import pytest

import annotations.index_folder as index_mod
from reader.cli import main
from tests.conftest import SAMPLES
from tests.unwritable import ReadOnlyIndex, read_only_mount

SAMPLE = str(SAMPLES / "harbour_council.txt")


def _run(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _mount_read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_mount(monkeypatch, folder)
    real_open = builtins.open

    def open_(path: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(m in mode for m in "wax+") and Path(path).resolve().is_relative_to(folder.resolve()):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(path))
        return real_open(path, mode, *args, **kwargs)

    monkeypatch.setattr(index_mod, "open", open_, raising=False)
    ReadOnlyIndex(monkeypatch, folder / "index")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    lib = tmp_path / "lib"
    assert _run(lib, "add", SAMPLE)[0] == 0
    assert _run(lib, "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")[0] == 0
    return lib


def test_search_reads_a_current_index_of_a_read_only_library(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _mount_read_only(folder, monkeypatch)
    code, out, err = _run(folder, "search", "entity:ek", "--json")
    assert code == 0, err
    assert [h["exact"] for h in json.loads(out)] == ["Tomas Ek"] and err == ""
    for args in (["list"], ["show", SAMPLE]):
        code, _, err = _run(folder, *args)
        assert code == 0 and "Edits are still stored" not in err and "cannot be written" not in err


def test_a_behind_index_of_a_read_only_library_does_not_promise_stored_edits(folder: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = folder / "index" / index_mod.STAMP
    data = json.loads(stamp.read_text())
    stamp.write_text(json.dumps({**data, "generation": data["generation"] - 1}))  # one edit behind
    _mount_read_only(folder, monkeypatch)
    code, _, err = _run(folder, "search", "entity:ek")
    assert code == 1 and "Search is unavailable" in err and "read-only" in err
    assert "Edits are still stored" not in err and "Traceback" not in err
    code, _, err = _run(folder, "list")
    assert code == 0 and "Edits are still stored" not in err
