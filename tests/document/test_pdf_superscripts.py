"""A PDF's superscript numbers read as the page shows them: a note reference set raised in small type after a word
ran into it ("her figures1 and the council…", in the text, the title and every quote), and a power into its base
("10" and a raised "8" read "108") (an outside tester on documents, stop 62). Digits and signs MuPDF finds raised are
superscript characters ("figures¹", "10⁸"), one for one, so every character keeps its glyph's box."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.document import mupdf
from reader.document.loader import load_document, page_rects


def _pdf(path: Path) -> Path:
    doc = pymupdf.open()
    page = doc.new_page()
    for y, before, raised, after in ((100, "The treasurer disagreed with her figures", "1", " and the council voted."),
                                     (140, "Light travels at 3 x 10", "8", " metres a second, the report said.")):
        page.insert_text((72, y), before, fontsize=11)
        x = 72 + pymupdf.get_text_length(before, fontsize=11)
        page.insert_text((x, y - 4), raised, fontsize=7)
        page.insert_text((x + pymupdf.get_text_length(raised, fontsize=7), y), after, fontsize=11)
    page.insert_text((72, 200), "The auditors checked the accounts of the harbour twice this year, 2024.", fontsize=11)
    doc.save(path)
    return path


def test_raised_numbers_read_as_superscripts_and_keep_their_boxes(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "notes.pdf")
    doc = load_document(path)
    assert "her figures¹ and the council voted." in doc.text, doc.text
    assert "3 x 10⁸ metres a second" in doc.text
    assert "this year, 2024." in doc.text  # (numbers on the line's baseline stay as they are)
    with pymupdf.open(path) as pdf:
        assert mupdf.page_text(pdf[0]) == mupdf.page_text_from_chars(pdf[0]) == doc.text
        start = doc.text.index("figures¹")
        [(page, rects)] = page_rects(path, doc, start, start + len("figures¹"))
        assert pdf[0].get_textbox(pymupdf.Rect(rects[0])).replace("\n", "").strip().startswith("figures")
