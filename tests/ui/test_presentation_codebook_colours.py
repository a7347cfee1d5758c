"""The room sees the colours the trainer sets while presenting: File > Codebook… gave claims another colour (the
projector washed the old one out), the window redrew in the new colour, and the projector kept the old one until
the presentation was started again."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.ui.test_presentation_notes import _present
from tests.ui.test_workshop import _annotated


def test_a_colour_changed_while_presenting_reaches_the_room(window: MainWindow, qtbot: QtBot) -> None:
    _annotated(window)
    shown = _present(window, qtbot, tick_notes=False, seen={})
    qtbot.keyClick(shown, Qt.Key.Key_End)
    claim = shown.deck.current
    assert claim is not None and claim.kind is Kind.CLAIM
    codebook = window.service.codebook()
    window.session.run(lambda: window.service.set_codebook(replace(codebook, claim_color="#0072B2")))
    qtbot.waitUntil(lambda: next(m.color for m in shown.view.marks() if m.annotation_id == claim.id).lower()
                    == "#0072b2", timeout=5_000)
