"""A saved article that is a bare fragment — "<div>…</div>" with no <html> or <body> around it, as clippers and
Reader View save them — was refused as "has no readable text": the extractors find no article outside a page's
body (found by a helper loading Mozilla Readability's expected pages, stop 39). It is read as the page it would
be. A UTF-8 byte-order mark is read as a charset declaration (before a page without a doctype, it had made the
parser take the page for a fragment)."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import load_document

PARAGRAPH = ("The council voted on Tuesday to close the old harbour bridge for repairs, a decision that traders "
             "said would cost them a month of custom before the winter markets open. ")
FRAGMENT = (f'<div id="readability-page-1" class="page"><div id="storytext"><h2>Bridge to close</h2>'
            f"<p>{PARAGRAPH * 3}</p><p>“We were not asked,” said Tomas Ek, who runs a fish stall.</p>"
            f"<p>{PARAGRAPH * 2}</p></div></div>")


@pytest.mark.parametrize(("prefix", "encoding"), [("", "utf-8"), ("\ufeff", "utf-8"), ("\n  ", "utf-8")])
def test_a_fragment_is_read_as_an_article(tmp_path: Path, prefix: str, encoding: str) -> None:
    path = tmp_path / "clipped.html"
    path.write_bytes((prefix + FRAGMENT).encode(encoding))
    text = load_document(path).text
    assert "“We were not asked,” said Tomas Ek" in text
    assert text.count("The council voted on Tuesday") == 5


@pytest.mark.parametrize("page", [
    f"<!DOCTYPE html><html><head><title>Bridge</title></head><body><article>{FRAGMENT}</article></body></html>",
    f"\ufeff<html><body><article>{FRAGMENT}</article></body></html>",  # a byte-order mark before a page without
])  # a doctype had made the parser take the page for a fragment (refused as "no readable text" too)
def test_a_page_is_read(tmp_path: Path, page: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert "“We were not asked,” said Tomas Ek" in load_document(path).text
