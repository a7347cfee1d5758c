"""An edit committed while a large import runs is kept, or listed as a conflict — never silently lost.

The import (6,000 annotations changed by a teammate) runs in a thread with its own connection; the
analyst edits one of those annotations from another connection meanwhile. Whichever commits first, the
analyst's words end up in the library: as the current version, or as ours in a conflict.
"""
from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
COUNT = 6_000


def test_an_edit_during_a_6000_annotation_import_is_kept_or_a_conflict(tmp_path: Path) -> None:
    a = Library.open(tmp_path / "A")  # the teammate: only writes the two bundles, never searched or reopened,
    a.index.catch_up = lambda: True  # type: ignore[method-assign]  # so its index does not index the 6,000 (~5 s)
    doc_id = a.add_document(load_document(TXT), TXT)[0].id
    text = a.document(doc_id).text
    spans = [(i % (len(text) - 20), i % (len(text) - 20) + 5) for i in range(COUNT)]
    created, _ = a.annotate_many(doc_id, [AnnotationInput(Kind.HIGHLIGHT, s, e, note="v1") for s, e in spans])
    first = a.export_bundle([doc_id], "A")
    with a.store.transaction("Teammate rewrites every note") as tx:
        for ann in a.store.annotations(doc_id):
            tx.put(ann.edited("2026-12-01T00:00:00.000Z", note="teammate v2"))
    second = read_bundle(a.export_bundle([doc_id], "A"))
    a.close()

    b = Library.open(tmp_path / "B")
    b.add_document(load_document(TXT), TXT)
    b.import_bundle(read_bundle(first))
    b.close()
    target = created[COUNT // 2].id

    started = threading.Event()
    failures: list[BaseException] = []

    def run_import() -> None:
        lib = Library.open(tmp_path / "B")
        try:
            started.set()
            lib.import_bundle(second)
        except BaseException as exc:  # surfaced below
            failures.append(exc)
        finally:
            lib.close()

    worker = threading.Thread(target=run_import)
    analyst = Library.open(tmp_path / "B")
    worker.start()
    started.wait()
    analyst.edit_annotation(target, note="analyst's words")  # acknowledged: it returned
    worker.join()
    assert not failures, failures

    current = analyst.annotation(target)
    conflicts = [c for c in analyst.conflicts() if c.ours.id == target]
    if conflicts:  # the edit landed first: the import saw it and kept it, theirs filed beside it
        assert current.note == "analyst's words" and conflicts[0].theirs.note == "teammate v2"
    else:  # the import landed first: the edit was made on top of the imported version
        assert current.note == "analyst's words"
    others = [x for x in analyst.store.annotations(doc_id) if x.id != target]
    assert len(others) == COUNT - 1 and {x.note for x in others} == {"teammate v2"}
    analyst.close()


def test_the_plan_is_made_inside_the_write_transaction(tmp_path: Path, monkeypatch: object) -> None:
    """Deterministic half of the race: an edit committed between preview and import is seen by the import."""
    a = Library.open(tmp_path / "A")
    doc_id = a.add_document(load_document(TXT), TXT)[0].id
    s = a.document(doc_id).text.index("Oslo")
    mark, _ = a.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, s + 4, note="v1"))
    b = Library.open(tmp_path / "B")
    b.add_document(load_document(TXT), TXT)
    b.import_bundle(read_bundle(a.export_bundle([doc_id], "A")))
    a.edit_annotation(mark.id, note="theirs")
    bundle = read_bundle(a.export_bundle([doc_id], "A"))
    preview, _ = b.import_bundle(bundle, dry_run=True)
    assert preview["updated"] == 1
    other = Library.open(tmp_path / "B")  # another window edits after the preview was shown
    other.edit_annotation(mark.id, note="mine, typed while the preview was open")
    counts, _ = b.import_bundle(bundle)
    assert counts["updated"] == 0 and counts["conflicts"] == 1
    assert b.annotation(mark.id).note == "mine, typed while the preview was open"
    assert replace(b.conflicts()[0].theirs).note == "theirs"
    for lib in (a, b, other):
        lib.close()
