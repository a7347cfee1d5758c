"""Chinese and Japanese text writes Latin letters and digits full width ("ＩＭＦ", "ＧＤＰ", "１２月"): search and Find
in document found them only when typed full width, so `IMF` found nothing in a Japanese article that names the IMF,
and Find "12月" nothing in "１２月". Full-width ASCII forms (U+FF01–FF5E) fold to ASCII, as ligatures fold to their
letters (`annotations.analysis.fold`)."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.text_find import find_all
from reader.document import load_document

ARTICLE = "経済産業省は、ＩＭＦと協議したと発表した。１２月に報告書を公表する予定だ。\n"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    source = tmp_path / "ja.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    lib = Library.open(tmp_path / "lib")
    doc = load_document(source)
    doc_id = lib.add_document(doc, source)[0].id
    lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, *find_quote(doc.text, "ＩＭＦ"), label="ORG"))
    lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, *find_quote(doc.text, "１２月に報告書")))
    return lib


@pytest.mark.parametrize("query, found", [("IMF", "ＩＭＦ"), ("imf", "ＩＭＦ"), ("ＩＭＦ", "ＩＭＦ"),
                                          ("12月", "１２月に報告書"), ("quote:imf", "ＩＭＦ")])
def test_a_full_width_word_is_found_typed_in_ascii(library: Library, query: str, found: str) -> None:
    try:
        assert [h.exact for h in library.search(query).hits] == [found], query
    finally:
        library.close()


def test_find_in_document_folds_full_width_letters_and_digits() -> None:
    assert [ARTICLE[s:e] for s, e in find_all(ARTICLE, "imf")] == ["ＩＭＦ"]
    assert [ARTICLE[s:e] for s, e in find_all(ARTICLE, "12月")] == ["１２月"]
