"""A folder added from the window with a file that cannot be added (an outside tester, stop 59): a PDF with a broken
/Author ended the add thread with a traceback on the terminal, and the window said "Added 0 document(s)." with no
error. Now the PDF is added, and a file the add fails on is named in the error notice while the rest are added."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

import reader.services_files
from reader.ui.mainwindow import MainWindow
from tests.document.test_malformed_strings import bad_author_pdf
from tests.helpers import load_failing_on

WORDS = "The harbour council met on Tuesday to vote on the new ferry timetable for the islands.\n"


def test_a_folder_with_a_bad_file_adds_the_rest_and_names_it(window: MainWindow, qtbot: object, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reader.services_files, "load_document", load_failing_on("b_fails.txt"))
    folder = tmp_path / "batch"
    folder.mkdir()
    bad_author_pdf(folder / "a_report.pdf")
    for name in ("b_fails.txt", "c_last.txt"):
        (folder / name).write_text(f"{name}: {WORDS}", encoding="utf-8")
    with qtbot.waitSignal(window.filesAdded, timeout=60_000) as signal:  # type: ignore[attr-defined]
        window.library.add_files([str(folder)])
    added, errors = signal.args
    assert len(added) == 2
    assert errors == ["b_fails.txt: “b_fails.txt” could not be added: Dossier failed on it (ValueError: a fault of "
                      "Dossier's own). The other files were not affected; please report this file."]
    assert window.statusBar().currentMessage() == "Added 2 new documents; 1 could not be added."
    assert any("b_fails.txt" in box.text() for box in window.findChildren(QMessageBox) if box.isVisible())
    titles = [row.title for row in window.library_panel.model.rows()]
    assert len(titles) == 2 and "Harbour report" in titles
