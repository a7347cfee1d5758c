"""Ctrl+Z of a step that changed no annotation — a rejected suggestion, a document's properties — made in another
document than the one shown left the window where it was: the step was undone out of sight (the window-core tester,
stop 60). The window now opens the document the step was on, as it does for annotations (stop 57)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.doc_properties import DocumentProperties
from annotations.suggest.suggestion import Suggestion
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def _undo_from(window: MainWindow, qtbot: QtBot, other: str) -> None:
    window.open_document(other)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_undoing_a_rejection_made_in_another_document_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    other = open_sample(window, "grid_shortfall.html")
    harbour = open_sample(window, "harbour_council.txt")
    start = window.document.text.index("Tomas Ek")  # type: ignore[union-attr]
    window._applied(window.service.reject_suggestions(harbour, [Suggestion("entity", start, start + 8, "Tomas Ek",
                                                                            "PERSON")]))
    assert window.service.library.store.rejections(harbour)
    _undo_from(window, qtbot, other)
    assert not window.service.library.store.rejections(harbour)
    assert window.document is not None and window.document.id == harbour  # was: still the other document


def test_undoing_a_properties_edit_of_another_document_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    other = open_sample(window, "grid_shortfall.html")
    harbour = open_sample(window, "harbour_council.txt")
    window._applied(window.service.set_document_properties(harbour, DocumentProperties(title="Harbour vote")))
    _undo_from(window, qtbot, other)
    assert window.document is not None and window.document.id == harbour
    assert window.document.title != "Harbour vote"
