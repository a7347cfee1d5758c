"""Document > Remove… asks about the document it will remove, by name: it removes the Library's current row, which
the arrow keys move without opening it, while the question said only "Move this document and its annotations to
the trash?" — with one article open and another row current, the analyst agreed to remove the article they were
reading and lost sight of the other one (an outside tester on the window). Once removed, the status bar says where
it went (the view emptied with nothing said)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_file

NEWS = Path(__file__).parent.parent / "data" / "news-html"


def test_remove_names_the_document_it_removes(window: MainWindow, qtbot: QtBot,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    reading = open_file(window, NEWS / "bbc.com.52241221.html")
    other = open_file(window, NEWS / "cbsnews.com.carolina.html")
    window.open_document(reading)
    table = window.library_panel.table
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # the next row is current; the article read stays open
    assert window.library_panel.current_id() == other and window.document is not None \
        and window.document.id == reading
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    window.remove_action.trigger()
    title = window.service.document(other).title
    assert len(asked) == 1 and f"“{title}”" in asked[0]
    assert {d.id for d in window.service.documents()} == {reading, other}  # answered No: nothing removed


def test_the_status_bar_says_where_the_removed_document_went(window: MainWindow,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    reading = open_file(window, NEWS / "bbc.com.52241221.html")
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    window.remove_action.trigger()
    assert window.document is None
    said = window.statusBar().currentMessage()
    assert f"“{window.service.document(reading).title}” was moved to the trash" in said and "Ctrl+Z" in said
