"""Importing a REFI-QDA project whose source no library document holds adds the source as a text document and places
its codings on it. The preview (`--dry-run`, File > Import's question) said the opposite: "6 awaiting documents you do
not have yet, …, 1 pending documents, 1 documents added" — in the window "1 document missing …: add the files to see
their annotations" — while the import itself said "6 new, …, 1 documents added, 6 anchored exact" (an outside tester
on imports, stop 62). The preview now says what the import will do."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main

TEXT = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n"


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _interesting(counts: dict[str, object]) -> dict[str, object]:
    return {k: v for k, v in counts.items() if v and k not in ("dry_run", "missing_documents",
                                                               "property_conflict_details")}


def test_the_preview_of_a_project_says_its_source_is_added(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, theirs, ours = tmp_path / "article.txt", tmp_path / "theirs", tmp_path / "ours"
    article.write_text(TEXT, encoding="utf-8")
    assert _run(theirs, "add", str(article))[0] == 0
    for quote in ("harbour council", "ferry timetable"):
        assert _run(theirs, "annotate", str(article), "--quote", quote, "--kind", "highlight")[0] == 0
    project = tmp_path / "project.qdpx"
    assert _run(theirs, "export", "--all", "--format", "qdpx", "-o", str(project))[0] == 0
    other = tmp_path / "other.txt"
    other.write_text("Minutes of another meeting, about the school roof.\n", encoding="utf-8")
    assert _run(ours, "add", str(other))[0] == 0
    code, out, err = _run(ours, "import", str(project), "--dry-run", "--json")
    assert code == 0, err
    preview = _interesting(json.loads(out))
    code, out, err = _run(ours, "import", str(project), "--json")
    assert code == 0, err
    done = _interesting(json.loads(out))
    assert done["new"] == 2 and done["documents_added"] == 1, done
    assert preview == done, (preview, done)
    code, out, err = _run(ours, "import", str(project), "--dry-run")  # (the same again: nothing new)
    assert "awaiting" not in out and "pending" not in out, out
