"""The annotated PDF of a text document prints the words as the reading view shows them: a soft hyphen (U+00AD,
which web pages and word processors put inside long words as a place to break) is invisible inside a line — Nimbus
Roman has a hyphen glyph for it, so "soft\u00adhyphen\u00adated" was printed "soft-hyphen-ated" — and the marks placed
from the layout's page map still cover the glyphs of the words."""
from __future__ import annotations

import pymupdf

from reader.document.pdf_article import ArticleLayout

TEXT = "The soft\u00adhyphen\u00adated word and the Bundes\u00adnetz\u00adagentur said so.\n"


def test_a_soft_hyphen_inside_a_line_is_not_printed_and_marks_still_cover_their_words() -> None:
    layout = ArticleLayout(TEXT)
    doc = layout.pdf()
    try:
        page = doc[0]
        printed = page.get_text()
        assert "-" not in printed and "\u00ad" not in printed, printed
        words = {w[4]: pymupdf.Rect(w[:4]) for w in page.get_text("words")}
        assert "softhyphenated" in words and "Bundesnetzagentur" in words, sorted(words)
        start = TEXT.index("Bundes")
        [(number, [rect])] = layout.rects(start, start + len("Bundes\u00adnetz\u00adagentur"))
        glyphs = words["Bundesnetzagentur"]
        assert number == 0 and abs(rect[0] - glyphs.x0) < 1.5 and abs(rect[2] - glyphs.x1) < 1.5, (rect, glyphs)
    finally:
        doc.close()


def test_a_headline_with_no_break_spaces_is_printed_once() -> None:
    """A document's title made from its first line is that line tidied: its no-break spaces (French puts a narrow
    one before a colon, "45\u00a0millions") made plain. The layout prints the title above the text unless the text
    opens with it, and compared them as written: a French article's headline was printed twice."""
    from reader.document.titles import choose

    text = "Énergie\u202f: le ministre promet 45\u00a0millions\n\nLe ministre a déclaré mardi que la centrale serait prête.\n"
    title = choose(text=text)
    assert title == "Énergie : le ministre promet 45 millions"
    doc = ArticleLayout(text, title).pdf()
    try:
        assert doc[0].get_text().count("ministre promet") == 1, doc[0].get_text()
    finally:
        doc.close()
    doc = ArticleLayout(text, "Another title, typed in Properties").pdf()
    try:
        assert "Another title" in doc[0].get_text()
    finally:
        doc.close()
