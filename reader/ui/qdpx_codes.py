"""Importing a REFI-QDA project: what each of its codes becomes (an entity type, a claim, a tag), asked
before the import preview. The defaults are the importer's (`annotations.export.qdpx_read.CodeMap`)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget, QVBoxLayout, QWidget,
)

from annotations.codebook import Codebook


def options(codebook: Codebook) -> list[tuple[str, str]]:
    """(what the menu shows, the override value) for every choice."""
    out = [(f"Entity: {et.label}", f"entity:{et.label}") for et in codebook.entity_types]
    out.append(("Claim", "claim"))
    out += [(f"Claim: {tag.label}", f"claim:{tag.label}") for tag in codebook.claim_tags]
    out += [("Tag (a highlight tagged with the code's name)", "tag"), ("Highlight", "highlight"), ("Note", "note")]
    return out


class CodesDialog(QDialog):
    """One row per code of the project, a menu each; `mapping()` is what to pass as `codes`."""

    def __init__(self, name: str, codes: list[tuple[str, str]], codebook: Codebook,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import a REFI-QDA project")
        self.resize(560, 420)
        self.table = QTableWidget(len(codes), 2)
        self.table.setHorizontalHeaderLabels(["Code", "Becomes"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.menus: list[tuple[str, QComboBox]] = []
        choices = options(codebook)
        for row, (code, default) in enumerate(codes):
            label = QLabel(code)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a code's name is text, never markup
            self.table.setCellWidget(row, 0, label)
            menu = QComboBox()
            for text, value in choices:
                menu.addItem(text, value)
            index = menu.findData(default)
            menu.setCurrentIndex(index if index >= 0 else menu.findData("tag"))
            self.table.setCellWidget(row, 1, menu)
            self.menus.append((code, menu))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        intro = QLabel(f"What should each code of “{name}” become? Every coded passage becomes one annotation.")
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, str]:
        return {code: str(menu.currentData()) for code, menu in self.menus}
