"""Strings written into PDF annotation dictionaries (ids, Dossier records, tags) read back exactly,
whatever characters they hold, written the fast way or the slow one; and PyMuPDF's debug loop in
`Annot.update()` is switched off."""
from __future__ import annotations

import re

import pymupdf
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.document import mupdf
from reader.document.pdf_annotations import PdfMark, _set_text, compose, pdf_string

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


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_characters="\x1b"), max_size=60))
def test_a_string_put_straight_into_an_annotation_is_the_one_xref_set_key_writes(text: str) -> None:
    """The export puts ids, records and tags into the annotation's dictionary directly (C speed); the
    string stored must be the very one the slower `xref_set_key(pdf_string(...))` stores, NUL and lone surrogates too."""
    doc = pymupdf.open()
    try:
        page = doc.new_page()
        fast = page.add_highlight_annot(pymupdf.Rect(10, 10, 60, 20))
        slow = page.add_highlight_annot(pymupdf.Rect(10, 10, 60, 20))
        _set_text(doc, fast, "Dossier:Record", text)
        doc.xref_set_key(slow.xref, "Dossier:Record", pdf_string(text))
        printed = [re.sub(r"\d+ 0 R|/NM\([^)]*\)", "", doc.xref_object(a.xref, compressed=True))
                   for a in (fast, slow)]
        assert printed[0] == printed[1]
    finally:
        doc.close()


def test_exported_annotations_carry_their_ids_whatever_characters_they_hold() -> None:
    """Ids are given to PyMuPDF as each annotation is made (it would otherwise list every id on the page per
    annotation); odd ids take the slower way and still arrive exactly, and PyMuPDF's own naming is back after."""
    base = pymupdf.open()
    base.new_page().insert_text((72, 72), "Some words to mark on the page.")
    data = base.tobytes()
    base.close()
    ids = ["01a2-plain", "id-é-ünïcode", "id\twith\x01control", "(paren) \\ back", "01a2-plain-2"]
    marks = [PdfMark(nm, kind, ((0, ((72.0, 60.0, 150.0, 75.0),)),), "#ffcc00", "ana",
                     "a note" if kind != "entity" else "")
             for nm, kind in zip(ids, ["entity", "claim", "note", "highlight", "entity"], strict=True)]
    out = pymupdf.open(stream=compose([(data, marks)]), filetype="pdf")
    try:
        names = [out.xref_get_key(a.xref, "NM")[1] for a in out[0].annots()
                 if out.xref_get_key(a.xref, "Subtype")[1] != "/Popup"]
        assert names == ids
    finally:
        out.close()
    assert mupdf.pymupdf.JM_add_annot_id is mupdf._list_and_name
    doc = pymupdf.open()
    try:
        annot = doc.new_page().add_highlight_annot(pymupdf.Rect(10, 10, 60, 20))
        assert doc.xref_get_key(annot.xref, "NM") == ("string", "fitz-A0")
    finally:
        doc.close()
