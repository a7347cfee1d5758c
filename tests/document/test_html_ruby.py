"""Japanese (and Chinese) pages give the reading of hard characters in small type above them: ruby, "<ruby>漢字
<rt>かんじ</rt></ruby>", with <rp> brackets for browsers that cannot draw it. trafilatura took a page holding any
ruby for one paragraph: the headline and every paragraph ran together on one line, and the readings stood inline
("漢字かんじの読(よ)み方"). The readings are left out, as the text reads ("漢字の読み方"), and the paragraphs stay."""
from __future__ import annotations

from pathlib import Path

from reader.document import load_document
from reader.document.html import extract_html
from tests.helpers import make_epub

PAGE = """<html lang="ja"><head><meta charset="utf-8"><title>防潮堤の建設計画</title></head><body><article>
<h1>防潮堤の建設計画</h1>
<p><ruby>漢字<rt>かんじ</rt></ruby>の<ruby>読<rp>(</rp><rt>よ</rt><rp>)</rp></ruby>み方を田中太郎氏が説明した。\
エネルギー大臣の田中太郎氏は火曜日、防潮堤の建設計画を発表した。計画は来年完成する予定だという。</p>
<p>東京電力は四十五億円を支払う。会社によると、工事は来月始まる。地元の住民は計画に賛成している。</p>
</article></body></html>"""


def test_ruby_readings_are_left_out_and_the_paragraphs_stay() -> None:
    text, meta, _ = extract_html(PAGE.encode("utf-8"), "ruby.html")
    lines = text.split("\n")
    assert lines[0] == "防潮堤の建設計画", lines
    assert lines[1].startswith("漢字の読み方を田中太郎氏が説明した。") and lines[1].endswith("予定だという。"), lines
    assert lines[2] == "東京電力は四十五億円を支払う。会社によると、工事は来月始まる。地元の住民は計画に賛成している。"
    assert "かんじ" not in text and "(よ)" not in text
    assert meta.title == "防潮堤の建設計画"


def test_an_epub_leaves_ruby_readings_out_too(tmp_path: Path) -> None:
    """MuPDF lays a book's ruby out inline: "漢字かんじの読(よ)み方". The book reads as the page does, like a web page."""
    path = make_epub(tmp_path / "ja.epub", [("第一章", [
        "<ruby>漢字<rt>かんじ</rt></ruby>の<ruby>読<rp>(</rp><rt>よ</rt><rp>)</rp></ruby>み方を田中太郎氏が説明した。",
        "東京電力は四十五億円を支払う。"])], title="本")
    text = load_document(path).text
    assert "漢字の読み方を田中太郎氏が説明した。" in text and "かんじ" not in text and "(よ)" not in text
    assert "東京電力は四十五億円を支払う。" in text
