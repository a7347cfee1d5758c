"""Whether the search index can be written, said once when that changes: a status-bar message, and a
permanent label while search is unavailable. Edits are stored either way (see `annotations.index`).
A small controller the window composes: it knows the service and the status bar, nothing else."""
from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QStatusBar

UNAVAILABLE = "Search unavailable: the index cannot be written"
BACK = "The search index can be written again; it has caught up."


class IndexHealth(Protocol):
    """What the controller asks of the service."""

    def index_problem(self) -> str | None: ...
    def retry_index(self) -> bool: ...


class IndexStatus(QObject):
    def __init__(self, service: IndexHealth, status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.status_bar = status_bar
        self.label = QLabel(UNAVAILABLE)
        status_bar.addPermanentWidget(self.label)
        self.problem = service.index_problem()  # at start the library's messages (this one too) were shown
        self.label.setVisible(self.problem is not None)

    def unavailable(self) -> bool:
        return self.problem is not None

    def check(self) -> None:
        """After an edit or a job: say it if the index stopped, or started again, being writable."""
        problem = self.service.index_problem()
        if problem == self.problem:
            return
        self.status_bar.showMessage(problem if problem is not None else BACK, 15000 if problem else 5000)
        self.label.setVisible(problem is not None)
        self.problem = problem

    def retry(self) -> None:
        """From the window's poll: an unwritable index tries to catch up (the service limits how often)."""
        if self.problem is not None:
            self.service.retry_index()
            self.check()
