"""A tag holding a comma can be searched (`tag:"fish,eries"` said "cannot be run on these fields"), and a document
is found by the start of its id, as the command line takes it everywhere else (`document:228106c0f571` found
nothing; an outside tester, stop 52)."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
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
