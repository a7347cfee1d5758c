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


WORDS = ["بلا", "البلاد", "الثلاثاء", "للطاقة", "كلا", "سلام", "علاقة", "اللاجئين", "الله"]


def test_every_form_of_lam_and_lam_alef_comes_back(tmp_path: Path) -> None:
    """MuPDF turns more lams than the three above: the connected lam-alef (ﻼ, after a letter that joins it: سلام,
    علاقة, الثلاثاء, البلاد) into the two letters "ǂب", the word "لا" ("no", on its own between spaces) into "ƾ" with
    no Arabic letter beside it, and an initial lam before a medial one (للطاقة, الله) into "Ǆǁ", neither beside an
    Arabic letter. All of these stayed: the text read "الثǂبثاء", "ƾ", "DŽلطاقة" and could not be searched."""
    path = tmp_path / "lam.pdf"
    with pymupdf.open() as pdf:
        pdf.new_page(width=595, height=842).insert_htmlbox(
            pymupdf.Rect(72, 72, 523, 800), "".join(f"<p dir='rtl'>{w}</p>" for w in WORDS)
            + "<p dir='rtl'>قال إنه لا يعرف شيئا عن العلاقة بين البلدين.</p>")
        pdf.save(path)
    with pymupdf.open(path) as pdf:
        raw = pdf[0].get_text()
    assert "\u01c2\u0628" in raw and "\u01c4\u01c1" in raw  # MuPDF's faults are there to repair
    text = unicodedata.normalize("NFKC", load_document(path).text)
    assert text.split("\n")[:len(WORDS)] == WORDS
    assert "قال إنه لا يعرف شيئا عن العلاقة بين البلدين." in text
    start = text.index("العلاقة")
    doc = load_document(path)
    [(page, rects)] = page_rects(path, doc, start, start + len("العلاقة"))
    with pymupdf.open(path) as pdf:
        line = [w for w in pdf[0].get_text("words") if w[3] > rects[0][1] and w[1] < rects[0][3]]
    assert page == 0 and len(rects) == 1 and any(pymupdf.Rect(rects[0]).intersects(w[:4]) for w in line)


def test_a_click_letter_before_another_letter_than_beh_stays() -> None:
    assert repair_line("ب\u01c2\u0628 and \u01c2a and \u01c2\u0628") == "بلا and \u01c2a and \u01c2\u0628"
    assert repair_line("ا\u01c4\u01c1ه") == "الله"
    assert repair_line("قال \u01be يعرف") == "قال لا يعرف"
    assert repair_line("and \u01be") == "and \u01be"
