"""What `import` prints about entities: one that comes back from a teammate as the library holds it is
reported unchanged, in the text output and in --json, never as an updated entity."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def _run(library: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == 0, err.getvalue()
    return out.getvalue()


def test_an_entity_sent_back_unchanged_is_reported_unchanged(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "tester")
    ana, ben = tmp_path / "ana", tmp_path / "ben"
    doc = _run(ana, "add", str(TXT)).split()[0][:12]
    _run(ben, "add", str(TXT))
    _run(ana, "annotate", doc, "--quote", "Nobody has shown us a single study", "--kind", "claim",
         "--speaker", "Tomas Ek")
    _run(ana, "export", doc, "--format", "dossier", "-o", str(tmp_path / "ana.dossier"))
    assert "1 new entities" in _run(ben, "import", str(tmp_path / "ana.dossier"))
    _run(ben, "export", doc, "--format", "dossier", "-o", str(tmp_path / "ben.dossier"))

    shown = _run(ana, "import", str(tmp_path / "ben.dossier"), "--dry-run")
    assert "1 unchanged entities" in shown and "updated entities" not in shown, shown
    counts = json.loads(_run(ana, "import", str(tmp_path / "ben.dossier"), "--json"))
    assert (counts["unchanged_entities"], counts["updated_entities"], counts["unchanged"]) == (1, 0, 1)
