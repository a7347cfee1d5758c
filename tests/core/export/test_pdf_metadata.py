"""The annotated PDF and the briefing pack say what they are in the PDF's document information: /Title the
document's (the pack's) title, /Author the annotator (the pack's trainer), /Creator and /Producer Dossier. Both
were left empty (a workshop tester and an outside tester, stop 56); what goes in is one line without control
characters or the marks that turn text round (U+202A-E, U+2066-9), which a PDF reader's title bar would obey."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from annotations.doc_properties import DocumentProperties
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.helpers import make_pdf

TITLE = "Harbour \u202ereport\x07 on\n dredging"


def _info(pdf: bytes) -> dict[str, str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return {k: v for k, v in doc.metadata.items() if k in ("title", "author", "creator", "producer")}


def test_the_annotated_pdf_of_a_text_carries_its_title_and_annotator(tmp_path: Path) -> None:
    service = ReaderService.open(tmp_path / "lib", annotator="Ines \u2066Roe\u2069", isolated=False)
    try:
        doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
        service.set_document_properties(doc_id, DocumentProperties(title=TITLE))
        info = _info(service.export("pdf", [doc_id]))
    finally:
        service.close()
    assert info == {"title": "Harbour report on dredging", "author": "Ines Roe", "creator": "Dossier",
                    "producer": "Dossier"}


def test_the_annotated_pdf_of_a_pdf_carries_the_librarys_title(tmp_path: Path) -> None:
    source = make_pdf(tmp_path / "r.pdf", [["The harbour council met."]], title="Microsoft Word - draft.docx")
    service = ReaderService.open(tmp_path / "lib", annotator="Ines", isolated=False)
    try:
        doc_id = service.add_file(source).record.id  # type: ignore[union-attr]
        service.set_document_properties(doc_id, DocumentProperties(title="Harbour report"))
        info = _info(service.export("pdf", [doc_id]))
    finally:
        service.close()
    assert info["title"] == "Harbour report" and info["author"] == "Ines" and info["creator"] == "Dossier"


def test_the_pack_carries_its_title_and_trainer(tmp_path: Path) -> None:
    service = ReaderService.open(tmp_path / "lib", annotator="Ines", isolated=False)
    try:
        doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
        info = _info(service.briefing_pack([doc_id], trainer="Ana\u202e Ek", title=TITLE))
    finally:
        service.close()
    assert info == {"title": "Harbour report on dredging", "author": "Ana Ek", "creator": "Dossier",
                    "producer": "Dossier"}
