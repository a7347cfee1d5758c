"""Running-header detection never empties a document: a PDF whose only text is one short line per page
("Page number 3 of the long report") is read as that text, not refused as a scan."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.document import load_document


def _pdf(path: Path, pages: int, body: bool) -> Path:
    doc = pymupdf.open()
    for n in range(1, pages + 1):
        page = doc.new_page()
        page.insert_text((72, 40), f"Page number {n} of the long report")
        if body:
            page.insert_text((72, 300), f"The harbour barrier cost {n * 7} million this quarter, said the city.")
    doc.save(path)
    return path


def test_a_pdf_whose_only_lines_repeat_keeps_them(tmp_path: Path) -> None:
    doc = load_document(_pdf(tmp_path / "short.pdf", 5, body=False))
    assert doc.text.split("\n")[:2] == ["Page number 1 of the long report", "Page number 2 of the long report"]
    assert doc.furniture == ()


def test_a_running_header_above_body_text_is_still_set_aside(tmp_path: Path) -> None:
    doc = load_document(_pdf(tmp_path / "body.pdf", 5, body=True))
    assert "Page number" not in doc.text and "harbour barrier cost 7 million" in doc.text
    assert len(doc.furniture) == 5
