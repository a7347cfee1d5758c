"""Ctrl+M on a Ukrainian article (break18 bug 14): the case forms of the person are marked, a namesake with
another given name ("Сергій Зеленський") and the feminine form ("Олена Зеленська") are not."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_marking import answer_dialog
from tests.ui.test_selection import drag, open_article

ARTICLE = """Родина Зеленських

Президент Володимир Зеленський прибув до Львова. Зеленського зустріли мешканці, а Зеленському подарували квіти.
Перша леді Олена Зеленська відвідала школу. Сергій Зеленський, фермер, теж прийшов до школи.
"""


def test_ctrl_m_marks_ukrainian_case_forms_and_not_a_namesake(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    open_article(window, tmp_path, ARTICLE)
    view, text = window.text_view, ARTICLE
    start = text.index("Володимир Зеленський")
    drag(qtbot, view, start, start + len("Володимир Зеленський"))
    qtbot.keyClick(view, Qt.Key.Key_1)
    seen: dict[str, object] = {"png": "/tmp/mark_all_uk.png"}
    answer_dialog(qtbot, seen)
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert seen["question"] == "<b>Mark 2 more mentions of Володимир Зеленський?</b>"
    assert not any("фермер" in str(row) for row in seen["rows"])  # type: ignore[attr-defined]
    assert [a.target.exact for a in window.annotations] == ["Володимир Зеленський", "Зеленського", "Зеленському"]
    assert len({a.entity_id for a in window.annotations}) == 1
