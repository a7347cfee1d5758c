"""The room sees what the library says while the trainer edits (an outside tester, stop 56): a status changed in the
Inspector and a claim deleted with the Delete key while presenting left the old status and the deleted claim on the
projector, framed, at "4 / 4"; Esc then selected the deleted claim in the window."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_edits_made_while_presenting_reach_the_room(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    claim = next(a for a in shown.deck.items if a.kind is Kind.CLAIM and a.claim and a.claim.status.value == "supported")
    qtbot.keyClick(shown, Qt.Key.Key_End)
    assert shown.deck.current is not None and shown.deck.current.id == claim.id and shown.deck.counter() == "4 / 4"
    assert "Status supported" in shown.caption_text()

    window.select_annotation(claim.id)  # the trainer, in the window: the status, then Delete
    box = window.inspector.status
    box.setCurrentText("false")
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: "Status false" in shown.caption_text(), timeout=5_000)
    assert shown.deck.counter() == "4 / 4"

    window.select_annotation(claim.id)
    view = window.text_view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: shown.deck.counter() == "3 / 3", timeout=5_000)
    assert claim.id not in {m.annotation_id for m in shown.view.marks()}
    assert "sea levels" not in shown.caption_text()

    window.undo_action.trigger()  # Edit > Undo on the laptop: the claim is back on the projector
    qtbot.waitUntil(lambda: shown.deck.counter().endswith("/ 4"), timeout=5_000)
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    live = {a.id for a in window.service.annotations(window.document.id) if not a.deleted}  # type: ignore[union-attr]
    assert window.session.selected in live


def test_removing_the_presented_document_ends_the_presentation(window: MainWindow, qtbot: QtBot,
                                                               monkeypatch: object) -> None:
    """The room went on seeing the removed document's text under "Nothing to present with this filter" (a tester on
    the fixes, stop 56)."""
    from PySide6.QtWidgets import QMessageBox

    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)  # type: ignore[attr-defined]
    window.remove_action.trigger()  # File > Remove document…, answered Yes
    qtbot.waitUntil(lambda: window.workshop.presentation is None and not shown.isVisible(), timeout=5_000)
    assert "presentation ended" in window.statusBar().currentMessage()
