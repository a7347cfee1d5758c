"""Completion for the Inspector's tag line: the tag being typed — the last of the comma-separated line — is
completed, and choosing one keeps the tags before it. A plain QCompleter completed the whole line, so only the first
tag was ever offered ("covid, sp" offered nothing; the window-core tester, stop 60)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QCompleter

from annotations.tag_line import parse_tag_line, tag_line


class TagCompleter(QCompleter):
    """Completes the tag after the last comma of its line (case-insensitive, anywhere in the tag)."""

    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self._before: tuple[str, ...] = ()
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt override
        """(Called as the person types: the tags before the last comma are kept for `pathFromIndex`, which is also
        called while a completion is highlighted — the line then holds it, quotes and all.)"""
        before, typed = _split_last(path)
        self._before = tuple(parse_tag_line(before)) if before.strip() else ()
        return [typed.strip().removeprefix('"').replace('""', '"')]

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:  # noqa: N802 - Qt override
        return tag_line((*self._before, str(index.data(Qt.ItemDataRole.DisplayRole) or "")))


def _split_last(line: str) -> tuple[str, str]:
    """(the tags before, the tag being typed): cut at the last comma outside quotes. A comma inside a quoted tag being
    typed ('"deaths, pro') was taken for the cut, and choosing its completion stored a stray tag "deaths" (an outside
    tester)."""
    inside, cut = False, -1
    for i, mark in enumerate(line):
        if mark == '"':
            inside = not inside
        elif mark == "," and not inside:
            cut = i
    return (line[:cut], line[cut + 1:]) if cut >= 0 else ("", line)
