"""`properties` (issue 15): show and change a document's properties from the command line; every export
then carries them (Markdown brief, HTML handout, JSON-LD, CSV, annotated PDF, briefing pack cover and
footer), and search finds them."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main
from tests.conftest import SAMPLES


def _run(library: Path, *args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


def test_properties_change_every_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    lib = tmp_path / "lib"
    doc = _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0].split()[0]
    _run(lib, "annotate", doc, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON")
    out, err = _run(lib, "properties", doc, "--title", "Harbour barrier approved", "--author", "Ines Varga",
                    "--author", "Lena Park", "--outlet", "Port Alder Gazette", "--date", "2025-03-14",
                    "--url", "https://gazette.example/harbour", "--language", "EN", "--reliability", "b")
    assert "Properties of “Harbour barrier approved”" in err
    assert "Source reliability: B" in out and "Authors:            Ines Varga; Lena Park" in out
    data = json.loads(_run(lib, "properties", doc, "--json")[0])
    assert data == {"id": doc, "title": "Harbour barrier approved", "authors": ["Ines Varga", "Lena Park"],
                    "outlet": "Port Alder Gazette", "date": "2025-03-14", "url": "https://gazette.example/harbour",
                    "language": "en", "reliability": "B"}
    _, err = _run(lib, "properties", doc, "--url", "gazette", code=1)
    assert "http" in err
    assert json.loads(_run(lib, "search", "gazette", "--documents", "--json")[0])

    files = {fmt: tmp_path / f"out.{fmt}" for fmt in ("md", "html", "jsonld", "csv", "pdf", "pack")}
    for fmt, path in files.items():
        _run(lib, "export", doc, "--format", fmt, "-o", str(path))
    brief = files["md"].read_text(encoding="utf-8")
    assert 'title: "Harbour barrier approved"' in brief and "source_reliability: \"B\"" in brief
    assert "- **Source reliability:** B \\(usually reliable\\)" in brief  # parentheses escaped (inert text)
    assert "- **Site:** Port Alder Gazette" in brief
    handout = files["html"].read_text(encoding="utf-8")
    assert "<h1 dir='auto'>Harbour barrier approved</h1>" in handout and "source reliability B (usually reliable)" in handout
    [item] = json.loads(files["jsonld"].read_text(encoding="utf-8"))["first"]["items"]
    assert item["target"]["dossier:title"] == "Harbour barrier approved"
    assert item["target"]["source"] == "https://gazette.example/harbour"
    [row] = list(csv.DictReader(io.StringIO(files["csv"].read_text(encoding="utf-8-sig"))))
    assert row["document_title"] == "Harbour barrier approved"
    with pymupdf.open(files["pdf"]) as pdf:
        assert "Harbour barrier approved" in pdf[0].get_text()
    with pymupdf.open(files["pack"]) as pdf:
        cover = pdf[0].get_text()
        assert "Harbour barrier approved" in cover and "Port Alder Gazette" in cover and "usually reliable" in cover
        assert all("Harbour barrier approved ·" in page.get_text() for page in pdf)  # every page's footer

    _run(lib, "undo")
    assert json.loads(_run(lib, "properties", doc, "--json")[0])["title"].startswith("Harbour council approves")


def test_annotator_option_beats_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")
    lib = tmp_path / "lib"
    doc = _run(lib, "add", str(SAMPLES / "harbour_council.txt"))[0].split()[0]
    out, _ = _run(lib, "annotate", doc, "--quote", "Tomas Ek", "--kind", "entity", "--type", "PERSON", "--json",
                  "--annotator", "Ana Lopes")
    assert json.loads(out)["creator"]["name"] == "Ana Lopes"
    out, _ = _run(lib, "--annotator", "Kim Berg", "annotate", doc, "--quote", "Oslo", "--kind", "entity",
                  "--type", "PLACE", "--json")
    assert json.loads(out)["creator"]["name"] == "Kim Berg"
    out, _ = _run(lib, "annotate", doc, "--quote", "Port Alder", "--kind", "entity", "--type", "PLACE", "--json")
    assert json.loads(out)["creator"]["name"] == "Ines Varga"
