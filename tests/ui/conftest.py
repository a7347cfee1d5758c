"""UI tests drive the real widgets offscreen; every test here is marked `gui`."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.services import ReaderService


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def window(qtbot: object, library_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator["MainWindow"]:  # noqa: F821
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow
    from reader.ui.ops import SyncRunner

    service = ReaderService.open(library_dir, annotator="Trainer", isolated=False)
    win = MainWindow(service, runner=SyncRunner(service))  # slow work inline: tests see its result at once
    qtbot.addWidget(win, before_close_func=lambda _: monkeypatch.setattr(  # type: ignore[attr-defined]
        "reader.ui.mainwindow.keep_or_lose_notes", lambda *_: True))  # (notes a test left refused would make
    # the close ask what becomes of them, and wait for an answer)
    win.resize(1400, 880)
    win.show()
    yield win
    service.close()
