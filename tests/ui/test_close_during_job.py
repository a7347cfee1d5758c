"""Closing the window while a slow job runs (issue 13, found by a tester: the window sat frozen up to
23 s with no message). A preview or an export is stopped at once (thrown away anyway); an import that is
writing is let finish under a "Finishing the import…" dialog whose Cancel stops it (the job process is
ended: its open transaction rolls back). The library opens intact afterwards."""
from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog

from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from reader.ui.ops import Job, ThreadRunner
from tests.conftest import SAMPLES
from tests.ui.test_menus import _bundle, menu_action
from tests.ui.test_ops import threaded  # noqa: F401  (the fixture: a window with the app's own runner)


def _until_cancelled(started: threading.Event) -> Callable[[Job], str]:
    """A job body that only ends when it is cancelled (what a long export looks like to the runner)."""
    def run(job: Job) -> str:
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.02)  # (on the worker thread: the test itself never sleeps)
        return "ended"
    return run


def test_closing_stops_the_job_process_at_once(threaded: MainWindow, qtbot: object) -> None:  # noqa: F811
    """A job waiting on the job process (an export, a preview) is not waited for: the process is ended,
    the call in progress raises on the worker, the job's result is thrown away."""
    started, stopped, delivered = threading.Event(), [], []  # type: ignore[var-annotated]

    def exporting(job: Job) -> str:
        for _ in range(2000):  # one call after another, as a long export is one long call
            try:
                job.in_process("messages")
            except Exception as exc:  # the process was ended under it
                stopped.append(exc)
                return "stopped"
            started.set()
        return "ran to the end"

    threaded.runner.run_op(exporting, delivered.append, "Exporting")
    assert started.wait(120)  # (the job process's cold start: seconds on a busy machine)
    threaded.close()
    assert stopped and delivered == []


def test_closing_during_an_export_stops_it_at_once(threaded: MainWindow, qtbot: object,  # noqa: F811
                                                    library_dir: Path) -> None:
    record = threaded.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    started, delivered = threading.Event(), []  # type: ignore[var-annotated]
    job = threaded.runner.run_op(_until_cancelled(started), delivered.append, "Exporting")
    assert started.wait(30)
    threaded.close()  # returns once the job has stopped: it is not waited for to the end
    assert job.cancelled() and delivered == []
    assert not any(d.isVisible() for d in threaded.findChildren(QProgressDialog))
    again = ReaderService.open(library_dir, annotator="Trainer", isolated=False)
    try:
        assert [d.id for d in again.documents()] == [record.id]
    finally:
        again.close()


def test_closing_during_an_import_shows_finishing_and_cancel_stops_it(threaded: MainWindow,  # noqa: F811
                                                                      qtbot: object) -> None:
    started, delivered = threading.Event(), []
    job = threaded.runner.run_op(_until_cancelled(started), delivered.append, "Importing",
                                 finishing="Finishing the import")
    assert started.wait(30)
    runner = threaded.runner
    assert isinstance(runner, ThreadRunner)
    seen: list[str] = []

    def press_cancel() -> None:  # the person, in front of the "Finishing the import…" dialog
        dialog = runner.finishing
        if dialog is not None and dialog.isVisible() and not seen:
            seen.append(dialog.labelText())
            button = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"][0]
            button.click()

    from PySide6.QtWidgets import QPushButton

    clicker = QTimer()
    clicker.timeout.connect(press_cancel)
    clicker.start(20)
    threaded.close()
    clicker.stop()
    assert seen and seen[0].startswith("Finishing the import…")
    assert job.cancelled() and delivered == []
    assert runner.finishing is None


def test_closing_during_an_import_that_ends_lets_it_finish(threaded: MainWindow, qtbot: object) -> None:  # noqa: F811
    """Nobody presses Cancel: the import finishes (the dialog said so meanwhile) and delivers."""
    started, release, delivered = threading.Event(), threading.Event(), []

    def importing(job: Job) -> str:
        started.set()
        release.wait(30)
        return "imported"

    threaded.runner.run_op(importing, delivered.append, "Importing", finishing="Finishing the import")
    assert started.wait(30)
    runner = threaded.runner
    assert isinstance(runner, ThreadRunner)
    seen: list[str] = []

    def finish_when_shown() -> None:
        if runner.finishing is not None and runner.finishing.isVisible() and not seen:
            seen.append(runner.finishing.labelText())
            release.set()

    watcher = QTimer()
    watcher.timeout.connect(finish_when_shown)
    watcher.start(20)
    threaded.close()
    watcher.stop()
    assert seen and seen[0].startswith("Finishing the import…")
    qtbot.waitUntil(lambda: delivered == ["imported"])  # type: ignore[attr-defined]


def test_closing_right_after_a_real_import_leaves_all_or_nothing(threaded: MainWindow,  # noqa: F811
                                                                  qtbot: object, tmp_path: Path,
                                                                  library_dir: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The real path: File > Import, Yes, then the window closes and the person cancels the finishing
    dialog. Whatever moment the process is stopped at, the library is whole: all of the bundle or none."""
    path, annotation_id = _bundle(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    runner = threaded.runner
    assert isinstance(runner, ThreadRunner)
    runner.warm_up()
    menu_action(threaded, "&File", "Import").trigger()  # the preview, then Yes, then the import: all on the worker

    def press_cancel() -> None:
        if runner.finishing is not None and runner.finishing.isVisible():
            runner.finishing.canceled.emit()  # (what its Cancel button emits)

    clicker = QTimer()
    clicker.timeout.connect(press_cancel)
    clicker.start(20)
    threaded.close()
    clicker.stop()
    again = ReaderService.open(library_dir, annotator="Trainer", isolated=False)
    try:
        documents = again.documents()
        assert len(documents) in (0, 1)
        if documents:
            assert again.resolve_annotation(annotation_id).creator == "Ines"
    finally:
        again.close()


def test_cancelling_a_writing_job_leaves_the_job_process_for_the_next_one(threaded: MainWindow,  # noqa: F811
                                                                          qtbot: object) -> None:
    """(An outside tester, stop 51: cancelling a large accept ended the job process for the rest of the session —
    every later Suggest, export and preview failed with "the job process was stopped".) The person presses the
    progress dialog's Cancel while a writing job waits on the job process: that call is ended, the job makes no more
    calls, and the next Suggest from the menu starts a new process and shows its suggestions."""
    from PySide6.QtWidgets import QPushButton

    started, calls, delivered, failures = threading.Event(), [], [], []  # type: ignore[var-annotated]
    threaded.runner.failed.connect(failures.append)

    def accepting(job: Job) -> str:
        while True:  # one batch after another in the job process, as a large accept
            try:
                calls.append(job.in_process("messages"))
            except Exception:  # its process ended under it, or a call refused once cancelled
                return "stopped"
            started.set()

    job = threaded.runner.run_op(accepting, delivered.append, "Accepting", cancellable=True,
                                 finishing="Finishing the accept")
    assert started.wait(120)  # (the job process's cold start: seconds on a busy machine)

    def shown() -> list[QProgressDialog]:
        return [d for d in threaded.findChildren(QProgressDialog) if d.isVisible() and d.labelText() == "Accepting…"]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)  # type: ignore[attr-defined]
    [b for b in shown()[0].findChildren(QPushButton) if b.text() == "Cancel"][0].click()
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=30_000)  # type: ignore[attr-defined]
    assert job.cancelled() and delivered == [] and failures == []
    made = len(calls)
    record = threaded.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    threaded.refresh_library()
    threaded.open_document(record.id)
    threaded.suggest_action.trigger()
    qtbot.waitUntil(lambda: len(threaded.suggestions) > 0 or bool(failures), timeout=120_000)  # type: ignore[attr-defined]
    assert failures == [] and len(calls) == made
