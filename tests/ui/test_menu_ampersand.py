"""A name with "&" in a menu: Qt reads "&" in a menu item as the mark of its keyboard shortcut, so Edit > Undo said
"Undo Properties of “QA: Halvorsen  Partners…”" (the "&"s gone, the letters after them underlined) and File > Recent
listed the title so too (an outside tester on the window's core loop). The names are shown as they are."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction

from annotations.doc_properties import DocumentProperties
from reader.ui.mainwindow import MainWindow
from reader.ui.settings import Settings
from tests.ui.window_steps import open_sample

TITLE = "Q&A: Halvorsen & Partners on the barrier"


def shown(action: QAction) -> str:
    """What a menu shows for `action`: "&&" is one "&", a lone "&" marks the next letter and is not shown."""
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")


def test_undo_redo_and_recent_show_a_title_with_an_ampersand(window: MainWindow, tmp_path: Path) -> None:
    window.settings = Settings(tmp_path / "settings.ini")
    doc = open_sample(window)
    window.session.run(lambda: window.service.set_document_properties(doc, DocumentProperties(title=TITLE)))
    assert shown(window.undo_action) == f"Undo Properties of “{TITLE}”"
    window.undo_action.trigger()
    assert shown(window.redo_action) == f"Redo Properties of “{TITLE}”"
    assert "&" not in window.redo_action.iconText()  # (the toolbar button says "Redo")
    window.redo_action.trigger()
    window.open_document(doc)  # (a document opened is a recent one)
    window.recent_menu.aboutToShow.emit()
    assert [shown(a) for a in window.recent_menu.actions()] == [TITLE]


def test_an_entity_type_named_with_an_ampersand_shows_it(window: MainWindow) -> None:
    """File > Codebook… takes any name: "Date & time" was "4 Date  time" on its button and in the right-click menu."""
    from dataclasses import replace

    from PySide6.QtWidgets import QToolButton

    book = window.service.codebook()
    types = tuple(replace(t, name="Date & time") if t.label == "DATE" else t for t in book.entity_types)
    window.session.run(lambda: window.service.set_codebook(replace(book, entity_types=types)))
    [action] = [a for a in window.type_actions if "Date" in a.text()]
    assert shown(action) == "4 Date & time"
    button = window.type_bar.widgetForAction(action)
    assert isinstance(button, QToolButton)
    assert button.text().replace("&&", "&") == "4 Date & time"
