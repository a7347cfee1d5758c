"""The open document moved to the trash — by Document > Remove… or by another process — left the Inspector showing
one of its annotations, enabled: words typed there were stored into a document nobody could see, and the next
Ctrl+Z undid that edit instead of bringing the document back (an outside tester, stop 53). The Inspector now
empties; typing not yet stored is stored first (kept with the annotation in the trash), and the window says where
the document went."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow


@pytest.fixture
def setup(window: MainWindow) -> tuple[object, str, str]:
    """The conftest window on a library with one article and one note, open at the note."""
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(record.text, "Tomas Ek")
    note, _ = window.service.annotate(record.id, AnnotationInput(Kind.NOTE, s, e, note="First words."))
    window.refresh_library()
    window.open_document(record.id, note.id)
    return window, record.id, note.id


def _type(qtbot: object, window: object, words: str) -> None:
    field = window.inspector.note  # type: ignore[attr-defined]
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(field, words)  # type: ignore[attr-defined]


def _stored_note(window: object, note_id: str) -> str:
    return window.service.library.annotation(note_id).note  # type: ignore[attr-defined,no-any-return]


def test_remove_by_the_menu_stores_the_typing_first_and_empties_the_inspector(
        qtbot: object, setup: tuple[object, str, str], monkeypatch: pytest.MonkeyPatch) -> None:
    window, doc_id, note_id = setup
    _type(qtbot, window, " Typed before the removal.")  # the 0.7 s autosave has not fired
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.remove_action.trigger()  # type: ignore[attr-defined]
    assert window.document is None  # type: ignore[attr-defined]
    inspector = window.inspector  # type: ignore[attr-defined]
    assert inspector.annotation_id() is None and not inspector.note.isEnabled() and not inspector.tags.isEnabled()
    assert _stored_note(window, note_id) == "First words. Typed before the removal."
    assert window.service.undo_label().startswith("Remove “")  # type: ignore[attr-defined]  # not the typing
    window.undo_action.trigger()  # type: ignore[attr-defined]
    assert [d.id for d in window.service.documents()] == [doc_id]  # type: ignore[attr-defined]


def test_removed_by_another_process_the_inspector_empties_and_the_window_says_so(
        qtbot: object, setup: tuple[object, str, str]) -> None:
    window, doc_id, note_id = setup
    _type(qtbot, window, " Typed while the CLI removed it.")
    other = ReaderService.open(window.service.folder, annotator="Ana", isolated=False)  # type: ignore[attr-defined]
    try:
        other.remove_document(doc_id)  # the command line's `remove`
    finally:
        other.close()
    assert window.check_external_changes()  # type: ignore[attr-defined]  # the window's 2 s poll
    inspector = window.inspector  # type: ignore[attr-defined]
    assert window.document is None and inspector.annotation_id() is None  # type: ignore[attr-defined]
    assert not inspector.note.isEnabled()
    assert _stored_note(window, note_id) == "First words. Typed while the CLI removed it."  # kept, in the trash
    said = window.statusBar().currentMessage()  # type: ignore[attr-defined]
    assert "moved to the trash" in said and "Undo takes that back first" in said  # (the typing is the newest step:
    window.undo_action.trigger()  # type: ignore[attr-defined]  # the first Ctrl+Z takes it back, the second
    window.undo_action.trigger()  # type: ignore[attr-defined]  # brings the document back; an outside tester)
    assert [d.id for d in window.service.documents()] == [doc_id]  # type: ignore[attr-defined]
