"""`import` says which document properties both sides changed (the value kept, the one that lost): one
note per conflict on stderr and the list in --json. Before, only a bare "1 property conflicts" count was
printed and the losing title was nowhere to be read."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _run(library: Path, *args: str) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == 0, err.getvalue()
    return out.getvalue(), err.getvalue()


def test_import_names_each_property_both_sides_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ana, ben = tmp_path / "ana", tmp_path / "ben"
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "ana")
    doc = _run(ana, "add", str(TXT))[0].split()[0][:12]
    _run(ana, "export", doc, "--format", "dossier", "-o", str(tmp_path / "first.dossier"))
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "ben")
    _run(ben, "import", str(tmp_path / "first.dossier"))
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "ana")
    _run(ana, "properties", doc, "--title", "Ana's title")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "ben")
    _run(ben, "properties", doc, "--title", "Ben's title")  # later: Ben's edit is kept
    _run(ben, "export", doc, "--format", "dossier", "-o", str(tmp_path / "ben.dossier"))
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "ana")

    out, _ = _run(ana, "import", str(tmp_path / "ben.dossier"), "--dry-run", "--json")
    data = json.loads(out)
    assert data["property_conflicts"] == 1
    [conflict] = data["property_conflict_details"]
    assert (conflict["property"], conflict["kept"], conflict["lost"]) == ("title", "Ben's title", "Ana's title")
    assert conflict["message"] == "Title: kept “Ben's title” (ben's later edit), yours was “Ana's title”"

    out, err = _run(ana, "import", str(tmp_path / "ben.dossier"))
    assert "note: “Ben's title”: Title: kept “Ben's title” (ben's later edit), yours was “Ana's title”" in \
        err.splitlines(), err
