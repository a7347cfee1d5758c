"""A rebuilt index answers exactly as the one kept up to date edit by edit (issue 17: the rebuild writes
one segment per `REBUILD_SEGMENT` annotations and edits merge only small segments)."""
from __future__ import annotations

import pytest

from annotations import index as index_mod, index_build, index_write
from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import SAMPLES

QUERIES = ["*", "type:person", "kind:claim", "status:disputed", "tag:fisheries", "kind:claim AND tag:fire",
           "ek", "council", "fish", 'entity:"Tomas Ek"', "speaker:albrecht", "note:resort", "bank OR harbour",
           "type:org european", "kind:highlight", "grade:b2", "title:harbour"]


def _answers(lib: Library) -> dict[str, tuple[int, list[tuple[str | None, str]], dict[str, dict[str, int]]]]:
    out = {}
    for q in QUERIES:
        r = lib.search(q, limit=200, facets=True)
        out[q] = (r.total, sorted((h.annotation_id, h.snippet) for h in r.hits), r.facets)
    return out


def _fill(lib: Library) -> None:
    txt, html = SAMPLES / "harbour_council.txt", SAMPLES / "grid_shortfall.html"
    docs = [lib.add_document(load_document(p), p)[0].id for p in (txt, html)]
    ids = []
    for doc_id, quote, kind, kw in [
        (docs[0], "Tomas Ek", Kind.ENTITY, {"label": "PERSON"}),
        (docs[0], "Marta Lindqvist", Kind.ENTITY, {"label": "PERSON"}),
        (docs[0], "European Investment Bank", Kind.ENTITY, {"label": "ORG", "note": "lender of last resort"}),
        (docs[0], "Nobody has shown us a single study of what happens to the fish", Kind.CLAIM,
         {"speaker_name": "Tomas Ek", "status": ClaimStatus.DISPUTED, "tags": ("fisheries",), "reliability": "B",
          "credibility": 2}),
        (docs[1], "Helena Brandt", Kind.ENTITY, {"label": "PERSON"}),
        (docs[1], "He denied that the company had delayed the repairs", Kind.CLAIM,
         {"speaker_name": "Jonas Albrecht", "status": ClaimStatus.UNVERIFIED, "tags": ("fire",)}),
        (docs[1], "rolling blackouts", Kind.HIGHLIGHT, {"tags": ("fire",)}),
    ] * 3:
        start, end = find_quote(lib.document(doc_id).text, quote)
        a, _ = lib.annotate(doc_id, AnnotationInput(kind=kind, start=start, end=end, **kw))  # type: ignore[arg-type]
        ids.append(a.id)
    lib.edit_annotation(ids[2], note="lender of last resort, said the council")
    lib.delete_annotation(ids[9])
    lib.set_claim(ids[3], status=ClaimStatus.FALSE)


@pytest.mark.parametrize("segment", [4, 25_000])
def test_rebuild_answers_as_incremental_indexing(library: Library, monkeypatch: pytest.MonkeyPatch,
                                                 segment: int) -> None:
    monkeypatch.setattr(index_build, "REBUILD_SEGMENT", segment)
    monkeypatch.setattr(index_write, "SMALL_SEGMENT", 3)  # the rebuild's 4-annotation segments count as large
    _fill(library)
    incremental = _answers(library)
    assert incremental["type:person"][0] == 9 and incremental["status:disputed"][0] == 2
    library.reindex()
    assert library.index._ix["annotations"].doc_count() == 20
    assert _answers(library) == incremental
    start, end = find_quote(library.document(library.store.documents()[0].id).text, "Tomas Ek")
    a, _ = library.annotate(library.store.documents()[0].id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
    assert library.search("type:person", limit=50).total == 10
    assert a.id in {h.annotation_id for h in library.search("type:person", limit=50).hits}


def test_while_another_process_rebuilds_search_answers_and_edits_wait_for_its_catch_up(library: Library) -> None:
    import json
    import subprocess
    import sys

    _fill(library)
    before = library.search("type:person", limit=50).total
    other = subprocess.Popen([sys.executable, "-c", "import sys; sys.stdin.read()"], stdin=subprocess.PIPE)
    try:  # what another process's rebuild leaves beside the index while it runs: its folder and progress
        building = library.index.folder.with_name(f"{library.index.folder.name}.building-{other.pid}")
        building.mkdir()
        (building / index_mod.PROGRESS).write_text(json.dumps({"done": 4000, "total": 10000}))
        assert library.index.rebuild_progress() == (4000, 10000)
        library.index.lock_seconds = 60.0  # were the update not deferred at once, it would wait for the lock
        doc_id = library.store.documents()[0].id
        start, end = find_quote(library.document(doc_id).text, "Tomas Ek")
        a, _ = library.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
        assert library.search("type:person", limit=50).total == before  # the old index answers
        assert library.store.annotation(a.id) is not None  # the edit is stored
    finally:
        other.stdin.close()  # type: ignore[union-attr]
        other.wait()
    assert library.index.rebuild_progress() is None  # its process ended: leftovers, not a rebuild
    library.reindex()
    assert library.search("type:person", limit=50).total == before + 1


def test_an_index_far_behind_the_library_is_rebuilt_on_open(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    import fcntl

    monkeypatch.setattr(index_mod, "REBUILD_WHEN_BEHIND", 5)
    folder = library.folder
    with open(library.index.folder.parent / f"{library.index.folder.name}.lock", "a+b") as busy:
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX)  # another process writes the index: updates are deferred
        library.index.lock_seconds = 0.0
        _fill(library)
        library.close()
    reopened = Library.open(folder)
    try:
        assert any("far behind" in m for m in reopened.messages)
        assert reopened.search("type:person", limit=50).total == 9
    finally:
        reopened.close()


def test_a_library_opens_and_takes_edits_while_another_process_holds_the_index(
        library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opening waited 30 s for the index's lock, then failed: every command, edits included, while another process
    rebuilt the index or caught up a long import (an outside tester, stop 57). Now it opens on the index as it is."""
    import fcntl

    _fill(library)
    before = library.search("type:person", limit=50).total
    folder = library.folder
    library.close()
    monkeypatch.setattr(index_mod, "OPEN_LOCK_SECONDS", 0.0, raising=False)
    monkeypatch.setattr(index_mod, "LOCK_SECONDS", 0.0)
    with open(folder / "index.lock", "a+b") as busy:
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX)  # another process writes the index, for as long as it takes
        reopened = Library.open(folder)
        try:
            assert reopened.index.busy_at_open
            reopened.index.lock_seconds = 0.0
            doc_id = reopened.store.documents()[0].id
            start, end = find_quote(reopened.document(doc_id).text, "Tomas Ek")
            a, _ = reopened.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
            assert reopened.store.annotation(a.id) is not None  # the edit is stored
            assert reopened.search("type:person", limit=50).total == before  # the index as it was answers
        finally:
            fcntl.flock(busy.fileno(), fcntl.LOCK_UN)
    try:
        reopened.index.catch_up()  # the lock is free: the edit reaches the index
        assert not reopened.index.busy_at_open
        assert reopened.search("type:person", limit=50).total == before + 1
    finally:
        reopened.close()


def test_a_search_says_how_many_edits_the_index_does_not_hold_yet(library: Library) -> None:
    """With another process holding the index, an edit's catch-up is put off, and a search answered as if the edit
    had never been made (a tester on the fixes, stop 57): it now says how many edits it could not see."""
    import fcntl

    _fill(library)
    doc_id = library.store.documents()[0].id
    assert library.search("type:person", limit=50).behind == 0
    with open(library.index.folder.parent / f"{library.index.folder.name}.lock", "a+b") as busy:
        fcntl.flock(busy.fileno(), fcntl.LOCK_EX)  # another process writes the index
        library.index.lock_seconds = 0.0
        start, end = find_quote(library.document(doc_id).text, "Tomas Ek")
        library.annotate(doc_id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
        assert library.search("type:person", limit=50).behind == 1
        fcntl.flock(busy.fileno(), fcntl.LOCK_UN)
    library.index.catch_up()
    assert library.search("type:person", limit=50).behind == 0
