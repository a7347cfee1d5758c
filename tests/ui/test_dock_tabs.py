"""Each group of tabbed docks shows one tab bar: Qt 6.11 left the bar of "Annotations | Entities" drawn behind the
Annotations list after Suggestions joined the group (half visible above the cards with a PDF open; an outside
tester, stop 52)."""
from __future__ import annotations

from PySide6.QtWidgets import QTabBar

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def _shown_tabs(window: MainWindow) -> list[list[str]]:
    return sorted([bar.tabText(i) for i in range(bar.count())] for bar in window.findChildren(QTabBar)
                  if bar.isVisible())


def test_one_tab_bar_for_each_group_of_docks(window: MainWindow, qtbot: object) -> None:
    open_sample(window, "flood_review.pdf")
    qtbot.waitUntil(lambda: window.page_bar.isVisible())  # type: ignore[attr-defined]
    assert _shown_tabs(window) == [["Annotations", "Entities", "Suggestions"], ["Library", "Search", "Outline"]]
    window.suggest_action.trigger()  # the Suggestions dock comes forward
    assert _shown_tabs(window) == [["Annotations", "Entities", "Suggestions"], ["Library", "Search", "Outline"]]


def test_the_window_fits_a_small_screen_and_the_reading_column_stays_readable(window: MainWindow,
                                                                             qtbot: object) -> None:
    """The panels' minimum sizes, added up down the right side with the docks tabbed there, kept the window from
    being smaller than 763 × 891 (a 1366 × 768 laptop lost the Claims table and the status bar off the screen),
    and in a narrow window the reading column was 60 px wide (an outside tester, stop 54). The Inspector, Entities
    and Suggestions scroll instead, and the docks give way before the reading column."""
    open_sample(window, "harbour_council.txt")
    for size in ((1366, 768), (640, 480)):
        window.resize(*size)
        qtbot.waitUntil(lambda size=size: (window.width(), window.height()) == size)  # type: ignore[attr-defined]
        assert window.centralWidget().width() >= 300
        assert window.statusBar().geometry().bottom() < window.height()
