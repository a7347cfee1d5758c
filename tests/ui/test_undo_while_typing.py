"""Edit > Undo while the cursor is still in an Inspector field (issue 13, found by a tester): typing not
yet stored is stored first, the undo takes it back, the field shows the stored value and nothing is
written back when the focus leaves it. Real key events, real pauses past the note's autosave (700 ms)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotations.model import Kind
from reader.services import AnnotationInput, ReaderService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_menus import menu_action
from tests.ui.test_typing import SETTLE_MS, _focus, _open, _press, _select, _type


def _note(window: MainWindow, document_id: str) -> str:
    return window.service.annotations(document_id)[0].note


def test_undo_with_the_note_focused_shows_the_undone_note_and_keeps_it(window: MainWindow, qtbot: object) -> None:
    doc = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    assert window.inspector.note.hasFocus()
    _type(qtbot, window, "chairman")
    qtbot.waitUntil(lambda: _note(window, doc) == "chairman", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    _type(qtbot, window, " of the coop")
    qtbot.waitUntil(lambda: _note(window, doc) == "chairman of the coop", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    window.undo_action.trigger()  # Edit > Undo; the cursor stays in the note
    assert window.inspector.note.hasFocus()
    assert _note(window, doc) == "chairman"
    assert window.inspector.note.toPlainText() == "chairman"  # the field shows what is stored
    assert window.redo_action.isEnabled()
    _focus(qtbot, window, window.text_view)  # the focus leaves the note: nothing is written back
    qtbot.wait(1000)  # type: ignore[attr-defined]  # past the autosave interval
    assert _note(window, doc) == "chairman"
    window.redo_action.trigger()
    assert _note(window, doc) == "chairman of the coop"
    assert window.inspector.note.toPlainText() == "chairman of the coop"


def test_undo_before_the_autosave_stores_the_typing_then_undoes_it(window: MainWindow, qtbot: object) -> None:
    doc = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    _type(qtbot, window, "chairman")
    qtbot.waitUntil(lambda: _note(window, doc) == "chairman", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    _type(qtbot, window, " of the coop")
    window.undo_action.trigger()  # at once, before the autosave: the typing is stored, then undone
    assert _note(window, doc) == "chairman"
    assert window.inspector.note.toPlainText() == "chairman"
    window.redo_action.trigger()  # the typing was not lost: redo brings it back
    assert _note(window, doc) == "chairman of the coop"
    assert window.inspector.note.toPlainText() == "chairman of the coop"


def test_undo_with_speaker_or_tags_focused_shows_the_stored_value(window: MainWindow, qtbot: object) -> None:
    doc = _open(window, "harbour_council.txt")
    _select(window, "Nobody has shown us a single study of what happens to the fish")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_C)
    assert window.inspector.speaker.hasFocus()
    _type(qtbot, window, "Tomas Ek")
    window.undo_action.trigger()  # stores the speaker (pending typing), then undoes it
    [claim] = window.service.annotations(doc)
    assert claim.claim is not None and claim.claim.speaker_id is None
    assert window.inspector.speaker.text() == ""
    _focus(qtbot, window, window.inspector.tags)
    _type(qtbot, window, "fisheries")
    _press(qtbot, window, Qt.Key.Key_Return)
    _type(qtbot, window, ", council")
    window.undo_action.trigger()  # stores "fisheries, council", undoes it: "fisheries" is stored
    assert window.service.annotations(doc)[0].tags == ("fisheries",)
    assert window.inspector.tags.text() == "fisheries"
    _focus(qtbot, window, window.text_view)  # editingFinished: nothing is written back
    assert window.service.annotations(doc)[0].tags == ("fisheries",)


def test_an_import_changing_the_focused_note_shows_it(window: MainWindow, qtbot: object, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """A teammate's newer note arrives by File > Import while the cursor sits (without typing) in the
    note: the field shows the imported note, and leaving the field does not write the old one back."""
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        record = teammate.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        start = teammate.document(record.id).text.index("Tomas Ek")
        annotation, _ = teammate.annotate(record.id, AnnotationInput(Kind.NOTE, start, start + 8, note="first"))
        first, second = tmp_path / "first.dossier", tmp_path / "second.dossier"
        first.write_bytes(teammate.export("dossier", with_documents=True))
        chosen = [first]
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(chosen[0]), ""))
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        menu_action(window, "&File", "Import").trigger()
        window.open_document(record.id)
        window.select_annotation(annotation.id)
        _focus(qtbot, window, window.inspector.note)
        assert window.inspector.note.toPlainText() == "first"
        teammate.edit_annotation(annotation.id, note="second, from Ines")
        second.write_bytes(teammate.export("dossier", with_documents=True))
    finally:
        teammate.close()
    chosen[0] = second
    menu_action(window, "&File", "Import").trigger()
    assert window.inspector.note.hasFocus()
    assert window.inspector.note.toPlainText() == "second, from Ines"
    _focus(qtbot, window, window.text_view)
    qtbot.wait(1000)  # type: ignore[attr-defined]  # past the autosave interval
    assert window.service.annotations(record.id)[0].note == "second, from Ines"
