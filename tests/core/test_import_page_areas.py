"""Annotations imported from W3C JSON-LD or REFI-QDA onto a PDF got no page areas (those files carry none): the page
view drew none of them, their cards had no page, and the next bundle passed the empty areas on (an outside tester,
stop 53). Areas are now computed from the library's copy of the file, as for a mark made here."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

PDF = SAMPLES / "flood_review.pdf"


@pytest.mark.parametrize("fmt", ["jsonld", "qdpx"])
def test_an_imported_annotation_on_a_pdf_gets_its_page_areas(tmp_path: Path, fmt: str) -> None:
    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    ben = ReaderService.open(tmp_path / "ben", annotator="Ben", isolated=False)
    try:
        doc_id = ana.add_file(PDF).record.id  # type: ignore[union-attr]
        s, e = find_quote(ana.document(doc_id).text, "Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
        assert mark.target.areas and mark.target.areas[0].page == 1  # (page 2 of the report)
        exported = tmp_path / f"notes.{fmt}"
        exported.write_bytes(ana.export(fmt, [doc_id]))
        ben.add_file(PDF)
        ben.import_file(exported)
        [got] = ben.annotations(doc_id)
        assert got.target.exact == "Tomas Ek"
        assert got.target.areas == mark.target.areas
    finally:
        ana.close()
        ben.close()
