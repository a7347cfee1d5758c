"""Citations name a PDF's pages as the PDF prints them: a report whose two pages of front matter are "i" and "ii" had
its first numbered page cited "(p. 3)" in the brief and the briefing pack (an outside tester on the exports, stop 60);
it is "(p. 1)", as Zotero's reader cites it. A PDF without labels, or whose copy is gone, is cited by number."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.document.loader import page_labels
from reader.services import ReaderService

SENTENCES = ("Foreword by the editors of the harbour review.", "Contents of the harbour review.",
             "The council voted to build the tidal barrier on Thursday.", "Engineers expect the work to take two years.")


def _report(path: Path, labelled: bool = True) -> Path:
    with pymupdf.open() as pdf:
        for sentence in SENTENCES:
            pdf.new_page(width=595, height=842).insert_text((72, 100), sentence, fontsize=11)
        if labelled:
            pdf.set_page_labels([{"startpage": 0, "prefix": "", "style": "r", "firstpagenum": 1},
                                 {"startpage": 2, "prefix": "", "style": "D", "firstpagenum": 1}])
        pdf.save(path)
    return path


def _claim_on_page_3(service: ReaderService, path: Path) -> str:
    doc_id = service.add_file(path).record.id  # type: ignore[union-attr]
    text = service.document(doc_id).text
    start = text.index("The council voted")
    service.library.annotate(doc_id, AnnotationInput(Kind.CLAIM, start, start + len("The council voted")))
    return doc_id


def test_the_brief_and_the_pack_cite_the_printed_page(service: ReaderService, tmp_path: Path) -> None:
    path = _report(tmp_path / "review.pdf")
    assert page_labels(path) == ("i", "ii", "1", "2")
    doc_id = _claim_on_page_3(service, path)
    brief = service.export("md", document_refs=[doc_id]).decode("utf-8")
    assert "(p. 1)" in brief and "(p. 3)" not in brief
    with pymupdf.open(stream=service.export("pack", document_refs=[doc_id]), filetype="pdf") as pack:
        printed = " ".join(page.get_text() for page in pack)
    assert "p. 1" in printed and "p. 3" not in printed


def test_a_pdf_without_labels_or_without_its_copy_is_cited_by_number(service: ReaderService, tmp_path: Path) -> None:
    plain = _report(tmp_path / "plain.pdf", labelled=False)
    assert page_labels(plain) == ()
    doc_id = _claim_on_page_3(service, plain)
    assert "(p. 3)" in service.export("md", document_refs=[doc_id]).decode("utf-8")
    labelled = _claim_on_page_3(service, _report(tmp_path / "review.pdf"))
    stored = service.stored_file(service.document(labelled))
    assert stored is not None
    stored.unlink()  # the library's copy gone: the pages are named by number, nothing fails
    assert "(p. 3)" in service.export("md", document_refs=[labelled]).decode("utf-8")
