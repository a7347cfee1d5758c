"""Ctrl+M and deleting mentions, driven with real drags and keys: mark all occurrences finds whole words and
every name of the entity (the surname too), shows the count and the list first, and is one undo step."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from reader.ui.entity_index import EntityIndexWindow
from reader.ui.mainwindow import MainWindow
from reader.ui.mark_all import MarkAllDialog
from tests.ui.test_selection import drag, open_article

ARTICLE = """Zelenskyy meets Macron in Kyiv

President Volodymyr Zelenskyy met Emmanuel Macron on Monday. Russian forces shelled the city overnight.
Zelenskyy said the grid would be rebuilt. Russia denied the attack; a Russian spokesman called it "staged".
Macron promised help, and Zelenskyy thanked him.
"""


def answer_dialog(qtbot: QtBot, seen: dict[str, object], untick: int | None = None) -> None:
    """When the preview opens: note what it says, optionally untick a row, then press Enter."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, MarkAllDialog)
        seen["question"] = dialog.question.text()
        seen["rows"] = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        if untick is not None:
            dialog.list.item(untick).setCheckState(Qt.CheckState.Unchecked)
        seen["button"] = dialog.ok.text()
        dialog.grab().save(str(seen.get("png", "/tmp/mark_all_dialog.png")))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)


def test_ctrl_m_previews_the_entitys_other_names_and_marks_them_in_one_step(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("Volodymyr Zelenskyy")
    drag(qtbot, view, start, start + len("Volodymyr Zelenskyy"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert len(window.annotations) == 1
    seen: dict[str, object] = {}
    answer_dialog(qtbot, seen)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen["question"] == "<b>Mark 3 more mentions of Volodymyr Zelenskyy?</b>"
    assert seen["button"] == "Mark 3"
    assert any("[Zelenskyy] said the grid" in str(row) for row in seen["rows"])  # type: ignore[attr-defined]
    mentions = window.annotations
    assert [a.target.exact for a in mentions] == ["Zelenskyy", "Volodymyr Zelenskyy", "Zelenskyy", "Zelenskyy"]
    assert len({a.entity_id for a in mentions}) == 1
    qtbot.waitUntil(window.isActiveWindow)  # the preview closed: the window has the keys again
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step undoes all three
    assert [a.target.exact for a in window.annotations] == ["Volodymyr Zelenskyy"]


def test_a_row_unticked_in_the_preview_is_not_marked(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("Emmanuel Macron")
    drag(qtbot, view, start, start + len("Emmanuel Macron"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    seen: dict[str, object] = {}
    answer_dialog(qtbot, seen, untick=0)  # the headline's "Macron"
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen["question"] == "<b>Mark 2 more mentions of Emmanuel Macron?</b>" and seen["button"] == "Mark 1"
    assert [a.target.start for a in window.annotations] == [start, text.index("Macron promised")]
    assert window.undo_action.text() == "Undo Mark 1 more mention of “Emmanuel Macron”"  # (was "1 mentions")


def test_ctrl_m_never_marks_inside_a_longer_word(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("Russia denied")
    drag(qtbot, view, start, start + len("Russia"))
    qtbot.keyClick(view, Qt.Key.Key_3)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)  # "Russian" twice: not Russia
    assert QApplication.activeModalWidget() is None
    assert [a.target.exact for a in window.annotations] == ["Russia"]
    assert "Every mention of Russia is already marked" in window.statusBar().currentMessage()


def _entity_index(window: MainWindow) -> EntityIndexWindow:
    """View > Entity index… (through the controller once the window has one)."""
    controller = getattr(window, "entity_index", None)
    return controller.show() if controller is not None else window.show_entity_index()  # type: ignore[attr-defined]


def answer_box(qtbot: QtBot, seen: dict[str, object], button: str | None = None) -> None:
    """When the question box opens: note its text, then press Enter (its default) or click `button`."""
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        box.grab().save("/tmp/delete_last_mention.png")
        if button is None:
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(next(b for b in box.buttons() if b.text() == button), Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, answer)


def test_deleting_the_last_mention_offers_to_remove_the_entity(window: MainWindow, qtbot: QtBot,
                                                               tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("nt Volodymyr")
    drag(qtbot, view, start, start + 12, Qt.KeyboardModifier.AltModifier)  # a sloppy exact drag: "nt Volodymyr"
    qtbot.keyClick(view, Qt.Key.Key_1)
    [wrong] = window.annotations
    index = window.entity_index.show()
    assert [r.name for r in index.model.rows()] == ["nt Volodymyr"]
    seen: dict[str, object] = {}
    answer_box(qtbot, seen)
    qtbot.keyClick(view, Qt.Key.Key_Delete)  # the new mention is selected: Delete removes it
    assert "last mention of “nt Volodymyr”" in str(seen["text"])
    assert window.annotations == [] and window.service.entity(wrong.entity_id or "") is not None
    assert window.service.entity(wrong.entity_id or "").deleted  # type: ignore[union-attr]
    assert index.model.rows() == []
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step brings both back
    assert [a.id for a in window.annotations] == [wrong.id]
    assert not window.service.entity(wrong.entity_id or "").deleted  # type: ignore[union-attr]
    assert [r.name for r in index.model.rows()] == ["nt Volodymyr"]


def test_keeping_the_entity_hides_it_from_the_index_until_mentioned_again(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("Emmanuel Macron")
    drag(qtbot, view, start, start + len("Emmanuel Macron"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    index = window.entity_index.show()
    seen: dict[str, object] = {}
    answer_box(qtbot, seen, "Keep the entity")
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert window.annotations == [] and "Emmanuel Macron" in [e.name for e in window.service.entities()]
    assert index.model.rows() == []  # no mention: not listed
    drag(qtbot, view, start, start + len("Emmanuel Macron"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    assert [r.name for r in index.model.rows()] == ["Emmanuel Macron"]
