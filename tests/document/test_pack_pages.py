"""Briefing pack layout rules (reader.document.pack_pages): a heading is never stranded at the foot of a
page, the cover stays on one page, and an article does not end on a page holding only a few lines."""
from __future__ import annotations

import pymupdf

from reader.document.pack_pages import (
    A4, KEEP_WITH_NEXT, MARGINS, SHORT_LAST_PAGE, _place, article_layout, cover_pdf, sections_pdf,
)
from reader.document.pdf_article import ArticleLayout

CSS = "body{font-size:10.5pt}h2{font-size:15pt}"
TABLE = "<table>" + "".join(f"<tr><td>PERSON</td><td>Name {n}</td></tr>" for n in range(6)) + "</table>"


def _stranded_markup() -> str:
    """Filler paragraphs, then a heading that plain layout leaves within KEEP_WITH_NEXT of the page foot."""
    bottom = A4.y1 + MARGINS[3]
    for n in range(20, 80):
        markup = "".join(f"<p>Filler paragraph {i}.</p>" for i in range(n)) + "<h2 id='h'>Claims</h2>" + TABLE
        _, _, headings = _place(markup, CSS)
        (_, page, y), = headings
        if page == 0 and y > bottom - KEEP_WITH_NEXT:
            return markup.replace(" id='h'", "")
    raise AssertionError("no filler length strands the heading")


def test_a_heading_at_the_foot_of_a_page_moves_to_the_next_with_its_table() -> None:
    markup = _stranded_markup()
    with pymupdf.open("pdf", sections_pdf(markup, CSS)) as doc:
        pages = [p.get_text() for p in doc]
    assert "Claims" not in pages[0]
    assert pages[1].lstrip().startswith("Claims") and "Name 0" in pages[1]


def test_the_cover_stays_on_one_page() -> None:
    css = ".kicker{margin-top:120pt}h1{font-size:30pt}.big{font-size:14pt}"
    for count in range(5, 60):  # the first source list that spills its last entry onto a second page
        sources = "".join(f"<p><b>Source {n}</b><br/><span class='meta'>Reuters · Written by A. Writer</span></p>"
                          for n in range(count))
        markup = f"<p class='kicker'>BRIEFING PACK</p><h1>A title</h1><p class='big'>2026-12-02</p><h2>Sources</h2>{sources}"
        if _place(markup, css)[1] == 2:
            break
    else:
        raise AssertionError("no source list spills")
    with pymupdf.open("pdf", cover_pdf(markup, css)) as doc:
        assert doc.page_count == 1 and f"Source {count - 1}" in doc[0].get_text()


def test_an_article_does_not_end_on_a_page_of_a_few_lines() -> None:
    body = "\n".join("Paragraph %d of the report, long enough to be wrapped onto a second line of the page "
                     "when it is set at the usual size." % n for n in range(60))
    for extra in range(40):
        text = body + "\n" + "\n".join(f"Line {i}" for i in range(extra)) + "\nSource: Reuters\nWritten by A. Writer"
        plain = ArticleLayout(text)
        last = sum(1 for line in plain.lines if line.page == plain.page_count - 1)
        if plain.page_count > 1 and last <= 2:
            break
    else:
        raise AssertionError("no text ends with a short last page")
    fitted = article_layout(text)
    assert fitted.page_count == plain.page_count - 1
    assert fitted.rects(text.index("Written by"), len(text))[0][0] == fitted.page_count - 1
    long_last = ArticleLayout(body)  # a last page with more than a few lines stays as it is
    if sum(1 for line in long_last.lines if line.page == long_last.page_count - 1) > SHORT_LAST_PAGE:
        assert article_layout(body).page_count == long_last.page_count
