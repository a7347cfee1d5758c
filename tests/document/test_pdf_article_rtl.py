"""Exported PDFs of text documents in right-to-left scripts (break18 bug 3): an Arabic paragraph reads right
to left, right-aligned, shaped; an Arabic name inside an English line keeps its letters in order; the marks
placed from the layout's page map cover the words' glyphs as PyMuPDF reads them from the page; Arabic
punctuation on a line without Arabic letters is printed (bug 19)."""
from __future__ import annotations

import unicodedata

import pymupdf

from reader.document.pdf_article import MARGIN_X, PAGE_W, ArticleLayout

ARABIC = ("قال الرئيس الأوكراني فولوديمير زيلينسكي إن الاتفاق مع شركة Nordgrid سيوقع في 12 أكتوبر 2025. "
          "وقالت وزيرة الطاقة صوفيا راوتيو إن الطـــاقة المتجددة ستنمو بنسبة 15% في القاهرة وموسكو.")
MIXED = "The minister صوفيا راوتيو said on Monday that Nordgrid would pay."
PUNCT = "!!! ??? ... ؟ ، ؛ ..."


def _words(page: pymupdf.Page) -> dict[str, list[pymupdf.Rect]]:
    out: dict[str, list[pymupdf.Rect]] = {}
    for w in page.get_text("words", flags=pymupdf.TEXTFLAGS_WORDS & ~pymupdf.TEXT_PRESERVE_LIGATURES):
        word = unicodedata.normalize("NFKC", w[4])  # MuPDF splits words at its lam faults: tested words have none
        out.setdefault(word.strip(".,"), []).append(pymupdf.Rect(w[:4]))
    return out


def _mark(layout: ArticleLayout, text: str, quote: str) -> list[pymupdf.Rect]:
    start = text.index(quote)
    [(page, rects)] = layout.rects(start, start + len(quote))
    assert page == 0
    return [pymupdf.Rect(r) for r in rects]


def _covers(mark: pymupdf.Rect, glyphs: pymupdf.Rect) -> bool:
    return abs(mark.x0 - glyphs.x0) < 1.5 and abs(mark.x1 - glyphs.x1) < 1.5 and mark.intersects(glyphs)


def test_an_arabic_paragraph_reads_right_to_left_and_marks_cover_its_words() -> None:
    text = ARABIC + "\n" + MIXED + "\n" + PUNCT + "\n"
    layout = ArticleLayout(text)
    doc = layout.pdf()
    try:
        page = doc[0]
        words = _words(page)
        first, later = words["قال"][0], words["شركة"][0]
        assert later.x1 <= first.x0  # a later word is left of the first
        assert abs(first.x1 - (PAGE_W - MARGIN_X)) < 2  # right-aligned
        assert words["Nordgrid"][0].x0 < first.x0
        for word in ("شركة", "سيوقع", "Nordgrid", "وزيرة", "ستنمو"):
            [mark] = _mark(layout, text, word)
            assert _covers(mark, words[word][0]), (word, mark, words[word][0])
        [name] = _mark(layout, text, "صوفيا راوتيو")  # two words, one mark on each glyph run
        assert _covers(name, words["صوفيا"][0] | words["راوتيو"][0])
        # the name inside the English line: its first word to the right of its second
        mixed_first, mixed_second = words["صوفيا"][1], words["راوتيو"][1]
        assert mixed_second.x1 <= mixed_first.x0 and words["minister"][0].x1 < mixed_second.x0
        [mixed] = _mark(layout, text, "صوفيا راوتيو said")  # crosses the direction change: two runs
        assert mixed.x0 <= mixed_second.x0 + 1.5 and mixed.x1 >= words["said"][0].x1 - 1.5
        assert "\x00" not in page.get_text() and all(c in page.get_text() for c in "؟،؛")
    finally:
        doc.close()


def test_english_lines_are_drawn_as_before() -> None:
    layout = ArticleLayout("Tomas Ek said the fish are gone.\nNaïve café, Zürich — 48 € «quoted».\n")
    assert not any(line.html for line in layout.lines)


def test_an_arabic_title_and_metadata_line_read_right_to_left() -> None:
    layout = ArticleLayout("نص قصير.\n", title="وزيرة الطاقة تزور شركة Nordgrid", meta="رويترز · 2025-10-12")
    doc = layout.pdf()
    try:
        words = _words(doc[0])
        assert words["شركة"][0].x1 <= words["وزيرة"][0].x0 and words["Nordgrid"][0].x1 <= words["شركة"][0].x0
        assert abs(words["وزيرة"][0].x1 - (PAGE_W - MARGIN_X)) < 2
        assert words["رويترز"][0].y0 > words["وزيرة"][0].y0 + 10  # the metadata line below the title
    finally:
        doc.close()
