"""File > Export's Save can be cancelled: its progress dialog had no Cancel and a briefing pack of a long book ran
14 s (an outside tester, stop 52). Cancel ends the export and writes nothing; the dialog stays for another try."""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton

from reader.ui.mainwindow import MainWindow
from reader.ui.ops import Job
from tests.ui.test_ops import threaded  # noqa: F401  (the fixture: a window with the app's own runner)
from tests.ui.window_steps import open_sample


def test_cancel_during_an_export_writes_nothing(threaded: MainWindow, qtbot: object, tmp_path: Path,  # noqa: F811
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    open_sample(threaded, "harbour_council.txt")
    dialog = threaded.library.export()
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=60_000)  # type: ignore[attr-defined]  # the preview
    started, failures = threading.Event(), []  # type: ignore[var-annotated]
    threaded.runner.failed.connect(failures.append)
    real = Job.in_process

    def slow(job: Job, method: str, *args: Any, **kwargs: Any) -> Any:
        if method == "export":  # a long export: it goes on until the job is cancelled
            started.set()
            while not job.cancelled():
                threading.Event().wait(0.02)  # (on the worker thread: the test itself never sleeps)
        return real(job, method, *args, **kwargs)

    monkeypatch.setattr(Job, "in_process", slow)
    target = tmp_path / "brief.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save()
    assert started.wait(60)

    def shown() -> list[QProgressDialog]:
        return [d for d in threaded.findChildren(QProgressDialog) if d.isVisible() and d.labelText() == "Exporting…"]

    qtbot.waitUntil(lambda: bool(shown()), timeout=10_000)  # type: ignore[attr-defined]
    [b for b in shown()[0].findChildren(QPushButton) if b.text() == "Cancel"][0].click()
    qtbot.waitUntil(lambda: not threaded.runner.busy(), timeout=30_000)  # type: ignore[attr-defined]
    assert not target.exists() and failures == [] and dialog.isVisible()
