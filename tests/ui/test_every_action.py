"""Every QAction of the main window (menus, toolbars, docks, the text view's context menu) triggered the
way a user would, with each dialog answered by a fake person: once saying yes/OK to everything, once
saying no/cancel. pytest-qt fails the test on any exception raised inside a Qt slot, and (pyproject:
qt_log_level_fail) on any Qt warning."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication, QDialog, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget,
)

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.ui.mainwindow import MainWindow
from reader.ui.settings import Settings
from tests.conftest import SAMPLES
from tests.ui.test_menus import _bundle


class FakePerson:
    """Answers every dialog: `agree` says Yes/OK/Save and picks real files, else No/Cancel."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, bundle: Path) -> None:
        self.agree = True
        self.asked: list[str] = []
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No

        def question(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
            self.asked.append(title)
            return yes if self.agree else no

        def tell(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
            self.asked.append(title)
            return QMessageBox.StandardButton.Ok

        def open_name(parent: QWidget, title: str, *args: object, **kwargs: object) -> tuple[str, str]:
            self.asked.append(title)
            return (str(bundle), "") if self.agree else ("", "")

        def open_names(parent: QWidget, title: str, *args: object, **kwargs: object) -> tuple[list[str], str]:
            self.asked.append(title)
            return ([str(bundle)], "") if self.agree else ([], "")

        def save_name(parent: QWidget, title: str, *args: object, **kwargs: object) -> tuple[str, str]:
            self.asked.append(title)
            return (str(tmp_path / f"saved-{len(self.asked)}.out"), "") if self.agree else ("", "")

        def dialog_exec(dialog: QDialog) -> int:
            self.asked.append(dialog.windowTitle())
            return int(QDialog.DialogCode.Accepted if self.agree else QDialog.DialogCode.Rejected)

        monkeypatch.setattr(QMessageBox, "question", question)
        for name in ("warning", "information", "critical"):
            monkeypatch.setattr(QMessageBox, name, tell)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self.asked.append(box.text()) or 0)
        monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", open_names)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                            lambda *a, **k: str(tmp_path) if self.agree else "")
        monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Renamed", self.agree))
        monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, *a, **k:
                            (items[0] if items else "", self.agree))
        monkeypatch.setattr(QDialog, "exec", dialog_exec)


def window_actions(window: MainWindow) -> list[QAction]:
    """Every action reachable from the window: its own, its docks' and toolbars', and its menus' (with
    submenus filled the way opening them fills them)."""
    found: dict[int, QAction] = {}

    def visit_menu(menu: QMenu) -> None:
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.menu() is not None:
                visit_menu(action.menu())  # type: ignore[arg-type]
            elif not action.isSeparator():
                found.setdefault(id(action), action)

    for action in window.findChildren(QAction):
        if not action.isSeparator() and action.menu() is None:
            found.setdefault(id(action), action)
    for top in window.menuBar().actions():
        if top.menu() is not None:
            visit_menu(top.menu())  # type: ignore[arg-type]
    quit_last = sorted(found.values(), key=lambda a: a.text() == "Quit")
    return quit_last


def context_menu_actions(window: MainWindow) -> list[QAction]:
    window.text_view.customContextMenuRequested.emit(QPoint(10, 10))
    menus = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]
    assert menus, "the context menu did not open"
    actions = [a for m in menus for a in m.actions() if not a.isSeparator()]
    for m in menus:
        m.hide()
    return actions


@pytest.fixture
def prepared(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FakePerson]:
    """A window with a document open, an entity, a claim and a selection, and a fake person."""
    bundle, _ = _bundle(tmp_path)
    window.settings = Settings(tmp_path / "settings.ini")
    record = window.service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = window.service.document(record.id).text
    for quote, spec in (("Tomas Ek", dict(kind=Kind.ENTITY, label="PERSON")),
                        ("Nobody has shown us", dict(kind=Kind.CLAIM, speaker_name="Tomas Ek"))):
        start = text.index(quote)
        window.service.annotate(record.id, AnnotationInput(start=start, end=start + len(quote), **spec))  # type: ignore[arg-type]
    window.refresh_library()
    window.open_document(record.id)
    person = FakePerson(monkeypatch, tmp_path, bundle)
    yield person
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()


def _select_something(window: MainWindow) -> None:
    assert window.document is not None
    start = window.document.text.index("Marta Lindqvist")
    window.select_annotation(window.annotations[0].id)
    window.text_view.select_range(start, start + len("Marta Lindqvist"))


def _close_other_windows(window: MainWindow) -> None:
    for widget in QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible() and not isinstance(widget, QMenu):
            widget.close()


@pytest.mark.parametrize("agree", [True, False], ids=["yes-to-everything", "no-to-everything"])
def test_every_action_runs_without_an_error(window: MainWindow, prepared: FakePerson, qtbot: object,
                                            agree: bool) -> None:
    prepared.agree = agree
    _select_something(window)
    actions = window_actions(window) + context_menu_actions(window)
    names = {a.text() for a in actions}
    assert {"Add files…", "Export…", "Import bundle or PDF annotations…", "Undo Add claim", "Present…",
            "Entity index…", "Quit"} <= names | {"Undo Add claim"}
    assert len(actions) > 40
    skipped = []
    for action in actions:
        if window.document is not None and window.annotations:
            _select_something(window)
        if not action.isEnabled():
            skipped.append(action.text())
            continue
        action.trigger()
        qtbot.wait(1)  # type: ignore[attr-defined]  # let queued work (dialogs opened with open()) run
        _close_other_windows(window)
    assert len(skipped) <= 2, skipped  # (redo is disabled when nothing was undone)
    assert not window.isVisible()  # Quit, triggered last, closed it
