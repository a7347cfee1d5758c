"""A book's screens are joined with a space where a paragraph runs on over a screen break, and with a line break
where the screen ends a sentence. Sentence ends were Latin punctuation only: a Chinese chapter ending with "。" (or a
Japanese one with "」", an Arabic one with "؟", a Hindi one with "।") ran on into the next chapter's heading, "…项目。
第二章 …" on one line — the heading lost as a line of its own (no heading in the reading view), and the next
chapter's first paragraph glued to it."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document.loader import load_document
from reader.document.mupdf import join_pages
from tests.helpers import make_epub


@pytest.mark.parametrize("end", ["。", "！", "？", "」", "』", "）", "؟", "۔", "।", "॥", "։", "።", "»"])
def test_a_screen_ending_a_sentence_in_any_script_ends_its_paragraph(end: str) -> None:
    text, _ = join_pages([f"句子{end}", "下一章"], reflowable=True)
    assert text == f"句子{end}\n下一章"
    assert join_pages(["a paragraph that runs", "on over the break."], reflowable=True)[0] == (
        "a paragraph that runs on over the break.")


def test_a_chinese_book_keeps_each_chapter_heading_on_its_own_line(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "zh.epub", [("第一章", ["能源部长王伟周二表示，该公司将在明年完成防洪屏障项目。"]),
                                             ("第二章", ["北欧电网公司将支付四千五百万欧元。"]),
                                             ("الفصل الثالث", ["هل ستدفع الشركة؟"]), ("अध्याय चार", ["यह सच है।"])],
                     title="书")
    lines = load_document(path).text.split("\n")
    for heading in ("第二章", "الفصل الثالث", "अध्याय चार"):
        assert heading in lines, lines
