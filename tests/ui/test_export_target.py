"""File > Export's Save never writes over the library's own database (break26 bug 1): the person is told
why, the dialog stays open for another choice, and every annotation is still there."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from tests.ui.test_export_formats import _choose, _dialog
from reader.services import ReaderService


def test_save_over_the_library_file_is_refused(qtbot: object, service: ReaderService,
                                              monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, service)
    _choose(dialog, "md")
    failures: list[str] = []
    dialog.runner.failed.connect(failures.append)
    store = service.folder / "library.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(store), ""))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert failures and "part of the Dossier library" in failures[0]
    assert store.read_bytes().startswith(b"SQLite format 3")
    assert len(service.annotations(service.documents()[0].id)) == 2
    target = tmp_path / "brief.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert "Tomas Ek" in target.read_text(encoding="utf-8")


def test_a_name_without_an_ending_gets_the_formats_and_the_proposed_name_is_the_documents(
        qtbot: object, service: ReaderService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """"brief" was written as it was, without ".md", and the name proposed was always "dossier.md" (an outside
    tester, stop 52)."""
    from reader.ui.exchange import ExportDialog
    from reader.ui.ops import SyncRunner

    _dialog(qtbot, service)  # (adds and annotates the article)
    doc = service.documents()[0]
    dialog = ExportDialog(SyncRunner(service), doc.id, "", title=doc.title)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    _choose(dialog, "md")
    proposed: list[str] = []

    def name(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        proposed.append(Path(start).name)
        return str(tmp_path / "brief"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", name)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert proposed == ["harbour-council-approves-48-million-flo.md"], proposed
    assert "Tomas Ek" in (tmp_path / "brief.md").read_text(encoding="utf-8") and not (tmp_path / "brief").exists()


def test_the_ending_added_to_a_name_never_replaces_a_file_unasked(
        qtbot: object, service: ReaderService, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The save dialog asks before replacing the name as typed ("brief"); "brief.md", the name written once the
    format's ending was added, was replaced without a word — an analyst's edited brief lost (an outside tester,
    exports). Now the window asks about "brief.md" itself, and No writes nothing."""
    from PySide6.QtWidgets import QMessageBox

    dialog = _dialog(qtbot, service)
    _choose(dialog, "md")
    kept = tmp_path / "brief.md"
    kept.write_text("my edited brief\n", encoding="utf-8")
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "brief"), ""))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(asked) == 1 and "brief.md" in asked[0]
    assert kept.read_text(encoding="utf-8") == "my edited brief\n" and not (tmp_path / "brief").exists()
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(asked) == 2 and "Tomas Ek" in kept.read_text(encoding="utf-8")
    fresh = tmp_path / "other"  # (a name free with its ending too: nothing to ask)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(fresh), ""))
    dialog.show()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(asked) == 2 and (tmp_path / "other.md").exists()


@pytest.mark.parametrize("typed, written", [("Q3.2024 minutes", "Q3.2024 minutes.md"), ("Mr. Ek", "Mr. Ek.md"),
                                            ("brief.md", "brief.md"), ("brief.txt", "brief.txt")])
def test_a_name_with_a_dot_but_no_ending_gets_the_formats(qtbot: object, service: ReaderService,
                                                          monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                          typed: str, written: str) -> None:
    """A dot in the name ("Q3.2024 minutes", "Mr. Ek") was taken for an ending (".2024 minutes"), so the brief was
    written with none (an outside tester, exports): an ending is a dot and a short word without spaces."""
    dialog = _dialog(qtbot, service)
    _choose(dialog, "md")
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out / typed), ""))
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert [p.name for p in out.iterdir()] == [written]
