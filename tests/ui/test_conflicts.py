"""File > Merge conflicts and the marks of an open conflict, driven as a person does (menus, keys, clicks).

F2 of the stop-40 exchange audit: the dialog showed a stale "Mine" — another process changed the note while it
was open, and "Take theirs" replaced a note the person never saw. The dialog now follows the library (the
window's poll redraws it and says so) and a choice is refused by the core when our version is no longer the one
shown. F9: nothing on the card, the Claims table or the Inspector said an annotation had an open conflict, and
every list entry read "“quote” — from X"; now each is marked, the Inspector opens its conflict, and the entries
say who and what clashes."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from annotations.bundle import read_bundle
from annotations.edits import AnnotationEdit
from annotations.library import Library
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import menu_action
from tests.ui.window_steps import open_sample, select_quote

QUOTE = "Nobody has shown us a single study"


def _conflict(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A claim marked here (key C), changed by Bo — note and tags — while we changed its note; Bo's bundle
    imported with File > Import. Returns the claim's id."""
    doc_id = open_sample(window)
    select_quote(window, QUOTE)
    window.text_view.setFocus()
    QtBot.keyClick(window.text_view, Qt.Key.Key_C)
    claim_id = next(a.id for a in window.annotations if a.kind is Kind.CLAIM)
    bo = Library.open(tmp_path / "bo")
    try:
        bo.import_bundle(read_bundle(window.service.export("dossier", [doc_id], with_documents=True)))
        bo.edit_annotation(claim_id, note="Bo: from the council minutes", tags=("minutes",))
        bundle = tmp_path / "bo.dossier"
        bundle.write_bytes(bo.export_bundle([doc_id], "Bo"))
    finally:
        bo.close()
    window.annotating.edit(claim_id, AnnotationEdit(note="mine: heard it at the meeting"))  # the Inspector's intent
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bundle), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    menu_action(window, "&File", "Import").trigger()
    return claim_id


def _button(dialog: object, text: str) -> QPushButton:
    return next(b for b in dialog.findChildren(QPushButton) if b.text() == text)  # type: ignore[attr-defined]


def _card(window: MainWindow, annotation_id: str) -> object:
    return next(r for r in window.annotations_panel.model.rows() if r.id == annotation_id)


def test_an_open_conflict_is_marked_on_its_card_claim_row_and_inspector_which_opens_it(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claim_id = _conflict(window, tmp_path, monkeypatch)
    card = _card(window, claim_id)
    assert card.conflicts == "Bo"  # type: ignore[attr-defined]
    model = window.annotations_panel.model
    at = [r.id for r in model.rows()].index(claim_id)
    assert "Open conflict with Bo" in model.data(model.index(at, 0), Qt.ItemDataRole.ToolTipRole)
    row = window.claim_model.row_of(claim_id)
    assert window.claim_model.data(window.claim_model.index(row, 0)).startswith("⚠ ")
    assert window.claim_model.data(window.claim_model.index(row, 2), Qt.ItemDataRole.BackgroundRole) is not None
    select_quote(window, "protect 3,200 homes")  # a second claim, before it in reading order
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    header = window.claim_table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(header.sectionPosition(0) + 5, 5))
    shown = [window.claim_proxy.index(r, 0).data() for r in range(window.claim_proxy.rowCount())]
    assert shown == [f"⚠ {QUOTE}", "protect 3,200 homes"]  # sorted by the claim, not by its mark
    window.panels.show_selected(None)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)  # the next annotation (reading order) ...
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)  # ... and the next: the claim, in the Inspector
    assert window.inspector.annotation_id() == claim_id
    button = window.inspector.conflict
    assert button.isVisibleTo(window) and "Open conflict with Bo" in button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.library.conflicts_dialog
    assert dialog is not None and dialog.isVisible()
    conflict = dialog.current()
    assert conflict is not None and conflict.ours.id == claim_id
    entry = dialog.items.currentItem().text()
    assert "from Bo" in entry and "note changed on both sides" in entry and QUOTE[:20] in entry
    shown = dialog.detail.toPlainText()
    assert "note ≠" in shown and "tags (Bo's change, kept either way)" in shown
    qtbot.mouseClick(_button(dialog, "Keep mine"), Qt.MouseButton.LeftButton)
    stored = window.service.resolve_annotation(claim_id)
    assert (stored.note, stored.tags) == ("mine: heard it at the meeting", ("minutes",))  # Bo's tag kept
    assert _card(window, claim_id).conflicts == ""  # type: ignore[attr-defined]
    assert not window.claim_model.data(window.claim_model.index(window.claim_model.row_of(claim_id), 0)).startswith("⚠")
    assert not window.inspector.conflict.isVisibleTo(window)


def test_the_dialog_follows_another_processs_edit_and_never_takes_theirs_over_a_version_not_shown(
        window: MainWindow, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    claim_id = _conflict(window, tmp_path, monkeypatch)
    menu_action(window, "&File", "Merge conflicts").trigger()
    dialog = window.library.conflicts_dialog
    assert dialog is not None and "mine: heard it at the meeting" in dialog.detail.toPlainText()
    other = Library.open(window.service.folder)  # another process on the same library (the CLI's `edit`)
    other.edit_annotation(claim_id, note="mine: LATER EDIT, source is the press office")
    # "Take theirs" before the window noticed: refused, and the new version of ours is shown
    qtbot.mouseClick(_button(dialog, "Take theirs"), Qt.MouseButton.LeftButton)
    assert window.service.resolve_annotation(claim_id).note == "mine: LATER EDIT, source is the press office"
    assert dialog.notice.isVisibleTo(dialog) and "changed since it was shown" in dialog.notice.text()
    assert "LATER EDIT" in dialog.detail.toPlainText() and dialog.items.count() == 1
    # a second edit elsewhere: the window's poll (what its 2-second timer runs) redraws the open dialog
    other.edit_annotation(claim_id, note="mine: LATER EDIT 2, press office and minutes")
    other.close()
    assert window.check_external_changes()
    assert "LATER EDIT 2" in dialog.detail.toPlainText()
    assert dialog.notice.isVisibleTo(dialog) and "changed since it was shown" in dialog.notice.text()
    qtbot.mouseClick(_button(dialog, "Take theirs"), Qt.MouseButton.LeftButton)  # now chosen knowingly
    assert window.service.resolve_annotation(claim_id).note == "Bo: from the council minutes"
    assert dialog.items.count() == 0
