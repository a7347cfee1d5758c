"""Exports: W3C conformance, CSV safe for spreadsheets, HTML and Markdown that keep user strings inert."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from annotations.tag_line import parse_tag_line
from reader.cli import main
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.w3c_schema import annotation_failures

HOSTILE_NOTE = '<script>alert("x")</script> | =1+1 & <img src=http://evil.example/p.gif>'


@pytest.fixture
def filled(service: ReaderService) -> ReaderService:
    for name, quotes in (("harbour_council.txt", [("Tomas Ek", Kind.ENTITY, "PERSON"), ("Oslo", Kind.ENTITY, "PLACE")]),
                         ("flood_review.pdf", [("Amara Osei", Kind.ENTITY, "PERSON"),
                                               ("managed retreat", Kind.HIGHLIGHT, None)])):
        record = service.add_file(SAMPLES / name).record
        assert record is not None
        text = service.document(record.id).text
        for quote, kind, label in quotes:
            s, e = find_quote(text, quote)
            service.annotate(record.id, AnnotationInput(kind, s, e, label=label))
    record = service.resolve_document(str(SAMPLES / "harbour_council.txt"))
    s, e = find_quote(service.document(record.id).text, "Nobody has shown us a single study of what happens to the fish")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED,
                                                 reliability="B", credibility=3, tags=("=HYPERLINK(\"x\")", "fisheries"),
                                                 note=HOSTILE_NOTE))
    return service


def test_jsonld_collection_conforms_and_holds_every_annotation(filled: ReaderService) -> None:
    data = json.loads(filled.export("jsonld"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 5
    items = data["first"]["items"]
    assert len(items) == 5
    for item in items:
        assert annotation_failures({"@context": data["@context"], **item}) == []
    pdf_item = next(i for i in items if i["target"]["selector"][1]["exact"] == "Amara Osei")
    page = pdf_item["target"]["selector"][2]  # the page, refined by the quote: selectors in a list are alternatives,
    assert page == {"type": "FragmentSelector", "conformsTo": "http://tools.ietf.org/rfc/rfc3778", "value": "page=1",
                    "refinedBy": pdf_item["target"]["selector"][1]}  # and the page alone selected all of it
    pdf = pdf_item["target"]["dossier:sha256"]
    assert not [s for i in items if i["target"]["dossier:sha256"] != pdf for s in i["target"]["selector"]
                if s["type"] == "FragmentSelector"]  # (not a PDF: no page)
    claim = next(i for i in items if i["motivation"] == "assessing")
    assert claim["dossier:status"] == "disputed" and claim["dossier:speakerName"] == "Tomas Ek"


def test_csv_has_a_bom_one_row_per_annotation_and_no_live_formulas(filled: ReaderService) -> None:
    data = filled.export("csv")
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == 5
    claim = next(r for r in rows if r["kind"] == "claim")
    assert parse_tag_line(claim["tags"], "; ") == ('=HYPERLINK("x")', "fisheries")
    assert claim["speaker"] == "Tomas Ek" and claim["reliability"] == "B"
    for row in rows:
        for value in row.values():
            assert not value or value[0] not in "=+-@"
    assert next(r for r in rows if r["exact"] == "Amara Osei")["page"] == "1"


def test_csv_keeps_a_tag_holding_a_semicolon_whole(filled: ReaderService) -> None:
    """The tags cell joins tags with "; ": a tag holding one is quoted, so a reader of the sheet can tell the tags."""
    record = filled.resolve_document(str(SAMPLES / "harbour_council.txt"))
    s, e = find_quote(filled.document(record.id).text, "Oslo")
    filled.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e, tags=("minutes; p.4", "radio", 'say "no"')))
    rows = list(csv.DictReader(io.StringIO(filled.export("csv").decode("utf-8-sig"))))
    cell = next(r["tags"] for r in rows if r["kind"] == "highlight" and r["exact"] == "Oslo")
    assert cell == '"minutes; p.4"; radio; "say ""no"""'
    assert parse_tag_line(cell, "; ") == ("minutes; p.4", "radio", 'say "no"')


def test_html_handout_is_self_contained_and_escapes_user_strings(filled: ReaderService) -> None:
    page = filled.export("html").decode("utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert not re.search(r"<(img|script|link|iframe|object|embed)\b", page), "no tag that fetches or runs"
    assert "Content-Security-Policy" in page
    assert 'class="entity"' in page and ">Tomas Ek</span>" in page
    assert "<th>Claim</th>" in page and "disputed" in page


def test_markdown_brief_groups_entities_and_tabulates_claims(filled: ReaderService) -> None:
    text = filled.export("md").decode("utf-8")
    assert "## Harbour council approves" in text and "## Flood Resilience Review 2025" in text
    assert "- **PERSON:** Tomas Ek (1)" in text
    assert "| “Nobody has shown us a single study of what happens to the fish” | Tomas Ek |  | disputed | B3 |" in text
    assert "> managed retreat (p. 2)" in text
    assert "<script>" not in text and "&lt;script&gt;" in text and "&lt;img src\\=http\\:\\/\\/evil" in text


def test_export_by_query_only_takes_the_hits(filled: ReaderService) -> None:
    rows = list(csv.DictReader(io.StringIO(filled.export("csv", query="type:person").decode("utf-8-sig"))))
    assert sorted(r["exact"] for r in rows) == ["Amara Osei", "Tomas Ek"]


def test_cli_export_writes_atomically_and_checks_its_arguments(filled: ReaderService, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    library = str(filled.library.folder)
    filled.close()
    out, err = io.StringIO(), io.StringIO()
    target = tmp_path / "brief.md"
    assert main(["--library", library, "export", str(SAMPLES / "harbour_council.txt"), "--format", "md",
                 "-o", str(target)], out=out, err=err) == 0
    written = target.read_text(encoding="utf-8")
    assert written.startswith("---\n") and "\n# Dossier brief\n" in written
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left behind
    assert main(["--library", library, "export", "--all", "--query", "x", "--format", "md", "-o", str(target)],
                out=out, err=err) == 2
    filled.library = ReaderService.open(library, isolated=False).library  # for the fixture's close
