"""A document whose text layer looks garbled says so in the status bar when it is opened."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reader.ui.mainwindow import MainWindow

LINES = ["Harbour engineers tested the new optical sensors over the winter and found",
         "that the sensors cut the uncertainty of each tide reading by half, while the",
         "drift problem of older gauges had gone away; the council will publish the",
         "results in the spring after a second round of tests at the outer harbour."]


def _pdf(path: Path, shift: int) -> Path:
    def caesar(text: str) -> str:
        return "".join(chr((ord(c) - 97 + shift) % 26 + 97) if "a" <= c <= "z" else c for c in text)

    doc = pymupdf.open()
    doc.new_page(width=420, height=595).insert_text((30, 60), "\n".join(caesar(line) for line in LINES), fontsize=8)
    doc.save(path)
    doc.close()
    return path


def test_opening_a_garbled_document_shows_the_warning(window: MainWindow, tmp_path: Path) -> None:
    for name, shift, expected in (("clean.pdf", 0, False), ("garbled.pdf", 3, True)):
        result = window.service.add_file(_pdf(tmp_path / name, shift))
        assert result.record is not None
        window.statusBar().clearMessage()
        window.open_document(result.record.id)
        assert ("looks garbled" in window.statusBar().currentMessage()) is expected


def test_a_damaged_pdf_says_so_when_added_and_when_opened(window: MainWindow, qtbot: object, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """A PDF cut short (an interrupted download) was opened as if whole, its lost pages called scanned (stop 59)."""
    from tests.document.test_damage import cut_pdf
    from tests.ui.test_add_warnings import _add_from_the_menu, _notices

    path = cut_pdf(tmp_path / "half.pdf")
    _add_from_the_menu(window, qtbot, monkeypatch, path)
    [notice] = _notices(window)
    assert "• half.pdf: This PDF was damaged and repaired by the reader; pages or text may be missing" in notice.text()
    assert "could not be read (the file is damaged)" in notice.text() and "scanned" not in notice.text()
    notice.close()
    [record] = window.service.documents()
    window.statusBar().clearMessage()
    window.open_document(record.id)
    said = window.statusBar().currentMessage()
    assert said.startswith("This PDF was damaged and repaired by the reader") and "10 pages read" in said
    assert "could not be read (the file is damaged)" in said and "scanned" not in said
