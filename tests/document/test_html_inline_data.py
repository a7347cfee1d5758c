"""A page saved with its images inlined (SingleFile, "Webpage, Single File"): a news article with 8 MB of `data:`
images, 10.9 MB in all, was refused as "has no readable text" — lxml gives up past 10 MB without `huge_tree` (an
outside tester, stop 59). Large `data:` URIs are emptied before the page is parsed."""
from __future__ import annotations

import base64
from pathlib import Path

from reader.document import load_document
from reader.document.html import _without_inline_data

PARAGRAPHS = "".join(
    f"<p>Paragraph {n}: the harbour council met on Tuesday and voted to keep the winter ferry timetable for the "
    "islands, after residents asked for more time to read the plans and the mayor promised a second meeting.</p>"
    for n in range(12))
IMAGE = base64.b64encode(bytes(range(256)) * 8_000).decode()  # 2.7 MB of base64


def test_an_article_with_megabytes_of_inlined_images_opens(tmp_path: Path) -> None:
    images = f'<img src="data:image/jpeg;base64,{IMAGE}">' * 4
    style = f"<style>.hero {{ background: url('data:image/png;base64,{IMAGE}') }}</style>"
    path = tmp_path / "saved.html"
    path.write_text(f"<html><head><title>Ferry vote</title>{style}</head><body>{images}<article><h1>Ferry vote</h1>"
                    f"{PARAGRAPHS}</article>{images}</body></html>", encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    doc = load_document(path)
    assert "Paragraph 11: the harbour council met on Tuesday" in doc.text
    assert "base64" not in doc.text


def test_small_data_uris_and_the_words_data_are_left_alone() -> None:
    page = b'<p>Our data: 12 cases.</p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">'
    assert _without_inline_data(page) == page
    big = b'<img alt="x" src="data:image/png;base64,' + b"A" * 5000 + b'" width="3">'
    assert _without_inline_data(big) == b'<img alt="x" src="data:," width="3">'
