"""MuPDF's text layer of Noto Naskh Arabic turns lam into Latin letters (Ǆ, ǁ) and lam-alef into ƾ: the
loader puts them back inside Arabic words only, and the marks placed from the repaired text still land on
the glyphs (break18 bug 19)."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pymupdf

from reader.document import load_document, page_rects
from reader.document.textlayer_repair import repair_line

ARABIC = ("<p dir='rtl'>قال الرئيس فولوديمير زيلينسكي إن شركة Nordgrid ستدفع 90 مليون يورو في الدوحة.</p>"
          "<p dir='rtl'>وقالت وزيرة الطاقة صوفيا راوتيو إن الاتفاق سيوقع في 2025.</p>")


def test_lams_come_back_in_an_arabic_pdf_and_marks_cover_their_words(tmp_path: Path) -> None:
    path = tmp_path / "ar.pdf"
    with pymupdf.open() as pdf:
        pdf.new_page(width=595, height=842).insert_htmlbox(pymupdf.Rect(72, 72, 523, 400), ARABIC)
        pdf.save(path)
    with pymupdf.open(path) as pdf:
        raw = pdf[0].get_text()
    assert set("\u01c4\u01c1\u01be") & set(raw)  # MuPDF's fault is there to repair
    doc = load_document(path)
    for word in ("الرئيس", "فولوديمير", "زيلينسكي", "مليون", "الدوحة", "وقالت", "الطاقة", "الاتفاق"):
        assert word in doc.text
    assert not set("\u01c4\u01c1\u01be") & set(doc.text)
    with pymupdf.open(path) as pdf:
        words = {unicodedata.normalize("NFKC", w[4]): pymupdf.Rect(w[:4]) for w in pdf[0].get_text("words")}
    expected = {"زيلينسكي": words["زيǁينسكي"], "الاتفاق": words["اƾ"] | words["تفاق"]}  # MuPDF splits at ƾ
    for word, glyphs in expected.items():
        start = doc.text.index(word)
        [(page, rects)] = page_rects(path, doc, start, start + len(word))
        assert page == 0 and len(rects) == 1
        box = pymupdf.Rect(rects[0])
        assert abs(box.x0 - glyphs.x0) < 1 and abs(box.x1 - glyphs.x1) < 1 and box.intersects(glyphs)


def test_the_same_letters_in_latin_text_stay() -> None:
    assert repair_line("\u01c4EP and !\u01c1x\u00f3\u00f5 and \u01be") == "\u01c4EP and !\u01c1x\u00f3\u00f5 and \u01be"
    assert repair_line("ا\u01c4رئيس زي\u01c1ينسكي ا\u01beتفاق") == "الرئيس زيلينسكي الاتفاق"
    assert repair_line("\u01c4كن") == "لكن"  # a word's first lam
