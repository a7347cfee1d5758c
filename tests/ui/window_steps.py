"""Steps the window tests share: add a sample and open it as the user would see it, select a quote."""
from __future__ import annotations

from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def open_sample(win: MainWindow, name: str = "harbour_council.txt") -> str:
    """Add `resources/samples/NAME` to the window's library, show it in the library and open it; its id."""
    result = win.service.add_file(SAMPLES / name)
    assert result.record is not None
    win.refresh_library()
    win.open_document(result.record.id)
    return result.record.id


def select_quote(win: MainWindow, quote: str, occurrence: int = 1) -> tuple[int, int]:
    """Select the `occurrence`-th `quote` of the open document in the text view; its offsets."""
    assert win.document is not None
    start = -1
    for _ in range(occurrence):
        start = win.document.text.index(quote, start + 1)
    win.text_view.select_range(start, start + len(quote))
    return start, start + len(quote)
