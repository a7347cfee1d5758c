"""Starting the app on a library it cannot open: a dialog says why and what to do, and offers another
library; no traceback, and the library file is left as it was."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.ui.app import start_app
from reader.ui.open_library import CHOOSE, QUIT


class FakePerson:
    """Answers the app's message boxes by clicking the button named in `answers`, in turn."""

    def __init__(self, answers: list[str]) -> None:
        self.answers = answers
        self.seen: list[str] = []

    def exec(self, box: QMessageBox) -> int:
        self.seen.append(f"{box.text()}\n{box.informativeText()}")
        answer = self.answers.pop(0)
        next(b for b in box.buttons() if b.text() == answer).click()
        return 0


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> FakePerson:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # Settings() writes here, not to ~
    monkeypatch.setattr(QApplication, "exec", lambda *a: 0)  # start_app returns once the window is up
    fake = FakePerson([])
    monkeypatch.setattr(QMessageBox, "exec", lambda box: fake.exec(box))
    return fake


def _newer(folder: Path) -> Path:
    folder.mkdir()
    path = folder / "library.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    return path


def test_a_newer_library_says_update_and_quit_leaves_it_alone(person: FakePerson, tmp_path: Path,
                                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = _newer(tmp_path / "lib")
    person.answers = [QUIT]
    assert start_app(["--library", str(tmp_path / "lib")]) == 1
    [shown] = person.seen
    assert "newer Dossier" in shown and "after updating" in shown and str(tmp_path / "lib") in shown
    conn = sqlite3.connect(path)  # (the store switches the file to WAL before it reads the version)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 99
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()
    assert "Traceback" not in capsys.readouterr().err


def test_a_damaged_library_offers_another_and_the_app_opens_on_it(person: FakePerson, tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "library.sqlite3").write_bytes(b"this is not a database" * 100)
    before = (bad / "library.sqlite3").read_bytes()
    other = tmp_path / "other"
    other.mkdir()
    person.answers = [CHOOSE]
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(other))
    assert start_app(["--library", str(bad), str(tmp_path / "missing.txt")]) == 0
    [shown] = person.seen
    assert "damaged" in shown and "backup" in shown
    assert (bad / "library.sqlite3").read_bytes() == before
    assert (other / "library.sqlite3").exists()  # the app went on with the library the person chose


def test_the_screenshot_mode_prints_one_line_instead_of_asking(person: FakePerson, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    _newer(tmp_path / "lib")
    assert start_app(["--library", str(tmp_path / "lib"), "--screenshot", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "newer Dossier" in err and "Traceback" not in err and person.seen == []
