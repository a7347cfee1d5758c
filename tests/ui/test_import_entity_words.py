"""The import dialog and the status bar say, in words, that the entities of a bundle imported again are
ones the library already has — not "unchanged entities: 1", not "changed by the sender"."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import _bundle, menu_action


def test_an_entity_imported_again_reads_as_one_you_already_have(window: MainWindow, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path, _ = _bundle(tmp_path)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    asked: list[str] = []

    def yes(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    menu_action(window, "&File", "Import").trigger()
    assert "1 new entity" in asked[-1]
    menu_action(window, "&File", "Import").trigger()
    preview = asked[-1].split("\n\n")[1]
    assert "1 entity you already have (nothing to do)" in preview, preview
    assert "changed by the sender" not in preview and "unchanged entities" not in preview, preview
    status = window.statusBar().currentMessage()
    assert "1 entity you already have (nothing to do)" in status, status
