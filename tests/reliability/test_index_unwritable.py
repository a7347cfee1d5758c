"""An index that cannot be written (read-only folder, full disk) while the library can: every edit is
stored once, the CLI says so in one line and keeps working (list, show; search says it is unavailable),
no retry storm, and the index catches up once it can be written again."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES
from tests.unwritable import ReadOnlyIndex

SAMPLE = str(SAMPLES / "harbour_council.txt")


def _run(folder: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_cli_keeps_working_and_the_index_catches_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    assert _run(folder, "add", SAMPLE)[0] == 0
    read_only = ReadOnlyIndex(monkeypatch, folder / "index")

    code, out, err = _run(folder, "annotate", SAMPLE, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")
    assert code == 0 and out.strip()
    assert "search index cannot be written" in err and "Traceback" not in err
    assert err.count("cannot be written") == 1
    assert read_only.attempts <= 4  # one attempt on open, one after the edit: no loop of retries

    code, out, err = _run(folder, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, err = _run(folder, "show", SAMPLE, "--json")
    assert code == 0 and [a["exact"] for a in json.loads(out)["annotations"]] == ["Tomas Ek"]
    code, out, err = _run(folder, "search", "entity:ek")
    assert code == 1 and "Search is unavailable: the search index cannot be written" in err and "Traceback" not in err
    assert err.lower().count("unavailable") == 1  # (it said so twice: "…; search is unavailable until…")
    code, out, err = _run(folder, "reindex")
    assert code == 1 and "cannot be written" in err and "Traceback" not in err

    read_only.read_only = False  # writable again: the next command catches up
    code, out, err = _run(folder, "search", "entity:ek", "--json")
    assert code == 0 and len(json.loads(out)) == 1
    code, out, err = _run(folder, "show", SAMPLE, "--json")
    assert len(json.loads(out)["annotations"]) == 1  # stored once
