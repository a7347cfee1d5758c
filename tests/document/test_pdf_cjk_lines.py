"""Chinese and Japanese put no space between words, and a line of a PDF ends wherever the width runs out, inside a
word. The loader joined a paragraph's lines with a space, as for spaced scripts: "全部完 工", "来 年", "心 配" — a word
broken at a line end could not be found (Find of "完工" nor search, whose pairs of characters the space parted), and
every quote across a line held a space the page does not show. Lines ending and starting with Chinese or Japanese
characters (or their punctuation) are joined with nothing; other lines keep their space."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from annotations.text_find import find_all
from reader.document import load_document, page_rects
from reader.document.mupdf import page_text, page_text_from_chars

ZH = ("能源部长王伟周二表示，该公司将在明年完成防洪屏障项目。北欧电网公司将支付四千五百万欧元用于建设新的防洪设施和海堤，"
      "预计工程将于二零二七年底全部完工。当地居民对此表示欢迎，但也有人担心施工期间的噪音问题。")
JA = ("エネルギー大臣の田中太郎氏は火曜日、防潮堤の建設計画を発表した。計画は来年完成する予定で、総工費は四十五億円に上る"
      "見込みだという。地元の住民は計画に賛成しているが、工事中の騒音を心配する声もある。")
EN = "The minister said on Tuesday that the barrier would be finished next year, and the residents welcomed it."


def _pdf(path: Path) -> Path:
    with pymupdf.open() as pdf:
        pdf.new_page().insert_htmlbox(pymupdf.Rect(72, 72, 300, 700), "".join(
            f"<p style='font-size:12pt'>{p}</p>" for p in (ZH, JA, EN)))
        pdf.save(path)
    return path


def test_a_chinese_or_japanese_paragraph_wrapped_on_the_page_reads_without_spaces(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "zh.pdf")
    with pymupdf.open(path) as pdf:
        assert len(pdf[0].get_text("dict")["blocks"][0]["lines"]) > 3  # wrapped: the lines to join are there
        assert page_text(pdf[0]) == page_text_from_chars(pdf[0])  # the string rule and the character rule agree
    doc = load_document(path)
    assert doc.text.split("\n") == [ZH, JA, EN]
    start, end = find_all(doc.text, "全部完工")[0]
    [(page, rects)] = page_rects(path, doc, start, end)
    assert page == 0 and len(rects) == 2  # across the line break: a piece on each line
