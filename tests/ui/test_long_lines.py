"""A very long line is shown in pieces: QPlainTextEdit lays out a whole paragraph at once, and a text file of one
50 MB line held the window 22 s on opening (an outside tester, stop 54). Only what is shown changes — a space
about every 2,000 characters is drawn as a line break, with no paragraph gap — and a selection across a piece's
end stores the document's own words, space and all."""
from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.long_lines import LONG_LINE, PIECE, display_breaks, shown_text
from reader.ui.mainwindow import MainWindow
from tests.ui.test_selection import drag


@given(st.text(alphabet="ab \n\t\u00a0\u3000", max_size=30_000), st.integers(0, 3))
def test_the_shown_text_is_the_text_with_some_long_line_spaces_as_breaks(text: str, repeat: int) -> None:
    text = text * (repeat + 1)
    breaks = display_breaks(text)
    shown = shown_text(text, breaks)
    assert len(shown) == len(text)
    assert [i for i, (a, b) in enumerate(zip(text, shown)) if a != b] == breaks
    assert all(text[cut].isspace() and text[cut] != "\n" for cut in breaks)
    cuts = set(breaks)
    at = 0
    for line in text.split("\n"):  # each long line's pieces: short, or with no white space to cut at after their start
        if len(line) >= LONG_LINE:
            starts = [at] + [c + 1 for c in sorted(cuts) if at <= c < at + len(line)]
            ends = starts[1:] + [at + len(line) + 1]
            for a, b in zip(starts, ends):
                piece = text[a:b - 1]
                assert len(piece) <= PIECE or not any(ch.isspace() for ch in piece[1:]), (a, b)
        at += len(line) + 1


def test_a_long_line_opens_in_pieces_and_a_drag_across_a_piece_stores_the_words(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    line = " ".join(f"word{i}" for i in range(6_000))
    path = tmp_path / "dump.txt"
    path.write_text(f"One long line\n\n{line}\n", encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    view, text = window.text_view, record.text
    breaks = display_breaks(text)
    assert len(breaks) >= len(line) // PIECE and view.document().blockCount() == text.count("\n") + 1 + len(breaks)
    cut = breaks[3]
    first = view.document().findBlock(cut)
    def gap_below(block: object) -> float:
        return float(view.blockBoundingGeometry(block).height() - block.layout().boundingRect().height())  # type: ignore[attr-defined]

    assert gap_below(first) < 1 < gap_below(view.document().firstBlock())  # a piece goes on: no paragraph gap
    view.select_range(cut, cut)
    view.centerCursor()  # (a drag past the foot of the view scrolls it)
    start, end = text.rindex(" ", 0, cut) + 1, text.index(" ", cut + 1)
    drag(qtbot, view, start + 1, end - 1)
    qtbot.keyClick(view, Qt.Key.Key_H)
    [mark] = window.annotations
    assert mark.target.exact == text[start:end] and " " in mark.target.exact and "\n" not in mark.target.exact


def test_copy_gives_the_documents_own_words_across_a_piece(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    line = " ".join(f"word{i}" for i in range(3_000))
    path = tmp_path / "dump.txt"
    path.write_text(line, encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    view = window.text_view
    cut = display_breaks(record.text)[0]
    view.select_range(cut - 8, cut + 8)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == record.text[cut - 8:cut + 8]
