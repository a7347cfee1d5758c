"""Files being added in the background, as a big folder is (an outside tester, stop 57): each file added is a step
of its own, so Ctrl+Z pressed after a mark took back the file added last, not the mark — Undo now waits until the
add is done. And a window closed while two adds ran aborted the process ("QThread: Destroyed while thread is still
running"): closing now lets every add stop after the file it is on."""
from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from reader.services_files import AddResult, FileService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_menus import menu_action
from tests.ui.test_selection import drag

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Adding a file whose name holds "held" waits until the event is set (a slow file, read in the background)."""
    release = threading.Event()
    real = FileService.add_file

    def add_file(self: FileService, path: str | Path) -> AddResult:
        if "held" in Path(path).name:
            release.wait(60)
        return real(self, path)

    monkeypatch.setattr(FileService, "add_file", add_file)
    yield release
    release.set()


def _folder(tmp_path: Path, name: str, count: int) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    for i in range(count):
        (folder / f"file-{i}{'-held' if i == 1 else ''}.txt").write_text(
            f"Report {name} {i}: the port authority met Ana Lima on Monday about berth {i}.\n", encoding="utf-8")
    return folder


def _add(window: MainWindow, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in sorted(folder.iterdir())],
                                                                          ""))
    menu_action(window, "&File", "Add files").trigger()


def test_undo_waits_for_the_add_and_never_takes_back_a_file_for_the_mark(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        held: threading.Event) -> None:
    harbour = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert harbour is not None
    window.refresh_library()
    window.open_document(harbour.id)
    _add(window, monkeypatch, _folder(tmp_path, "folder", 4))
    qtbot.waitUntil(lambda: len(window.service.documents()) == 2)  # the first file is in; the second is being read
    assert window.library.adding()
    view = window.text_view
    start = harbour.text.index("Tomas Ek")
    drag(qtbot, view, start, start + len("Tomas Ek"))
    qtbot.keyClick(view, Qt.Key.Key_1)  # a mark made while the folder is added
    assert not window.undo_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert len(window.service.annotations(harbour.id)) == 1  # the mark stays
    assert len(window.service.documents()) == 2  # the harbour article and the first file: nothing taken back
    assert "waits until the files being added are in" in window.undo_action.toolTip()
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):
        held.set()
    assert window.undo_action.isEnabled() and window.undo_action.text().startswith("Undo Add")
    assert len(window.service.documents()) == 5


def test_closing_the_window_while_two_adds_run_lets_both_stop_after_their_file(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        held: threading.Event) -> None:
    _add(window, monkeypatch, _folder(tmp_path, "first", 6))
    _add(window, monkeypatch, _folder(tmp_path, "second", 6))
    qtbot.waitUntil(lambda: sum(t.isRunning() for t in window.library._tasks) == 2)
    tasks = list(window.library._tasks)
    QTimer.singleShot(300, held.set)  # the file each is on is read a moment later, while the window closes
    window.close()
    assert not any(t.isRunning() for t in tasks)  # both stopped before the window went (no abort)
    assert len(window.service.documents()) < 12  # each stopped after its file: the rest were never added


def test_esc_cancels_the_add_as_its_cancel_button_does(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch,
                                                       held: threading.Event) -> None:
    """Esc hid the "Adding documents…" box and the add went on, with no Cancel left to press (a tester on the
    fixes, stop 57)."""
    from PySide6.QtWidgets import QProgressDialog

    _add(window, monkeypatch, _folder(tmp_path, "folder", 6))
    qtbot.waitUntil(lambda: any(d.isVisible() for d in window.findChildren(QProgressDialog)), timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):
        held.set()
    assert len(window.service.documents()) < 6
    assert "Cancelled:" in window.statusBar().currentMessage()
