"""The annotated-PDF pack footer prints any script: Helvetica's WinAnsi encoding has no Cyrillic, CJK or
euro sign (it prints them all as "·"), so such a footer falls back to MuPDF's built-in Noto fonts."""
from __future__ import annotations

import pymupdf

from reader.document.pdf_annotations import compose


def _pdf(pages: int) -> bytes:
    doc = pymupdf.open()
    for _ in range(pages):
        doc.new_page().insert_text((72, 72), "Body text.")
    return bytes(doc.tobytes())


def test_a_non_latin_footer_is_printed_as_written() -> None:
    footer = "Отчёт о Киеве · 東京都の報告 · €48 million"
    with pymupdf.open(stream=compose([(_pdf(2), [])], footer=footer), filetype="pdf") as out:
        texts = [" ".join(page.get_text().split()) for page in out]
    assert f"{footer} · page 1 of 2" in texts[0] and f"{footer} · page 2 of 2" in texts[1]


def test_a_latin_footer_keeps_helvetica() -> None:
    with pymupdf.open(stream=compose([(_pdf(1), [])], footer="Dossier - café 5 £"), filetype="pdf") as out:
        assert "Dossier - café 5 £ · page 1 of 1" in out[0].get_text()
