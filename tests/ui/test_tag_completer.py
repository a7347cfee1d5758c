"""The tag line completes the tag being typed, not the whole line: "covid, sp" offered nothing, so only a line's first
tag was ever completed (the window-core tester, stop 60). Choosing a completion keeps the tags before it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample


def test_the_tag_after_the_last_comma_is_completed_and_the_others_kept(window: MainWindow, qtbot: QtBot) -> None:
    doc_id = open_sample(window, "harbour_council.txt")
    text = window.document.text  # type: ignore[union-attr]
    for quote, tags in (("Tomas Ek", ("covid", "spain")), ("Marta Lindqvist", ("sports", "deaths, projections"))):
        start = text.index(quote)
        window.service.library.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + len(quote), tags=tags))
    window.refresh_library()
    window.open_document(doc_id)
    start = text.index("tidal barrier")
    mark, _ = window.service.library.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + 13))
    window.open_document(doc_id)
    window.select_annotation(mark.id)
    line = window.inspector.tags
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    qtbot.keyClicks(line, "covid, sp")
    completer = line.completer()
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    offered = [completer.completionModel().index(i, 0).data() for i in range(completer.completionModel().rowCount())]
    assert offered == ["spain", "sports"]
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert line.text() == "covid, sports"
    qtbot.keyClicks(line, ", proj")
    qtbot.waitUntil(lambda: completer.popup().isVisible())
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert line.text() == 'covid, sports, "deaths, projections"'
    qtbot.keyClick(line, Qt.Key.Key_Return)
    stored = next(a for a in window.service.annotations(doc_id) if a.id == mark.id)
    assert stored.tags == ("covid", "sports", "deaths, projections")


def test_a_tag_typed_in_quotes_is_completed_as_one_tag(window: MainWindow, qtbot: QtBot) -> None:
    """A tag holding a comma is typed in quotes, as the line's placeholder says: the comma inside the quotes was taken
    for the one before the tag being typed, so '"deaths, pro' completed to 'deaths, "deaths, projections"' and a stray
    tag "deaths" was stored; and '"dea' (the quote typed first) offered nothing (an outside tester)."""
    doc_id = open_sample(window, "harbour_council.txt")
    text = window.document.text  # type: ignore[union-attr]
    start = text.index("Marta Lindqvist")
    window.service.library.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + 15,
                                                            tags=("covid", "deaths, projections")))
    window.refresh_library()
    start = text.index("tidal barrier")
    mark, _ = window.service.library.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, start, start + 13))
    window.open_document(doc_id)
    window.select_annotation(mark.id)
    line = window.inspector.tags
    line.setFocus()
    qtbot.waitUntil(line.hasFocus)
    completer = line.completer()
    for typed, chosen in (('"deaths, pro', '"deaths, projections"'), (', "cov', '"deaths, projections", covid')):
        qtbot.keyClicks(line, typed)
        qtbot.waitUntil(lambda: completer.popup().isVisible())
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
        qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
        assert line.text() == chosen
    qtbot.keyClick(line, Qt.Key.Key_Return)
    stored = next(a for a in window.service.annotations(doc_id) if a.id == mark.id)
    assert stored.tags == ("deaths, projections", "covid")
