"""Bit rot inside a stored text: two bytes of a document's title no longer UTF-8, which SQLite's integrity check does
not see. `list`, `show` and `annotate` ended in a raw "Could not decode to UTF-8 column 'title'" traceback and the app
died as it started (an outside tester, stop 56). Now the library reads with "�" where the bytes rotted, says it is
damaged, and refuses every edit (nothing more is written into a damaged database)."""
from __future__ import annotations

import io
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from reader.cli import main
from reader.services import ReaderService
from tests.reliability.test_damaged_store import HARBOUR


def _rotted(tmp_path: Path) -> tuple[Path, str]:
    folder = tmp_path / "lib"
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    record = service.add_file(str(HARBOUR)).record
    assert record is not None
    service.close()
    conn = sqlite3.connect(folder / "library.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = (folder / "library.sqlite3").read_bytes()
    at = data.find("flood barrier".encode())
    assert at > 0
    with open(folder / "library.sqlite3", "r+b") as handle:
        handle.seek(at)
        handle.write(b"\xff\xfe")
    assert sqlite3.connect(folder / "library.sqlite3").execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return folder, record.id


def _run(folder: Path, *args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(folder), *args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_the_command_line_reads_says_damaged_and_refuses_edits(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                               ) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder, doc_id = _rotted(tmp_path)
    code, out, err = _run(folder, "list")
    assert code == 1 and "approves €48 million ��ood barrier" in out
    assert "is damaged (text stored in it is not valid UTF-8" in err and "Traceback" not in err
    code, out, err = _run(folder, "show", doc_id[:12])
    assert code == 1 and "not valid UTF-8" in err
    code, _, err = _run(folder, "annotate", doc_id[:12], "--quote", "council", "--kind", "highlight")
    assert code == 1 and "edits are refused" in err
    service = ReaderService.open(folder, isolated=False)
    assert service.annotations(doc_id) == []  # nothing was written
    service.close()


@pytest.mark.gui
def test_the_window_opens_and_says_the_library_is_damaged(qtbot: Any, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow

    folder, doc_id = _rotted(tmp_path)
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    label = win.statusBar().findChild(QLabel, "read-only-library")
    assert label is not None and label.isVisible() and "not valid UTF-8" in label.toolTip()
    win.open_document(doc_id)
    assert "flood barrier" in win.text_view.toPlainText()  # the text itself is whole: only the title rotted
    service.close()
