"""Crash safety: a child process runs an annotation session against a library and is SIGKILLed at random
points — 50 times here, 1,000 with `make soak` (DOSSIER_KILLS). After each kill the library opens,
passes `PRAGMA integrity_check`, holds every acknowledged edit (an edit is acknowledged once its call
returned), the interrupted edit is all there or not at all (an import included), and after its automatic
repair the search index agrees with the store."""
from __future__ import annotations

import multiprocessing
import os
import pickle
import random
import sqlite3
from multiprocessing.connection import Connection
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.services import ReaderService
from tests.reliability.crash_session import article, session

KILLS = int(os.environ.get("DOSSIER_KILLS", "50"))


def _bundle(tmp_path: Path) -> Path:
    """A teammate's bundle: one article (travelling with the bundle) and 20 annotations on it."""
    source = tmp_path / "teammate.txt"
    source.write_text(article(random.Random(1), "A teammate's article"), encoding="utf-8")
    service = ReaderService.open(tmp_path / "teammate", annotator="teammate", isolated=False)
    record = service.add_file(source).record
    assert record is not None
    words = [(m, m + 5) for m in range(0, 400, 20)]
    for start, end in words:
        service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, start, end, note=f"teammate {start}"))
    path = tmp_path / "teammate.dossier"
    path.write_bytes(service.export("dossier", [record.id], with_documents=True))
    service.close()
    return path


def _check(folder: Path, expected: dict[str, tuple[str, bool]], intent: tuple | None, bundle_ids: set[str],
           rng: random.Random) -> tuple[int, bool]:
    """Verify the library after a kill; returns the number of acknowledged edits that were lost, and
    whether the interrupted edit had committed. Adopts what it did into `expected`."""
    library = Library.open(folder)
    try:
        with sqlite3.connect(folder / "library.sqlite3") as db:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        actual = {a.id: (a.note, a.deleted) for a in library.store.annotations(include_deleted=True)}
        op, target, after = intent if intent else (None, None, None)
        lost = 0
        for aid, state in expected.items():
            if actual.get(aid) != state and not (op in ("edit", "delete") and aid == target
                                                 and actual.get(aid) == tuple(after)):
                lost += 1
        extra = set(actual) - set(expected)
        committed = bool(extra) or (op in ("edit", "delete") and actual.get(target) == tuple(after)
                                    and expected.get(target) != tuple(after))
        if extra:  # only the interrupted edit may have added something, and all of it
            if op == "annotate":
                assert len(extra) == 1
            elif op == "import":
                assert extra == bundle_ids - set(expected), "an import was half applied"
            else:
                raise AssertionError(f"unexpected annotations after a {op}: {sorted(extra)[:3]}")
        expected.clear()
        expected.update(actual)
        live = {aid for aid, (_, deleted) in actual.items() if not deleted}
        found = {h.annotation_id for h in library.search("*", limit=10**6).hits}
        assert found == live, "the index disagrees with the store after repair"
        noted = [aid for aid in sorted(live) if actual[aid][0].startswith("crashnote")]
        for aid in rng.sample(noted, min(3, len(noted))):
            hits = library.search(f"note:{actual[aid][0]}", limit=5).hits
            assert [h.annotation_id for h in hits] == [aid]
        return lost, committed
    finally:
        library.close()


class _Report:
    """What the child said, in order: an "intent" is the edit under way until its "ack" (or, for an
    add, its "doc") arrives; an ack's stored state becomes expected."""

    def __init__(self, expected: dict[str, tuple[str, bool]]) -> None:
        self.expected = expected
        self.intent: tuple | None = None
        self.acks = 0

    def take(self, message: tuple) -> None:
        if message[0] == "intent":
            self.intent = message[1:]
            return
        if message[0] == "ack":
            self.acks += 1
            for aid, note, deleted in message[1]:
                self.expected[aid] = (note, deleted)
        self.intent = None

    def drain(self, parent: Connection) -> None:
        """Read every message the dead child left in the pipe. Under CPU load the kill can land after
        the child sent an intent, committed and acknowledged it, and started the next edit; reading
        only up to the kill would count that committed edit as lost or unexpected."""
        while parent.poll(0):
            try:
                self.take(parent.recv())
            except (EOFError, OSError, pickle.UnpicklingError):
                return


def test_sigkill_at_random_points_loses_no_acknowledged_edit(tmp_path: Path, capsys: pytest.CaptureFixture[str]
                                                           ) -> None:
    bundle = _bundle(tmp_path)
    bundle_ids = {a.id for a in read_bundle(bundle.read_bytes()).annotations}
    folder, inbox = tmp_path / "library", tmp_path / "inbox"
    inbox.mkdir()
    Library.open(folder).close()
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["reader.services", "tests.reliability.crash_session",
                                "tests.reliability.crash_preload"])  # the language model, loaded once
    rng = random.Random(2026)
    expected: dict[str, tuple[str, bool]] = {}
    acknowledged = lost = interrupted = committed = 0
    for kill in range(KILLS):
        parent, child = ctx.Pipe(duplex=False)
        process = ctx.Process(target=session, args=(str(folder), kill, child, str(bundle), str(inbox)))
        process.start()
        child.close()
        report = _Report(expected)
        for _ in range(rng.randint(1, 12)):  # run until this many edits have finished, then kill
            message = parent.recv()
            while message[0] == "intent":
                report.take(message)
                message = parent.recv()
            report.take(message)
        if rng.random() < 0.8 and parent.poll(1.0):  # usually kill while the next edit is under way
            report.take(parent.recv())
            if report.intent is not None:
                for _ in range(rng.randrange(0, 60_000)):  # a random amount of work, so the kill lands anywhere
                    pass
        process.kill()
        process.join()
        assert process.exitcode == -9
        report.drain(parent)  # what the child reported before it died counts, however late we read it
        parent.close()
        acknowledged += report.acks
        interrupted += report.intent is not None
        missing, applied = _check(folder, expected, report.intent, bundle_ids, rng)
        lost += missing
        committed += applied
    with capsys.disabled():
        print(f"\ncrash test: {KILLS} kills ({interrupted} during an edit: {committed} had committed, the rest "
              f"left no trace), {acknowledged} edits acknowledged, {lost} lost, "
              f"{sum(not d for _, d in expected.values())} annotations live at the end")
    assert lost == 0
