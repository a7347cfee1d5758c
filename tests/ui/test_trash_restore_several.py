"""One Restore click is one undo step: the Trash dialog took several documents at once for a while (c2fd5f2), each
restored as its own step, so Ctrl+Z after that one click put only the last one back in the trash (an outside tester
on the fixes, stop 60). It takes one document at a time again (the service has no step for several)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def test_one_ctrl_z_takes_back_one_restore_click(window: MainWindow, qtbot: QtBot) -> None:
    ids = [open_sample(window, name) for name in ("harbour_council.txt", "ar_gas_contract.txt")]
    for document_id in ids:
        window._applied(window.service.remove_document(document_id))
    window.library.show_trash()
    dialog = window.library.trash_dialog
    items, restore = dialog.findChild(QListWidget), dialog.findChild(QPushButton)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, pos=items.visualItemRect(items.item(0)).center())
    qtbot.mouseClick(items.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ShiftModifier,
                     pos=items.visualItemRect(items.item(1)).center())
    assert len(items.selectedItems()) == 1  # (the Shift-click chose one: one document per Restore)
    chosen = items.selectedItems()[0].data(Qt.ItemDataRole.UserRole)
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    assert [d.id for d in window.service.trashed_documents()] == [i for i in ids if i != chosen]
    dialog.close()
    window.undo()
    assert sorted(d.id for d in window.service.trashed_documents()) == sorted(ids)
