"""The mouse wheel over the Inspector scrolls it, and never changes a value the person did not pick: rolled over the
Status, Reliability, Credibility or Type box as it passed under the pointer, the wheel changed the box and stored it
as an edit (a claim became "supported", graded A1, its type "quote"; an entity turned from PERSON to ORG), with
nothing said (an outside tester on the window). A box takes the wheel once the person has clicked or tabbed into
it, as before."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote

CLAIM = "Nobody has shown us a single study of what happens to the fish"


def _wheel(window: MainWindow, widget: QWidget, notches: int = -1) -> None:
    """The wheel rolled `notches` (negative: towards the person) with the pointer over `widget`, as the window
    system delivers it."""
    handle = window.windowHandle()
    assert handle is not None
    where = widget.mapTo(window, QPoint(widget.width() // 2, widget.height() // 2))
    QTest.wheelEvent(handle, QPointF(where), QPoint(0, 120 * notches))
    QApplication.processEvents()


def _open_claim(window: MainWindow, qtbot: QtBot) -> str:
    """A claim marked with C on the sample, the keyboard back in the text view; the document's id."""
    document_id = open_sample(window, "harbour_council.txt")
    select_quote(window, CLAIM)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    window.text_view.setFocus()  # (the empty speaker field left: nothing stored)
    _wheel(window, window.inspector.summary)  # (offscreen Qt drops a window's first wheel event: this one)
    return document_id


def test_the_wheel_over_the_claim_boxes_changes_nothing(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    window.resize(1400, 700)  # an Inspector that scrolls
    document_id = _open_claim(window, qtbot)
    inspector = window.inspector
    bar = window.docks["inspector"].widget().verticalScrollBar()  # type: ignore[attr-defined]
    assert bar.maximum() > 0
    for box in (inspector.status, inspector.reliability, inspector.credibility, inspector.type_box):
        _wheel(window, box)
        _wheel(window, box)
    window.grab().save(str(tmp_path / "wheel.png"))
    assert bar.value() > 0  # the wheel scrolled the Inspector instead
    [claim] = window.service.annotations(document_id)
    assert claim.claim is not None
    assert (claim.claim.status.value, claim.claim.reliability, claim.claim.credibility, claim.label) == \
        ("unverified", None, None, None)
    assert window.undo_action.text() == "Undo Add claim"  # no edit was stored
    assert (inspector.status.currentText(), inspector.reliability.currentText(), inspector.credibility.currentText(),
            inspector.type_box.currentText()) == ("unverified", "–", "–", "—")  # nor shown


def test_the_wheel_over_an_entitys_type_changes_nothing(window: MainWindow, qtbot: QtBot) -> None:
    document_id = open_sample(window, "harbour_council.txt")
    select_quote(window, "Tomas Ek")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    _wheel(window, window.inspector.summary)
    _wheel(window, window.inspector.type_box)
    [entity] = window.service.annotations(document_id)
    assert entity.label == "PERSON" and window.undo_action.text() == "Undo Add entity"


def test_a_box_clicked_into_takes_the_wheel(window: MainWindow, qtbot: QtBot) -> None:
    document_id = _open_claim(window, qtbot)
    status = window.inspector.status
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    status.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(status.hasFocus)
    _wheel(window, status)
    [claim] = window.service.annotations(document_id)
    assert claim.claim is not None and claim.claim.status.value == "supported"
    assert window.undo_action.text() == "Undo Edit claim"
