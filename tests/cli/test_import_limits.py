"""Annotations from other tools are held to the sizes a library keeps: a W3C file's or another reader's PDF's
300,000-character note, 300-character tag or 2,000-character speaker imported without a word, and the next bundle
this library wrote was refused whole by every teammate (an outside tester, stop 56). Such an annotation is left out
and said; the others come in, and the bundle written after imports into a teammate's library."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main

TEXT = "Harbour report\n\nThe harbour council met on Tuesday. Marta Lindqvist said the quay would open in May.\n"


def _run(library: Path, *args: str, code: int = 0) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(library), *args], out=out, err=err) == code, err.getvalue()
    return out.getvalue(), err.getvalue()


def _w3c(i: int, exact: str, bodies: list[dict[str, str]], extra: dict[str, object] | None = None) -> dict[str, object]:
    return {"@context": ["http://www.w3.org/ns/anno.jsonld", {"dossier": "urn:x-dossier:ns#"}],
            "id": f"urn:uuid:00000000-0000-4000-8000-{i:012d}", "type": "Annotation", "motivation": "commenting",
            "body": bodies, "target": {"source": "harbour.txt", "selector": {"type": "TextQuoteSelector", "exact": exact}},
            **(extra or {})}


def _note(value: str) -> dict[str, str]:
    return {"type": "TextualBody", "purpose": "commenting", "value": value}


@pytest.fixture(autouse=True)
def _in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")


def test_a_w3c_file_over_the_limits_imports_the_rest_and_says_what_was_left_out(tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(TEXT, encoding="utf-8")
    mine, teammate = tmp_path / "mine", tmp_path / "teammate"
    _run(mine, "add", str(article))
    file = tmp_path / "other-tool.jsonld"
    file.write_text(json.dumps([
        _w3c(1, "harbour council", [_note("fine")]),
        _w3c(2, "Tuesday", [_note("x" * 300_000)]),
        _w3c(3, "quay", [{"type": "TextualBody", "purpose": "tagging", "value": "t" * 300}]),
        _w3c(4, "the quay would open in May", [_note("a claim")],
             {"dossier:kind": "claim", "dossier:speakerName": "S" * 2_000}),
        _w3c(5, "Marta Lindqvist", [_note("by a long name")], {"creator": {"type": "Person", "name": "N" * 600}}),
        _w3c(6, "council met", [_note("labelled"), {"type": "TextualBody", "purpose": "classifying",
                                                     "value": "L" * 600}]),
    ]), encoding="utf-8")
    for dry in (("--dry-run",), ()):
        got = json.loads(_run(mine, "import", *dry, str(file), "--json")[0])
        assert got["new"] == 1 and got["too_large"] == 5
    _, err = _run(mine, "import", str(file))
    assert "note: 5 annotation(s) left out: a note, tag or name longer than Dossier keeps" in err
    bundle = tmp_path / "mine.dossier"
    _run(mine, "export", "--all", "--with-documents", "--format", "dossier", "-o", str(bundle))
    out, _ = _run(teammate, "import", str(bundle))  # refused whole before ("… is too long … the bundle was refused")
    assert "1 new" in out
    passed_on = tmp_path / "teammate.dossier"  # and on to a third library, through the teammate's own bundle
    _run(teammate, "export", "--all", "--with-documents", "--format", "dossier", "-o", str(passed_on))
    assert "1 new" in _run(tmp_path / "third", "import", str(passed_on))[0]
    assert "1 unchanged" in _run(tmp_path / "third", "import", str(bundle))[0]  # the first bundle replayed there


def test_another_readers_pdf_note_over_the_limit_is_left_out(tmp_path: Path) -> None:
    pdf = tmp_path / "report.pdf"
    with pymupdf.open() as doc:
        page = doc.new_page()
        page.insert_text((72, 72), "Sunny morning notes from the harbour council.", fontsize=11)
        page.insert_text((72, 100), "The quay opens in May, the council said.", fontsize=11)
        for words, note in (("Sunny morning notes", "y" * 300_000), ("The quay opens", "short")):
            mark = page.add_highlight_annot(page.search_for(words)[0])
            mark.set_info(content=note, title="Okular user")
            mark.update()
        doc.save(pdf)
    mine, teammate = tmp_path / "mine", tmp_path / "teammate"
    got = json.loads(_run(mine, "import", str(pdf), "--json")[0])
    assert got["new"] == 1 and got["too_large"] == 1
    bundle = tmp_path / "mine.dossier"
    _run(mine, "export", "--all", "--with-documents", "--format", "dossier", "-o", str(bundle))
    assert "1 new" in _run(teammate, "import", str(bundle))[0]
