"""A saved web page's text keeps the characters the page shows (break27): ZWNJ/ZWJ inside Persian words and
emoji sequences, and an entity decoded once ("&amp;amp;" shows "&amp;"). trafilatura alone dropped the first
and decoded the second twice."""
from __future__ import annotations

from pathlib import Path

from reader.document import load_document

FILLER = "".join(
    f"<p>Paragraph {i}: the harbour council met on Tuesday and the fisheries officer said the new quay "
    f"would change how the tide moves through the inner basin, according to the minutes.</p>"
    for i in range(1, 5)
)


def _load(tmp_path: Path, body: str, lang: str = "en") -> str:
    path = tmp_path / "page.html"
    path.write_text(f"<!DOCTYPE html><html lang='{lang}'><head><meta charset='utf-8'><title>News</title></head>"
                    f"<body><article><h1>Harbour news</h1>{body}{FILLER}</article></body></html>", encoding="utf-8")
    return load_document(path).text


def test_zwnj_and_zwj_are_kept_as_in_the_same_text_file(tmp_path: Path) -> None:
    persian = "وزیر گفت که بندر در ماه مه بسته می\u200cشود و کتاب\u200cها را باید خواند."
    emoji = "Astronaut 👩🏽\u200d🚀 and family 👨\u200d👩\u200d👧 in the harbour."
    text = _load(tmp_path, f"<p>{persian}</p><p>{emoji}</p>")
    assert persian in text  # was "میشود", "کتابها"
    assert emoji in text  # was "👩🏽🚀"


def test_entities_are_decoded_once(tmp_path: Path) -> None:
    text = _load(tmp_path, "<p>Entities &amp;amp; and &amp;lt;b&amp;gt; are written as code, "
                           "and Smith &amp; Sons &lt;ltd&gt; is the firm.</p>")
    assert "Entities &amp; and &lt;b&gt; are written as code" in text  # was "Entities & and <b>"
    assert "Smith & Sons <ltd> is the firm" in text


def test_a_page_title_and_scripts_keep_their_ampersands(tmp_path: Path) -> None:
    path = tmp_path / "amp.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Smith &amp; Sons</title>"
                    "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"author\": "
                    "{\"name\": \"Ann &amp; Bo\"}, \"url\": \"https://example.org/a?x=1&y=2\"}</script></head>"
                    f"<body><article><h1>Smith &amp; Sons</h1>{FILLER}</article></body></html>", encoding="utf-8")
    doc = load_document(path)
    assert doc.meta.title == "Smith & Sons"
    assert all(not 0x1D2E0 <= ord(c) < 0x1D2F4 for c in repr(doc.meta) + doc.text)  # no stand-in left over
