"""Edits' small segments are merged in the background, never in the edit (issue 17: merging in the edit
made every 24th add of a large library slow). Searches answer the same before and after; an edit made
while a merge runs is stored at once, and a search waits for the merge to find it."""
from __future__ import annotations

import threading
from typing import Any

import pytest

from annotations import index as index_mod, index_write
from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES


def _add(lib: Library, doc_id: str, quote: str) -> str:
    start, end = find_quote(lib.document(doc_id).text, quote)
    a, _ = lib.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
    return a.id


def _small_segments(lib: Library) -> int:
    return index_write.small_segments(lib.index._ix["annotations"])


def test_small_segments_are_merged_in_the_background(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_write, "MERGE_AFTER_SEGMENTS", 4)
    path = SAMPLES / "harbour_council.txt"
    doc_id = library.add_document(load_document(path), path)[0].id
    ids = [_add(library, doc_id, q) for q in ("Tomas Ek", "Marta Lindqvist", "Tomas Ek")]
    assert _small_segments(library) == 3  # each edit committed its own segment, none merged
    ids.append(_add(library, doc_id, "Marta Lindqvist"))  # the 4th starts a merge
    library.index.wait_for_merge()
    assert _small_segments(library) == 1
    found = library.search("type:person", limit=50)
    assert found.total == 4 and {h.annotation_id for h in found.hits} == set(ids)
    library.close()
    reopened = Library.open(library.folder)  # the merged index is consistent with the store: no repair
    try:
        assert reopened.messages == []
        assert reopened.search("type:person", limit=50).total == 4
    finally:
        reopened.close()


def test_an_edit_during_a_merge_is_stored_and_found_after_it(library: Library,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(index_write, "MERGE_AFTER_SEGMENTS", 3)
    started, release = threading.Event(), threading.Event()

    def slow_merge(writer: Any, segments: list[Any]) -> list[Any]:
        started.set()
        assert release.wait(60), "the test never released the merge"
        return index_write.merge_small(writer, segments)

    monkeypatch.setattr(index_mod, "merge_small", slow_merge)
    path = SAMPLES / "harbour_council.txt"
    doc_id = library.add_document(load_document(path), path)[0].id
    for q in ("Tomas Ek", "Marta Lindqvist", "Tomas Ek"):
        _add(library, doc_id, q)
    assert started.wait(60)  # the merge runs (and holds the index's write lock) ...
    library.index.lock_seconds = 0.0  # ... and the edit does not wait for that lock: it is deferred at once
    during = _add(library, doc_id, "Marta Lindqvist")
    assert library.store.annotation(during) is not None
    threading.Timer(0.3, release.set).start()  # the merge ends while the search below waits for it
    found = library.search("type:person", limit=50)  # it answered at once, without the edit, which looked unsaved
    assert found.total == 4 and during in {h.annotation_id for h in found.hits}  # (11-17 of 80 rounds; stop 57)
    assert _small_segments(library) <= 2
