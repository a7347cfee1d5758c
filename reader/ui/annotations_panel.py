"""The open document's annotations in reading order, filterable by kind and by text (type, tag, creator)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget,
)

from reader.ui.models import ROW_ROLE, AnnotationModel, AnnotationRow


class _Filter(QSortFilterProxyModel):
    def __init__(self) -> None:
        super().__init__()
        self.kind = ""
        self.words = ""

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        item = self.sourceModel().index(row, 0, parent).data(ROW_ROLE)
        if not isinstance(item, AnnotationRow):
            return False
        if self.kind and item.kind != self.kind:
            return False
        haystack = " ".join((item.label, item.text, item.tags, item.creator, item.speaker, item.status)).casefold()
        return all(word in haystack for word in self.words.casefold().split())


class AnnotationsPanel(QWidget):
    annotationSelected = Signal(str)

    def __init__(self, model: AnnotationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.proxy = _Filter()
        self.proxy.setSourceModel(model)
        self.kind = QComboBox()
        self.kind.addItems(["All kinds", "entity", "claim", "highlight", "note"])
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: type, text, tag, creator")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.kind.currentTextChanged.connect(self._refilter)
        self.filter.textChanged.connect(self._refilter)
        self.table.clicked.connect(self._clicked)

    def _refilter(self) -> None:
        self.proxy.beginFilterChange()
        self.proxy.kind = "" if self.kind.currentIndex() == 0 else self.kind.currentText()
        self.proxy.words = self.filter.text()
        self.proxy.endFilterChange()

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(i, 0).data(ROW_ROLE).id for i in range(self.proxy.rowCount())]

    def select(self, annotation_id: str) -> None:
        for i in range(self.proxy.rowCount()):
            if self.proxy.index(i, 0).data(ROW_ROLE).id == annotation_id:
                self.table.selectRow(i)
                return

    def _clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, AnnotationRow):
            self.annotationSelected.emit(row.id)
