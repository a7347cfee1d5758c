"""Child processes that end when the process that started them is gone. A `kill -9` (or a crash) cannot tell its
children, and pipes do not either while a child is busy or holds both their ends: the job process lived on for good
with ~300 MB and the library's database open (stop 52), the document worker went on parsing for up to its minute
(stop 56). A thread watches the parent's id (a dead parent's children are handed to another process) — not a death
signal, which follows the thread that started the child, and that thread may end while the app goes on."""
from __future__ import annotations

import os
import signal
import threading
import time
from contextlib import AbstractContextManager, nullcontext


def end_when_orphaned(parent: int, poll_s: float, exit_code: int,
                      first: AbstractContextManager[object] | None = None) -> None:
    """In the child: a daemon thread that ends this process with `exit_code` once its parent is no longer `parent`,
    looking every `poll_s` seconds; holding `first` (a lock a call in progress holds: it ends, and commits, first).
    A Ctrl+C in the terminal reaches every process of its group: the child leaves it to its parent, which ends it (the
    job process died of it with a KeyboardInterrupt traceback while the app went on; an outside tester)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(poll_s)  # (its own thread in the child: nothing waits on it)
        with first or nullcontext():
            os._exit(exit_code)

    threading.Thread(target=watch, name="dossier-parent-watch", daemon=True).start()
