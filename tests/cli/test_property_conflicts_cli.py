"""`import` says which document properties both sides changed (the value kept, the one that lost): one
note per conflict on stderr and the list in --json. Before, only a bare "1 property conflicts" count was
printed and the losing title was nowhere to be read."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from reader.cli import main
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

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
    assert conflict["message"] == "Title: kept “Ben's title” (the later edit, from ben's bundle); the one you had was “Ana's title”"

    out, err = _run(ana, "import", str(tmp_path / "ben.dossier"))
    assert "note: “Ben's title”: Title: kept “Ben's title” (the later edit, from ben's bundle); the one you had was “Ana's title”" in \
        err.splitlines(), err



def _dated_2099(data: bytes) -> bytes:
    """The bundle with its document's dates, and its own, set to 2099 (checksums made valid again)."""
    def change(name: str, records: list[dict[str, Any]]) -> None:
        for record in records:
            record["modified"] = "2099-01-01T00:00:00.000Z"
    data = rewrite_bundle(data, change, names=("documents.jsonl",))
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    members["manifest.json"] = json.dumps({**json.loads(members["manifest.json"]),
                                           "created": "2099-01-01T00:00:00.000Z"}).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, member in members.items():
            zf.writestr(name, member)
    return out.getvalue()


def test_import_says_when_a_bundle_s_dates_were_not_believed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ana, ben = tmp_path / "ana", tmp_path / "ben"
    doc = _run(ana, "add", str(TXT))[0].split()[0][:12]
    _run(ana, "export", doc, "--format", "dossier", "-o", str(tmp_path / "first.dossier"))
    _run(ben, "import", str(tmp_path / "first.dossier"))
    _run(ana, "properties", doc, "--title", "Ana's title")
    _run(ana, "export", doc, "--format", "dossier", "-o", str(tmp_path / "ana.dossier"))
    (tmp_path / "forged.dossier").write_bytes(_dated_2099((tmp_path / "ana.dossier").read_bytes()))
    _, err = _run(ben, "import", str(tmp_path / "forged.dossier"))
    assert "dated in the future (more than a day after this computer's clock): their dates were not believed" in err
