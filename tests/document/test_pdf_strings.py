"""Strings written into PDF annotation dictionaries (ids, Dossier records, tags) read back exactly,
whatever characters they hold; and PyMuPDF's debug loop in `Annot.update()` is switched off."""
from __future__ import annotations

import pymupdf
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import mupdf
from reader.document.pdf_annotations import pdf_string

_TEXT = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x1b"), max_size=60)
"""ESC is left out: in a PDF text string, ESC … ESC encloses a language code (PDF 2.0, 7.9.2.2) that readers drop.
What Dossier writes never holds a raw ESC: records and tags are JSON, which escapes control characters."""


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_a_pdf_string_reads_back_exactly(text: str) -> None:
    doc = pymupdf.open()
    try:
        page = doc.new_page()
        annot = page.add_highlight_annot(pymupdf.Rect(10, 10, 60, 20))
        doc.xref_set_key(annot.xref, "Dossier:Record", pdf_string(text))
        kind, value = doc.xref_get_key(annot.xref, "Dossier:Record")
        assert kind == "string"
        assert value == text
    finally:
        doc.close()


def test_ascii_is_written_as_a_literal_with_its_delimiters_escaped() -> None:
    assert pdf_string(r"a (b) \c") == r"(a \(b\) \\c)"
    assert pdf_string("Zelenskyy — «quoted»").startswith("<FEFF")


def test_the_timing_loop_in_annot_update_does_nothing() -> None:
    assert mupdf.pymupdf.Annot.update_timing_test() == 0
