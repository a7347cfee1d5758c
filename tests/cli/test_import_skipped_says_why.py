"""A W3C/Hypothesis file whose annotation Dossier cannot place — it has no quote (TextQuoteSelector) and no position
inside a document of the library, as a file from a tool that marks only a Range/XPath or CSS selector, or a position
past the end of the text — was imported as "would import: 1 skipped", in the window "skipped: 1": nothing said what was
wrong with the file, nor that the file still holds them (an outside tester on imports, stop 62)."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from reader.cli import main
from reader.ui.import_words import import_lines

TEXT = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _run(library: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _annotation(number: int, selector: dict[str, object]) -> dict[str, object]:
    return {"@context": CONTEXT, "id": f"urn:uuid:00000000-0000-4000-8000-00000000000{number}", "type": "Annotation",
            "body": {"type": "TextualBody", "value": "worth checking", "purpose": "commenting"},
            "target": {"source": "https://news.example/ferry", "selector": selector}}


@pytest.mark.parametrize("selector", [
    {"type": "RangeSelector", "startSelector": {"type": "XPathSelector", "value": "/p[1]"},
     "endSelector": {"type": "XPathSelector", "value": "/p[2]"}},
    {"type": "CssSelector", "value": "#story > p:nth-child(2)"},
    {"type": "TextPositionSelector", "start": 5_000, "end": 5_010},
])
def test_an_annotation_without_a_place_is_said_with_why(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        selector: dict[str, object]) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    article, library = tmp_path / "article.txt", tmp_path / "library"
    article.write_text(TEXT, encoding="utf-8")
    assert _run(library, "add", str(article))[0] == 0
    placed = _annotation(1, {"type": "TextQuoteSelector", "exact": "ferry timetable"})
    incoming = tmp_path / "from-another-tool.json"
    incoming.write_text(json.dumps([placed, _annotation(2, selector)]), encoding="utf-8")
    code, out, err = _run(library, "import", str(incoming), "--dry-run")
    assert code == 0, err
    assert "1 new" in out
    assert ("note: 1 annotation(s) left out: no quote (TextQuoteSelector) and no position (TextPositionSelector) "
            "within a document of this library to place them by") in err, err
    code, out, _ = _run(library, "import", str(incoming), "--dry-run", "--json")
    assert json.loads(out)["skipped"] == 1 and json.loads(out)["skipped_unplaceable"] == 1


def test_the_window_says_why_too() -> None:
    lines = import_lines({"new": 1, "skipped": 1, "skipped_unplaceable": 1})
    assert lines == ["1 new annotation", "1 annotation left out: no quote (TextQuoteSelector) and no position "
                     "(TextPositionSelector) within a document of this library to place it by (Range, XPath and CSS "
                     "selectors are not read; the file still holds it)"], lines
