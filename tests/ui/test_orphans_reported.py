"""Orphaned annotations (their text is no longer in a changed document) are said where the person looks:
File > Export notes the orphans a format left out, as the CLI's `export` does (before, the window wrote the
PDF without them and said nothing), and the Inspector's header says "Orphaned" as the card does."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.ui.cards import ORPHAN_LINE
from reader.ui.mainwindow import MainWindow
from tests.orphan_steps import make_orphan
from tests.ui.test_menus import menu_action


def _notes(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "export-orphans" and b.isVisible()]


@pytest.mark.parametrize("fmt, left_out", [("conll", 0), ("pdf", 1), ("md", 0)])
def test_file_export_notes_the_orphans_a_format_left_out(window: MainWindow, tmp_path: Path, fmt: str,
                                                         left_out: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The orphan is a highlight: a PDF leaves it out, NER data never had highlights, Markdown lists it."""
    doc_id, _, _ = make_orphan(window.service, tmp_path)
    window.refresh_library()
    window.open_document(doc_id)
    target = tmp_path / f"out.{fmt}"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu_action(window, "&File", "Export").trigger()
    dialog = window.library.export_dialog
    assert dialog is not None
    dialog.format.setCurrentIndex(dialog.format.findData(fmt))
    dialog.save()
    assert target.exists() and f"Exported out.{fmt}" in window.statusBar().currentMessage()
    notes = _notes(window)
    if not left_out:
        assert not notes
        return
    [note] = notes
    assert note.text() == ("1 orphaned annotation(s) left out: their text is no longer in the document. "
                           "The Annotations panel lists them (filter: orphaned).")
    note.grab().save("/tmp/wire_3a.png")


def test_the_inspector_says_an_annotation_is_orphaned(window: MainWindow, tmp_path: Path) -> None:
    doc_id, orphan, live = make_orphan(window.service, tmp_path)
    window.refresh_library()
    window.open_document(doc_id)
    window.select_annotation(orphan.id)
    assert window.inspector.summary.text().startswith("<b style='color:#b3261e'>Orphaned — ")
    assert ORPHAN_LINE in window.inspector.summary.text() and "flood barrier" in window.inspector.summary.text()
    QApplication.processEvents()  # the form lays the two-line header out
    assert window.inspector.summary.height() >= 2 * window.inspector.summary.fontMetrics().lineSpacing()
    window.inspector.grab().save("/tmp/wire_3b.png")
    window.select_annotation(live.id)
    assert "Orphaned" not in window.inspector.summary.text()
