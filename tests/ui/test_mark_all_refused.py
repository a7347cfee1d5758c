"""Ctrl+M (Edit > Mark all occurrences) where the library refuses the marks: the status bar said "Marked 1 more
mention of Tomas Ek." beside the refusal, with nothing marked, and a read-only library was asked the preview's
question before refusing (an outside tester on the window's core loop). The status bar now says "Marked …" only
once the marks are stored, and a read-only library refuses at once, as Add, Import, Remove and Codebook do."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog

from annotations.anchoring import find_quote
from annotations.errors import DossierError
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from reader.ui.mark_all import MarkAllDialog
from tests.unwritable import read_only_mount
from tests.conftest import SAMPLES


def _lindqvist_marked_once(service: ReaderService) -> tuple[str, str]:
    """harbour_council.txt added, its first "Lindqvist" marked as a PERSON (a second one is in the text)."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    start, end = find_quote(record.text, "Marta Lindqvist")
    mention, _ = service.annotate(record.id, AnnotationInput(Kind.ENTITY, start, end, label="PERSON"))
    return record.id, mention.id


def _press_ctrl_m(win: MainWindow, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Select the mention, trigger Ctrl+M's action and answer its preview with OK; the previews asked."""
    asked: list[str] = []
    monkeypatch.setattr(MarkAllDialog, "exec", lambda self: asked.append(self.plan.question())
                        or QDialog.DialogCode.Accepted)
    errors: list[str] = []
    monkeypatch.setattr(win, "show_error", lambda message, *_: errors.append(message))
    win.mark_all_action.trigger()
    assert errors, "the refusal was not said"
    return asked


def test_a_refused_mark_all_does_not_say_it_marked(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, mention = _lindqvist_marked_once(window.service)
    window.refresh_library()
    window.open_document(doc, mention)

    def full_disk(*_: object, **__: object) -> Any:
        raise DossierError("The disk holding the library is full; nothing was changed.")

    monkeypatch.setattr(window.service, "annotate_many", full_disk)
    asked = _press_ctrl_m(window, monkeypatch)
    assert asked  # (a writable library: the preview is shown, then the store refuses)
    assert len(window.annotations) == 1
    assert "Marked" not in window.statusBar().currentMessage()


def test_a_read_only_library_refuses_mark_all_before_asking(qtbot: Any, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    doc, mention = _lindqvist_marked_once(service)
    service.close()
    read_only_mount(monkeypatch, folder)
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    assert service.read_only()
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    win.open_document(doc, mention)
    try:
        asked = _press_ctrl_m(win, monkeypatch)
        assert asked == []
        assert "Marked" not in win.statusBar().currentMessage()
    finally:
        service.close()


def test_stored_marks_are_said_once_stored(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    doc, mention = _lindqvist_marked_once(window.service)
    window.refresh_library()
    window.open_document(doc, mention)
    monkeypatch.setattr(MarkAllDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    window.mark_all_action.trigger()
    assert len(window.annotations) == 2
    assert window.statusBar().currentMessage() == "Marked 1 more mention of “Marta Lindqvist”."
