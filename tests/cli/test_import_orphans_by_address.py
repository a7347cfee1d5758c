"""A Hypothesis or W3C annotation on a page the library does not hold, named only by its address (no file hash), is
kept as an orphan on a stand-in id that no file has. The import said "1 awaiting documents you do not have yet" and
"note: add the document “Other page” (sha256 6bb4f2cf144b…) to see the annotations waiting for it" — a hash of no file
— and adding the page (with that address) placed nothing: only a file's hash places what waits, and importing the file
again then filed a conflict (an outside tester on imports, stop 62). The import now says what is so and what to do."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.ui.import_words import import_lines

ADDRESS = "https://other.example/page"
PAGE = (f"<!DOCTYPE html><html><head><title>Other page</title><link rel='canonical' href='{ADDRESS}'></head><body>"
        "<article><h1>Other page</h1><p>This paragraph says something else entirely about the harbour and the "
        "council budget for the year.</p><p>Another paragraph with more words so the extractor keeps the article "
        "body intact here.</p></article></body></html>")


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_what_waits_for_an_address_is_said_with_what_places_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    library, page = tmp_path / "library", tmp_path / "other.html"
    page.write_text(PAGE, encoding="utf-8")
    rows = [{"id": "h4", "uri": ADDRESS, "text": "another page", "tags": [], "user": "acct:d@hypothes.is",
             "created": "2020-04-11T00:00:00Z", "updated": "2020-04-11T00:00:00Z",
             "document": {"title": ["Other page"]},
             "target": [{"source": ADDRESS, "selector": [{"type": "TextQuoteSelector", "exact": "something else"}]}]}]
    incoming = tmp_path / "hypothesis.json"
    incoming.write_text(json.dumps({"total": 1, "rows": rows}), encoding="utf-8")
    code, out, err = _run(library, "import", str(incoming))
    assert code == 0, err
    assert "sha256" not in err and "awaiting" not in out, (out, err)
    assert ("note: 1 annotation(s) name their page only by its address (https://other.example/page), which no "
            "document of this library has: kept, but adding the page later does not place them. To place them: undo "
            "this import (`undo`), add the page, and import the file again.") in err, err
    assert _run(library, "undo")[0] == 0  # what the note says to do places it
    assert _run(library, "add", str(page))[0] == 0
    code, out, err = _run(library, "import", str(incoming))
    assert code == 0 and "1 new" in out and "conflict" not in out + err, (out, err)
    code, out, _ = _run(library, "show", str(page))
    assert "“something else”" in out and "ORPHANED" not in out


def test_the_window_says_it_too() -> None:
    lines = import_lines({"orphans_by_address": 1})
    assert lines == ["1 annotation on a page you do not have, named only by its address: adding the page later does "
                     "not place it (undo this import, add the page, then import the file again)"], lines
