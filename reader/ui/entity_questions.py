"""The questions an entity edit asks before it changes names library-wide: which of two merged entities keeps
its name (Merge selected had kept the one with more mentions in the open document, silently renaming every
mention elsewhere), and whether a rename to another entity's name merges the two or keeps two of one name
(it had made a second "Mike Pence" beside the first). Outside testers, stop 58."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from annotations.changes import Changes
from annotations.errors import DossierError
from reader.services import ReaderService


def ask_buttons(parent: QWidget | None, title: str, text: str, choices: Sequence[tuple[str, QMessageBox.ButtonRole]],
                name: str = "") -> int | None:
    """A question with one button per choice (the first is the default) and Cancel: the index of the one clicked,
    None for Cancel. The window takes the keys again after it (an activated box had kept them)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName(name)
    buttons = [box.addButton(label, role) for label, role in choices]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(buttons[0])
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if parent is not None:
        parent.activateWindow()
    return buttons.index(clicked) if clicked in buttons else None


def numbered(labels: list[str]) -> list[str]:
    """Choices told apart: a label that repeats an earlier one gets " #2", " #3"… (a list of two "Lindqvist (PERSON,
    1)" gave the first whichever was picked: the choice is found by its text; a tester on the fixes, stop 58)."""
    seen: dict[str, int] = {}
    out = []
    for label in labels:
        seen[label] = seen.get(label, 0) + 1
        out.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return out


def ask_keep(parent: QWidget, names: Sequence[tuple[str, str, int]], default: int) -> int | None:
    """Of entities about to be merged, given as (name, type, mentions), the index of the one whose name stays —
    None when the reader cancels."""
    labels = numbered([f"{name} ({type_}, {mentions} mention{'s' if mentions != 1 else ''} here)"
                       for name, type_, mentions in names])
    mixed = len({type_ for _, type_, _ in names}) > 1
    choice, ok = QInputDialog.getItem(
        parent, "Merge entities",
        "Keep which name? The other becomes an alias, and its mentions and claims in every document move to the "
        "one kept" + (" and take its type." if mixed else "."), labels, default, False)
    return labels.index(choice) if ok and choice in labels else None


def rename_or_merge(parent: QWidget, service: ReaderService, run: Callable[[Callable[[], Changes]], object],
                    entity_id: str, name: str) -> None:
    """Rename `entity_id` to `name`; when another entity of its type already has that name, ask first: merge
    into it, keep two entities of one name (two people who share it), or cancel."""
    try:
        other = service.namesake(entity_id, name)
    except DossierError:  # (gone meanwhile: the rename says so)
        other = None
    if other is None:
        run(lambda: service.rename_entity(entity_id, name))
        return
    answer = ask_buttons(parent, "Rename entity", f"Another {other.type} is already called “{other.name}”.\n\nMerge "
                         "the two into it (the mentions and claims move there, this name becomes an alias), or keep "
                         "two entities of one name (two who share it)? Undo takes either back.",
                         [("Merge into it", QMessageBox.ButtonRole.AcceptRole),
                          ("Keep two of that name", QMessageBox.ButtonRole.NoRole)], "rename-namesake")
    if answer == 0:
        run(lambda: service.merge_entities(other.id, entity_id))
    elif answer == 1:
        run(lambda: service.rename_entity(entity_id, name))
