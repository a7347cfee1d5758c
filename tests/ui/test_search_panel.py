"""A facet clicked in the search panel narrows the query to exactly that value, whatever the value holds: a tag
`say "no"` made `tag:"say "no""` and `(draft)` made `tag:(draft)`, and both found nothing (an outside tester)."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.model import Kind
from reader.services import AnnotationInput
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample as _open


def test_a_tag_facet_with_quotes_or_brackets_narrows_to_its_annotations(window: MainWindow) -> None:
    _open(window, "harbour_council.txt")
    assert window.document is not None
    tagged = {}
    for i, tag in enumerate(['say "no"', "(draft)", "rock 'n' roll", ""]):
        a, _ = window.service.annotate(window.document.id, AnnotationInput(
            Kind.HIGHLIGHT, 10 * i, 10 * i + 5, note="fish", tags=(tag,) if tag else ()))
        tagged[tag] = a.id
    panel = window.search_panel
    for tag in ('say "no"', "(draft)", "rock 'n' roll"):
        panel.query.setText("fish")
        panel.query.returnPressed.emit()
        assert panel.summary.text().startswith("4 match")
        links = [html.unescape(h) for h in re.findall(r'href="(facet:tag:[^"]*)"', panel.summary.text())]
        panel.add_facet(next(link for link in links if link == f"facet:tag:{tag}"))
        assert panel.summary.text().startswith("1 match"), (panel.query.text(), panel.summary.text())
        assert f"/{tagged[tag]}" in panel.results.toHtml()
        window.navigation.search(panel.query.text())
        assert panel.summary.text().startswith("1 match")


def test_a_tag_facet_inside_a_longer_tag_already_in_the_query_still_narrows(window: MainWindow) -> None:
    """`tag:fire` was taken for already in `tag:firefighters` (a substring), and its click did nothing (a tester on
    the fixes, stop 57)."""
    _open(window, "harbour_council.txt")
    assert window.document is not None
    both, _ = window.service.annotate(window.document.id, AnnotationInput(
        Kind.HIGHLIGHT, 0, 5, tags=("firefighters", "fire")))
    window.service.annotate(window.document.id, AnnotationInput(Kind.HIGHLIGHT, 10, 15, tags=("firefighters",)))
    panel = window.search_panel
    panel.query.setText("tag:firefighters")
    panel.query.returnPressed.emit()
    assert panel.summary.text().startswith("2 match")
    panel.add_facet("facet:tag:fire")
    assert panel.query.text() == "tag:firefighters tag:fire"
    assert panel.summary.text().startswith("1 match") and f"/{both.id}" in panel.results.toHtml()
    panel.add_facet("facet:tag:fire")  # clicked again: the term is there, not added twice
    assert panel.query.text() == "tag:firefighters tag:fire"


def test_a_search_of_words_too_common_says_so_under_the_query(window: MainWindow, qtbot: QtBot) -> None:
    """Typed "US" and Enter: the entity named so is found and the panel says it was searched as a name; "of the"
    finds nothing and says why (both found nothing, unsaid; an outside tester, stop 59)."""
    _open(window, "harbour_council.txt")
    assert window.document is not None
    start = window.document.text.index("Northern Water Authority")
    us, _ = window.service.annotate(window.document.id, AnnotationInput(
        Kind.ENTITY, start, start + 24, label="ORG", entity_name="US"))
    panel = window.search_panel
    for typed, said in (("US", "searched as a name only"), ("of the", "are too common to search for")):
        panel.query.clear()
        qtbot.keyClicks(panel.query, typed)
        qtbot.keyClick(panel.query, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: said in panel.summary.text())
    panel.query.clear()
    qtbot.keyClicks(panel.query, "US")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("1 match"))
    assert f"/{us.id}" in panel.results.toHtml()


def test_more_hits_than_the_panel_lists_says_how_many_it_shows(window: MainWindow, qtbot: QtBot) -> None:
    """60 notes hold "harbour": the panel said "60 match(es)" and listed 50, with nothing to say the other 10 were
    left out (the command line says "; showing 50"; an outside tester on search, stop 61)."""
    _open(window, "harbour_council.txt")
    assert window.document is not None
    for i in range(60):
        window.service.annotate(window.document.id, AnnotationInput(Kind.HIGHLIGHT, 5 * i, 5 * i + 4,
                                                                    note=f"harbour {i}"))
    panel = window.search_panel
    panel.query.clear()
    qtbot.keyClicks(panel.query, "harbour")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("60 match"))
    assert panel.results.toHtml().count('href="dossier:') == 50
    assert "showing the first 50" in panel.summary.text()
    panel.query.clear()
    qtbot.keyClicks(panel.query, "harbour 7")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not panel.summary.text().startswith("60 match"))
    assert "showing" not in panel.summary.text()


def test_a_facet_is_reached_and_clicked_with_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    """The facet counts under the query were links for the mouse only: Tab went from the query to the hits, and a
    keyboard user could not narrow a search by kind, status or tag (an outside tester on the panel, stop 61). Tab
    now reaches them (the summary, then each facet in turn) and Enter clicks one."""
    _open(window, "harbour_council.txt")
    assert window.document is not None
    window.service.annotate(window.document.id, AnnotationInput(Kind.HIGHLIGHT, 0, 5, note="fish"))
    window.service.annotate(window.document.id, AnnotationInput(Kind.NOTE, 10, 15, note="fish"))
    panel = window.search_panel
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    panel.query.setFocus()
    qtbot.waitUntil(panel.query.hasFocus)
    qtbot.keyClicks(panel.query, "fish")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text().startswith("2 match"))
    qtbot.keyClick(panel.query, Qt.Key.Key_Tab)
    assert panel.summary.hasFocus()
    qtbot.keyClick(panel.summary, Qt.Key.Key_Tab)  # to the first facet link
    assert panel.summary.hasFocus() and panel.summary.selectedText() in ("highlight", "note")
    qtbot.keyClick(panel.summary, Qt.Key.Key_Return)  # the first facet: kind, highlight or note
    qtbot.waitUntil(lambda: panel.summary.text().startswith("1 match"))
    assert panel.query.text() in ("fish kind:highlight", "fish kind:note")


def test_clearing_the_query_clears_its_hits_and_edits_search_nothing(window: MainWindow, qtbot: QtBot) -> None:
    """The query typed away (Ctrl+A, Delete) or cleared with the box's button: its hits stayed listed under the empty
    box, and were searched again after each edit as if still asked for (an outside tester on the search panel)."""
    _open(window, "harbour_council.txt")
    assert window.document is not None
    marks = [window.service.annotate(window.document.id, AnnotationInput(Kind.HIGHLIGHT, at, at + 5, note="fish"))[0]
             for at in (0, 10)]
    window.refresh_annotations()
    panel = window.search_panel
    window.navigation.focus_search()
    qtbot.keyClicks(panel.query, "fish")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.summary.text().startswith("2 match") and "fish" in panel.results.toPlainText()
    qtbot.keyClick(panel.query, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(panel.query, Qt.Key.Key_Delete)
    assert panel.query.text() == "" and panel.summary.text() == "" and not panel.results.toPlainText().strip()
    window.annotating.delete(marks[1].id)  # an edit (what Delete on its card does): nothing searched again
    assert len(window.annotations) == 1
    assert panel.summary.text() == "" and not panel.results.toPlainText().strip()  # (was "1 match(es)")
    qtbot.keyClicks(panel.query, "fish")
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)
    assert panel.summary.text().startswith("1 match")
    panel.query.clear()  # what the box's clear button does
    assert panel.summary.text() == "" and not panel.results.toPlainText().strip()
