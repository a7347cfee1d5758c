"""Menu paths as a user takes them: the QAction is triggered (menu or shortcut), dialogs are answered
by fakes standing in for the person."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

import annotations.bundle as bundle_mod
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def menu_action(window: MainWindow, menu: str, text: str) -> QAction:
    """The action under `menu` (e.g. "&File") whose text starts with `text`."""
    for top in window.menuBar().actions():
        if top.text() == menu and top.menu() is not None:
            for action in top.menu().actions():  # type: ignore[union-attr]
                if action.text().startswith(text):
                    return action
    raise AssertionError(f"no {text!r} in {menu}")


def _bundle(tmp_path: Path, with_documents: bool = True) -> tuple[Path, str]:
    """A teammate's bundle: the sample with one entity, made in another library."""
    svc = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        record = svc.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        start = svc.document(record.id).text.index("Tomas Ek")
        annotation, _ = svc.annotate(record.id, AnnotationInput(Kind.ENTITY, start, start + 8, label="PERSON"))
        path = tmp_path / "ines.dossier"
        path.write_bytes(svc.export("dossier", with_documents=with_documents))
        return path, annotation.id
    finally:
        svc.close()


def test_file_import_from_the_menu_imports_a_bundle(window: MainWindow, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    path, annotation_id = _bundle(tmp_path)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))

    def yes(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: pytest.fail(f"warning shown: {a[2]}"))
    reads: list[int] = []
    real_read = bundle_mod.read_bundle
    monkeypatch.setattr(bundle_mod, "read_bundle", lambda data: reads.append(1) or real_read(data))
    menu_action(window, "&File", "Import").trigger()
    assert asked and "ines.dossier" in asked[0]  # the preview was shown before anything changed
    assert len(reads) == 1  # read and validated once for the preview and the import
    assert window.service.resolve_annotation(annotation_id).creator == "Ines"
    assert len(window.library_panel.model.rows()) == 1


def test_ctrl_i_opens_the_import(window: MainWindow, qtbot: object, tmp_path: Path,
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    path, annotation_id = _bundle(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(window.library_panel.model.rows()) == 1)  # type: ignore[attr-defined]
    assert window.service.resolve_annotation(annotation_id).creator == "Ines"


def test_a_bundle_without_its_document_is_imported_and_waits_for_the_file(window: MainWindow, tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """The import keeps annotations whose document is not here yet (the service's rule), it does not refuse."""
    path, annotation_id = _bundle(tmp_path, with_documents=False)
    shown: list[str] = []
    monkeypatch.setattr(window, "show_error", shown.append)
    window.runner.failed.disconnect()
    window.runner.failed.connect(window.show_error)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    menu_action(window, "&File", "Import").trigger()
    assert shown == []
    assert window.service.resolve_annotation(annotation_id).creator == "Ines"
