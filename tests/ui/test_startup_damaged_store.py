"""Starting the app on a library whose database has a scribbled page (a valid header, one 4 KB page of
random bytes): the "cannot open" dialog, not a traceback from the index's rebuild (break27, MEDIUM 1)."""
from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.services import ReaderService
from reader.ui.app import start_app
from reader.ui.open_library import QUIT
from tests.reliability.test_damaged_store import HARBOUR


def test_a_scribbled_page_gets_the_cannot_open_dialog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)
    folder = tmp_path / "lib"
    service = ReaderService.open(folder, isolated=False)
    service.add_file(str(HARBOUR))
    service.close()
    shutil.rmtree(folder / "index")  # the app rebuilds it on open: reading every document of the store
    conn = sqlite3.connect(folder / "library.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()[0])
    conn.close()
    with open(folder / "library.sqlite3", "r+b") as handle:
        handle.seek((page - 1) * 4096)
        handle.write(os.urandom(4096))
    seen: list[str] = []

    def answer(box: QMessageBox) -> int:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        next(b for b in box.buttons() if b.text() == QUIT).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    assert start_app(["--library", str(folder)]) == 1
    [shown] = seen
    assert "cannot open the library" in shown and "is damaged" in shown and "backup" in shown
    assert "Traceback" not in capsys.readouterr().err
    assert not (folder / "index").exists()  # nothing was rebuilt from the damaged store
