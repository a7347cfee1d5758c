"""A saved page's publication date is the one the page states (its metadata, a `<time>` element, a dated byline),
never a date or a year that its article or footer mentions. trafilatura's date search went on, where the page stated
none, to any date in its text: a page saying "In 2019 the council first proposed…" was dated 2019-01-01, a budget
table headed "2024" 2024-01-01, a report of "the storm of 12 November 2023" that day, a "© 2021" footer 2021-01-01 —
shown in the library's date column (not in grey, as a known date), sorted by, searched with `date:`, and written into
every export's front matter (an outside tester on documents, stop 62). The 24 real pages and samples in the
repository keep the dates they had."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import load_document

ARTICLE = "".join(
    f"<p>Paragraph {i}: the harbour council met and the fisheries officer said the new quay would change how the "
    "tide moves through the inner basin, according to the minutes of the meeting.</p>" for i in range(1, 5))


def _page(head: str, body: str) -> str:
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council backs the barrier</title>{head}</head>"
            f"<body><article><h1>Council backs the barrier</h1>{body}</article></body></html>")


@pytest.mark.parametrize("body", [
    "<p>In 2019 the council first proposed the barrier.</p>" + ARTICLE,
    "<table><tr><th>Department</th><th>2024</th><th>2025</th></tr><tr><td>Flood defence</td><td>12</td><td>48</td>"
    "</tr></table>" + ARTICLE,
    "<p>The storm of 12 November 2023 flooded the quay.</p>" + ARTICLE,
    ARTICLE + "</article><footer>© 2021 Harbour Gazette<article>",
], ids=["a-year-in-the-text", "a-table-header", "an-event-date", "a-copyright-footer"])
def test_a_page_that_states_no_date_gets_none_from_its_text(tmp_path: Path, body: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page("", body), encoding="utf-8")
    assert load_document(path).meta.published == ""


@pytest.mark.parametrize(("head", "body"), [
    ("<meta property='article:published_time' content='2024-05-03T10:00:00Z'>", ARTICLE),
    ("", "<time datetime='2024-05-03'>3 May 2024</time>" + ARTICLE),
    ("", "<p class='byline'>By Jane Roe, May 3, 2024</p>" + ARTICLE),
], ids=["metadata", "a-time-element", "a-dated-byline"])
def test_a_date_the_page_states_is_its_publication_date(tmp_path: Path, head: str, body: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(_page(head, body), encoding="utf-8")
    assert load_document(path).meta.published == "2024-05-03"
