"""An edit committed while an import runs is kept, or listed as a conflict — never silently lost.

The import (a teammate changed the note and the tags of every one of 200 annotations) runs in a thread with
its own connection; the analyst edits the note of one of those annotations from another connection in the
middle of it. Which one commits first is not left to chance: the import's write transaction is held at a
chosen point (`_hold`) until the analyst's edit has been made or has started, so each order has its own test:

- the edit lands first (the import is under way, its write transaction not yet begun): the import plans inside
  that transaction, sees the edit and keeps it, the teammate's version filed beside it as a conflict;
- the import lands first (the edit is made while the import, half written, holds the write lock): the edit
  waits for the import's commit and is made on top of the imported version, keeping the teammate's tags.

In both, every other imported annotation arrives, and undo takes the steps back one by one in the order they
committed, each giving back what was there before it.
"""
from __future__ import annotations

import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from annotations.bundle import Bundle, read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Annotation, Kind
from annotations.store_transaction import Transaction
from reader.document import load_document
from tests.built_once import copy_of
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"
COUNT = 200
WAIT_S = 120.0
"""Only a guard against a handshake that never comes (a hang becomes a failure); nothing is timed."""
WORDS = "analyst's words"


@dataclass(frozen=True)
class _Start:
    doc_id: str
    target: str
    """The annotation the analyst edits, in the middle of the import's order."""
    second: bytes
    """The teammate's bundle: every note "teammate v2", every annotation tagged "checked"."""


def _start(folder: Path) -> _Start:
    """Library B (the analyst's) holding the teammate's 200 highlights as first shared (note "v1", no tags),
    and the teammate's next bundle changing all of them."""
    a = Library.open(folder / "A")  # the teammate: only writes the two bundles, never searched or reopened,
    a.index.catch_up = lambda: True  # type: ignore[method-assign]  # so its index does not index the 200
    doc_id = a.add_document(load_document(TXT), TXT)[0].id
    text = a.document(doc_id).text
    spans = [(i % (len(text) - 20), i % (len(text) - 20) + 5) for i in range(COUNT)]
    created, _ = a.annotate_many(doc_id, [AnnotationInput(Kind.HIGHLIGHT, s, e, note="v1") for s, e in spans])
    first = a.export_bundle([doc_id], "A")
    with a.store.transaction("Teammate rewrites every note and tags every annotation") as tx:
        for ann in a.store.annotations(doc_id):
            tx.put(ann.edited("2026-12-01T00:00:00.000Z", note="teammate v2", tags=("checked",)))
    second = a.export_bundle([doc_id], "A")
    a.close()
    shutil.rmtree(folder / "A")
    b = Library.open(folder / "B")
    b.add_document(load_document(TXT), TXT)
    b.import_bundle(read_bundle(first))
    b.close()
    return _Start(doc_id, created[COUNT // 2].id, second)


def _wait(event: threading.Event, what: str) -> None:
    assert event.wait(WAIT_S), f"{what} never happened"


def _hold(library: Library, at: str, held: threading.Event, go_on: threading.Event) -> None:
    """Hold `library`'s next write transaction, saying so with `held`, until `go_on` is set: at "begin", before
    it begins (nothing planned or locked inside it yet); at "half", inside it, once half the annotations are
    written (the write lock held, nothing committed)."""
    original = library.store.transaction

    @contextmanager
    def transaction(label: str, history: bool = True) -> Iterator[Transaction]:
        library.store.transaction = original  # type: ignore[method-assign]  # only this one is held
        if at == "begin":
            held.set()
            _wait(go_on, "the analyst's edit")
        with original(label, history) as tx:
            if at == "half":
                put, annotations = tx.put, []

                def put_then_hold(record: object, *args: object, **kwargs: object) -> object:
                    stored = put(record, *args, **kwargs)  # type: ignore[arg-type]
                    if isinstance(record, Annotation):
                        annotations.append(record.id)
                        if len(annotations) == COUNT // 2:
                            held.set()
                            _wait(go_on, "the analyst's edit")
                    return stored

                tx.put = put_then_hold  # type: ignore[method-assign, assignment]
            yield tx

    library.store.transaction = transaction  # type: ignore[method-assign]


class _Import:
    """The import, in a thread of its own (with its own connection to the library), its write transaction held
    at `at` until `go_on()`."""

    def __init__(self, folder: Path, bundle: Bundle, at: str) -> None:
        self.held, self._go_on = threading.Event(), threading.Event()
        self.failures: list[BaseException] = []
        self._thread = threading.Thread(target=self._run, args=(folder, bundle, at), daemon=True)
        self._thread.start()

    def _run(self, folder: Path, bundle: Bundle, at: str) -> None:
        lib = Library.open(folder)
        try:
            _hold(lib, at, self.held, self._go_on)
            lib.import_bundle(bundle)
        except BaseException as exc:  # surfaced by the test
            self.failures.append(exc)
            self.held.set()
        finally:
            lib.close()

    def wait_until_held(self) -> None:
        _wait(self.held, "the import's held transaction")
        assert not self.failures, self.failures

    def go_on(self) -> None:
        self._go_on.set()

    def finish(self) -> None:
        self._go_on.set()
        self._thread.join(WAIT_S)
        assert not self._thread.is_alive(), "the import never finished"
        assert not self.failures, self.failures


def _notes(library: Library, doc_id: str, target: str) -> set[tuple[str, tuple[str, ...]]]:
    """The notes and tags of every annotation of the document but the analyst's."""
    return {(x.note, x.tags) for x in library.store.annotations(doc_id) if x.id != target}


def test_an_edit_landing_before_the_import_s_transaction_is_kept_and_theirs_is_a_conflict(tmp_path: Path) -> None:
    """The import is under way but has not begun its write transaction when the analyst's edit commits: the
    import must plan inside that transaction (a plan made before it would write the teammate's version over
    the edit), so it keeps the analyst's words and files the teammate's version as a conflict. Undo then
    forgets the import (the other annotations back to "v1", the conflict gone, the edit kept; importing the
    bundle again offers everything again), and a second undo takes the edit back."""
    start = copy_of("import race", _start, tmp_path)
    bundle = read_bundle(start.second)
    analyst = Library.open(tmp_path / "B")
    running = _Import(tmp_path / "B", bundle, "begin")
    try:
        running.wait_until_held()
        analyst.edit_annotation(start.target, note=WORDS)  # acknowledged: it returned
    finally:
        running.finish()

    current = analyst.annotation(start.target)
    conflicts = [c for c in analyst.conflicts() if c.ours.id == start.target]
    assert (current.note, current.tags) == (WORDS, ()), "the import wrote over the analyst's edit"
    assert [(c.ours.note, c.theirs.note, c.theirs.tags) for c in conflicts] == [(WORDS, "teammate v2", ("checked",))]
    assert len(analyst.store.annotations(start.doc_id)) == COUNT
    assert _notes(analyst, start.doc_id, start.target) == {("teammate v2", ("checked",))}

    analyst.undo()  # the import, the newer step
    assert analyst.annotation(start.target).note == WORDS and analyst.conflicts() == []
    assert _notes(analyst, start.doc_id, start.target) == {("v1", ())}
    again, _ = analyst.import_bundle(bundle, dry_run=True)
    assert (again["updated"], again["conflicts"]) == (COUNT - 1, 1)
    analyst.undo()  # the analyst's edit
    assert analyst.annotation(start.target).note == "v1"
    analyst.close()


def test_an_edit_made_while_the_import_holds_the_write_lock_lands_on_the_imported_version(tmp_path: Path) -> None:
    """The import has written half its annotations (write lock held, nothing committed) when the analyst edits
    the note of one of them: the edit waits for the import's commit, then reads the annotation inside its own
    transaction — the teammate's version — and changes only the note, so the teammate's tags stay and no
    conflict is needed. Undo takes the edit back to the teammate's version (their note again), then forgets
    the import; redo brings both back."""
    start = copy_of("import race", _start, tmp_path)
    bundle = read_bundle(start.second)
    analyst = Library.open(tmp_path / "B")
    running = _Import(tmp_path / "B", bundle, "half")
    original = analyst.store.transaction

    @contextmanager
    def release_then_begin(label: str, history: bool = True) -> Iterator[Transaction]:
        """The analyst's edit has started (read what it reads before its transaction): let the import go on,
        and begin, which waits for the import's write lock."""
        running.go_on()
        with original(label, history) as tx:
            yield tx

    try:
        running.wait_until_held()
        assert analyst.annotation(start.target).note == "v1"  # nothing of the import is visible yet
        analyst.store.transaction = release_then_begin  # type: ignore[method-assign]
        analyst.edit_annotation(start.target, note=WORDS)  # acknowledged: it returned
        analyst.store.transaction = original  # type: ignore[method-assign]
    finally:
        running.finish()

    current = analyst.annotation(start.target)
    assert (current.note, current.tags) == (WORDS, ("checked",)), "the edit was not made on the imported version"
    assert analyst.conflicts() == []
    assert len(analyst.store.annotations(start.doc_id)) == COUNT
    assert _notes(analyst, start.doc_id, start.target) == {("teammate v2", ("checked",))}

    analyst.undo()  # the analyst's edit, the newer step: the teammate's version again
    assert (analyst.annotation(start.target).note, analyst.annotation(start.target).tags) == ("teammate v2",
                                                                                               ("checked",))
    analyst.undo()  # the import
    assert _notes(analyst, start.doc_id, "") == {("v1", ())}
    analyst.redo()
    analyst.redo()
    assert (analyst.annotation(start.target).note, analyst.annotation(start.target).tags) == (WORDS, ("checked",))
    assert _notes(analyst, start.doc_id, start.target) == {("teammate v2", ("checked",))}
    analyst.close()


def test_an_edit_made_after_the_preview_is_seen_by_the_import(tmp_path: Path) -> None:
    """The import does not reuse the plan its preview showed: an edit committed between preview and import is
    seen by the import (that the import plans inside its write transaction is the first test's; this one passes
    with the plan made just before the transaction)."""
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
