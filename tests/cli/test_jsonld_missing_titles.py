"""Importing a JSON-LD export into a library without its documents names each document to add by the title
its targets carry (it said “untitled” for every one)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main


def _run(library: Path, *args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


def test_import_of_a_jsonld_export_names_the_documents_to_add(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text("Зеленський підписав угоду з Польщею\n\nУ п’ятницю Зеленський підписав угоду.\n", encoding="utf-8")
    second.write_text("Selenskyj besucht Berlin\n\nSelenskyj traf den Kanzler in Berlin.\n", encoding="utf-8")
    sender, receiver = tmp_path / "sender", tmp_path / "receiver"
    ids = [_run(sender, "add", str(f))[0].split()[0] for f in (first, second)]
    _run(sender, "annotate", ids[0], "--quote", "Зеленський", "--occurrence", "2", "--kind", "highlight")
    _run(sender, "annotate", ids[1], "--quote", "Berlin", "--occurrence", "2", "--kind", "highlight")
    export = tmp_path / "all.jsonld"
    _run(sender, "export", "--all", "--format", "jsonld", "-o", str(export))
    for dry in ((), ("--dry-run",)):
        out, err = _run(receiver, "import", *dry, str(export))
        assert "untitled" not in err
        assert f"add the document “Зеленський підписав угоду з Польщею” (sha256 {ids[0][:12]}" in err
        assert f"add the document “Selenskyj besucht Berlin” (sha256 {ids[1][:12]}" in err
    listed = json.loads(_run(receiver, "import", "--dry-run", str(export), "--json")[0])["missing_documents"]
    assert listed == {ids[0]: "Зеленський підписав угоду з Польщею", ids[1]: "Selenskyj besucht Berlin"}
