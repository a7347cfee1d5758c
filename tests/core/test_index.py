"""The search index: queries, snippets, facets, suggestions — and that it is only ever a cache."""
from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.index_docs import INDEX_SCHEMA_VERSION
from annotations.library import AnnotationInput, Library
from annotations.model import ClaimStatus, Kind
from reader.document import load_document
from tests.conftest import ROOT, SAMPLES


def _annotate(lib: Library, doc_id: str, quote: str, kind: Kind = Kind.ENTITY, **kw: object) -> str:
    start, end = find_quote(lib.document(doc_id).text, quote)
    a, _ = lib.annotate(doc_id, AnnotationInput(kind=kind, start=start, end=end, **kw))  # type: ignore[arg-type]
    return a.id


def _fill(library: Library) -> None:
    txt = SAMPLES / "harbour_council.txt"
    html = SAMPLES / "grid_shortfall.html"
    a = library.add_document(load_document(txt), txt)[0].id
    b = library.add_document(load_document(html), html)[0].id
    _annotate(library, a, "Tomas Ek", label="PERSON")
    _annotate(library, a, "Marta Lindqvist", label="PERSON")
    _annotate(library, a, "European Investment Bank", label="ORG", note="lender of **last** resort")
    _annotate(library, a, "Nobody has shown us a single study of what happens to the fish", Kind.CLAIM,
              speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED, tags=("fisheries", "casualties"),
              reliability="B", credibility=2)
    _annotate(library, b, "Helena Brandt", label="PERSON", entity_name="Helena Brandt")
    _annotate(library, b, "He denied that the company had delayed the repairs", Kind.CLAIM,
              speaker_name="Jonas Albrecht", status=ClaimStatus.UNVERIFIED, tags=("fire",))
    _annotate(library, b, "rolling blackouts", Kind.HIGHLIGHT)


@pytest.fixture(scope="module")
def filled_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two documents and seven annotations, built once for the module."""
    folder = tmp_path_factory.mktemp("filled") / "library"
    lib = Library.open(folder)
    try:
        _fill(lib)
    finally:
        lib.close()
    return folder


@pytest.fixture
def filled(library_dir: Path, filled_folder: Path) -> Iterator[Library]:
    """Each test's own copy of it, open."""
    shutil.copytree(filled_folder, library_dir)
    library = Library.open(library_dir)
    yield library
    library.close()


@pytest.mark.parametrize("query, expected", [
    ("*", 7),
    ("type:person", 3),
    ("type:person ek", 1),
    ("status:disputed", 1),
    ("STATUS:Disputed", 1),
    ("tag:casualties", 1),
    ("kind:claim", 2),
    ("kind:claim AND NOT status:disputed", 1),
    ('entity:"Tomas Ek"', 1),
    ("speaker:albrecht", 1),
    ("grade:b2", 1),
    ("note:last", 1),
    ("fish", 1),
    ("fishes", 1),  # stemmed
    ("Label:ORG", 1),  # field aliases, any case
])
def test_field_queries(filled: Library, query: str, expected: int) -> None:
    assert filled.search(query).total == expected


def test_document_fields(filled: Library) -> None:
    assert filled.search("title:grid").total == 3
    assert filled.search("gigawatts", scope="documents").total == 1
    hit = filled.search("gigawatts", scope="documents").hits[0]
    assert hit.kind == "document" and "<b>gigawatts</b>" in hit.snippet


def test_hits_carry_what_a_result_list_needs(filled: Library) -> None:
    result = filled.search("fish")
    hit = result.hits[0]
    assert hit.kind == "claim" and hit.status == "disputed" and set(hit.tags) == {"fisheries", "casualties"}
    assert "<b>fish</b>" in hit.snippet and hit.exact.startswith("Nobody has shown")
    assert hit.annotation_id and hit.document_id and hit.start is not None


def test_snippets_escape_html(filled: Library) -> None:
    doc = filled.store.documents()[0]
    filled.edit_annotation(filled.search("Lindqvist").hits[0].annotation_id, note="<script>alert(1)</script> watch")
    snippet = filled.search("note:watch").hits[0].snippet
    assert "<script>" not in snippet and "script&gt;" in snippet and doc


def test_facets_count_by_kind_type_status_tag_and_document(filled: Library) -> None:
    facets = filled.search("*", facets=True).facets
    assert facets["kind"] == {"entity": 4, "claim": 2, "highlight": 1}
    assert facets["type"]["person"] == 3
    assert facets["status"] == {"disputed": 1, "unverified": 1}
    assert facets["tag"] == {"fisheries": 1, "casualties": 1, "fire": 1}
    assert sorted(facets["document"].values()) == [3, 4]


def test_did_you_mean_for_misspelt_terms(filled: Library) -> None:
    result = filled.search("lindqvit")
    assert result.total == 0 and result.suggestion == "lindqvist"
    assert filled.search("Lindqvist").suggestion is None
    # "Lindkvist" is another romanisation of the name, not a misspelling: the entity's name key finds it
    assert [h.exact for h in filled.search("lindkvist").hits] == ["Marta Lindqvist"]


def test_did_you_mean_offers_only_words_that_find_something(filled: Library) -> None:
    """A deleted note's word stays in Whoosh's word list until its segment merges: "did you mean: quokkaword"
    found nothing (an outside tester)."""
    doc_id = filled.store.documents()[0].id
    gone = _annotate(filled, doc_id, "Tomas Ek", Kind.HIGHLIGHT, note="quokkaword secret")
    filled.delete_annotation(gone)
    assert filled.search("quokkaword").total == 0
    assert filled.search("quokkawrd").suggestion is None
    _annotate(filled, doc_id, "Tomas Ek", Kind.HIGHLIGHT, note="quokkawird")
    assert filled.search("quokkawrd").suggestion == "quokkawird"
    assert filled.search("lindqvit quokkawird").suggestion is None  # each word is held, never both by one item
    _annotate(filled, doc_id, "Tomas Ek", Kind.HIGHLIGHT, note="b-side")  # "b" held, one letter
    assert filled.search("big").suggestion != "b"  # (a stub of the word typed is no correction; a tester, stop 57)


def test_entity_aliases_are_searchable(filled: Library) -> None:
    entity = filled.store.find_entities("Tomas Ek")[0]
    filled.set_aliases(entity.id, ["Mr Ek", "the chairman"])
    assert filled.search('entity:"the chairman"').total == 1
    assert filled.search("speaker:chairman").total == 1


def test_an_edit_is_never_found_under_its_old_text(filled: Library) -> None:
    """Regression: Whoosh's Searcher.refresh() reused per-segment readers that missed new deletions."""
    [hit] = filled.search("note:last").hits
    assert filled.search("note:last").hits  # the searcher is now cached
    filled.edit_annotation(hit.annotation_id or "", note="a new note")
    assert filled.search("note:last").hits == []
    assert [h.annotation_id for h in filled.search("note:new").hits] == [hit.annotation_id]
    filled.delete_annotation(hit.annotation_id or "")
    assert filled.search("note:new").hits == [] and len(filled.search("*", limit=50).hits) == 6


def test_bad_query_is_a_clear_error(filled: Library) -> None:
    from annotations.errors import QueryError

    try:
        filled.search('title:"unclosed')
    except QueryError as exc:
        assert "query" in str(exc)


def _reopen(folder: Path) -> Library:
    return Library.open(folder)


def test_missing_index_is_rebuilt_with_a_message(filled: Library) -> None:
    folder = filled.folder
    filled.close()
    shutil.rmtree(folder / "index")
    lib = _reopen(folder)
    assert any("missing" in m for m in lib.messages)
    assert lib.search("*").total == 7
    lib.close()


@pytest.mark.parametrize("damage", ["truncate", "scribble", "delete_segment", "delete_toc"])
def test_damaged_index_files_are_detected_and_rebuilt(filled: Library, damage: str) -> None:
    folder = filled.folder
    filled.close()
    files = sorted((folder / "index").iterdir())
    tocs = [f for f in files if f.suffix == ".toc"]
    segments = [f for f in files if f.suffix not in (".toc", ".json") and "LOCK" not in f.name]
    assert segments and tocs
    if damage == "truncate":
        for f in segments:
            f.write_bytes(f.read_bytes()[:50])
    elif damage == "scribble":
        for f in segments + tocs:
            data = bytearray(f.read_bytes())
            for i in range(0, len(data), 7):
                data[i] ^= 0x5A
            f.write_bytes(bytes(data))
    elif damage == "delete_segment":
        for f in segments:
            f.unlink()
    else:
        for f in tocs:
            f.unlink()
    lib = _reopen(folder)
    assert lib.messages, "a repair message is shown"
    assert lib.search("*").total == 7
    assert lib.search("status:disputed").total == 1
    lib.close()


def test_index_from_another_schema_or_library_is_rebuilt(filled: Library) -> None:
    folder = filled.folder
    filled.close()
    stamp_path = folder / "index" / "dossier-stamp.json"
    stamp = json.loads(stamp_path.read_text())
    stamp_path.write_text(json.dumps(stamp | {"schema": INDEX_SCHEMA_VERSION - 1}))
    lib = _reopen(folder)
    assert any("another version" in m for m in lib.messages) and lib.search("*").total == 7
    lib.close()
    stamp_path.write_text(json.dumps(stamp | {"library_id": "someone-else"}))
    lib = _reopen(folder)
    assert any("another library" in m for m in lib.messages)
    lib.close()


def test_lagging_index_catches_up_from_the_store(filled: Library) -> None:
    """Edits written while the index could not be updated (a crash, a held lock) appear on next open."""
    folder = filled.folder
    stamp_path = folder / "index" / "dossier-stamp.json"
    stamp = stamp_path.read_text()
    doc = filled.store.documents()[0].id
    _annotate(filled, doc, "Claire Dubois", label="PERSON")
    filled.close()
    stamp_path.write_text(stamp)  # as if the process died before updating the index
    lib = _reopen(folder)
    assert lib.messages == []
    assert lib.search("Dubois").total == 1
    lib.close()


def test_a_held_index_lock_never_reaches_the_user(filled: Library) -> None:
    """Another process holds the index lock: the edit is stored, the index catches up afterwards."""
    lock_path = filled.folder / "index.lock"
    with open(lock_path, "a+b") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
        filled.index.lock_seconds = 0.1
        doc = filled.store.documents()[0].id
        _annotate(filled, doc, "Claire Dubois", label="PERSON")
        assert filled.store.count_annotations() == 8
        assert filled.search("Dubois").total == 0  # stored; the index is behind until the lock is free
    assert filled.index.catch_up()
    assert filled.search("Dubois").total == 1


def test_two_processes_write_one_library(filled: Library) -> None:
    """A CLI process annotates while this library is open: no LockError, both see everything."""
    doc = filled.store.documents()[0]
    env = dict(os.environ, DOSSIER_IN_PROCESS="1", PYTHONPATH=str(ROOT))
    script = (
        "import sys; from reader.cli import main;"
        f"sys.exit(main(['--library', {str(filled.folder)!r}, 'annotate', {doc.id!r}, '--quote', 'Claire Dubois',"
        " '--kind', 'entity', '--type', 'PERSON']))"
    )
    child = subprocess.Popen([sys.executable, "-c", script], env=env, cwd=ROOT)
    _annotate(filled, doc.id, "Piotr Zielinski", label="PERSON")
    assert child.wait(timeout=60) == 0
    filled.index.catch_up()
    assert filled.search("type:person").total == 5
    assert filled.search("Dubois").total == 1 and filled.search("Zielinski").total == 1


def test_leftovers_of_a_killed_rebuild_are_removed_on_open(filled: Library) -> None:
    folder = filled.folder
    filled.close()
    (folder / "index.building-99999").mkdir()
    (folder / "index.old-99999").mkdir()
    lib = _reopen(folder)
    assert not list(folder.glob("index.building-*")) and not list(folder.glob("index.old-*"))
    assert lib.search("*").total == 7
    lib.close()


def test_a_lone_filter_lists_matches_without_ranking_and_skips_deleted_ones(filled: Library) -> None:
    """`type:person` alone takes the unranked path (first matches, count from the posting list)."""
    people = filled.search("type:person").hits
    assert len(people) == 3 and all(h.label == "PERSON" for h in people)
    filled.delete_annotation(people[0].annotation_id or "")
    after = filled.search("type:person", limit=2)
    assert people[0].annotation_id not in {h.annotation_id for h in after.hits} and len(after.hits) == 2
    assert filled.search("type:person").total == 2 and not filled.search("type:person").estimated
    assert filled.search("type:nobody").total == 0


def test_a_combination_of_filters_is_unranked_and_skips_deleted_ones(filled: Library) -> None:
    claims = filled.search("kind:claim AND status:disputed").hits
    assert len(claims) == 1 and claims[0].kind == "claim" and claims[0].status == "disputed"
    assert filled.search("kind:claim OR type:person").total == 5
    filled.delete_annotation(claims[0].annotation_id or "")
    assert filled.search("kind:claim AND status:disputed").total == 0
    assert filled.search("kind:claim OR type:person").total == 4
