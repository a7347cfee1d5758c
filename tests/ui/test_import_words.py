"""The import says what it will do and what it did in words a person understands (a tester saw
"orphans: 2 / new entities: 1 / pending documents: 1" and "stale: 2"), and the status bar confirms an
import of a bundle whose documents are missing (replacing an earlier error's message)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.ui.import_words import import_preview
from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import _bundle, menu_action

INTERNAL = ("orphans", "pending documents", "new entities", "stale", "_")


def _answering_yes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    asked: list[str] = []

    def yes(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def test_importing_a_bundle_without_its_documents_says_so_in_words(window: MainWindow, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    path, annotation_id = _bundle(tmp_path, with_documents=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = _answering_yes(monkeypatch)
    window.show_error("An earlier problem.")  # the status bar shows an earlier error
    menu_action(window, "&File", "Import").trigger()
    preview = asked[-1]
    assert "1 annotation on documents you do not have yet (kept, shown when you add the files)" in preview
    assert "1 new entity" in preview
    assert "1 document missing" in preview
    body = preview.split("\n\n")[1]  # (the first paragraph is the file's name)
    assert not any(word in body for word in INTERNAL), body
    status = window.statusBar().currentMessage()
    assert status.startswith("Imported: ") and "documents you do not have yet" in status
    assert "earlier problem" not in status
    assert window.service.resolve_annotation(annotation_id).creator == "Ines"


def test_importing_the_same_bundle_again_says_nothing_is_new(window: MainWindow, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = _bundle(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked = _answering_yes(monkeypatch)
    menu_action(window, "&File", "Import").trigger()
    menu_action(window, "&File", "Import").trigger()
    body = asked[-1].split("\n\n")[1]
    assert "you already have" in body and not any(word in body for word in INTERNAL), body


def test_every_counter_reads_as_a_sentence() -> None:
    counts = {"new": 3, "stale": 2, "orphans": 2, "new_entities": 1, "pending_documents": 1, "conflicts": 1}
    text = import_preview(counts)
    assert "3 new annotations" in text
    assert "2 older versions of annotations you already have (nothing to do)" in text
    assert "1 annotation changed on both sides" in text
    assert not any(word in text for word in INTERNAL)
    assert import_preview({}).startswith("Nothing new")


def test_document_details_and_unchanged_annotations_are_said_as_they_are() -> None:
    text = import_preview({"updated_documents": 1, "unchanged": 1})
    assert "1 document whose details the sender changed (title, authors, date…" in text
    assert "text" not in text.split("(")[0]  # a bundle never changes a document's text: not "a newer version of the text"
    assert "1 annotation you already have, unchanged (nothing to do)" in text
