"""Undo past a document's add, then redo: the document and its annotations came back in the store, but the window
stayed blank — nothing open, the reader looking at an empty page as if the work were gone (an outside tester, stop
40). The redo now opens the document it brought back when nothing else is open."""
from __future__ import annotations

from PySide6.QtCore import Qt

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote


def test_redo_of_the_add_opens_the_document_again(window: MainWindow, qtbot: object) -> None:
    doc_id = open_sample(window)
    select_quote(window, "Tomas Ek")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]  # a person
    assert len(window.annotations) == 1
    for _ in range(2):  # the mark, then the document's add
        window.undo_action.trigger()
    assert window.document is None and window.service.live_document(doc_id) is None
    for _ in range(2):
        window.redo_action.trigger()
    assert window.document is not None and window.document.id == doc_id
    assert [a.target.exact for a in window.annotations] == ["Tomas Ek"]
    assert "Tomas Ek" in window.text_view.toPlainText()
