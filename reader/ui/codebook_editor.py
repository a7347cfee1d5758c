"""Codebook editor: entity types (name, colour, key) and claim tags. Labels are the stable identity of a
type (annotations refer to them), so a label is added, never renamed; names, colours and keys change freely."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QInputDialog, QLabel, QMessageBox, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from annotations.codebook import ClaimTag, Codebook, EntityType
from annotations.colour_check import closeness_warning
from annotations.errors import ValidationError
from reader.ui.theme import PAGE, SELECTION


class CodebookEditor(QDialog):
    def __init__(self, codebook: Codebook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Codebook")
        self.resize(560, 520)
        self.codebook = codebook
        self.types = QTableWidget(0, 4)
        self.types.setHorizontalHeaderLabels(["Label", "Name", "Colour", "Key"])
        self.tags = QTableWidget(0, 2)
        self.tags.setHorizontalHeaderLabels(["Label", "Name"])
        for table in (self.types, self.tags):
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(1, table.horizontalHeader().ResizeMode.Stretch)
        add_type, add_tag, colour = QPushButton("Add type…"), QPushButton("Add claim tag…"), QPushButton("Colour…")
        self.colour_button = colour
        self.warning = QLabel()
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b35900;")
        add_type.clicked.connect(self._add_type)
        add_tag.clicked.connect(self._add_tag)
        colour.clicked.connect(self._pick_colour)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for b in (add_type, colour, add_tag):
            row.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Entity types (keys 1–9 mark a selection)"))
        layout.addWidget(self.types)
        layout.addWidget(QLabel("Claim tags"))
        layout.addWidget(self.tags)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self._fill()
        self.types.itemChanged.connect(self._changed)

    def _fill(self) -> None:
        self.types.blockSignals(True)  # rows are half-filled until the loop ends: no colour check meanwhile
        self.types.setRowCount(0)
        for et in self.codebook.entity_types:
            r = self.types.rowCount()
            self.types.insertRow(r)
            label = QTableWidgetItem(et.label)
            label.setFlags(label.flags() & ~label.flags().ItemIsEditable)
            swatch = QTableWidgetItem(et.color)
            _paint_swatch(swatch, QColor(et.color))
            for c, item in enumerate((label, QTableWidgetItem(et.name), swatch, QTableWidgetItem(et.key))):
                self.types.setItem(r, c, item)
        self.types.blockSignals(False)
        self.tags.setRowCount(0)
        for tag in self.codebook.claim_tags:
            r = self.tags.rowCount()
            self.tags.insertRow(r)
            label = QTableWidgetItem(tag.label)
            label.setFlags(label.flags() & ~label.flags().ItemIsEditable)
            self.tags.setItem(r, 0, label)
            self.tags.setItem(r, 1, QTableWidgetItem(tag.name))
        self._check_colours()

    def _changed(self, item: QTableWidgetItem) -> None:
        """A colour typed into its cell repaints the swatch (it kept the old colour beside the new name)."""
        if item.column() == 2 and QColor.isValidColorName(item.text().strip()):
            self.types.blockSignals(True)
            _paint_swatch(item, QColor(item.text().strip()))
            self.types.blockSignals(False)
        self._check_colours()

    def _check_colours(self) -> None:
        """Warn (never refuse: the team may want it) when two colours are too close to tell apart."""
        try:
            book = self.edited()
        except ValidationError:
            return  # a half-typed colour or key: _accept says what is wrong
        text = closeness_warning(book, {theme: (PAGE[theme], SELECTION[theme]) for theme in PAGE})
        self.warning.setText(text)
        self.warning.setVisible(bool(text))

    def edited(self) -> Codebook:
        """The codebook as the tables show it; ValidationError for a bad colour or a duplicate key."""
        types = []
        for r in range(self.types.rowCount()):
            cells = [self.types.item(r, c).text().strip() for c in range(4)]  # type: ignore[union-attr]
            types.append(EntityType(label=cells[0], name=cells[1] or cells[0], color=cells[2], key=cells[3]))
        keys = [t.key for t in types if t.key]
        if len(keys) != len(set(keys)) or any(k not in "123456789" or len(k) != 1 for k in keys):
            raise ValidationError("Keys must be single digits 1–9, each used once.")
        tags = [ClaimTag(self.tags.item(r, 0).text(), self.tags.item(r, 1).text().strip()  # type: ignore[union-attr]
                         or self.tags.item(r, 0).text()) for r in range(self.tags.rowCount())]  # type: ignore[union-attr]
        book = replace(self.codebook, entity_types=(), claim_tags=())
        for et in types:
            book = book.with_entity_type(et)
        for tag in tags:
            book = book.with_claim_tag(tag)
        return book

    def _add_type(self) -> None:
        label, ok = QInputDialog.getText(self, "New entity type", "Label (e.g. WEAPON):")
        if ok and label.strip():
            try:
                self.codebook = self.edited().with_entity_type(EntityType(label.strip().upper(), label.strip().title(),
                                                                          "#999999"))
            except ValidationError as exc:
                QMessageBox.warning(self, "Codebook", exc.message)
                return
            self._fill()

    def _add_tag(self) -> None:
        label, ok = QInputDialog.getText(self, "New claim tag", "Label (e.g. denial):")
        if ok and label.strip():
            try:
                self.codebook = self.edited().with_claim_tag(ClaimTag(label.strip().lower(), label.strip()))
            except ValidationError as exc:
                QMessageBox.warning(self, "Codebook", exc.message)
                return
            self._fill()

    def _pick_colour(self) -> None:
        row = self.types.currentRow()
        if row < 0:
            return
        item = self.types.item(row, 2)
        color = QColorDialog.getColor(QColor(item.text()), self, "Colour")  # type: ignore[union-attr]
        if color.isValid():
            item.setText(color.name().upper())  # type: ignore[union-attr]

    def _accept(self) -> None:
        try:
            self.codebook = self.edited()
        except ValidationError as exc:
            QMessageBox.warning(self, "Codebook", exc.message)
            return
        self.accept()


def _paint_swatch(item: QTableWidgetItem, color: QColor) -> None:
    item.setBackground(color)
    item.setForeground(QColor("white" if color.lightnessF() < 0.5 else "black"))
