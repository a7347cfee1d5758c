"""An undo that changes a document not shown opens it, as a redo that brings a document back does: the third
Ctrl+Z (after undoing a second document's mark and its add) restored a deleted highlight in the first document
while the window showed no document at all (an outside tester, stop 55)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.anchoring import find_quote
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def test_undo_in_a_document_not_shown_opens_it(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    first = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert first is not None
    window.refresh_library()
    window.open_document(first.id)
    view, text = window.text_view, window.document.text  # type: ignore[union-attr]
    view.select_range(*find_quote(text, "Tomas Ek"))
    qtbot.keyClick(view, Qt.Key.Key_H)
    [mark] = window.annotations
    window.select_annotation(mark.id)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.annotations == []
    second = tmp_path / "second.txt"
    second.write_text("Second story\n\nAda Moe chairs the quay board.\n", encoding="utf-8")
    record = window.service.add_file(second).record  # (as File > Add files does: an undoable step)
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    window.text_view.select_range(*find_quote(window.document.text, "Ada Moe"))  # type: ignore[union-attr]
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    for _ in range(2):  # the mark on the second document, then its add: no document is shown
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document is None
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.session.document is not None and window.session.document.id == first.id
    assert [a.target.exact for a in window.annotations] == ["Tomas Ek"]
