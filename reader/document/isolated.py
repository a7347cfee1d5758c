"""Open documents in a child process with a time and memory cap.

MuPDF and lxml have had crafted-file crashes and files that hang extraction for hours. Here the
parsing happens in one long-lived worker process (started with `spawn`, so no threads or Qt state are
inherited); if it runs past the time limit it is killed and restarted, if it dies the file is refused.
Either way the caller gets a `DocumentError`, and our own process is never at risk.
"""
from __future__ import annotations

import multiprocessing as mp
import multiprocessing.connection
import os
from pathlib import Path
from typing import Any

from annotations.errors import DocumentError
from reader.document.formats import DEFAULT_LIMITS, Limits
from reader.document.textmodel import Document
from reader.parent_watch import end_when_orphaned


ORPHAN_CHECK_S = 0.5
"""How often the worker looks whether the process that started it is still there."""
ORPHAN_EXIT = 3
"""The worker's exit status when it ended because the process that started it was gone."""


def _serve(conn: multiprocessing.connection.Connection, memory_mb: int, parent: int | None = None) -> None:
    """Worker loop: receive (path, limits), answer ("ok", Document) or ("error", message)."""
    if parent is not None:  # after a `kill -9` of `add` it went on parsing for up to its minute (stop 56)
        end_when_orphaned(parent, ORPHAN_CHECK_S, ORPHAN_EXIT)
    try:
        import resource

        cap = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ImportError, ValueError, OSError):
        pass
    from reader.document.loader import load_document

    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        path, limits = request
        try:
            conn.send(("ok", load_document(path, limits)))
        except DocumentError as exc:
            conn.send(("error", exc.message))
        except MemoryError:
            conn.send(("error", f"“{Path(path).name}” needs more memory than one document may use."))
        except Exception:  # anything else from a parser is the file's fault, not ours; no internal names
            conn.send(("error", f"“{Path(path).name}” is damaged or in a form Dossier cannot read."))


class DocumentWorker:
    """A child process that opens documents one at a time. Not thread-safe: one owner."""

    def __init__(self, limits: Limits = DEFAULT_LIMITS) -> None:
        self.limits = limits
        self._process: Any = None
        self._conn: multiprocessing.connection.Connection | None = None

    def _start(self) -> multiprocessing.connection.Connection:
        ctx = mp.get_context("spawn")
        parent, child = ctx.Pipe()
        self._process = ctx.Process(
            target=_serve, args=(child, self.limits.memory_mb, os.getpid()), daemon=True,
            name="dossier-document-worker"
        )
        self._process.start()
        child.close()
        self._conn = parent
        return parent

    def load(self, path: str | Path, timeout: float | None = None) -> Document:
        """Load `path` in the worker; DocumentError on refusal, time-out or a crash of the parser."""
        conn = self._conn if self._conn is not None and self._process.is_alive() else self._start()
        name = Path(path).name
        seconds = self.limits.seconds if timeout is None else timeout
        conn.send((str(path), self.limits))
        try:
            ready = conn.poll(seconds)
        except (EOFError, OSError):
            ready = False
        if not ready:
            self.close()
            raise DocumentError(f"“{name}” took longer than {seconds:.0f} s to open and was refused.")
        try:
            status, payload = conn.recv()
            assert status == "error" or isinstance(payload, Document)
        except (EOFError, OSError):
            self.close()
            raise DocumentError(
                f"“{name}” made the document reader crash; it is damaged or hostile and was refused."
            ) from None
        if status == "error":
            raise DocumentError(payload)
        return payload

    def close(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._process = None
        self._conn = None

    def __enter__(self) -> DocumentWorker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def load_isolated(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Open one file in a fresh worker (for one-off use; keep a DocumentWorker for many files)."""
    if os.environ.get("DOSSIER_IN_PROCESS") == "1":
        from reader.document.loader import load_document

        return load_document(path, limits)
    with DocumentWorker(limits) as worker:
        return worker.load(path)
