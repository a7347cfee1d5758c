"""A library that is read-only when the window opens (a read-only mount, a snapshot; simulated where the library
asks, `os.statvfs`, as tests run as root): it opened as if writable — no word of it, the Note field took a
paragraph and refused it only at the autosave, in two boxes (an outside tester, stop 53). Now the window says so
at once and the Inspector shows the annotation without taking typing."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.unwritable import read_only_mount
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, str]]:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow

    folder = tmp_path / "lib"
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(record.text, "Tomas Ek")
    note, _ = service.annotate(record.id, AnnotationInput(Kind.NOTE, s, e, note="Chairman since 2019."))
    trashed = service.add_file(SAMPLES / "field_notes.md").record  # one document in the trash
    assert trashed is not None
    service.remove_document(trashed.id)
    service.close()
    read_only_mount(monkeypatch, folder)
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    assert service.read_only()
    win = MainWindow(service)
    qtbot.addWidget(win)  # type: ignore[attr-defined]
    win.show()
    win.open_document(record.id, note.id)
    yield win, note.id
    service.close()


def test_the_window_says_at_once_that_nothing_can_be_stored(window: tuple[Any, str]) -> None:
    win, _ = window
    label = win.statusBar().findChild(QLabel, "read-only-library")
    assert label is not None and label.isVisible() and "read-only" in label.toolTip()
    assert "read-only" in win.hint.text() and "cannot be stored" in win.hint.text()
    assert not win.undo_action.isEnabled()  # the note's step was offered, and refused only when pressed
    assert win.undo_action.toolTip() == "Undo is not available: this library is read-only"  # (not "Nothing to undo")


def test_the_inspector_shows_the_note_but_takes_no_typing(qtbot: Any, window: tuple[Any, str]) -> None:
    win, note_id = window
    inspector = win.inspector
    assert inspector.annotation_id() == note_id and inspector.note.toPlainText() == "Chairman since 2019."
    inspector.note.setFocus()
    qtbot.keyClick(inspector.note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(inspector.note, " A paragraph of analysis.")
    qtbot.keyClicks(inspector.tags, "checked")
    qtbot.wait(1000)  # past the 0.7 s autosave: nothing to store, nothing refused
    assert inspector.note.toPlainText() == "Chairman since 2019." and inspector.tags.text() == ""
    assert not inspector.status.isEnabled() and not inspector.type_box.isEnabled()
    assert getattr(win, "last_error", None) is None
    win.select_annotation(None)
    win.select_annotation(note_id)  # shown again: still not editable
    assert inspector.note.isReadOnly() and not inspector.type_box.isEnabled()


def test_adding_importing_and_removing_are_refused_before_anything(window: tuple[Any, str], tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """An add copied the file into the library's files/ before it was refused; Import and Remove asked their
    question first (an outside tester on the fixes, stop 53). Each is refused at once, in one message."""
    from PySide6.QtWidgets import QMessageBox

    win, _ = window
    files = win.service.folder / "files"
    before = sorted(p.name for p in files.iterdir())
    asked: list[object] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Yes)
    source = tmp_path / "new.txt"
    source.write_text("A new article\n\nIt says something new.\n", encoding="utf-8")
    assert win.library.add_files([str(source)]) is None
    assert "read-only" in win.last_error
    win.last_error = None
    win.library.import_file(str(source))
    assert "read-only" in win.last_error
    win.last_error = None
    win.remove_action.trigger()
    assert "read-only" in win.last_error and not asked
    assert sorted(p.name for p in files.iterdir()) == before and win.document is not None


def test_properties_and_restore_are_refused_before_their_dialogs(window: tuple[Any, str]) -> None:
    """Document > Properties… opened and refused only at OK (the title already retyped), and the Trash's Restore
    was live and refused only when clicked, while every other edit refused at once (an outside tester, stop 62)."""
    from PySide6.QtWidgets import QListWidget, QPushButton

    from tests.ui.test_menus import menu_action

    win, _ = window
    win.last_error = None
    menu_action(win, "&Document", "Properties").trigger()
    assert "read-only" in (win.last_error or "") and getattr(win, "properties_dialog", None) is None
    menu_action(win, "&File", "Trash").trigger()
    items = win.library.trash_dialog.findChild(QListWidget)
    assert items.count() == 1 and items.item(0).data(Qt.ItemDataRole.UserRole)
    items.item(0).setSelected(True)  # the removed document chosen: Restore stays off, and says why
    restore = win.library.trash_dialog.findChild(QPushButton)
    assert restore.text() == "Restore" and not restore.isEnabled() and "read-only" in restore.toolTip()
    win.library.trash_dialog.close()
