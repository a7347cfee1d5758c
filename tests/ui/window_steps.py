"""Steps the window tests share: add a sample or file and open it as the user would see it, select a quote, accept
a suggestion with Enter in the dock."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.model import Annotation
from annotations.suggest import Suggestion
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def open_sample(win: MainWindow, name: str = "harbour_council.txt") -> str:
    """Add `resources/samples/NAME` to the window's library, show it in the library and open it; its id."""
    return open_file(win, SAMPLES / name)


def open_file(win: MainWindow, path: Path) -> str:
    """Add the file at `path` to the window's library, show it in the library and open it; its id."""
    result = win.service.add_file(path)
    assert result.record is not None
    win.refresh_library()
    win.open_document(result.record.id)
    return result.record.id


def accept_with_enter(win: MainWindow, qtbot: QtBot, suggestion: Suggestion) -> Annotation:
    """Select `suggestion`'s row in the suggestions dock and press Enter, as the user accepts one; the one claim
    annotation the document then has."""
    table = win.suggestions_panel.table
    table.selectRow(win.suggestions.index(suggestion))
    qtbot.keyClick(table, Qt.Key.Key_Return)
    [accepted] = [a for a in win.annotations if a.claim is not None]
    return accepted


def select_quote(win: MainWindow, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Select the `occurrence`-th `quote` of the open document in the text view; its offsets."""
    assert win.document is not None
    start = -1
    for _ in range(occurrence):
        start = win.document.text.index(quote, start + 1)
    win.text_view.select_range(start, start + len(quote))
    return start, start + len(quote)
