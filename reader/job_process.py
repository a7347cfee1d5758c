"""The job process: heavy service calls (rebuilding the index, importing, exporting, suggesting) run in
a process of their own, spawned once and kept, with its own connection to the library — SQLite WAL
lets it read and write beside the app, and the search index has one writer at a time. A thread is not
enough for them: a long C call (a regex over a whole article, a compression, a sort) holds Python's
GIL, and the app's UI thread would wait for it. The caller only waits for the answer; arguments and
results (bytes, `Changes`, counts, suggestions) travel pickled. Qt-free: the child never loads Qt."""
from __future__ import annotations

import atexit
import gc
import importlib
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from reader.parent_watch import end_when_orphaned
from reader.services import ReaderService

_CHILD_SERVICES: dict[tuple[str, bool], ReaderService] = {}
"""In the job process: one service per library, kept between calls (a bundle read for the import's
preview is not read again for the merge; the suggestion lists load once)."""


_CALLING = threading.Lock()
"""Held in the job process while a call runs: the parent's watch (`_watch_parent`) lets a call end first."""
PARENT_POLL_S = 2.0


def _watch_parent(parent: int) -> None:
    """The job process's initializer: a thread that ends the process once the app that started it is gone (killed:
    it cannot say so), after the call in progress — an orphan kept ~300 MB and the library's database open for
    good (an outside tester, stop 52). The pool's own pipes never tell: the process holds both of their ends."""
    end_when_orphaned(parent, PARENT_POLL_S, 0, first=_CALLING)  # the call in progress ends (and commits) first


def _call_in_child(folder: str, isolated: bool, annotator: str, method: str, args: tuple[Any, ...],
                   kwargs: dict[str, Any], library_id: str | None = None) -> tuple[str, Any]:
    """Runs in the job process: ("ok", result) or ("error", (module, class name, args, attributes)). `library_id`:
    the library the app has open (another one found at its folder is refused: `Store.open`)."""
    with _CALLING:
        return _call_locked(folder, isolated, annotator, method, args, kwargs, library_id)


def _call_locked(folder: str, isolated: bool, annotator: str, method: str, args: tuple[Any, ...],
                 kwargs: dict[str, Any], library_id: str | None) -> tuple[str, Any]:
    try:
        service = _CHILD_SERVICES.get((folder, isolated))
        if service is None:
            service = _CHILD_SERVICES[(folder, isolated)] = ReaderService.open(folder, annotator, isolated,
                                                                               same_as=library_id)
            atexit.register(service.close)
        service.annotator = annotator
        gc.disable()  # (its own process: a collection here stops nobody, but it costs the job time)
        try:
            return "ok", getattr(service, method)(*args, **kwargs)
        finally:
            gc.enable()
    except Exception as exc:  # sent back whole: the UI thread reports it (and its type still matters)
        return "error", (type(exc).__module__, type(exc).__qualname__, exc.args, dict(vars(exc)))


def _rebuilt(module: str, name: str, args: tuple[Any, ...], attributes: dict[str, Any]) -> BaseException:
    """The job process's exception, of its own class, without calling its __init__ (AnswerKeyError
    takes other arguments than its message)."""
    cls: Any = importlib.import_module(module)
    for part in name.split("."):
        cls = getattr(cls, part)
    exc = cls.__new__(cls)
    exc.args = args
    exc.__dict__.update(attributes)
    return exc


class JobStopped(RuntimeError):
    """A call refused: the job process was stopped for good (the window closing) or the job was cancelled."""


def _new_pool() -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_watch_parent, initargs=(os.getpid(),))


class JobProcess:
    """The job process, started on first use (spawned: forking a process with Qt's threads is unsafe)."""

    def __init__(self, folder: Path, isolated: bool, library_id: str | None = None) -> None:
        self.folder, self.isolated, self.library_id = str(folder), isolated, library_id
        self._pool: ProcessPoolExecutor | None = None
        self._stopped = False
        self._lock = threading.Lock()  # a call starting a process and a kill ending it never cross

    def warm_up(self, annotator: str) -> None:
        """Start the process now and let it open the library (a cold start imports the whole core: seconds
        on a slow machine), without waiting: the first real job then starts at once."""
        with self._lock:
            if self._pool is None and not self._stopped:
                self._pool = _new_pool()
                self._pool.submit(_call_in_child, self.folder, self.isolated, annotator, "messages", (), {},
                                  self.library_id)

    def call(self, annotator: str, method: str, args: tuple[Any, ...], kwargs: dict[str, Any],
             cancelled: Callable[[], bool] = lambda: False) -> Any:
        """`method` of the library's service in the process (started here if there is none: after a kill, a
        new one). Refused once stopped, and for a job already cancelled: a cancelled job that goes on calling
        must not start the process again (its Cancel killed the call it was waiting for)."""
        with self._lock:
            if self._stopped:
                raise JobStopped("the job process was stopped (the window is closing)")
            if cancelled():
                raise JobStopped("the job was cancelled")
            if self._pool is None:
                self._pool = _new_pool()
            future = self._pool.submit(_call_in_child, self.folder, self.isolated, annotator, method, args, kwargs,
                                       self.library_id)
        status, value = future.result()
        if status == "error":
            raise _rebuilt(*value)
        return value

    def kill(self) -> None:
        """End the process now (a call in progress raises in its caller): SQLite rolls back its open
        transaction, the search index (derived) catches up later. The next call starts a new process (a
        person who cancelled a large accept or an import goes on working)."""
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            for process in list(getattr(pool, "_processes", {}).values()):  # no public kill before 3.14
                process.kill()
            pool.shutdown(wait=False, cancel_futures=True)

    def stop(self) -> None:
        """The window is closing: end the process now and refuse every later call."""
        with self._lock:
            self._stopped = True
        self.kill()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
