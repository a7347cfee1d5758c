"""File > Import merges what its preview showed, or nothing: a file replaced while the question is open (a sync
client, another program) was read again at the merge and imported unseen ("4 annotations you already have,
unchanged … Import?" then "Imported: 20 new annotations", an outside tester, stop 52)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotations.anchoring import find_quote
from annotations.errors import BundleError
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_menus import menu_action

WORDS = ("Tomas Ek", "Oslo", "harbour", "council")


def _bundles(tmp_path: Path) -> tuple[Path, Path]:
    """A teammate's bundle of one annotation, and a later one of four."""
    teammate = ReaderService.open(tmp_path / "teammate", annotator="Ines", isolated=False)
    try:
        record = teammate.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        text = teammate.library.document(record.id).text
        small, large = tmp_path / "small.dossier", tmp_path / "large.dossier"
        for i, quote in enumerate(WORDS):
            start, end = find_quote(text, quote)
            teammate.library.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, start, end))
            if i == 0:
                small.write_bytes(teammate.export("dossier", with_documents=True))
        large.write_bytes(teammate.export("dossier", with_documents=True))
    finally:
        teammate.close()
    return small, large


def test_a_file_replaced_while_the_preview_is_asked_is_not_imported(window: MainWindow, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _bundles(tmp_path)
    target = tmp_path / "incoming.dossier"
    target.write_bytes(small.read_bytes())
    asked: list[str] = []

    def replaced_while_asked(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        target.write_bytes(large.read_bytes())  # the sync client brings a newer file meanwhile
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", replaced_while_asked)
    menu_action(window, "&File", "Import").trigger()

    [preview] = asked
    assert "1 new" in preview
    assert window.service.library.store.count_annotations() == 0  # nothing was imported
    assert "is not what its preview showed" in window.last_error and "import it again" in window.last_error
    asked.clear()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(a[2]), QMessageBox.StandardButton.Yes)[1])
    menu_action(window, "&File", "Import").trigger()  # asked again, it shows what the file holds now
    [preview] = asked
    assert "4 new" in preview and window.service.library.store.count_annotations() == 4


def test_the_service_refuses_a_merge_of_other_bytes_than_the_dry_run_read(tmp_path: Path) -> None:
    small, large = _bundles(tmp_path)
    service = ReaderService.open(tmp_path / "lib", annotator="Ana", isolated=False)
    try:
        target = tmp_path / "incoming.dossier"
        target.write_bytes(small.read_bytes())
        counts, _ = service.import_file(target, dry_run=True)
        target.write_bytes(large.read_bytes())
        with pytest.raises(BundleError):
            service.import_file(target, as_previewed=True)
        assert service.library.store.count_annotations() == 0
        with pytest.raises(BundleError):  # never previewed at all
            service.import_file(small, as_previewed=True)
        service.import_file(target)  # without the preview's promise (the command line): what the file holds
        assert service.library.store.count_annotations() == 4
    finally:
        service.close()
