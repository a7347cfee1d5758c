"""A CSV export whose notes are longer than an Excel cell (32,767 characters; a note may hold 200,000) is cut by
Excel when it opens the file, without a word (an outside tester on the exports, stop 60): File > Export says so."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import menu_action
from tests.ui.window_steps import open_sample


@pytest.mark.parametrize("length, said", [(40_000, True), (32_767, False)])
def test_file_export_of_a_csv_says_which_cells_excel_cuts(window: MainWindow, tmp_path: Path, length: int, said: bool,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id = open_sample(window, "harbour_council.txt")
    start = window.document.text.index("Tomas Ek")  # type: ignore[union-attr]
    window.service.library.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + 8, note="x" * length))
    target = tmp_path / "notes.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(window, "&File", "Export").trigger()
    dialog = window.library.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    dialog.save()
    assert target.exists() and "x" * length in target.read_text("utf-8-sig")
    notes = [b.text() for b in window.findChildren(QMessageBox) if b.objectName() == "export-left-out" and b.isVisible()]
    if said:
        assert notes == ["1 cell is longer than 32,767 characters, the most an Excel cell holds: Excel cuts it when it "
                         "opens the file (the file holds every character; a JSON-LD or Markdown export shows it whole)."]
    else:
        assert notes == []
