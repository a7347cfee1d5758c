"""Bit rot inside a stored text: two bytes of a document's title no longer UTF-8, which SQLite's integrity check does
not see. `list`, `show` and `annotate` ended in a raw "Could not decode to UTF-8 column 'title'" traceback and the app
died as it started (an outside tester, stop 56). Now the library reads with "�" where the bytes rotted, says it is
damaged, and refuses every edit (nothing more is written into a damaged database)."""
from __future__ import annotations

import io
import json
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
    assert not win.undo_action.isEnabled() and not win.redo_action.isEnabled()  # (offered, then refused on press)
    win.open_document(doc_id)
    assert "flood barrier" in win.text_view.toPlainText()  # the text itself is whole: only the title rotted
    service.close()


def _rot_all(folder: Path, word: bytes) -> None:
    """Every stored copy of `word` with two bytes no longer UTF-8 (the same length: the file stays sound)."""
    conn = sqlite3.connect(folder / "library.sqlite3")
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    path = folder / "library.sqlite3"
    data = path.read_bytes()
    assert word in data
    path.write_bytes(data.replace(word, word[:2] + b"\xff\xfe" + word[4:]))


def test_an_edit_that_meets_a_rotted_name_says_what_is_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An edit after which the rotted name was met (indexing it) was stored and then said to be refused: it says
    that what it stored is kept (a tester on the fixes, stop 56). An edit that meets the damage inside its
    transaction is refused whole (`Store.transaction`)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    folder = tmp_path / "lib"
    code, out, err = _run(folder, "add", str(HARBOUR))
    doc_id = out.split()[0]
    _, out, _ = _run(folder, "annotate", doc_id[:12], "--quote", "Tomas Ek", "--kind", "claim", "--speaker",
                     "Zed Quorra", "--json")
    claim = json.loads(out)["id"]
    _rot_all(folder, b"Zed Quorra")
    code, _, err = _run(folder, "edit", claim, "--status", "supported")  # met after the edit (indexing its name)
    assert code == 1 and "is damaged" in err and "What `edit` stored before the damage was met is kept." in err
    conn = sqlite3.connect(folder / "library.sqlite3")
    assert json.loads(conn.execute("SELECT claim FROM annotations").fetchone()[0])["status"] == "supported"



def test_a_rotted_codebook_is_said_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    """The app died as it started, with a traceback about a label (a tester on the fixes, stop 56)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.app import start_app

    folder, _ = _rotted(tmp_path)
    _rot_all(folder, b"PERSON")
    assert start_app(["--library", str(folder), "--screenshot", str(tmp_path / "shot.png")]) == 1
    err = capsys.readouterr().err
    assert "is damaged" in err and "Traceback" not in err


@pytest.mark.gui
def test_the_window_says_so_when_an_opened_document_meets_the_damage(qtbot: Any, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """Damage inside a document's text is met only when it is opened: the window said nothing (a tester on the
    fixes, stop 56)."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow

    folder = tmp_path / "lib"
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    record = service.add_file(str(HARBOUR)).record
    assert record is not None
    service.close()
    _rot_all(folder, b"sea levels in the estuary")
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    assert win.statusBar().findChild(QLabel, "read-only-library") is None
    assert win.undo_action.isEnabled()  # (the add can be undone while no damage is known)
    win.open_document(record.id)
    label = win.statusBar().findChild(QLabel, "read-only-library")
    assert label is not None and "not valid UTF-8" in label.toolTip()
    assert not win.undo_action.isEnabled()
    service.close()


def test_an_edit_that_meets_the_damage_inside_its_transaction_is_not_written(tmp_path: Path) -> None:
    """Damage met while an edit runs (a rotted cell read on the way) refuses that edit whole: it was committed, and
    then the command said edits are refused (a tester on the fixes, stop 56)."""
    from annotations.errors import DamagedStoreError

    service = ReaderService.open(tmp_path / "lib", annotator="Ana", isolated=False)
    record = service.add_file(str(HARBOUR)).record
    assert record is not None
    store = service.library.store
    with pytest.raises(DamagedStoreError):
        with store.transaction("Edit") as tx:
            store._conn.decode_text(b"PERS\xff\xfeN")  # a rotted cell read in the middle of the edit
            tx.put(store.document(record.id, with_text=False))  # type: ignore[arg-type]
    assert store.generation == 1 and service.annotations(record.id) == []
    service.close()
