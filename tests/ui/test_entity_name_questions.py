"""The Entities dock's Merge selected and Rename… as a reader uses them (an outside tester, stop 58): the reader
chooses whose name a merge keeps (it kept the one with more mentions in the open document and renamed every
mention elsewhere, silently), and a rename to another entity's name asks whether to merge the two or keep two of
one name (it made a second one beside the first)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.entities_panel import EntityRow
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample, select_quote


def _mark(window: MainWindow, quote: str, name: str, n: int = 1) -> None:
    start, end = select_quote(window, quote, n)
    doc = window.service.library.store.documents()[0].id
    window._run(lambda: window.service.library.annotate(doc, AnnotationInput(  # (the named entity: the setting)
        Kind.ENTITY, start, end, label="PERSON", entity_name=name), creator="x")[1])


def _select(window: MainWindow, *names: str) -> list[EntityRow]:
    panel = window.entities_panel
    panel.table.clearSelection()
    rows = panel.model.rows()
    for i, row in enumerate(rows):
        if row.name in names:
            panel.table.selectionModel().select(panel.model.index(i, 0), QItemSelectionModel.SelectionFlag.Select
                                                | QItemSelectionModel.SelectionFlag.Rows)
    return panel.selected_rows()


def _button(window: MainWindow, text: str) -> QPushButton:
    [button] = [b for b in window.entities_panel.findChildren(QPushButton) if b.text() == text]
    return button


@pytest.fixture
def marked(window: MainWindow) -> MainWindow:
    open_sample(window, "harbour_council.txt")
    _mark(window, "Lindqvist", "Lindqvist", 2)
    _mark(window, "Marta Lindqvist", "Lindqvist")
    _mark(window, "Tomas Ek", "Marta L.")
    return window


def _names(window: MainWindow) -> list[tuple[str, str]]:
    return sorted((e.name, ", ".join(e.aliases)) for e in window.service.library.store.entities() if not e.deleted)


def test_merge_selected_keeps_the_name_the_reader_chooses(marked: MainWindow, qtbot: QtBot,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[list[str]] = []

    def choose(parent: object, title: str, label: str, items: list[str], current: int, editable: bool) -> tuple[str, bool]:
        asked.append(items)
        assert items[current].startswith("Lindqvist (PERSON, 2 mentions")  # offered: the most mentioned here
        return next(i for i in items if i.startswith("Marta L.")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    _select(marked, "Lindqvist", "Marta L.")
    qtbot.mouseClick(_button(marked, "Merge selected"), Qt.MouseButton.LeftButton)
    assert asked and _names(marked) == [("Marta L.", "Lindqvist")]  # was "Lindqvist": the most mentions here
    marked.undo()
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a: ("", False))  # cancelled: nothing merged
    _select(marked, "Lindqvist", "Marta L.")
    _button(marked, "Merge selected").click()
    assert _names(marked) == [("Lindqvist", ""), ("Marta L.", "")]


@pytest.mark.parametrize("answer, expected", [
    ("Merge into it", [("Lindqvist", "Marta L.")]),
    ("Keep two of that name", [("Lindqvist", ""), ("Lindqvist", "Marta L.")]),
    ("Cancel", [("Lindqvist", ""), ("Marta L.", "")]),
])
def test_a_rename_to_another_entitys_name_asks_merge_or_keep_two(marked: MainWindow, qtbot: QtBot,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                answer: str, expected: list[tuple[str, str]]) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Lindqvist", True))
    seen: list[str] = []

    def press() -> None:
        [box] = [b for b in marked.findChildren(QMessageBox) if b.objectName() == "rename-namesake" and b.isVisible()]
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text().replace("&", "") == answer]
        button.click()

    QTimer.singleShot(0, press)
    _select(marked, "Marta L.")
    _button(marked, "Rename…").click()
    assert seen and "already called “Lindqvist”" in seen[0]
    assert _names(marked) == expected
    if answer == "Merge into it":
        mentions = [a for a in marked.annotations if a.kind is Kind.ENTITY]
        assert len({a.entity_id for a in mentions}) == 1 and len(mentions) == 3


def test_the_inspector_names_the_entity_a_mention_belongs_to(marked: MainWindow) -> None:
    [mention] = [a for a in marked.annotations if a.target.exact == "Tomas Ek"]
    marked.select_annotation(mention.id)
    assert "Marta L." in marked.inspector.summary.text()  # (the entity, not the quote: "Tomas Ek")
    rows = {r.name: r for r in marked.entities_panel.model.rows()}
    marked._run(lambda: marked.service.merge_entities(rows["Lindqvist"].id, rows["Marta L."].id))
    assert "Lindqvist" in marked.inspector.summary.text() and "Marta L." not in marked.inspector.summary.text()


def test_choices_of_two_namesakes_are_told_apart() -> None:
    """Two entities of one name kept apart: "Merge into…" listed two identical lines, and the choice, found by its
    text, was always the first (a tester on the fixes, stop 58)."""
    from reader.ui.entity_questions import numbered

    labels = numbered(["Lindqvist (PERSON, 1)", "Ek (PERSON, 2)", "Lindqvist (PERSON, 1)", "Lindqvist (PERSON, 1)"])
    assert labels == ["Lindqvist (PERSON, 1)", "Ek (PERSON, 2)", "Lindqvist (PERSON, 1) #2", "Lindqvist (PERSON, 1) #3"]
    assert [labels.index(label) for label in labels] == [0, 1, 2, 3]
