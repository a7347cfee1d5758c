"""A tag holding a comma can be searched (`tag:"fish,eries"` said "cannot be run on these fields"), and a document
is found by the start of its id, as the command line takes it everywhere else (`document:228106c0f571` found
nothing; an outside tester, stop 52)."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.errors import QueryError
from annotations.search_query import normalise
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_a_quoted_tag_and_an_id_prefix(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Tomas Ek")
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="x", tags=("Fish,Eries", "budget")))
        for query in ('tag:"Fish,Eries"', 'tag:"fish, eries"', "TAG:budget", f"document:{doc_id[:12]}",
                      f"doc:{doc_id[:8].upper()}", f"document:{doc_id}"):
            assert [h.annotation_id for h in lib.search(query).hits] == [mark.id], query
        assert not lib.search('tag:"fish"').hits and not lib.search("document:ffffffffffff").hits
        assert normalise('note:"a, b" tag:"x,y"') == "note:\"a, b\" tag:'x y'"  # phrases in text fields stay
    finally:
        lib.close()


@pytest.mark.parametrize(("query", "said"), [("fish NOT", "“NOT” has nothing after it"),
                                             ("fish AND", "“AND” has nothing after it"),
                                             ("OR fish", "“OR” has nothing before it"),
                                             ("fish^0", "counts for nothing"), ("fish^-1", "counts for nothing")])
def test_a_query_that_would_find_nothing_for_its_syntax_says_so(tmp_path: Path, query: str, said: str) -> None:
    """`fish NOT`, `fish^0`, `fish^-1` found nothing and said nothing (an outside tester, stop 52)."""
    lib = Library.open(tmp_path / "lib")
    try:
        with pytest.raises(QueryError, match=said):
            lib.search(query)
        for fine in ("NOT fish", "fish^0.5", '"fish NOT"', "Nottingham"):
            lib.search(fine)  # no error
    finally:
        lib.close()
