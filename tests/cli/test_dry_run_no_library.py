"""`import --dry-run` into a folder with no library shows what importing into a new one would do and creates nothing:
it made the library (its database and index) it only previewed into (an outside tester, stop 57)."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES


def _cli(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), "--annotator", "Ana", *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_dry_run_into_no_library_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ana = tmp_path / "ana"
    _cli(ana, "add", str(SAMPLES / "harbour_council.txt"))
    assert _cli(ana, "annotate", str(SAMPLES / "harbour_council.txt"), "--quote", "Tomas Ek", "--kind", "entity",
                "--type", "PERSON")[0] == 0
    bundle = tmp_path / "ana.dossier"
    assert _cli(ana, "export", "--all", "--format", "dossier", "-o", str(bundle))[0] == 0
    nowhere = tmp_path / "not-yet"
    code, out, err = _cli(nowhere, "import", str(bundle), "--dry-run")
    assert code == 0 and out.startswith("would import:") and "1 new entities" in out
    assert "there is no library at" in err and "nothing was created" in err
    assert not nowhere.exists()
