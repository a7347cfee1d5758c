"""File > Export offers the neighbours' formats from the service's registry: a text preview for the text
ones, the Claims option only for NER training data, and Save writes what the CLI would."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from reader.services_export import EXPORT_FORMATS
from reader.ui.exchange import ExportDialog
from reader.ui.ops import SyncRunner
from tests.conftest import SAMPLES


def _dialog(qtbot: object, service: ReaderService) -> ExportDialog:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = service.document(record.id).text
    s, e = find_quote(text, "Tomas Ek")
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    s, e = find_quote(text, "Nobody has shown us a single study of what happens to the fish")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, status=ClaimStatus.DISPUTED))
    dialog = ExportDialog(SyncRunner(service), record.id, "")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    return dialog


def _choose(dialog: ExportDialog, key: str) -> None:
    dialog.format.setCurrentIndex(dialog.format.findData(key))


def test_every_registered_format_is_offered(qtbot: object, service: ReaderService) -> None:
    dialog = _dialog(qtbot, service)
    assert [dialog.format.itemData(i) for i in range(dialog.format.count())] == [f.key for f in EXPORT_FORMATS]


def test_conll_preview_and_claims_option(qtbot: object, service: ReaderService) -> None:
    dialog = _dialog(qtbot, service)
    _choose(dialog, "md")
    assert not dialog.claims.isEnabled()
    _choose(dialog, "conll")
    assert dialog.claims.isEnabled()
    preview = dialog.preview.toPlainText()
    assert "Tomas -X- _ B-PERSON" in preview and "B-CLAIM" not in preview
    dialog.claims.setChecked(True)
    assert "Nobody -X- _ B-CLAIM" in dialog.preview.toPlainText()


def test_save_writes_a_qdpx(qtbot: object, service: ReaderService, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, service)
    _choose(dialog, "qdpx")
    assert dialog.preview.toPlainText() == "(binary file — no preview)"
    target = tmp_path / "out.qdpx"
    dialog.save(str(target))
    with zipfile.ZipFile(io.BytesIO(target.read_bytes())) as z:
        assert "project.qde" in z.namelist()


def test_import_asks_what_each_code_becomes(qtbot: object, service: ReaderService, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """File > Import of a .qdpx shows the project's codes with the importer's defaults; what the person
    picks is what the import does."""
    from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

    from reader.ui.exchange import ImportFlow
    from reader.ui.qdpx_codes import CodesDialog
    from tests.core.export.test_qdpx import _qualcoder_qdpx

    project = tmp_path / "interviews.qdpx"
    project.write_bytes(_qualcoder_qdpx())
    shown: dict[str, str] = {}

    def answer(dialog: CodesDialog) -> int:
        shown.update(dialog.mapping())
        for code, menu in dialog.menus:
            if code == "Fishers":
                menu.setCurrentIndex(menu.findData("entity:ORG"))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CodesDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    imported: list[object] = []
    failed: list[str] = []
    ImportFlow(SyncRunner(service), parent, imported.append, failed.append).start(str(project))
    assert not failed
    assert shown == {"Person": "entity:PERSON", "Fishers": "tag", "Distrust": "tag"}
    assert imported
    (doc,) = service.documents()
    assert sorted((a.kind.value, a.label or "") for a in service.library.store.annotations(doc.id)) == [
        ("entity", "ORG"), ("entity", "PERSON"), ("highlight", "")]


def test_the_html_preview_shows_an_article_written_as_one_long_line(qtbot: object, service: ReaderService,
                                                                     tmp_path: Path) -> None:
    """The preview was cut at the last line end before 3,000 characters: an article of one long line showed its
    header alone (an outside tester, stop 56)."""
    article = tmp_path / "one-line.txt"
    article.write_text("Quay report. " + " ".join(f"Sentence {i} says the quay opens in May." for i in range(600)),
                       encoding="utf-8")
    record = service.add_file(article).record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Sentence 3 says")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e))
    dialog = ExportDialog(SyncRunner(service), record.id, "")  # type: ignore[arg-type]
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    _choose(dialog, "html")
    shown = dialog.preview.toPlainText()
    assert "Sentence 3 says the quay opens in May" in shown and "the preview shows the beginning" in shown
