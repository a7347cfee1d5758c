"""Two windows (two services, as two app processes have) on one library: each sees the other's edits
without a restart (polled with SQLite's `data_version`), undo follows the library's one history, and
the index serves both."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui


@pytest.fixture
def windows(qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[object, object]]:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow

    services = [ReaderService.open(tmp_path / "lib", annotator=name, isolated=False) for name in ("Ana", "Ben")]
    pair = tuple(MainWindow(s) for s in services)
    for w in pair:
        qtbot.addWidget(w)  # type: ignore[attr-defined]
    yield pair  # type: ignore[misc]
    for s in services:
        s.close()


def test_each_window_sees_the_others_edits(windows: tuple[object, object]) -> None:
    a, b = windows
    record = a.service.add_file(SAMPLES / "harbour_council.txt").record  # type: ignore[attr-defined]
    assert record is not None
    a.refresh_library()  # type: ignore[attr-defined]
    a.open_document(record.id)  # type: ignore[attr-defined]
    assert b.check_external_changes() is True  # type: ignore[attr-defined]
    assert b.check_external_changes() is False  # type: ignore[attr-defined]  # only once per change
    assert b.library_panel.model.rowCount() == 1  # type: ignore[attr-defined]
    b.open_document(record.id)  # type: ignore[attr-defined]
    start = record.text.index("Tomas Ek")
    annotation, _ = a.service.annotate(record.id, AnnotationInput(Kind.ENTITY, start, start + 8, label="PERSON"))  # type: ignore[attr-defined]
    assert b.check_external_changes()  # type: ignore[attr-defined]
    assert [x.id for x in b.annotations] == [annotation.id]  # type: ignore[attr-defined]
    assert [h.annotation_id for h in b.service.search("entity:ek").hits] == [annotation.id]  # type: ignore[attr-defined]
    b.service.edit_annotation(annotation.id, note="checked by Ben")  # type: ignore[attr-defined]
    assert a.check_external_changes()  # type: ignore[attr-defined]
    assert a.annotations[0].note == "checked by Ben"  # type: ignore[attr-defined]
    a.undo()  # type: ignore[attr-defined]  # the library's last edit, whoever made it: Ben's note
    assert a.annotations[0].note == ""  # type: ignore[attr-defined]
    assert b.check_external_changes() and b.annotations[0].note == ""  # type: ignore[attr-defined]
    assert a.service.library.store.integrity_ok()  # type: ignore[attr-defined]
