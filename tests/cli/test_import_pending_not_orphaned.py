"""Importing W3C JSON-LD (or Hypothesis, REFI-QDA) whose documents the library does not hold said, after "7 awaiting
documents you do not have yet", "8 anchored orphaned" — at the command line, and in the window's preview and status
bar as "anchored orphaned: 8" and "anchored exact: 1": the placement counter by its internal name, counting the
annotations that only wait for their files as orphaned (the README's word for "its text is no longer in this
document"), though they are placed on their words once the files are added (an outside tester on documents, stop
62). The awaiting ones and those with a quote nowhere in the document are said as such already (`--json` keeps the
counter); the window says the placement in words."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from reader.cli import main
from reader.ui.import_words import import_lines

TEXT = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n"


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_annotations_awaiting_their_documents_are_not_called_orphaned(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, ours, theirs = tmp_path / "article.txt", tmp_path / "ours", tmp_path / "theirs"
    article.write_text(TEXT, encoding="utf-8")
    assert _run(theirs, "add", str(article))[0] == 0
    assert _run(theirs, "annotate", str(article), "--quote", "ferry timetable", "--kind", "highlight")[0] == 0
    exported = tmp_path / "marks.jsonld"
    assert _run(theirs, "export", "--all", "--format", "jsonld", "-o", str(exported))[0] == 0
    code, out, err = _run(ours, "import", str(exported))
    assert code == 0, err
    assert "1 awaiting documents you do not have yet" in out
    assert "orphaned" not in out, out
    assert _run(ours, "add", str(article))[0] == 0
    code, out, _ = _run(ours, "show", str(article))
    assert "ORPHANED" not in out and "“ferry timetable”" in out  # (placed on its words once the file came)
    code, out, err = _run(ours, "import", str(exported))
    assert code == 0 and "1 anchored exact" in out and "orphaned" not in out, out


def test_the_window_says_the_placement_in_words() -> None:
    lines = import_lines({"new": 1, "orphans": 7, "unplaced": 1, "anchored_exact": 1, "anchored_fuzzy": 2,
                          "anchored_orphaned": 8})
    assert not any("anchored" in line or "orphaned: " in line for line in lines), lines
    assert "2 annotations placed on words that changed a little (check them: their cards say so)" in lines
