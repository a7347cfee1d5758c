"""One operation runner for slow library work (exports, bundle import, suggestions, reindexing, library
search): `run_op(fn, on_done)` runs `fn` on a single worker thread that owns its own connection to the
library (SQLite connections stay on the thread that opened them), then calls `on_done(result)` on the
UI thread. Jobs run one at a time, in order. Progress and Cancel show after a short delay; every error
goes to one place, the `failed` signal. `SyncRunner` runs the same jobs inline, for tests.

The heaviest calls (rebuilding the index, importing, exporting, suggesting) go one step further:
`job.in_process("reindex")` runs the service method in a job process of its own (spawned once, with its
own connection to the library: SQLite WAL lets it read and write beside us, and the index has one
writer at a time). A thread is not enough for them: a long C call (a regex over a whole article, a
compression, a sort) holds Python's GIL, and the UI thread waits for it however the work is split.
The worker thread only waits for the answer, without the GIL; the answer (bytes, `Changes`, counts)
comes back pickled."""
from __future__ import annotations

import gc
import logging
import queue
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, QThread, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from annotations.errors import DossierError, os_error_message
from reader.job_process import JobProcess
from reader.services import ReaderService

log = logging.getLogger(__name__)
SHOW_PROGRESS_AFTER_MS = 400
LARGE_STEP_BYTES = 100_000
"""An undo or redo step whose stored records take this much (~120 annotations, ~0.2 s) runs in the job process:
thousands of records take tens of seconds, most of it the search index's update, which would freeze the window."""
LARGE_ACCEPT = 100
"""Accepting this many suggestions at once runs in the job process (~3 ms each, the index update included)."""


@dataclass
class Job:
    """One operation: what `fn` gets to work with on the worker thread."""

    fn: Callable[[Job], Any]
    on_done: Callable[[Any], None]
    label: str
    cancellable: bool = False
    finishing: str | None = None
    """A job that writes to the library (an import): closing the window lets it finish under a progress
    dialog of this label, whose Cancel rolls it back. None: the job is thrown away when the window closes."""
    _service: ReaderService | None = field(default=None, repr=False)
    _abort: Callable[[], None] | None = field(default=None, repr=False)
    _cancelled: bool = False
    _report: Callable[[int, int], None] | None = field(default=None, repr=False)
    _in_process: Callable[[str, tuple[Any, ...], dict[str, Any]], Any] | None = field(default=None, repr=False)

    @property
    def service(self) -> ReaderService:
        """The service (and connection) of the thread the job runs on."""
        assert self._service is not None, "the runner sets the service before running the job"
        return self._service

    def progress(self, done: int, total: int) -> None:
        if self._report is not None:
            self._report(done, total)

    def in_process(self, method: str, *args: Any, **kwargs: Any) -> Any:
        """`service.<method>(*args, **kwargs)` in the job process (the app's runner), or inline on the
        job's service (SyncRunner). Arguments and the result must pickle."""
        if self._in_process is None:
            return getattr(self.service, method)(*args, **kwargs)
        return self._in_process(method, args, kwargs)

    def cancel(self) -> None:
        self._cancelled = True

    def abort(self) -> None:
        """Cancel, and stop the work now: a call in the job process is ended with the process (its open
        transaction rolls back, nothing half-written stays); a job on the worker thread sees `cancelled()`."""
        self._cancelled = True
        if self._abort is not None:
            self._abort()

    def cancelled(self) -> bool:
        return self._cancelled


def describe(exc: BaseException, label: str) -> str:
    """The one sentence a person sees for a failed operation."""
    if isinstance(exc, DossierError):
        return exc.message
    if isinstance(exc, OSError):
        return f"{label} failed: {os_error_message(exc)}"
    return f"{label} failed unexpectedly ({type(exc).__name__}: {exc})."


class ProgressDialog(QProgressDialog):
    """A job's progress that leaves the keyboard where it was. Shown over someone's typing, an activated dialog took
    the keys typed into the search field or a note after it came up, and they were lost with it (an outside tester,
    stop 54); Qt's "show without activating" is not honoured by every platform. Cancel is a click."""

    def setVisible(self, visible: bool) -> None:
        typing = QApplication.focusWidget() if visible else None
        super().setVisible(visible)
        if typing is not None and typing.window() is not self and typing.isVisible():
            typing.window().activateWindow()
            typing.setFocus()


def progress_took_focus() -> bool:
    """Whether a progress dialog is the active window: the moment it shows, before it hands the keyboard back. A
    field left then is not left by the person (its half-typed speaker or tags were stored as edits of their own)."""
    return isinstance(QApplication.activeWindow(), ProgressDialog)


class Runner(QObject):
    """The interface the window uses; `failed` carries every error message of every job."""

    failed = Signal(str)
    idle = Signal()

    def run_op(self, fn: Callable[[Job], Any], on_done: Callable[[Any], None], label: str = "Working",
               cancellable: bool = False, finishing: str | None = None, quiet: bool = False) -> Job:
        """Run `fn` off the UI thread, then `on_done(result)` on it. A progress dialog titled `label` shows after
        `SHOW_PROGRESS_AFTER_MS` (Cancel if `cancellable`), none if `quiet` (the caller shows its own state);
        `finishing`: the job writes to the library, and a closing window lets it finish under that label."""
        raise NotImplementedError

    def busy(self) -> bool:
        return False

    def writing(self) -> bool:
        """Whether a job that writes to the library (`finishing`) is queued or running: its commits are this
        window's own, not news from another window."""
        return False

    def warm_up(self) -> None:
        """Get ready for the heavy jobs (the app's runner starts its job process)."""

    def close(self) -> None:
        """Stop taking jobs; wait for the running one (the worker's connection is closed on its thread)."""


class SyncRunner(Runner):
    """Runs each job at once on the calling thread with the window's own service (tests, scripts).
    DossierError and OSError go to `failed` as in the app; anything else is raised (a bug)."""

    def __init__(self, service: ReaderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service

    def run_op(self, fn: Callable[[Job], Any], on_done: Callable[[Any], None], label: str = "Working",
               cancellable: bool = False, finishing: str | None = None, quiet: bool = False) -> Job:
        job = Job(fn, on_done, label, cancellable, finishing, _service=self.service)
        try:
            result = fn(job)
        except (DossierError, OSError) as exc:
            self.failed.emit(describe(exc, label))
            return job
        on_done(result)
        self.idle.emit()
        return job


class _Worker(QThread):
    """The one thread that runs jobs; it opens its own service on first use and closes it at the end."""

    finishedJob = Signal(object, object, object)  # job, result, exception (or None)
    progressed = Signal(object, int, int)  # job, done, total

    def __init__(self, opener: Callable[[], ReaderService], process: JobProcess | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._opener = opener
        self._process = process
        self.jobs: queue.Queue[Job | None] = queue.Queue()
        self.current: Job | None = None  # the job running now (read by the UI thread when the window closes)

    def run(self) -> None:
        service: ReaderService | None = None
        try:
            while (job := self.jobs.get()) is not None:
                try:
                    if service is None:
                        service = self._opener()
                    job._service = service
                    job._report = lambda done, total, j=job: self.progressed.emit(j, done, total)
                    if self._process is not None:
                        job._in_process = (lambda method, args, kwargs, p=self._process, s=service, j=job:
                                           p.call(s.annotator, method, args, kwargs, j.cancelled))
                        job._abort = self._process.kill
                    self.current = job
                    self.finishedJob.emit(job, None if job.cancelled() else _without_gc(job), None)
                except BaseException as exc:  # every error is reported to the UI thread, none lost here
                    self.finishedJob.emit(job, None, exc)
                finally:
                    self.current = None
        finally:
            if self._process is not None:
                self._process.close()
            if service is not None:
                service.close()


def _without_gc(job: Job) -> Any:
    """Run a job with Python's cyclic garbage collector paused. A full collection while a job builds
    thousands of objects stops every thread, the UI thread too, for 200-350 ms each time (measured on
    10,000 annotations); afterwards only the young generations are collected (a few ms)."""
    gc.disable()
    try:
        return job.fn(job)
    finally:
        gc.enable()
        gc.collect(1)


class ThreadRunner(Runner):
    """Jobs on one worker thread with its own connection to `service`'s library."""

    def __init__(self, service: ReaderService, parent: QWidget | None = None, processes: bool = True) -> None:
        super().__init__(parent)
        self._parent = parent
        self.service = service
        self._pending = 0
        self._writing = 0
        self._dialogs: dict[int, ProgressDialog] = {}
        self._escapes: dict[int, QShortcut] = {}
        """Esc for a cancellable job's dialog while it shows (the dialog hands the keys back to the window)."""
        self._jobs: dict[int, Job] = {}
        self.finishing: QProgressDialog | None = None  # shown while a closing window lets an import finish
        self._process = JobProcess(service.folder, service.isolated, service.library_id) if processes else None
        self._worker = _Worker(self._open_twin, self._process, self)
        self._worker.finishedJob.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._progressed, Qt.ConnectionType.QueuedConnection)

    def _open_twin(self) -> ReaderService:
        return self.service.twin()

    def run_op(self, fn: Callable[[Job], Any], on_done: Callable[[Any], None], label: str = "Working",
               cancellable: bool = False, finishing: str | None = None, quiet: bool = False) -> Job:
        job = Job(fn, on_done, label, cancellable, finishing)
        annotator = self.service.annotator  # the person may have changed it in Settings

        def with_annotator(j: Job) -> Any:
            j.service.annotator = annotator
            return fn(j)

        job.fn = with_annotator
        self._pending += 1
        self._writing += bool(finishing)
        if not quiet:  # (a search typed or re-run under someone's typing shows its own state, no dialog)
            self._dialogs[id(job)] = self._progress_dialog(job)
        self._jobs[id(job)] = job
        if not self._worker.isRunning():  # started on first use: most windows in tests never need it
            self._worker.start()
        self._worker.jobs.put(job)
        return job

    def _progress_dialog(self, job: Job) -> ProgressDialog:
        dialog = ProgressDialog(f"{job.label}…", "Cancel" if job.cancellable else "", 0, 0, self._parent)
        dialog.setWindowTitle("Dossier")
        # QProgressDialog's own minimumDuration only counts from a setValue() (a busy job has none: it
        # showed after its built-in 4 s); a timer of ours shows it after 0.4 s whatever the job reports.
        # The timer belongs to the dialog: a job done sooner deletes both, nothing shows.
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, dialog, lambda: self._show_if_running(job))
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if job.cancellable:  # a job that writes to the library is stopped at once: its transaction rolls back
            dialog.canceled.connect(job.abort if job.finishing else job.cancel)
        else:
            dialog.setCancelButton(None)
        return dialog

    def _show_if_running(self, job: Job) -> None:
        dialog = self._dialogs.get(id(job))
        if dialog is not None and not job.cancelled():
            dialog.forceShow()
            if job.cancellable and isinstance(self._parent, QWidget):  # the keys stay with the window, so Esc is
                escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self._parent)  # the window's while it shows
                escape.activated.connect(dialog.canceled.emit)  # (as its Cancel button does; `cancel()` emits nothing)
                self._escapes[id(job)] = escape

    def _close_dialog(self, job: Job) -> None:
        escape = self._escapes.pop(id(job), None)
        if escape is not None:
            escape.setEnabled(False)
            escape.deleteLater()
        dialog = self._dialogs.pop(id(job), None)
        if dialog is not None:
            if job.cancellable:
                dialog.canceled.disconnect(job.abort if job.finishing else job.cancel)  # closing it emits `canceled`
            dialog.close()
            dialog.deleteLater()

    def _progressed(self, job: Job, done: int, total: int) -> None:
        dialog = self._dialogs.get(id(job))
        if dialog is not None:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))

    def _finished(self, job: Job, result: Any, exc: BaseException | None) -> None:
        self._jobs.pop(id(job), None)
        cancelled = job.cancelled()  # read first: closing a progress dialog emits its `canceled`
        self._close_dialog(job)
        self._pending -= 1
        self._writing -= bool(job.finishing)
        try:
            if exc is not None and not cancelled:  # a cancelled job's end (its process stopped) is no error
                if not isinstance(exc, (DossierError, OSError)):
                    log.error("%s failed", job.label, exc_info=(type(exc), exc, exc.__traceback__))
                self.failed.emit(describe(exc, job.label))
            elif not cancelled:
                job.on_done(result)
        finally:
            if self._pending == 0:
                self.idle.emit()

    def busy(self) -> bool:
        return self._pending > 0

    def writing(self) -> bool:
        return self._writing > 0

    def warm_up(self) -> None:
        """Start the job process in the background (the app calls this once its window shows), and let the worker
        thread open its connection and load what the first search reads: the first search of a session took 3 s,
        later ones 0.1 (an outside tester, stop 57)."""
        if self._process is not None:
            self._process.warm_up(self.service.annotator)
        self.run_op(lambda job: job.service.warm_up_search(), lambda _result: None, "Getting ready", quiet=True)

    def close(self) -> None:
        """The window closes: jobs still queued are dropped; the running one is stopped at once (a preview,
        an export, a search: thrown away anyway) unless it writes to the library (an import), which is let
        finish under a progress dialog whose Cancel stops it (its transaction rolls back)."""
        running = self._worker.current
        for job in list(self._jobs.values()):
            if job is not running:
                job.cancel()
            self._close_dialog(job)
        if running is not None and running.finishing and not running.cancelled():
            self._let_finish(running)
        elif running is not None:
            running.abort()
            if self._process is not None:
                self._process.stop()  # (nothing more starts it: the window is closing)
        if self._worker.isRunning():
            self._worker.jobs.put(None)
            self._worker.wait()

    def _let_finish(self, job: Job) -> None:
        """A modal "Finishing the import…" until the job ends or the person cancels it."""
        dialog = QProgressDialog(f"{job.finishing}…\nCancel stops it: nothing half-written is kept.", "Cancel",
                                 0, 0, self._parent)
        dialog.setWindowTitle("Dossier")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        loop = QEventLoop()
        dialog.canceled.connect(job.abort)
        dialog.canceled.connect(loop.quit)
        poll = QTimer()
        poll.timeout.connect(lambda: loop.quit() if self._worker.current is not job else None)
        poll.start(50)
        self.finishing = dialog
        dialog.show()
        if self._worker.current is job:
            loop.exec()
        poll.stop()
        dialog.canceled.disconnect(job.abort)
        dialog.canceled.disconnect(loop.quit)
        dialog.close()
        dialog.deleteLater()
        self.finishing = None
