"""Merge properties (Hypothesis), B -> A then A -> B after edits on both sides: the conflicts each side
lists are exactly the annotations where both sides changed the same field to different values — both
wrote a note, or one deleted what the other edited (tags both sides added merge, as does a note only one
side wrote: F3 of the stop-40 exchange audit); nothing is lost (each side's version is in the libraries
or in the conflict list); everything else agrees; once A settles its conflicts and sends its bundle, both
libraries agree; re-importing changes nothing."""
from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.built_once import copy_of
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
WORDS = ["Tomas Ek", "Oslo", "Claire Dubois", "Port Alder", "Kessling", "Piotr Zielinski"]
edits = st.lists(st.tuples(st.integers(0, len(WORDS) - 1), st.sampled_from(["note", "tag", "delete"])),
                 max_size=6)


def _content(lib: Library) -> dict[str, tuple[object, ...]]:
    return {a.id: (a.note, a.tags, a.deleted) for a in lib.store.annotations(include_deleted=True)}


def _apply(lib: Library, ids: list[str], changes: list[tuple[int, str]], who: str) -> set[str]:
    touched = set()
    for index, action in changes:
        annotation = lib.annotation(ids[index])
        if annotation.deleted:
            continue
        if action == "note":
            lib.edit_annotation(annotation.id, note=f"{who} {len(annotation.note)}")
        elif action == "tag":
            lib.edit_annotation(annotation.id, tags=(*annotation.tags, who))
        else:
            lib.delete_annotation(annotation.id)
        touched.add(annotation.id)
    return touched


def _start(folder: Path) -> tuple[str, list[str]]:
    """A with the document and an entity mention of each of WORDS, B with A's bundle imported. Returns the
    document id and the mentions' ids."""
    a, b = Library.open(folder / "A"), Library.open(folder / "B")
    try:
        doc_id = a.add_document(load_document(TXT), TXT)[0].id
        text = a.document(doc_id).text
        ids = []
        for word in WORDS:
            s = text.index(word)
            ids.append(a.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, s + len(word), label="MISC"))[0].id)
        b.import_bundle(read_bundle(a.export_bundle([doc_id], "a", with_documents=True)))
    finally:
        a.close()
        b.close()
    return doc_id, ids


def _started(folder: Path) -> tuple[str, list[str]]:
    """A copy of the start in `folder`: built once per process (~0.6 s of store and index work) and copied."""
    doc_id, ids = copy_of("merge properties", _start, folder)
    return doc_id, list(ids)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(edits, edits)
def test_exchange_converges_except_true_conflicts(ours: list[tuple[int, str]], theirs: list[tuple[int, str]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        doc_id, ids = _started(Path(tmp))
        a, b = Library.open(Path(tmp) / "A"), Library.open(Path(tmp) / "B")
        try:
            changed_a = _apply(a, ids, ours, "a")
            changed_b = _apply(b, ids, theirs, "b")
            before_a, before_b = _content(a), _content(b)
            both = {i for i in changed_a & changed_b if before_a[i][2] != before_b[i][2]  # deleted / edited
                    or (before_a[i][0] and before_b[i][0])}  # a note written on both sides (none at the start)
            a.import_bundle(read_bundle(b.export_bundle([doc_id], "b")))
            b.import_bundle(read_bundle(a.export_bundle([doc_id], "a")))
            conflicts = {aid: incoming for _, aid, incoming, _ in a.store.conflicts()}
            assert set(conflicts) == both
            assert {aid for _, aid, _, _ in b.store.conflicts()} == both  # a true conflict on both sides
            for i in both:  # their version is kept for the person to choose
                assert (conflicts[i]["note"], tuple(conflicts[i]["tags"]), conflicts[i]["deleted"]) == before_b[i]
            content_a, content_b = _content(a), _content(b)
            assert {i: c for i, c in content_a.items() if i not in both} == \
                {i: c for i, c in content_b.items() if i not in both}
            for conflict_id, _, _, _ in a.store.conflicts():
                a.resolve_conflict(conflict_id, take_theirs=True)
            b.import_bundle(read_bundle(a.export_bundle([doc_id], "a")))
            assert _content(a) == _content(b) and not b.store.conflicts()  # A's resolution settles B's too
            generation = a.store.generation
            a.import_bundle(read_bundle(b.export_bundle([doc_id], "b")))
            assert a.store.generation == generation  # idempotent
        finally:
            a.close()
            b.close()
