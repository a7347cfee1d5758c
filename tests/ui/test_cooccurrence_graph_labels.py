"""The chosen entity's name, drawn bold in the centre of the "appears with" picture, fits its box: the box was
measured with the regular font, so a bold name ran past both ends of it ("Jonas Albrecht" touched the outline; an
outside tester looking at the Entity index window, stop 61)."""
from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from pytestqt.qtbot import QtBot

from reader.ui.cooccurrence_graph import CooccurrenceGraph


def test_the_bold_centre_name_fits_its_box(qtbot: QtBot) -> None:
    graph = CooccurrenceGraph()
    qtbot.addWidget(graph)
    graph.resize(600, 400)
    name = "Jonas Albrecht"
    graph.set_graph(("e1", name, "#FFA500"), [("e2", "Ostkraft", "#8E6BBF", 1)])
    graph.grab()  # paints: the nodes are laid out as drawn
    [(centre_id, box)] = [(i, r) for i, r in graph._nodes if i == "e1"]
    bold = graph.font()
    bold.setBold(True)
    assert box.width() >= QFontMetrics(bold).horizontalAdvance(name) + 16
    [(_, other)] = [(i, r) for i, r in graph._nodes if i == "e2"]
    assert other.width() >= QFontMetrics(graph.font()).horizontalAdvance("Ostkraft (1)") + 16
