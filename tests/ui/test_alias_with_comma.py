"""An alias holding a comma ("Washington, D.C.", "Roe, Jane" — a rename keeps the old name as an alias) survives the
Aliases… dialog: the dialog showed the aliases joined by ", " and read the line back split at every comma, so OK —
even with nothing changed — turned "Washington, D.C." into two aliases, "Washington" and "D.C." (after which
Ctrl+M and the suggestions took every "Washington" for the place; an outside tester on the window). The line now
quotes a name holding a comma, as the Inspector's tag line does, and reads it back the same way; left as shown, it
stores nothing (it made an undo step that changed nothing)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_file, select_quote

TEXT = ("Talks in Washington, D.C. ended on Friday.\n\n"
        "George Washington University hosted the press conference.\n")


def _answer(qtbot: QtBot, keys: str, asked: list[str], replace: bool = False) -> None:
    """When the next input dialog shows, type `keys` at the end of its line (`replace`: over all of it) and press
    Return; what it showed is kept in `asked`."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        line = dialog.findChild(QLineEdit)
        assert line is not None
        asked.append(line.text())
        qtbot.keyClick(line, Qt.Key.Key_A if replace else Qt.Key.Key_End,
                       Qt.KeyboardModifier.ControlModifier if replace else Qt.KeyboardModifier.NoModifier)
        qtbot.keyClicks(line, keys)
        qtbot.keyClick(line, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)


def _press(window: MainWindow, text: str) -> None:
    [button] = [b for b in window.entities_panel.findChildren(QPushButton) if b.text() == text]
    button.click()


def _place(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> str:
    """The article open, "Washington, D.C." marked as a place (key 3) and chosen in the Entities dock."""
    (tmp_path / "talks.txt").write_text(TEXT, encoding="utf-8")
    open_file(window, tmp_path / "talks.txt")
    select_quote(window, "Washington, D.C.")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)
    window.docks["entities"].raise_()
    panel = window.entities_panel
    [row] = panel.model.rows()
    panel.table.selectionModel().select(panel.model.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                        | QItemSelectionModel.SelectionFlag.Rows)
    return row.id


def test_an_alias_with_a_comma_stays_one_alias_through_the_aliases_dialog(window: MainWindow, qtbot: QtBot,
                                                                         tmp_path: Path) -> None:
    entity_id = _place(window, qtbot, tmp_path)
    asked: list[str] = []
    _answer(qtbot, "Washington DC", asked, replace=True)
    _press(window, "Rename…")  # "Washington DC": the old name stays, as an alias
    assert asked == ["Washington, D.C."]
    entity = window.service.entity(entity_id)
    assert entity is not None and (entity.name, entity.aliases) == ("Washington DC", ("Washington, D.C.",))
    asked.clear()
    _answer(qtbot, "", asked)
    window.entities_panel.table.selectionModel().select(
        window.entities_panel.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    _press(window, "Aliases…")  # opened and left as shown
    entity = window.service.entity(entity_id)
    assert entity is not None and entity.aliases == ("Washington, D.C.",)
    assert window.undo_action.text() == "Undo Rename “Washington, D.C.”"  # and no step of its own
    asked.clear()
    _answer(qtbot, ", DC", asked)
    _press(window, "Aliases…")  # one more alias typed after the shown ones
    entity = window.service.entity(entity_id)
    assert entity is not None and entity.aliases == ("Washington, D.C.", "DC")
    assert asked == ['"Washington, D.C."']  # shown quoted, as the tag line quotes a tag holding a comma


def test_the_entity_index_keeps_an_alias_with_a_comma_too(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    entity_id = _place(window, qtbot, tmp_path)
    window.service.rename_entity(entity_id, "Washington DC")  # (the old name kept as an alias)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # View > Entity index…
    index = window.entity_index.show()
    index.choose(entity_id)
    asked: list[str] = []
    _answer(qtbot, "", asked)
    index.aliases_button.click()
    entity = window.service.entity(entity_id)
    assert entity is not None and entity.aliases == ("Washington, D.C.",)
    assert asked == ['"Washington, D.C."']
