"""Crash safety: a child process runs an annotation session against a library and is SIGKILLed at random
points — 50 times here, 1,000 with `make soak` (DOSSIER_KILLS). After each kill the library opens,
passes `PRAGMA integrity_check`, holds every acknowledged edit (an edit is acknowledged once its call
returned), the interrupted edit is all there or not at all, and after its automatic repair the search
index agrees with the store. Random kills seldom land inside an import, so a second test has the child
kill itself at chosen statements inside the import's write transaction: none of it may be left."""
from __future__ import annotations

import multiprocessing
import os
import pickle
import random
import sqlite3
from contextlib import closing
from multiprocessing.connection import Connection
from multiprocessing.context import ForkServerContext
from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.services import ReaderService
from tests.reliability.crash_session import article, import_killed_inside, session

KILLS = int(os.environ.get("DOSSIER_KILLS", "50"))


def _context() -> ForkServerContext:
    """The processes the tests kill are forked from a server that has the app and the language model
    loaded, once."""
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["reader.services", "tests.reliability.crash_session",
                                "tests.reliability.crash_preload"])  # the language model, loaded once
    return ctx


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
        with closing(sqlite3.connect(folder / "library.sqlite3")) as db:  # (sqlite3's own "with" commits, not closes)
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
    ctx = _context()
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


KILL_POINTS: tuple[tuple[str, int], ...] = (
    ("revisions", 1),  # the import's first write
    ("documents", 1),  # the teammate's document
    ("annotations", 1), ("annotations", 2), ("annotations", 10), ("annotations", 20),  # first, second, middle, last
    ("provenance", 1),  # the record of what the import took
    ("history", 2),  # its undo entry
    ("COMMIT", 1),  # its commit, about to run
)
"""Statements inside the import's write transaction (the `n`-th that writes `table`) at which its process
kills itself. Importing the 20 annotations of `_bundle` into a library without them writes each table at least
this often (checked at the end of the test)."""


def _analyst_library(folder: Path, inbox: Path) -> dict[str, tuple[str, bool]]:
    """A library holding the analyst's own article with three annotations, one with a note; their states."""
    source = inbox / "analyst.txt"
    source.write_text(article(random.Random(3), "The analyst's article"), encoding="utf-8")
    service = ReaderService.open(folder, annotator="analyst", isolated=False)
    try:
        record = service.add_file(source).record
        assert record is not None
        made = [service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, s + 5, note=note))[0]
                for s, note in ((0, ""), (40, "crashnote analyst"), (80, ""))]
        return {a.id: (a.note, a.deleted) for a in made}
    finally:
        service.close()


def _dump(folder: Path) -> list[str]:
    """The whole database as SQL, after `PRAGMA integrity_check` (opening it recovers from the WAL)."""
    with closing(sqlite3.connect(folder / "library.sqlite3")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return list(db.iterdump())


def _import_in_child(ctx: ForkServerContext, folder: Path, bundle: Path, kill_at: tuple[str, int] | None
                     ) -> tuple[list[tuple], int | None]:
    """Everything the importing child said, and how it ended."""
    parent, child = ctx.Pipe(duplex=False)
    process = ctx.Process(target=import_killed_inside, args=(str(folder), child, str(bundle), kill_at))
    process.start()
    child.close()
    messages = []
    while True:
        try:
            messages.append(parent.recv())
        except EOFError:  # the child exited or was killed: its end of the pipe is closed
            break
    parent.close()
    process.join()
    return messages, process.exitcode


def test_sigkill_inside_an_import_leaves_none_of_it(tmp_path: Path) -> None:
    """The random kills above seldom land inside an import's transaction (it is a small part of a session, and
    once one import has committed, importing the same bundle again changes nothing), so an import saved
    piecemeal — some annotations committed, others not — went unseen. Here the importing process SIGKILLs
    itself just before chosen statements inside the write transaction run (`KILL_POINTS`), with dirty pages
    already spilled to the WAL: after each kill the database must be exactly as before it (dumped and
    compared), hold every acknowledged edit, and its repaired index agree with it. Then the same import,
    left to finish, brings all 20 annotations — so each kill interrupted a real import."""
    bundle = _bundle(tmp_path)
    bundle_ids = {a.id for a in read_bundle(bundle.read_bytes()).annotations}
    folder = tmp_path / "library"
    expected = _analyst_library(folder, tmp_path)
    ctx = _context()
    rng = random.Random(2027)
    for kill_at in KILL_POINTS:
        before = _dump(folder)
        messages, exitcode = _import_in_child(ctx, folder, bundle, kill_at)
        assert exitcode == -9 and len(messages) == 2, f"the import finished without reaching {kill_at}: {messages}"
        intent, (_, table, n, in_transaction, wal_bytes) = messages
        assert intent == ("intent", "import", None, None) and (table, n) == kill_at and in_transaction
        assert wal_bytes > 0 or kill_at == KILL_POINTS[0], f"at {kill_at} no page of the import was in the WAL yet"
        assert _dump(folder) == before, f"a kill at {kill_at} left part of the import in the library"
        lost, committed = _check(folder, expected, intent[1:], bundle_ids, rng)
        assert lost == 0 and not committed
    messages, exitcode = _import_in_child(ctx, folder, bundle, None)
    assert exitcode == 0 and [m[0] for m in messages] == ["intent", "ack", "written"], messages
    written = messages[2][1]
    assert all(written.get(table, 0) >= n for table, n in KILL_POINTS), written
    assert {aid for aid, _, _ in messages[1][1]} == bundle_ids
    lost, committed = _check(folder, expected, ("import", None, None), bundle_ids, rng)
    assert lost == 0 and committed
    assert bundle_ids <= set(expected)
