"""Annotated PDFs: every Dossier annotation becomes a real PDF annotation on its words; annotations other
readers left in a PDF come back as Dossier annotations on the same words."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

QUOTES = [("Amara Osei", Kind.ENTITY, {"label": "PERSON"}),
          ("Governor Piotr Zielinski has stated that the regional government will not cover any overspend", Kind.CLAIM,
           {"speaker_name": "Piotr Zielinski", "status": ClaimStatus.DISPUTED, "note": "check the budget"}),
          ("managed retreat", Kind.HIGHLIGHT, {"note": "costs?"})]


def _annotated(service: ReaderService, name: str) -> str:
    record = service.add_file(SAMPLES / name).record
    assert record is not None
    text = service.document(record.id).text
    for quote, kind, kw in QUOTES:
        if quote in text:
            s, e = find_quote(text, quote)
            service.annotate(record.id, AnnotationInput(kind, s, e, **kw))  # type: ignore[arg-type]
    return record.id


def _covers(page: pymupdf.Page, rect: pymupdf.Rect, quote: str) -> bool:
    words = page.get_text("words", clip=rect + (-1, -1, 1, 1))
    return quote.split()[0].strip(".") in [w[4].strip(".,") for w in words]


def test_pdf_export_puts_each_annotation_on_its_words(service: ReaderService, tmp_path: Path) -> None:
    doc_id = _annotated(service, "flood_review.pdf")
    out = tmp_path / "annotated.pdf"
    out.write_bytes(service.export("pdf", [doc_id]))
    with pymupdf.open(out) as pdf:
        annots = [(p, a) for p in pdf for a in p.annots()]
        assert len(annots) == 3
        for quote, _, _ in QUOTES:
            page, annot = next((p, a) for p, a in annots if _covers(p, a.rect, quote))
            expected = page.search_for(quote.split()[0])
            assert any(annot.rect.intersects(r) for r in expected)
        claim = next(a for _, a in annots if a.type[1] == "Underline")
        assert "disputed" in claim.info["content"] and "check the budget" in claim.info["content"]
        assert pdf.page_count == 3  # the original pages, untouched


def test_other_formats_become_a_pdf_of_the_article_with_highlights(service: ReaderService, tmp_path: Path) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Ek", occurrence=2)
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    out = tmp_path / "article.pdf"
    out.write_bytes(service.export("pdf", [record.id]))
    with pymupdf.open(out) as pdf:
        [(page, annot)] = [(p, a) for p in pdf for a in p.annots()]
        hits = page.search_for("Ek")
        assert annot.rect.intersects(hits[1]) and not annot.rect.intersects(hits[0])  # the second "Ek"


def test_annotations_made_in_other_readers_are_imported_once(service: ReaderService, tmp_path: Path) -> None:
    pdf_path = tmp_path / "report.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[1]
        highlight = page.add_highlight_annot(page.search_for("desk study"))
        highlight.set_info(title="Zotero user", content="key question")
        highlight.update()
        page.add_text_annot(page.search_for("Marine Institute")[0].tl, "who funded it?").update()
        pdf.save(pdf_path)
    counts, _ = service.import_file(pdf_path)
    assert counts["new"] == 2
    record = service.resolve_document(str(pdf_path))
    found = {a.target.exact: a for a in service.annotations(record.id)}
    assert "desk study" in found and "key question" in found["desk study"].note
    assert "Zotero user" in found["desk study"].note and found["desk study"].tags == ("from-pdf",)
    assert any(a.kind is Kind.NOTE and "who funded it?" in a.note for a in found.values())
    assert service.import_file(pdf_path)[0]["new"] == 0
