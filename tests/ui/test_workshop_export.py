"""Workshop > Export answer key, briefing pack or trainee bundle…: the dedicated dialog, driven from the
menu, writes each of the three with the settings a trainer needs (key flagged, notes hidden; pack title,
trainer, date and parts; a plain bundle for trainees)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from annotations.bundle import read_bundle
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def _open_annotated(window: MainWindow) -> str:
    result = window.service.add_file(SAMPLES / "harbour_council.txt")
    assert result.record is not None
    doc = result.record
    for quote, kw in (("Tomas Ek", dict(kind=Kind.ENTITY, label="PERSON")),
                      ("Nobody has shown us a single study of what happens to the fish",
                       dict(kind=Kind.CLAIM, speaker_name="Tomas Ek", status="disputed",
                            note="Two studies exist (2019, 2022)."))):
        start = doc.text.index(quote)
        window.service.annotate(doc.id, AnnotationInput(start=start, end=start + len(quote), **kw))  # type: ignore[arg-type]
    window.refresh_library()
    window.open_document(doc.id)
    return doc.id


def _trigger(window: MainWindow, text: str) -> None:
    [action] = [a for a in window.findChildren(QAction) if a.text() == text]
    action.trigger()


def _export(dialog: object, qtbot: object, monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    asked: list[str] = []

    def save_name(parent: object, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)  # type: ignore[attr-defined]
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert asked and target.exists()


def test_the_workshop_export_dialog_writes_key_pack_and_trainee_bundle(
        window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc_id = _open_annotated(window)
    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None and dialog.isVisible() and dialog.kind() == "key"
    assert dialog.key_trainer.text() == "Trainer"  # the annotator's name (the window has no settings here)
    assert dialog.key_hide_notes.isChecked() and dialog.key_with_article.isChecked()  # the presets
    dialog.key_trainer.clear()
    qtbot.keyClicks(dialog.key_trainer, "Ines Varga")  # type: ignore[attr-defined]
    _export(dialog, qtbot, monkeypatch, tmp_path / "key.dossier")
    key = read_bundle((tmp_path / "key.dossier").read_bytes())
    assert key.answer_key and key.creator == "Ines Varga" and key.hidden_notes
    assert [d.id for d in key.documents] == [doc_id] and key.files  # the article travels with the key
    assert all(a.note == "" for a in key.annotations)
    assert not dialog.isVisible() and dialog.last_path == tmp_path / "key.dossier"

    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    assert dialog.kind() == "pack"
    dialog.pack_title.clear()
    qtbot.keyClicks(dialog.pack_title, "Harbour exercise")  # type: ignore[attr-defined]
    dialog.pack_trainer.clear()
    qtbot.keyClicks(dialog.pack_trainer, "Ines Varga")  # type: ignore[attr-defined]
    dialog.pack_date.setDate(QDate(2026, 12, 3))
    assert [p for p, box in dialog.parts.items() if box.isChecked()] == ["cover", "article", "tables"]  # handed out:
    dialog.parts["notes"].click()  # the trainer's notes only when ticked (they were printed by default, stop 53)
    for part in ("cover", "article", "tables"):  # nothing but notes: nothing to export
        dialog.parts[part].click()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "at least" in dialog.problem.text()
    dialog.parts["cover"].click()
    dialog.parts["tables"].click()
    dialog.parts["notes"].click()  # the notes off
    _export(dialog, qtbot, monkeypatch, tmp_path / "pack.pdf")
    with pymupdf.open(tmp_path / "pack.pdf") as pdf:
        pages = [p.get_text() for p in pdf]
    assert "Harbour exercise" in pages[0] and "Trainer: Ines Varga" in pages[0] and "2026-12-03" in pages[0]
    assert len(pages) == 2 and "Claims" in pages[1]  # cover and tables; no article
    assert not any("Two studies exist" in p or "Notes" in p for p in pages)

    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(2)
    _export(dialog, qtbot, monkeypatch, tmp_path / "mine.dossier")
    mine = read_bundle((tmp_path / "mine.dossier").read_bytes())
    assert not mine.answer_key and mine.creator == "Trainer" and not mine.files
    assert any(a.note == "Two studies exist (2019, 2022)." for a in mine.annotations)


def test_without_an_open_document_the_dialog_says_what_to_do(window: MainWindow) -> None:
    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    assert window.workshop.workshop_dialog is None and "Open the exercise's article" in window.last_error


def test_a_key_hiding_notes_that_are_not_sealed_says_so(
        window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A note that came from another tool is covered by its revision id as written (break28w HIGH 1): the
    dialog warns after writing the key, as `export --hide-notes` does."""
    import json

    from PySide6.QtWidgets import QMessageBox

    from tests.core.workshop.workflow import trainee

    colleague = trainee(tmp_path, "Col")
    colleague.annotate("Marta Lindqvist", "--kind", "highlight", "--note", "misleading")
    colleague("export", colleague.doc, "--format", "jsonld", "-o", str(tmp_path / "col.jsonld"))
    exported = json.loads((tmp_path / "col.jsonld").read_text())

    def plain(value: object) -> object:  # as another tool writes it: none of Dossier's own keys
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items() if not k.startswith("dossier:")}
        return [plain(v) for v in value] if isinstance(value, list) else value
    (tmp_path / "plain.jsonld").write_text(json.dumps(plain(exported)))
    _open_annotated(window)
    window.service.import_file(tmp_path / "plain.jsonld")
    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    _export(dialog, qtbot, monkeypatch, tmp_path / "key.dossier")
    [box] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "key-unsealed-notes"]
    assert box.isVisible() and box.text().startswith("1 of the notes left out of this key are not sealed")


def test_a_key_leaves_out_a_trainees_imported_work_and_says_so(window: MainWindow, qtbot: object, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The trainer looked at Ana's bundle (imported it): the key from the Workshop dialog and the one from File >
    Export (Answer key ticked, which ticks Hide my notes) hold the trainer's work only, and a notice says what was
    left out."""
    from PySide6.QtWidgets import QMessageBox

    from reader.services import ReaderService

    doc_id = _open_annotated(window)
    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    try:
        record = ana.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        start = record.text.index("Port Alder")
        ana.annotate(record.id, AnnotationInput(Kind.ENTITY, start, start + len("Port Alder"), label="ORG"))
        (tmp_path / "ana.dossier").write_bytes(ana.export("dossier", with_documents=True))
    finally:
        ana.close()
    window.service.import_file(tmp_path / "ana.dossier")
    window.refresh_library()
    ours = {a.id for a in window.service.library.store.annotations(doc_id) if a.creator != "Ana"}

    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None and dialog.kind() == "key"
    _export(dialog, qtbot, monkeypatch, tmp_path / "key.dossier")
    qtbot.waitUntil(lambda: any(b.objectName() == "key-left-out" and b.isVisible()  # type: ignore[attr-defined]
                                for b in window.findChildren(QMessageBox)))
    assert {a.id for a in read_bundle((tmp_path / "key.dossier").read_bytes()).annotations} == ours
    [notice] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "key-left-out"]
    assert notice.text().startswith("1 annotation imported from others' bundles (Ana 1) left out of the answer key")

    export = window.library.export()
    export.format.setCurrentIndex(export.format.findData("dossier"))
    assert not export.hide_notes.isChecked()
    export.answer_key.click()
    assert export.hide_notes.isChecked()  # a key goes to trainees: the notes left out unless unticked
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "key2.dossier"), ""))
    export.save()
    qtbot.waitUntil(lambda: (tmp_path / "key2.dossier").exists())  # type: ignore[attr-defined]
    key = read_bundle((tmp_path / "key2.dossier").read_bytes())
    assert key.answer_key and {a.id for a in key.annotations} == ours and key.hidden_notes


def test_a_pack_named_without_an_ending_gets_pdf_and_replaces_nothing_unasked(
        window: MainWindow, qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Export adds the format's ending to a name typed without one (stop 52); the Workshop dialog wrote a pack
    named "handout" with no ".pdf", which no reader opens by a double-click (an outside tester, exports). It adds it
    too, and asks before replacing a "handout.pdf" the save dialog had not asked about."""
    from PySide6.QtWidgets import QMessageBox

    _open_annotated(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or
                        QMessageBox.StandardButton.No)
    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "handout"), ""))
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert not asked and not (tmp_path / "handout").exists()
    assert (tmp_path / "handout.pdf").read_bytes().startswith(b"%PDF")
    (tmp_path / "handout.pdf").write_text("the printed one, annotated by hand", encoding="utf-8")
    _trigger(window, "Export answer key, briefing pack or trainee bundle…")
    dialog = window.workshop.workshop_dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(1)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(asked) == 1 and "handout.pdf" in asked[0]
    assert (tmp_path / "handout.pdf").read_text(encoding="utf-8") == "the printed one, annotated by hand"
