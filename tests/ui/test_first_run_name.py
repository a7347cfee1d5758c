"""Issue 15: the app's first run asks who is annotating; the name (not the login) goes on annotations,
the briefing pack's trainer field and the command line's exports; $DOSSIER_ANNOTATOR still wins."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from reader import identity
from reader.cli import main as cli
from reader.ui.app import start_app
from reader.ui.settings import NameDialog, Settings
from tests.conftest import SAMPLES


@pytest.fixture
def fresh_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A person who never ran Dossier: empty config folder, no $DOSSIER_ANNOTATOR."""
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.delenv("DOSSIER_ANNOTATOR", raising=False)
    for stale in _name_dialogs():  # an earlier test's start_app ran no event loop: its dialog was never answered
        stale.close()
    return tmp_path / "config" / "Dossier"


def _name_dialogs() -> list[NameDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, NameDialog) and w.isVisible()]


def test_first_run_asks_the_name_and_every_export_uses_it(fresh_user: Path, tmp_path: Path, qtbot: QtBot,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    assert identity.annotator(fresh_user)[1]  # only the login name so far
    seen: list[str] = []

    def person_at_the_keyboard(*_args: object) -> int:  # the event loop: the person answers the dialog
        [dialog] = _name_dialogs()
        seen.append(dialog.windowTitle())
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        dialog.name.clear()
        assert not ok.isEnabled()  # no empty name
        qtbot.keyClicks(dialog.name, "Ana Lopes")
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(QApplication, "exec", person_at_the_keyboard)
    assert start_app(["--library", str(tmp_path / "lib"), str(SAMPLES / "harbour_council.txt")]) == 0
    assert seen == ["Welcome to Dossier"]
    assert identity.saved_name(fresh_user) == "Ana Lopes" and Settings(fresh_user / "settings.ini").annotator == "Ana Lopes"

    # the second run does not ask again
    monkeypatch.setattr(QApplication, "exec", lambda *_a: seen.append(f"{len(_name_dialogs())} dialogs") or 0)
    assert start_app(["--library", str(tmp_path / "lib")]) == 0
    assert seen[-1] == "0 dialogs"

    # the command line credits the same person: annotations, and the pack's cover
    out, err = io.StringIO(), io.StringIO()
    lib = ["--library", str(tmp_path / "lib")]
    assert cli([*lib, "annotate", str(SAMPLES / "harbour_council.txt"), "--quote", "Tomas Ek", "--kind", "entity",
                "--type", "PERSON", "--json"], out, err) == 0, err.getvalue()
    assert json.loads(out.getvalue())["creator"] == {"type": "Person", "name": "Ana Lopes"}
    assert cli([*lib, "export", str(SAMPLES / "harbour_council.txt"), "--format", "pack", "-o",
                str(tmp_path / "pack.pdf")], io.StringIO(), err) == 0, err.getvalue()
    with pymupdf.open(tmp_path / "pack.pdf") as pdf:
        assert "Trainer: Ana Lopes" in pdf[0].get_text()
    monkeypatch.setenv("DOSSIER_ANNOTATOR", "Ines Varga")  # scripts and shared machines still choose
    assert identity.annotator(fresh_user) == ("Ines Varga", False)


def test_later_leaves_the_name_unset_and_the_pack_names_no_login(fresh_user: Path, tmp_path: Path, qtbot: QtBot,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def later(*_args: object) -> int:
        [dialog] = _name_dialogs()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
        return 0

    monkeypatch.setattr(QApplication, "exec", later)
    assert start_app(["--library", str(tmp_path / "lib"), str(SAMPLES / "harbour_council.txt")]) == 0
    assert identity.saved_name(fresh_user) == ""
    assert cli(["--library", str(tmp_path / "lib"), "export", str(SAMPLES / "harbour_council.txt"), "--format",
                "pack", "-o", str(tmp_path / "pack.pdf")], io.StringIO(), io.StringIO()) == 0
    with pymupdf.open(tmp_path / "pack.pdf") as pdf:
        assert "Trainer:" not in pdf[0].get_text()


def test_the_workshop_export_dialog_offers_the_name_as_trainer(window, qtbot: QtBot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(tmp_path / "settings.ini")
    settings.annotator = "Ana Lopes"
    window.settings = settings
    window.apply_settings()
    assert window.service.annotator == "Ana Lopes" and not window.service.annotator_is_login
    result = window.service.add_file(SAMPLES / "harbour_council.txt")
    window.refresh_library()
    window.open_document(result.record.id)
    dialog = window.workshop.export_for_workshop()
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert dialog.pack_trainer.text() == "Ana Lopes" and dialog.pack_title.text() == result.record.title
    assert dialog.pack_date.date().isValid()
    dialog.close()
