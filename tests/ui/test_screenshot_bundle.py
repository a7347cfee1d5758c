"""`--screenshot OUT.png BUNDLE` imports the bundle straight in (nobody is there to answer a preview), but never a
trainer's answer key: the question asked for one waited for an answer that never came, and the command hung with
no picture (an outside tester, stop 52). Now it says so in the window and the picture is taken."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from reader.services import ReaderService
from reader.ui.app import start_app
from tests.conftest import SAMPLES


def _bundle(tmp_path: Path, answer_key: bool) -> Path:
    trainer = ReaderService.open(tmp_path / "trainer", annotator="Trainer", isolated=False)
    try:
        record = trainer.add_file(SAMPLES / "harbour_council.txt").record
        assert record is not None
        trainer.library.annotate(record.id, _highlight(trainer, record.id))
        path = tmp_path / ("key.dossier" if answer_key else "notes.dossier")
        path.write_bytes(trainer.export("dossier", with_documents=True, answer_key=answer_key))
    finally:
        trainer.close()
    return path


def _highlight(service: ReaderService, doc_id: str) -> object:
    from annotations.anchoring import find_quote
    from annotations.library import AnnotationInput
    from annotations.model import Kind

    start, end = find_quote(service.library.document(doc_id).text, "Tomas Ek")
    return AnnotationInput(Kind.ENTITY, start, end, label="PERSON")


@pytest.mark.parametrize("answer_key", [True, False])
def test_a_screenshot_of_a_bundle_takes_the_picture_and_never_an_answer_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, answer_key: bool) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (asked.append(str(a[2])),
                                                                  QMessageBox.StandardButton.No)[1])
    bundle, shot = _bundle(tmp_path, answer_key), tmp_path / "shot.png"
    assert start_app(["--library", str(tmp_path / "lib"), "--screenshot", str(shot), str(bundle)]) == 0
    assert asked == [] and shot.stat().st_size > 0  # no question nobody could answer
    library = ReaderService.open(tmp_path / "lib", annotator="Ana", isolated=False)
    try:
        assert library.library.store.count_annotations() == (0 if answer_key else 1)
    finally:
        library.close()
