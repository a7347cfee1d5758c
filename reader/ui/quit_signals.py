"""SIGINT (Ctrl+C in the terminal that started the app) and SIGTERM (`kill`, a session ending) close the window as
File > Quit does, so what is typed and not yet stored — a note before its pause, a speaker or a tag line not yet left
— is stored first. Before, Ctrl+C printed a KeyboardInterrupt traceback from whatever Python slot ran next and the app
went on, and SIGTERM ended it at once (an outside tester running the app as a subprocess).

Python runs a signal's handler only when it next runs Python code, and Qt's event loop runs none while idle: the
signal also writes a byte to a socket Qt watches (`signal.set_wakeup_fd`), which wakes the loop at once."""
from __future__ import annotations

import signal
import socket

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtWidgets import QWidget


def close_on_signals(window: QWidget) -> None:
    """From now on SIGINT and SIGTERM close `window` (its close may still ask about typing it cannot store)."""
    wake, woken = socket.socketpair()
    for end in (wake, woken):
        end.setblocking(False)
    signal.set_wakeup_fd(wake.fileno())
    notifier = QSocketNotifier(woken.fileno(), QSocketNotifier.Type.Read, window)

    def drain() -> None:  # (Python runs the handler itself as this slot runs)
        try:
            woken.recv(256)
        except OSError:
            pass

    notifier.activated.connect(drain)
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: QTimer.singleShot(0, window.close))
    window._quit_signal_ends = (wake, woken, notifier)  # type: ignore[attr-defined]  # (kept open with the window)
