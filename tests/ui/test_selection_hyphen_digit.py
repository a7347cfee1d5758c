"""A drag over a name with a hyphen and a digit ("Vesterby-2", "COVID-19") selects the whole name: the drag
ends over the left half of the last digit (the caret lands before it) and the mark key stores all of it."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_selection import drag, open_article

TEXT = "Plant report\n\nThe plant Vesterby-2 will run at 300 MW from October, said Sofia Rautio of Nordgrid AB.\n" \
       "COVID-19 slowed the work on pages 10-12 of the plan.\n"


def test_a_drag_over_a_name_ending_in_a_digit_marks_the_whole_name(window: MainWindow, qtbot: QtBot,
                                                                    tmp_path: Path) -> None:
    open_article(window, tmp_path, TEXT)
    view = window.text_view
    i = TEXT.index("Vesterby-2")
    drag(qtbot, view, i, i + len("Vesterby-"))  # released over the left half of "2"
    qtbot.keyClick(view, Qt.Key.Key_3)
    i = TEXT.index("COVID-19")
    drag(qtbot, view, i + 1, i + len("COVID-1"))
    qtbot.keyClick(view, Qt.Key.Key_2)
    i = TEXT.index("10-12")
    drag(qtbot, view, i, i + 2)  # a range of numbers: the first number alone
    qtbot.keyClick(view, Qt.Key.Key_5)
    assert [a.target.exact for a in window.annotations] == ["Vesterby-2", "COVID-19", "10"]
