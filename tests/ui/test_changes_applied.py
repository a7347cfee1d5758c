"""One signal: every change a person makes (keys, buttons, menus, the Inspector, a rejection, an
import, a conflict resolution, undo) reaches the panels as one `changesApplied(Changes)` from the
document session — nothing redraws by a side path. And the Inspector's typed edits: "–" and an empty
speaker clear a claim's grading and speaker; a selection that is not a claim shows no claim values."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from annotations.changes import Changes
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import _bundle, menu_action
from tests.ui.window_steps import open_sample as _open, select_quote as _select


def _record(window: MainWindow) -> list[Changes]:
    seen: list[Changes] = []
    window.session.changesApplied.connect(seen.append)
    return seen


def _choose(qtbot: QtBot, box: object, text: str) -> None:
    """Pick `text` in a combo box with the keyboard, as a person does (activated fires)."""
    box.setFocus()  # type: ignore[attr-defined]
    index = box.findText(text)  # type: ignore[attr-defined]
    current = box.currentIndex()  # type: ignore[attr-defined]
    key = Qt.Key.Key_Down if index > current else Qt.Key.Key_Up
    for _ in range(abs(index - current)):
        qtbot.keyClick(box, key)


def test_keys_inspector_and_undo_each_emit_one_changes_applied(window: MainWindow, qtbot: QtBot) -> None:
    _open(window)
    seen = _record(window)
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert len(seen) == 1 and seen[0].annotations == {window.annotations[0].id}
    _select(window, "Nobody has shown us a single study")
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    claim = next(a for a in window.annotations if a.kind is Kind.CLAIM)
    assert len(seen) == 2 and claim.id in seen[1].annotations
    window.inspector.speaker.setFocus()
    qtbot.keyClicks(window.inspector.speaker, "Tomas Ek")
    qtbot.keyClick(window.inspector.speaker, Qt.Key.Key_Return)
    assert len(seen) == 3
    _choose(qtbot, window.inspector.reliability, "B")  # (each key down on the box is an edit: –, A, B)
    _choose(qtbot, window.inspector.credibility, "2")
    stored = window.service.resolve_annotation(claim.id).claim
    assert stored is not None and stored.grading == "B2" and stored.speaker_id is not None
    assert len(seen) > 3 and all(c.annotations == {claim.id} for c in seen[3:])
    before = len(seen)
    # "–" clears the grading, an emptied speaker field clears the speaker (a typed CLEAR, not a dict)
    _choose(qtbot, window.inspector.reliability, "–")
    window.inspector.speaker.setFocus()
    window.inspector.speaker.selectAll()
    qtbot.keyClick(window.inspector.speaker, Qt.Key.Key_Delete)
    qtbot.keyClick(window.inspector.speaker, Qt.Key.Key_Return)
    stored = window.service.resolve_annotation(claim.id).claim
    assert stored is not None and stored.reliability is None and stored.credibility == 2
    assert stored.speaker_id is None
    assert len(seen) == before + 3  # B -> A -> –, then the speaker
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == before + 4 and seen[-1].label
    assert window.service.resolve_annotation(claim.id).claim.speaker_id is not None  # type: ignore[union-attr]
    assert window.claim_model.rowCount() == 1  # the claims table redrew from the same signal


def test_the_inspector_empties_what_does_not_apply(window: MainWindow, qtbot: QtBot) -> None:
    _open(window)
    _select(window, "Nobody has shown us a single study")
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    qtbot.keyClicks(window.inspector.speaker, "Tomas Ek")
    qtbot.keyClick(window.inspector.speaker, Qt.Key.Key_Return)
    _choose(qtbot, window.inspector.reliability, "B")
    claim = window.session.current()
    _select(window, "Oslo")
    qtbot.keyClick(window.text_view, Qt.Key.Key_H)
    inspector = window.inspector
    assert inspector.speaker.text() == "" and inspector.reliability.currentText() == "–"
    assert not inspector.speaker.isVisible() and not inspector.reliability.isVisible()  # not a claim: rows hidden
    window.select_annotation(claim.id if claim else None)
    assert inspector.speaker.text() == "Tomas Ek" and inspector.reliability.currentText() == "B"
    assert inspector.speaker.isVisible()
    window.select_annotation(None)
    assert inspector.speaker.text() == "" and inspector.tags.text() == "" and inspector.note.toPlainText() == ""
    assert not inspector.speaker.isEnabled()


def test_reject_import_and_conflicts_go_through_the_one_signal(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, annotation_id = _bundle(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    seen = _record(window)
    menu_action(window, "&File", "Import").trigger()  # File > Import…
    assert len(seen) == 1 and annotation_id in seen[0].annotations
    assert [r.id for r in window.annotation_model.rows()] == []  # nothing open yet; the library panel redrew
    assert len(window.library_panel.model.rows()) == 1
    window.open_document(window.service.documents()[0].id)
    assert [a.id for a in window.annotations] == [annotation_id]
    window.suggesting.show("entity")
    before = len(seen)
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_Backspace)  # reject one suggestion
    assert len(seen) == before + 1 and seen[-1].rejections
    # a conflict: the teammate and we both edit the same annotation's note, then their bundle comes again
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    teammate.edit_annotation(annotation_id, note="theirs")
    path.write_bytes(teammate.export("dossier", with_documents=True))
    teammate.close()
    window.service.edit_annotation(annotation_id, note="mine")
    menu_action(window, "&File", "Import").trigger()
    assert window.service.conflicts()
    menu_action(window, "&File", "Merge conflicts").trigger()
    dialog = window.library.conflicts_dialog
    assert dialog is not None
    before = len(seen)
    take = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Take theirs")
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    assert len(seen) == before + 1 and annotation_id in seen[-1].annotations
    assert window.annotations[0].note == "theirs"  # the open document redrew without closing the dialog
