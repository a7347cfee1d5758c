"""Saved web pages as they come: modal windows, galleries, credit lines, titles that disagree, articles
only in JSON-LD, stories that trafilatura stops short on. Pages are written here in tmp_path."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.document import load_document
from reader.document.html import pick_text

ARTICLE = "".join(
    f"<p>Paragraph {i}: the harbour council met on Tuesday and the fisheries officer said the new quay "
    f"would change how the tide moves through the inner basin, according to the minutes.</p>"
    for i in range(1, 7)
)


def _page(head: str, body: str) -> str:
    return f"<!DOCTYPE html><html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>"


def test_modal_gallery_and_credit_lines_are_dropped_and_the_title_is_agreed(tmp_path: Path) -> None:
    path = tmp_path / "quay.html"
    path.write_text(_page(
        "<title>Council backs the new quay | Harbour Gazette</title>"
        "<meta property='og:title' content='Council backs the new quay'>",
        "<div class='modal' role='dialog'><h1>Take your next trip with Atlas Obscura!</h1>"
        "<p>Sign up for our trips newsletter and get ten percent off your first booking with us.</p></div>"
        "<article><h1>Council backs the new quay</h1>" + ARTICLE +
        "<p><img src='quay.png' alt='chart'><br><em>(Credit: Harbour Gazette graphics)</em></p>"
        "<div class='photo-gallery'><p>Gallery: twelve pictures of the old quay through the years.</p></div>"
        "</article>"), encoding="utf-8")
    doc = load_document(path)
    assert doc.meta.title == "Council backs the new quay"
    assert "Paragraph 1: the harbour council" in doc.text and "Paragraph 6:" in doc.text
    for furniture in ("Atlas Obscura", "newsletter", "Credit:", "Gallery:"):
        assert furniture not in doc.text


def test_an_article_only_in_json_ld_is_read(tmp_path: Path) -> None:
    body = " ".join(f"Paragraph {i}: the harbour council voted on Tuesday to build the new quay, and the "
                    f"fisheries officer said the tide would change." for i in range(1, 9))
    path = tmp_path / "app.html"
    path.write_text(_page(
        "<title>Quay vote</title><script type='application/ld+json'>" +
        json.dumps({"@type": "NewsArticle", "headline": "Quay vote", "articleBody": body}) + "</script>",
        "<div id='app'><h2>Quay vote</h2><p>Carrie Lam should study the council's playbook on the quay, our "
        "columnist writes in today's opinion section.</p></div>"), encoding="utf-8")
    doc = load_document(path)
    assert doc.text == "Quay vote\n" + body and doc.meta.title == "Quay vote"  # the headline, then the body


def test_the_second_opinion_wins_only_when_it_holds_the_first_and_more() -> None:
    first = "The council met on Tuesday and voted for the quay.\nThe officer said the tide would change."
    more = first + "\nA second story: the ferry timetable changes in May, the operator said on Friday."
    other = "Completely different text about the ferry timetable that changes in May next year."
    assert pick_text(first, more + "\n" + more.replace("second", "third")) != first
    assert pick_text(first, other * 3) == first
    assert pick_text("", other) == ""


def test_json_ld_article_body_is_found_inside_a_graph() -> None:
    from reader.document.html_clean import article_body_from_json_ld, parse_page

    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": "x"}, {"@type": "NewsArticle", "articleBody": "  The  quay   vote. "}]}
    page = parse_page(_page(f"<script type='application/ld+json'>{json.dumps(graph)}</script>"
                            "<script type='application/ld+json'>{broken</script>", "<p>x</p>").encode())
    assert article_body_from_json_ld(page) == "The quay vote."


def _article_page(tmp_path: Path, head: str, before: str = "") -> str:
    path = tmp_path / "page.html"
    path.write_text(_page(head, f"<article>{before}{ARTICLE}</article>"), encoding="utf-8")
    return load_document(path).text


def test_the_headline_is_the_first_line_of_the_text_once(tmp_path: Path) -> None:
    headline = "Council backs the new quay"
    text = _article_page(tmp_path, f"<title>{headline} | Harbour Gazette</title>", f"<h1>{headline}</h1>")
    assert text.split("\n")[0] == headline and text.count(headline) == 1
    text = _article_page(tmp_path, f"<meta property='og:title' content='{headline}'>")  # metadata only: the page
    assert text.startswith("Paragraph 1:")  # shows no such line (a clickbait og:title is none: a tester, stop 56)


def test_the_headline_is_the_one_the_page_shows(tmp_path: Path) -> None:
    text = _article_page(tmp_path, "<meta property='og:title' content='Council backs the new quay'>",
                         "<h1>Vote: council backs the new quay after a long night</h1>")
    assert text.split("\n")[0] == "Vote: council backs the new quay after a long night"  # the <h1>, not og:title
    path = tmp_path / "kicker.html"
    path.write_text(_page("<meta property='og:title' content='Council backs the new quay'>",
                          "<header><h1><span>Harbour</span> Council backs the new quay</h1></header>"
                          f"<article>{ARTICLE}</article>"), encoding="utf-8")
    text = load_document(path).text
    assert text.split("\n")[0] == "Council backs the new quay"  # a kicker glued to the <h1> is left out


def test_a_tab_title_alone_is_not_put_into_the_text(tmp_path: Path) -> None:
    text = _article_page(tmp_path, "<title>My reading notes</title>")
    assert text.startswith("Paragraph 1:")


@pytest.mark.parametrize(("head", "before"), [
    ("<title>Notes on the budget – John Smith's Weblog</title><meta property='og:title' content=\"John Smith's "
     "Weblog\">", "<header><h1><a href='/'>John Smith's Weblog</a></h1></header>"),  # a blog's name, linked home
    ("<meta property='og:title' content='The Alder Gazette'>",
     "<h1><a href='https://www.alder-gazette.example/'>The Alder Gazette</a></h1>"),  # (linked by its full address)
    ("<meta property='og:title' content='Council backs the new quay'>", "<h1>Politics</h1>"),  # a section's name
    ("<meta property='og:title' content='You will not believe what the council did'>",
     "<header><h1>Council backs the new quay</h1></header>"),  # a clickbait og:title the page never shows
])
def test_no_line_the_page_does_not_show_as_its_headline(tmp_path: Path, head: str, before: str) -> None:
    """A tester on the fixes, stop 56: each of these became the text's first line."""
    path = tmp_path / "page.html"
    path.write_text(_page(head, f"{before}<article>{ARTICLE}</article>"), encoding="utf-8")
    assert load_document(path).text.startswith("Paragraph 1:")


def test_a_headline_the_extractor_kept_after_a_kicker_and_a_byline_is_not_put_in_again(tmp_path: Path) -> None:
    path = tmp_path / "live.html"
    path.write_text(_page("<meta property='og:title' content='Council backs the new quay'>",
                          "<article><p>LOCAL POLITICS</p><p>Live updates</p><p>By Jane Roe and John Doe</p>"
                          "<p>Updated 3 hours ago</p><h1>Council backs the new quay</h1>" + ARTICLE + "</article>"),
                    encoding="utf-8")
    assert load_document(path).text.count("Council backs the new quay") == 1



def test_a_standfirst_only_in_the_metadata_is_no_line_of_the_text(tmp_path: Path) -> None:
    """The description is put under the headline only where the page shows it too (a `.dek`), never from metadata
    alone (stop 56)."""
    head = ("<meta property='og:title' content='Council backs the new quay'>"
            "<meta property='og:description' content='The vote ends a decade of argument over the inner basin.'>")
    shown = tmp_path / "dek.html"
    shown.write_text(_page(head, "<header><h1>Council backs the new quay</h1><p class='dek'>The vote ends a decade of "
                                 f"argument over the inner basin.</p></header><article>{ARTICLE}</article>"),
                     encoding="utf-8")
    assert load_document(shown).text.split("\n")[:2] == ["Council backs the new quay",
                                                           "The vote ends a decade of argument over the inner basin."]
    hidden = tmp_path / "meta.html"
    hidden.write_text(_page(head, f"<header><h1>Council backs the new quay</h1></header><article>{ARTICLE}</article>"),
                      encoding="utf-8")
    assert load_document(hidden).text.split("\n")[1].startswith("Paragraph 1:")


DEK = "The vote ends a decade of argument over the inner basin and its fishing rights."


@pytest.mark.parametrize(("where", "body_before", "body_after"), [
    ("a site's tagline before the headline", f"<header><p class='tagline'>{DEK}</p></header>", ""),
    ("a newsletter pitch after the article", "", f"<div class='pitch'>{DEK}</div>"),
    ("a photo's caption", "", ""),
    ("hidden text", "", ""),
    ("a pull quote", "", ""),
])
def test_words_the_description_shares_are_a_standfirst_only_where_one_stands(tmp_path: Path, where: str,
                                                                             body_before: str, body_after: str) -> None:
    """A tester on the fixes, stop 56: each of these became the text's second line."""
    inside = {"a photo's caption": f"<figure><img src='x.jpg'><figcaption>{DEK}</figcaption></figure>",
              "hidden text": f"<div hidden class='visually-hidden'>{DEK}</div>",
              "a pull quote": f"<blockquote>{DEK}</blockquote>"}.get(where, "")
    path = tmp_path / "page.html"
    path.write_text(_page(f"<meta property='og:title' content='Council backs the new quay'>"
                          f"<meta property='og:description' content='{DEK}'>",
                          f"{body_before}<article><h1>Council backs the new quay</h1>{inside}{ARTICLE}</article>"
                          f"{body_after}"), encoding="utf-8")
    text = load_document(path).text
    assert text.split("\n")[0] == "Council backs the new quay" and text.count(DEK) <= 1, where
    if where != "a pull quote":  # (a pull quote inside the article is the extractor's line, once)
        assert text.split("\n")[1].startswith("Paragraph 1:"), where


def test_a_headline_and_standfirst_with_inline_markup_read_as_shown(tmp_path: Path) -> None:
    """Pieces joined with a space at every tag: "Why Barbie ’s …", "Rolls-Royce ( RR.L ) jumped" (stop 56)."""
    path = tmp_path / "inline.html"
    path.write_text(_page("<meta property='og:title' content='Why Barbie’s Box Office Run Matters'>"
                          "<meta property='og:description' content='Shares in Rolls-Royce (RR.L) jumped 9% on the "
                          "forecast.'>",
                          "<header><h1>Why <em>Barbie</em>’s Box Office Run Matters</h1><p class='dek'>Shares in "
                          "Rolls-Royce (<a href='/q'>RR.L</a>) jumped 9% on the forecast.</p></header>"
                          f"<article>{ARTICLE}</article>"), encoding="utf-8")
    doc = load_document(path)
    assert doc.text.split("\n")[:2] == ["Why Barbie’s Box Office Run Matters",
                                         "Shares in Rolls-Royce (RR.L) jumped 9% on the forecast."]
    assert doc.outline and doc.outline[0].offset == 0
