"""File > Import names the document properties both sides changed: the preview lists each (the value kept,
the one that loses and whose), the status bar counts them in words and a notice lists them after the
import. Before, the preview said "property conflicts: 1" and the title that lost was nowhere to be read;
a bundle whose dates lie in the future said "future dates: 1"."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotations.doc_properties import DocumentProperties
from reader.services import ReaderService
from reader.ui.import_words import import_done, import_preview
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_menus import menu_action

KEPT = "Title: kept “Ines's title” (the later edit, from Ines's bundle); the one you had was “My title”"


def test_the_new_counters_are_said_in_words() -> None:
    text = import_preview({"property_conflicts": 2, "future_dates": 1})
    assert "2 document properties changed on both sides: the later edit kept (listed)" in text
    assert "1 version dated in the future: their dates were not believed" in text
    assert "1 document property changed on both sides" in import_done({"property_conflicts": 1})
    assert "_" not in text and "property conflicts" not in text


def test_file_import_lists_the_properties_both_sides_changed(window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        record = teammate.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        first, second = tmp_path / "first.dossier", tmp_path / "ines.dossier"
        first.write_bytes(teammate.export("dossier", with_documents=True))
        window.service.import_file(first)
        window.service.set_document_properties(record.id, DocumentProperties(title="My title"))
        teammate.set_document_properties(record.id, DocumentProperties(title="Ines's title"))  # later: kept
        second.write_bytes(teammate.export("dossier", with_documents=True))
    finally:
        teammate.close()
    window.refresh_library()
    asked: list[str] = []

    def yes(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(second), ""))
    monkeypatch.setattr(QMessageBox, "question", yes)
    menu_action(window, "&File", "Import").trigger()

    [preview] = asked
    assert "1 document property changed on both sides: the later edit kept (listed)" in preview
    assert f"• “My title”: {KEPT}" in preview  # before the import: the title the library has now
    assert "1 document property changed on both sides" in window.statusBar().currentMessage()
    [notice] = [box for box in window.findChildren(QMessageBox) if box.objectName() == "import-property-conflicts"]
    assert notice.isVisible() and f"• “Ines's title”: {KEPT}" in notice.text()
    notice.grab().save("/tmp/wire_1.png")
    assert window.service.resolve_document(record.id).title == "Ines's title"
