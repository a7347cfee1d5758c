"""The index-status controller on its own: said once when the index stops or starts being writable,
a label while it is unavailable, a retry only while it is."""
from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from reader.ui.index_status import BACK, IndexStatus


class FakeService:
    def __init__(self) -> None:
        self.problem: str | None = None
        self.retries = 0

    def index_problem(self) -> str | None:
        return self.problem

    def retry_index(self) -> bool:
        self.retries += 1
        return self.problem is None


def test_said_once_each_way_and_retried_only_while_unavailable(qtbot: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.statusBar()  # (made before the window is shown, as the app's is)
    window.show()
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text) if text else None)
    service = FakeService()
    status = IndexStatus(service, window.statusBar(), window)
    status.retry()
    assert service.retries == 0 and not status.label.isVisible()
    service.problem = "The search index cannot be written (Permission denied)."
    for _ in range(3):  # three edits while it lasts
        status.check()
    assert said == [service.problem] and status.label.isVisible() and status.unavailable()
    status.retry()
    assert service.retries == 1
    service.problem = None
    status.retry()
    assert said == ["The search index cannot be written (Permission denied).", BACK]
    assert not status.label.isVisible() and not status.unavailable()


def test_a_problem_present_at_start_shows_the_label_without_repeating_the_message(qtbot: object) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.statusBar()  # (made before the window is shown, as the app's is)
    window.show()
    service = FakeService()
    service.problem = "The search index cannot be written (Read-only file system)."
    status = IndexStatus(service, window.statusBar(), window)
    assert status.label.isVisible() and window.statusBar().currentMessage() == ""
