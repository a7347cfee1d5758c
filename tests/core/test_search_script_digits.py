"""Documents now read a raised note reference or power as a superscript ("figures¹", "10⁸": PDFs, books and web
pages, stop 62), and chemistry writes subscript digits ("H₂O"): each was one word with its digit, so a search for
`figures` missed the quote "her figures¹ and the council's", and `H2O` missed "H₂O". Superscripts are taken off the
word they are raised on and subscript digits read as digits (`annotations.index_docs.ScriptDigitsTokenizer`, index
schema 22)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document

ARTICLE = ("The study questioned her figures¹ and the council's. Light travels at 3 × 10⁸ m/s.\n\n"
           "The plant releases H₂O and CO2 over 12 km² of land.\n")
QUOTES = ["her figures¹ and the council's", "3 × 10⁸ m/s", "releases H₂O", "12 km² of land"]


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    source = tmp_path / "report.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    lib = Library.open(tmp_path / "lib")
    doc = load_document(source)
    doc_id = lib.add_document(doc, source)[0].id
    for quote in QUOTES:
        lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, *find_quote(doc.text, quote)))
    yield lib
    lib.close()


@pytest.mark.parametrize("query, found", [
    ("figures", "her figures¹ and the council's"), ("figure", "her figures¹ and the council's"),
    ('"her figures"', "her figures¹ and the council's"), ("figures¹", "her figures¹ and the council's"),
    ("H2O", "releases H₂O"), ("h₂o", "releases H₂O"), ("quote:h2o", "releases H₂O"),
    ('"3 × 10⁸"', "3 × 10⁸ m/s"), ("km", "12 km² of land"), ("km²", "12 km² of land"),
])
def test_a_word_with_a_raised_or_lowered_digit_is_found(library: Library, query: str, found: str) -> None:
    assert [h.exact for h in library.search(query).hits] == [found], query

