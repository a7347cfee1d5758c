"""A speaker and tags the library refused (a full disk), the disk then freed, and the claim deleted with the Delete
key: the typing was sent again as the Inspector let the deleted claim go, the store took it for typing into an
annotation deleted meanwhile, and the claim the person had just deleted came back, with an open merge conflict
(an outside tester). The typing is now stored before the delete, so the claim goes, and Ctrl+Z brings it back with
what was typed."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_unstored_notes import enter_refused, _claim, _click, _close_boxes, _full_disk, _mark, _speaker_of
from tests.ui.window_steps import open_sample


def test_a_claim_deleted_after_its_speaker_was_refused_stays_deleted(window: MainWindow, qtbot: QtBot,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    open_sample(window, "harbour_council.txt")
    claim = _claim(window, qtbot, "Tomas Ek")
    _mark(window, qtbot, "Marta Lindqvist")
    _click(window, qtbot, claim)
    full = _full_disk(window, monkeypatch)
    for field, words in ((window.inspector.speaker, "Per Ek"), (window.inspector.tags, "harbour")):
        enter_refused(window, qtbot, field, words)
    window.text_view.setFocus()  # (leaving the tag line: tried again, refused again)
    _close_boxes(window)
    full[0] = False  # room again; the claim still selected in the text
    monkeypatch.setattr("reader.ui.annotating.ask_delete", lambda *_: False)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    _close_boxes(window)
    assert [a.target.exact for a in window.annotations] == ["Marta Lindqvist"]
    assert window.service.conflicts() == []
    assert window.inspector.refused.items() == []
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = next(a for a in window.service.annotations(claim.document_id) if a.id == claim.id)
    assert _speaker_of(window, claim) == "Per Ek" and back.tags == ("harbour",)
