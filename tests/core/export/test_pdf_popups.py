"""What a PDF reader shows in the popup of a mark in the annotated PDF and the briefing pack: the annotation's
kind, tags and note as the other human exports write them."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService


def _popups(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [a.info["content"] for page in doc for a in page.annots() if a.info.get("content")]


@pytest.mark.parametrize("fmt", ["pdf", "pack"])
def test_a_tag_holding_a_comma_stays_one_tag_in_the_popup(service: ReaderService, tmp_path: Path, fmt: str) -> None:
    """The brief, handout, pack pages and STIX quote a tag holding a comma (stop 52); the marks' popups still joined
    tags with ", ", so "deaths, projections" read as two tags in every PDF reader (an outside tester, exports)."""
    source = tmp_path / "tags.txt"
    source.write_text("Tomas Ek said that the fish are gone from the bay.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "Tomas Ek said that the fish are gone from the bay")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span, tags=("covid", "deaths, projections", "fauci")))
    assert _popups(service.export(fmt, [record.id])) == ['Tags: covid, "deaths, projections", fauci']


@pytest.mark.parametrize("fmt", ["pdf", "pack"])
def test_a_control_or_bidi_override_in_a_note_is_shown_in_the_popup(service: ReaderService, tmp_path: Path,
                                                                   fmt: str) -> None:
    """A right-to-left override in a teammate's note reverses the words after it wherever it is read; the CSV, the
    brief, the handout and the pack's pages show it as ⟨U+202E⟩ (stop 58), but the marks' popups held it raw, so
    "paid ‮00.01 kroner" read "paid renork 10.00" in a PDF reader (an outside tester, exports). The popup shows it
    and other controls as signs, as those do; the mark's record keeps the note as it was for `import`."""
    source = tmp_path / "paid.txt"
    source.write_text("Tomas Ek was paid by the harbour board.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "Tomas Ek")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span, note="paid \u202e00.01 kroner\x1b[2J"))
    data = service.export(fmt, [record.id])
    assert _popups(data) == ["paid ⟨U+202E⟩00.01 kroner␛[2J"]
    fresh = ReaderService.open(tmp_path / "other", annotator="tester", isolated=False)
    try:
        fresh.add_file(source)
        (tmp_path / "out.pdf").write_bytes(data)
        fresh.import_pdf_annotations(tmp_path / "out.pdf")
        notes = [a.note for d in fresh.documents() for a in fresh.annotations(d.id)]
    finally:
        fresh.close()
    assert notes == ["paid \u202e00.01 kroner\x1b[2J"]


@pytest.mark.parametrize("fmt", ["pdf", "pack"])
def test_an_imported_creators_controls_are_shown_in_the_marks_author(service: ReaderService, tmp_path: Path,
                                                                     fmt: str) -> None:
    """A creator taken from another tool's annotations ("Ana\\u202e evil" in W3C JSON-LD) went raw into the mark's
    /T, the author a PDF reader shows above the popup (an outside tester, exports): shown with signs, as the CSV
    shows it."""
    import json

    source = tmp_path / "paid.txt"
    source.write_text("Tomas Ek was paid by the harbour board.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    w3c = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:7f3b3a9e-1111-4c1a-9e2a-123456789abc",
           "type": "Annotation", "creator": {"type": "Person", "name": "Ana\u202e evil\x1b[2J"},
           "body": {"type": "TextualBody", "value": "paid", "purpose": "commenting"},
           "target": {"source": f"urn:sha256:{record.id}", "selector": {"type": "TextQuoteSelector", "exact": "Tomas Ek"}}}
    (tmp_path / "w3c.jsonld").write_text(json.dumps(w3c), encoding="utf-8")
    service.import_file(tmp_path / "w3c.jsonld")
    with pymupdf.open(stream=service.export(fmt, [record.id]), filetype="pdf") as doc:
        authors = [a.info["title"] for page in doc for a in page.annots()]
    assert authors == ["Ana⟨U+202E⟩ evil␛[2J"]
