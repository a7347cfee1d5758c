"""Workshop > Compare trainees with an answer key… ran the comparison on the window's thread: a class of three
trainees of ~1,000 marks held the window ~1.5 s with no progress shown (a workshops tester, stop 62; a larger class
longer). It runs on the worker now, as exports and imports do, and the exercise window shows when it is done."""
from __future__ import annotations

import threading
from pathlib import Path

import pytest

from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from reader.ui.ops import ThreadRunner
from tests.ui.test_ops import threaded  # noqa: F401  (the fixture: a window with the app's own runner)
from tests.ui.test_workshop import _bundles


def test_the_comparison_runs_on_the_worker_and_then_shows(threaded: MainWindow, qtbot: object,  # noqa: F811
                                                          tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert isinstance(threaded.runner, ThreadRunner)
    key_path, trainees = _bundles(tmp_path)
    ran_on: list[threading.Thread] = []
    compare = ReaderService.compare_exercise

    def spying(self: ReaderService, *args: object, **kwargs: object) -> object:
        ran_on.append(threading.current_thread())
        return compare(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(ReaderService, "compare_exercise", spying)
    assert threaded.workshop.show_comparison(key_path, trainees) is None  # not shown yet: the worker has it
    qtbot.waitUntil(lambda: threaded.workshop.comparison is not None  # type: ignore[attr-defined]
                    and threaded.workshop.comparison.isVisible(), timeout=60_000)
    assert ran_on and ran_on[0] is not threading.main_thread()
    window = threaded.workshop.comparison
    assert [row.cells[0] for row in window.class_model.rows()][:2] == ["Ana", "Ben"]


def test_a_broken_bundle_is_said_from_the_worker(threaded: MainWindow, qtbot: object,  # noqa: F811
                                                 tmp_path: Path) -> None:
    key_path, _ = _bundles(tmp_path)
    bad = tmp_path / "bad.dossier"
    bad.write_bytes(b"nope")
    errors: list[str] = []
    threaded.runner.failed.connect(errors.append)
    assert threaded.workshop.show_comparison(key_path, [bad]) is None
    qtbot.waitUntil(lambda: bool(errors), timeout=60_000)  # type: ignore[attr-defined]
    assert errors[0].startswith("bad.dossier: This is not a .dossier bundle")
    assert threaded.workshop.comparison is None
