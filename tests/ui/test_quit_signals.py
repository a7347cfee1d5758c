"""Ctrl+C in the terminal that started the app (SIGINT), or a plain `kill` (SIGTERM): the app went on running and
printed two KeyboardInterrupt tracebacks, its job process's and its own, from whatever Python slot ran next — the job
process then dead — and SIGTERM ended it at once, the speaker or tag line typed and not yet left lost with it (an
outside tester running the app as a subprocess). Each signal now closes the window as File > Quit does: what is typed
is stored first; the app's child processes leave a Ctrl+C to the app."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.quit_signals import close_on_signals
from tests.ui.window_steps import open_sample, select_quote


@pytest.fixture
def handlers_kept() -> Iterator[None]:
    """The test process's own handlers, back after the test."""
    before = {sig: signal.getsignal(sig) for sig in (signal.SIGINT, signal.SIGTERM)}
    yield
    signal.set_wakeup_fd(-1)
    for sig, handler in before.items():
        signal.signal(sig, handler)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_signal_closes_the_window_storing_the_speaker_typed(window: MainWindow, qtbot: QtBot, handlers_kept: None,
                                                              sig: signal.Signals) -> None:
    doc = open_sample(window)
    select_quote(window, "the barrier could cut the catch")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    claim = window.session.selected
    assert claim is not None
    qtbot.keyClicks(window.inspector.speaker, "Tomas Ek")  # (still in the field: not stored yet)
    close_on_signals(window)
    os.kill(os.getpid(), sig)
    qtbot.waitUntil(lambda: not window.isVisible())
    stored = window.service.annotations(doc)[0]
    assert stored.id == claim and stored.claim is not None and stored.claim.speaker_id is not None
    assert window.service.entity(stored.claim.speaker_id).name == "Tomas Ek"  # type: ignore[union-attr]


def test_the_job_process_leaves_a_ctrl_c_to_the_app() -> None:
    """Its initializer, run in a child as the pool runs it: a SIGINT there is ignored, not a traceback."""
    code = ("import os, signal\n"
            "from reader.job_process import _watch_parent\n"
            "_watch_parent(os.getppid())\n"
            "os.kill(os.getpid(), signal.SIGINT)\n"  # (a signal to itself is handled before the next line runs)
            "print('still here')\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          cwd=os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    assert done.stdout.strip() == "still here" and "KeyboardInterrupt" not in done.stderr
