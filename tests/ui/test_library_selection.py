"""The library keeps the open document selected when another document is removed."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow


def test_removing_another_document_leaves_the_open_one_selected(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    ids = []
    for n, body in enumerate(("The barrier held.", "The port reopened.", "The council met.")):
        path = tmp_path / f"doc{n}.txt"
        path.write_text(f"Report {n}\n\n{body} Officials said more work was needed.\n", encoding="utf-8")
        record = window.service.add_file(path).record
        assert record is not None
        ids.append(record.id)
    window.refresh_library()
    window.open_document(ids[1])
    panel = window.library_panel
    assert panel.current_id() == ids[1]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.select(ids[0])  # a right click selects the row it is on, then its menu's Remove…
    remove = next(a for a in panel.context_menu(ids[0]).actions() if a.text() == "Remove…")
    remove.trigger()
    assert panel.model.row_of(ids[0]) < 0
    assert window.document is not None and window.document.id == ids[1]
    assert panel.current_id() == ids[1]
    assert [i.row() for i in panel.table.selectionModel().selectedRows()] == [
        panel.proxy.mapFromSource(panel.model.index(panel.model.row_of(ids[1]), 0)).row()]
