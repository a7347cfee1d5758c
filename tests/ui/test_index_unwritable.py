"""The search index stops being writable mid-session (read-only folder; see tests/unwritable.py for how
that is simulated as root): edits made with the keyboard are stored once, the status bar says so once,
search says it is unavailable, no retry storm, and the index catches up once it can be written again."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.unwritable import ReadOnlyIndex

import pytest


def _mark(window: MainWindow, qtbot: object, quote: str, key: Qt.Key) -> None:
    assert window.document is not None
    start = window.document.text.index(quote)
    window.text_view.select_range(start, start + len(quote))
    qtbot.keyClick(window.text_view, key)  # type: ignore[attr-defined]


def test_edits_are_stored_once_and_the_index_catches_up(window: MainWindow, qtbot: object, library_dir: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    said: list[str] = []
    window.statusBar().messageChanged.connect(lambda text: said.append(text))
    window.service.library.index.retry_seconds = 0  # let the window's 2 s poll try again every time
    read_only = ReadOnlyIndex(monkeypatch, library_dir / "index")

    _mark(window, qtbot, "Tomas Ek", Qt.Key.Key_1)
    _mark(window, qtbot, "Northern Water Authority", Qt.Key.Key_2)
    stored = window.service.annotations(record.id)
    assert sorted(a.target.exact for a in stored) == ["Northern Water Authority", "Tomas Ek"]  # each once
    assert len(window.annotations) == 2 and len(window.text_view.marks()) == 2
    assert read_only.attempts <= 4  # one attempt per edit, no loop of retries
    assert sum("search index cannot be written" in m for m in said) == 1  # said once
    assert window.index_status.label.isVisible()
    window.navigation.search("entity:ek")
    assert "Search is unavailable" in window.search_panel.summary.text()

    read_only.read_only = False  # writable again: the poll (a real 2 s timer) catches the index up
    qtbot.waitUntil(lambda: not window.index_status.label.isVisible(), timeout=15_000)  # type: ignore[attr-defined]
    assert any("caught up" in m for m in said)
    assert [h.annotation_id for h in window.service.search("entity:ek").hits] == \
        [a.id for a in stored if a.target.exact == "Tomas Ek"]
