"""Ctrl+Z and Ctrl+Shift+Z show what they changed: the document it is in (another document than the one shown is
opened), the annotation (selected) or the place it was taken from (scrolled into view). Pressed in one document, Ctrl+Z
took a note back in another, out of sight, and the next edit made the loss final (an outside tester, stop 57)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_selection import drag

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def _mark(window: MainWindow, qtbot: QtBot, quote: str, key: Qt.Key) -> None:
    view = window.text_view
    assert window.document is not None
    start = window.document.text.index(quote)
    view.show_range(start, start + len(quote))
    drag(qtbot, view, start, start + len(quote))
    qtbot.keyClick(view, key)


def _in_view(window: MainWindow, start: int) -> bool:
    view = window.text_view
    viewport = view.viewport().rect()
    top = view.cursorForPosition(viewport.topLeft()).position()
    bottom = view.cursorForPosition(viewport.bottomRight()).position()
    return top <= start <= bottom


def test_undo_in_another_document_opens_it_at_the_step(window: MainWindow, qtbot: QtBot) -> None:
    service = window.service
    harbour = service.add_file(SAMPLES / "harbour_council.txt").record
    energy = service.add_file(SAMPLES / "uk_energy_agreement.txt").record
    assert harbour is not None and energy is not None
    window.refresh_library()
    window.open_document(harbour.id)
    _mark(window, qtbot, "Tomas Ek", Qt.Key.Key_1)
    [mention] = service.annotations(harbour.id)
    window.open_document(energy.id)
    _mark(window, qtbot, "Nordgrid", Qt.Key.Key_H)

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the highlight here goes: this document stays
    assert window.document is not None and window.document.id == energy.id
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # the mention in the harbour article goes: it is shown
    assert window.document is not None and window.document.id == harbour.id
    assert service.annotations(harbour.id) == []
    assert _in_view(window, mention.target.start)

    window.open_document(energy.id)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)  # redone: shown again, and selected
    assert window.document is not None and window.document.id == harbour.id
    assert window.session.selected == mention.id


def test_undo_far_from_the_view_scrolls_to_the_step(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    text = "\n".join(f"Paragraph {i}: the harbour council met Maria Lund about berth {i}." for i in range(400))
    path = tmp_path / "long.txt"
    path.write_text(text + "\n", encoding="utf-8")
    record = window.service.add_file(path).record
    assert record is not None
    window.refresh_library()
    window.open_document(record.id)
    _mark(window, qtbot, "Maria Lund about berth 3.", Qt.Key.Key_H)
    start = text.index("Maria Lund about berth 3.")
    far = text.index("berth 350.")
    window.text_view.show_range(far, far + 4)
    assert not _in_view(window, start)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert window.service.annotations(record.id) == []
    assert _in_view(window, start)
    window.text_view.show_range(far, far + 4)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert _in_view(window, start) and window.session.selected is not None
