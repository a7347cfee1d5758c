"""A web page's subheadings become the document's outline (the Outline tab, headings in the reading view):
only headings whose words are a whole line of the extracted article, in order; a menu's or sidebar's
headings, dropped with their blocks, are not."""
from __future__ import annotations

from pathlib import Path

import lxml.html

from reader.document import load_document
from reader.document.html_headings import html_outline

PARAGRAPH = ("The council voted on Tuesday to close the old harbour bridge for repairs, a decision that "
             "traders said would cost them a month of custom before the winter markets open. ")

PAGE = f"""<html><head><title>Harbour bridge to close for repairs</title></head><body>
<nav><h2>Sections</h2><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav>
<article>
<h1>Harbour bridge to close for repairs</h1>
<p>{PARAGRAPH * 3}</p>
<h2>What the traders say</h2>
<p>{PARAGRAPH * 2}</p>
<h3>Next steps</h3>
<p>{PARAGRAPH * 2}</p>
<h2>What the council says</h2>
<p>{PARAGRAPH * 2}</p>
</article>
</body></html>"""


def test_a_pages_subheadings_are_its_outline(tmp_path: Path) -> None:
    path = tmp_path / "bridge.html"
    path.write_text(PAGE, encoding="utf-8")
    document = load_document(path)
    text = document.text
    found = [(o.level, o.title) for o in document.outline]
    assert (2, "What the traders say") in found and (3, "Next steps") in found
    assert (2, "Sections") not in found  # the menu's heading is not in the article
    for entry in document.outline:
        assert text[entry.offset:].startswith(entry.title)
        assert entry.offset == 0 or text[entry.offset - 1] == "\n"


def test_a_heading_counts_only_as_a_whole_line_in_order() -> None:
    root = lxml.html.fromstring("<div><h2>Results</h2><p>x</p><h2>Results</h2><h2>Gone</h2></div>")
    text = "Results are in.\nResults\nbody\nResults\nend"
    outline = html_outline(root, text)
    assert [(o.level, o.offset) for o in outline] == [(2, text.index("Results\n")), (2, text.rindex("Results"))]
