"""The Entity index follows the documents its entities are mentioned in: a document moved to the trash (and back
with Ctrl+Z), or its date changed in Document > Properties, redrew nothing while the index was open — the row still
counted the trashed document's mentions, the profile still listed them (a double-click opened a document in the
trash) and first/last seen kept the old date (an outside tester on search and the Entity index, stop 61)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
import pytest

from annotations.anchoring import find_quote
from annotations.doc_properties import DocumentProperties
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def _mentioned_twice(win: MainWindow) -> tuple[str, str]:
    """Tomas Ek mentioned in the harbour article and in the field notes; both ids."""
    ids = []
    for name in ("harbour_council.txt", "field_notes.md"):
        record = win.service.add_file(SAMPLES / name).record
        assert record is not None
        ids.append(record.id)
    for doc, quote in ((ids[0], "Tomas Ek"), (ids[1], "Jonas Albrecht")):
        s, e = find_quote(win.service.document(doc).text, quote)
        win.service.annotate(doc, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", entity_name="Tomas Ek"))
    win.refresh_library()
    return ids[0], ids[1]


def test_a_document_trashed_and_brought_back_redraws_the_open_index(window: MainWindow, qtbot: QtBot,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    harbour, notes = _mentioned_twice(window)
    index = window.entity_index.show()
    [row] = [r for r in index.proxy.matching_rows() if r.name == "Tomas Ek"]
    index.choose(row.id)
    assert (row.mentions, row.documents) == (2, 2) and index.mentions.topLevelItemCount() == 2
    window.open_document(notes)
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    window.remove_action.trigger()  # Document > Remove document…, answered Yes
    assert window.service.live_document(notes) is None
    [row] = [r for r in index.proxy.matching_rows() if r.name == "Tomas Ek"]
    assert (row.mentions, row.documents) == (1, 1)  # was 2 mentions in 2 documents
    assert index.mentions.topLevelItemCount() == 1  # the trashed document's mention is not offered to open
    index.activateWindow()
    qtbot.waitUntil(index.isActiveWindow)
    qtbot.keyClick(index.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z in the index window
    assert window.service.live_document(notes) is not None
    [row] = [r for r in index.proxy.matching_rows() if r.name == "Tomas Ek"]
    assert (row.mentions, row.documents) == (2, 2) and index.mentions.topLevelItemCount() == 2


def test_a_date_set_in_properties_redraws_first_and_last_seen(window: MainWindow) -> None:
    harbour, _ = _mentioned_twice(window)
    index = window.entity_index.show()
    [row] = [r for r in index.proxy.matching_rows() if r.name == "Tomas Ek"]
    index.choose(row.id)
    assert row.first_seen != "2001-02-03"
    window.session.run(lambda: window.service.set_document_properties(harbour, DocumentProperties(
        published="2001-02-03", title="Harbour, retitled")))
    [row] = [r for r in index.proxy.matching_rows() if r.name == "Tomas Ek"]
    assert row.first_seen == "2001-02-03"
    titles = [index.mentions.topLevelItem(i).text(0) for i in range(index.mentions.topLevelItemCount())]
    assert any(t.startswith("Harbour, retitled — 2001-02-03") for t in titles), titles
