"""Esc leaves the presentation and the main window selects the annotation the room was on — also when the trainer
opened another article in the window meanwhile (to prepare the next exercise): the window stayed on that article, its
selection cleared, and the room's annotation was nowhere. The window goes back to the presented article, at that
annotation."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_esc_shows_the_room_s_annotation_in_the_presented_article(window: MainWindow, qtbot: QtBot,
                                                                 tmp_path: Path) -> None:
    presented = _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    qtbot.keyClick(shown, Qt.Key.Key_Right)
    room_on = shown.deck.current
    assert room_on is not None

    other = tmp_path / "next.txt"
    other.write_text("Next week the council meets Ines Varga about the harbour.\n", encoding="utf-8")
    added = window.service.add_file(other)
    assert added.record is not None
    start = added.record.text.index("Ines Varga")
    mark, _ = window.service.annotate(added.record.id, AnnotationInput(kind=Kind.ENTITY, start=start,
                                                                    end=start + len("Ines Varga"), label="PERSON"))
    window.refresh_library()
    window.open_document(added.record.id)  # the trainer prepares the next article
    window.select_annotation(mark.id)

    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert window.document is not None and window.document.id == presented
    assert window.session.selected == room_on.id
