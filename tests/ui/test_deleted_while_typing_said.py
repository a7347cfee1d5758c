"""Another window (or the command line) deletes the note being typed into: the window brings it back with the words
typed and keeps the deletion as a conflict, and says so ("It was deleted while you typed … it is back with your words,
and the deletion waits in File > Merge conflicts…"). That line was replaced at once by "Updated with changes made in
another window.": the reader saw a conflict chip and no word of why (an outside tester on the window's core loop).
What the refresh itself said now stays."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from reader.ui.ops import SyncRunner
from tests.conftest import SAMPLES


@pytest.fixture
def services(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[ReaderService, ReaderService]]:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    ours, theirs = (ReaderService.open(tmp_path / "lib", annotator=name, isolated=False) for name in ("Ana", "Ben"))
    yield ours, theirs
    ours.close()
    theirs.close()


def test_a_note_deleted_elsewhere_while_typed_says_it_is_back(qtbot: QtBot, services: tuple[ReaderService, ReaderService]
                                                              ) -> None:
    ours, theirs = services
    win = MainWindow(ours, runner=SyncRunner(ours))
    qtbot.addWidget(win)
    win.show()
    record = ours.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    start = record.text.index("Tomas Ek")
    note, _ = ours.annotate(record.id, AnnotationInput(Kind.NOTE, start, start + len("Tomas Ek"), note="Chairman"))
    win.refresh_library()
    win.open_document(record.id, note.id)
    field = win.inspector.note
    field.setFocus()
    field.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(field, " since 2019")  # (no pause: not stored yet)
    theirs.delete_annotation(note.id)
    assert win.check_external_changes()
    assert ours.annotations(record.id)[0].note == "Chairman since 2019"  # (back, with the words typed)
    assert win.statusBar().currentMessage().startswith("It was deleted while you typed")
