"""Chinese and Japanese text is found by any word in it: the tokeniser took a whole clause (no spaces) for one
word, and only that clause could be found ("防洪" found nothing in "…讨论防洪屏障项目"; an outside tester, stop 52).
Runs of Han, kana and Hangul are indexed as their characters and overlapping pairs of characters, and queries are
read the same way: a single character is found too, and a hit marks the whole word."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.index_docs import words_analyzer
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document

ARTICLE = "北京市政府周二宣布，将在东京举办的会议上讨论防洪屏障项目。\n該項目の予算は四千八百万ユーロです。\n"


def test_cjk_runs_become_pairs_and_other_words_pass_as_they_were() -> None:
    assert [t.text for t in words_analyzer()("防洪屏障 Report 7 北京2024年 の")] == \
        ["防", "防洪", "洪", "洪屏", "屏", "屏障", "障", "report", "7", "北", "北京", "京", "2024", "年", "の"]
    positions = [t.pos for t in words_analyzer()("防洪屏障 flood barrier", positions=True)]
    assert positions == sorted(set(positions))  # each token its own place: phrases still match in order


@pytest.fixture
def library(tmp_path: Path) -> Library:
    source = tmp_path / "zh.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    lib = Library.open(tmp_path / "lib")
    doc = load_document(source)
    doc_id = lib.add_document(doc, source)[0].id
    lib.annotate(doc_id, AnnotationInput(Kind.NOTE, *find_quote(doc.text, "防洪屏障项目"), note="需要核实预算数据"))
    return lib


@pytest.mark.parametrize("query", ["防洪", "屏障", "核实", "预算", "防洪屏障", '"防洪屏障"', "note:核实", "障", "核"])
def test_a_word_inside_a_chinese_quote_or_note_finds_it(library: Library, query: str) -> None:
    try:
        assert len(library.search(query).hits) == 1, query
        assert not library.search('"屏障防洪"').hits  # the pairs in their order
    finally:
        library.close()


@pytest.mark.parametrize("query", ["北京", "东京", "予算", "ユーロ", "四千八百万", "京"])
def test_a_word_of_the_text_finds_the_document(library: Library, query: str) -> None:
    try:
        assert len(library.search(query, scope="documents").hits) == 1, query
    finally:
        library.close()
