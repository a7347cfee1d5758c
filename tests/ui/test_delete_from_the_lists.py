"""Delete deletes the selected annotation wherever it was selected, as the Keyboard table says: a card clicked in
the Annotations dock, or a row of the Claims dock, selected the annotation (the Inspector showed it), and Delete
then did nothing, with no word why — only the reading view took the key (an outside tester on the window). Undo
brings it back. It deletes the card or row highlighted there (the arrow keys move it, and now choose its annotation
too)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from reader.ui.models import ROW_ROLE
from tests.ui.window_steps import open_file, select_quote

ARTICLE = Path(__file__).parent.parent / "data" / "news-html" / "bbc.com.52241221.html"
CLAIM = "Spain has recorded about 157,000 cases"


def _marked(window: MainWindow, qtbot: QtBot, more: tuple[str, int] | None = None) -> str:
    """The article with a highlight on "Hart Island" and a claim (and one on the `more` occurrence of those words);
    the keyboard back in the reading view."""
    document_id = open_file(window, ARTICLE)
    for words, key in (("Hart Island", Qt.Key.Key_H), (CLAIM, Qt.Key.Key_C)):
        select_quote(window, words)
        window.text_view.setFocus()
        qtbot.keyClick(window.text_view, key)
    if more is not None:
        select_quote(window, *more)
        window.text_view.setFocus()
        qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    window.text_view.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return document_id


def _quotes(window: MainWindow, document_id: str) -> list[str]:
    return sorted(a.target.exact for a in window.service.annotations(document_id))


def test_delete_on_a_card_deletes_its_annotation(window: MainWindow, qtbot: QtBot) -> None:
    document_id = _marked(window, qtbot)
    [highlight] = [a for a in window.annotations if a.target.exact == "Hart Island"]
    cards = window.annotations_panel
    qtbot.mouseClick(cards.list.viewport(), Qt.MouseButton.LeftButton, pos=cards.card_rect(highlight.id).center())
    assert window.session.selected == highlight.id and QApplication.focusWidget() is cards.list
    qtbot.keyClick(cards.list, Qt.Key.Key_Delete)
    assert _quotes(window, document_id) == [CLAIM]
    window.undo_action.trigger()
    assert _quotes(window, document_id) == ["Hart Island", CLAIM]


def test_delete_on_a_claims_row_deletes_the_claim(window: MainWindow, qtbot: QtBot) -> None:
    document_id = _marked(window, qtbot)
    table = window.claim_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.claim_proxy.index(0, 0)).center())
    assert window.session.current() is not None and window.session.current().target.exact == CLAIM  # type: ignore[union-attr]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert _quotes(window, document_id) == ["Hart Island"]


def test_delete_acts_on_the_card_the_keys_moved_to(window: MainWindow, qtbot: QtBot) -> None:
    """Delete deletes the card the arrow keys moved to, never the annotation clicked before, out of the person's
    sight."""
    document_id = _marked(window, qtbot)
    [highlight] = [a for a in window.annotations if a.target.exact == "Hart Island"]
    cards = window.annotations_panel
    qtbot.mouseClick(cards.list.viewport(), Qt.MouseButton.LeftButton, pos=cards.card_rect(highlight.id).center())
    qtbot.keyClick(cards.list, Qt.Key.Key_Down)  # on to the claim's card
    assert cards.list.currentIndex().row() == 1
    qtbot.keyClick(cards.list, Qt.Key.Key_Delete)
    assert _quotes(window, document_id) == ["Hart Island"]


def test_delete_on_a_claims_status_cell_deletes_its_claim(window: MainWindow, qtbot: QtBot) -> None:
    document_id = _marked(window, qtbot)
    table = window.claim_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.claim_proxy.index(0, 2)).center())  # the Status cell
    qtbot.keyClick(table, Qt.Key.Key_Backspace)
    assert _quotes(window, document_id) == ["Hart Island"]


def test_the_arrow_keys_on_the_cards_and_claims_rows_choose_the_annotation(window: MainWindow, qtbot: QtBot) -> None:
    """They moved the highlight while the Inspector kept the annotation clicked before (the window-core tester,
    stop 60): now they choose it, as a click does, and the keys stay in the list."""
    document_id = _marked(window, qtbot, more=("Hart Island", 2))  # a second claim, for the table
    [highlight] = [a for a in window.annotations if a.kind.value == "highlight"]
    cards = window.annotations_panel
    cards.list.scrollToTop()  # (the last claim's card was brought into view)
    qtbot.mouseClick(cards.list.viewport(), Qt.MouseButton.LeftButton, pos=cards.card_rect(highlight.id).center())
    assert window.session.selected == highlight.id
    shown = []
    for _ in range(2):
        qtbot.keyClick(cards.list, Qt.Key.Key_Down)
        current = cards.list.currentIndex().data(ROW_ROLE).id
        assert window.session.selected == current == window.inspector.annotation_id()
        shown.append(current)
    assert len(set(shown)) == 2 and QApplication.focusWidget() is cards.list
    table = window.claim_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualRect(window.claim_proxy.index(0, 0)).center())
    first = window.session.selected
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert window.session.selected != first and window.session.selected == window.inspector.annotation_id()
    assert window.session.selected == table.currentIndex().data(ROW_ROLE).id and QApplication.focusWidget() is table
    assert len(_quotes(window, document_id)) == 3
