"""A query of keyword filters with more matches than it lists is counted, as a ranked query is, when its postings
are few: `kind:highlight` said "about 25 match(es)" of 23 on the command line (its posting list still held two
deleted items), and `kind:highlight tag:t` always said "about" (an outside tester on the command line, stop 61).
Past `EXACT_COUNT_POSTINGS` the estimate stays, never above the items there are."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations import search as search_mod
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES


def test_few_filter_matches_are_counted_exactly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        path = SAMPLES / "harbour_council.txt"
        doc_id = lib.add_document(load_document(path), path)[0].id
        made, _ = lib.annotate_many(doc_id, [AnnotationInput(Kind.HIGHLIGHT, i, i + 3, tags=("t",)) for i in range(40)])
        lib.annotate(doc_id, AnnotationInput(Kind.NOTE, 300, 305, tags=("t",)))
        for a in made[:15]:
            lib.delete_annotation(a.id)
        for query in ("kind:highlight", "tag:t kind:highlight", "kind:highlight -kind:note", "kind:highlight OR kind:x"):
            result = lib.search(query, limit=5)
            assert (len(result.hits), result.total, result.estimated) == (5, 25, False), query
        monkeypatch.setattr(search_mod, "EXACT_COUNT_POSTINGS", 0)
        for query in ("kind:highlight", "tag:t kind:highlight"):
            result = lib.search(query, limit=5)
            assert result.estimated and 25 <= result.total <= lib.index._searcher("annotations").doc_count(), query
    finally:
        lib.close()
