"""Noticing what another window or process changed in the same library: every 2 s (and when the window
is activated) the service is asked whether the library's data version moved; if it did, the worker
brings the search index up to date and `changed` is emitted for the window to redraw. A small
controller the window composes; it knows the service and the runner, not the widgets."""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from annotations.errors import DossierError
from reader.services import ReaderService
from reader.ui.ops import Runner

POLL_MS = 2000


class LibraryWatch(QObject):
    changed = Signal()  # another window or process changed the library
    polled = Signal()  # after every poll (an unwritable index retries on it)

    def __init__(self, service: ReaderService, runner: Runner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service, self.runner = service, runner
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._timer.start(POLL_MS)

    def stop(self) -> None:
        self._timer.stop()

    busy_adding = 0
    """Files this window is adding on its own connection (AddFilesTask): their commits are not news from
    another window, so polls wait until the add is done (issue 15)."""

    def poll(self) -> bool:
        """True once per change made elsewhere (then `changed` was emitted)."""
        if self.busy_adding or self.runner.writing():  # this window's own writes, in its worker or job process
            return False
        try:
            changed = self.service.changed_elsewhere(catch_up=False)
        except DossierError:
            changed = False
        if changed:  # the index is caught up on the worker: waiting for another writer's lock here would freeze
            self.runner.run_op(lambda job: job.in_process("catch_up_index"), lambda _: None,
                               "Updating the search index")
            self.changed.emit()
        self.polled.emit()
        return changed
