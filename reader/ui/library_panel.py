"""The library: every document with its source, date and number of annotations; a filter box; a context
menu (Open, Properties…, Remove…). Refreshing it (after an add, an edit, another window's change) keeps
the column layout, the sort order and the selected document."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget,
)

from reader.ui.models import ROW_ROLE, DocumentModel, DocumentRow

TITLE, SOURCE, DATE, NOTES = range(4)
SOURCE_WIDTH = 110
"""The Source column's starting width (the title takes the rest; the person may drag it)."""
SOURCE_FROM = 420
"""The Source column is shown when the panel is at least this wide (narrower, the title needs the room;
the tooltip has the source, authors, date, language and reliability)."""


class LibraryPanel(QWidget):
    openRequested = Signal(str)
    removeRequested = Signal(str)
    propertiesRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DocumentModel()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.DisplayRole)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter documents")
        self.filter.setClearButtonEnabled(True)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the order they were added, until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().hide()
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SOURCE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(SOURCE, SOURCE_WIDTH)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.table.setColumnHidden(SOURCE, self.width() < SOURCE_FROM)

    def set_rows(self, rows: list[DocumentRow], open_id: str | None = None) -> None:
        """Show `rows`; the selected document stays selected when it is still there, else the open one
        (`open_id`: removing another document leaves the open one selected), and the columns keep their
        widths and sort order."""
        selected = self.current_id()
        self.model.update_rows(rows)
        for doc_id in (selected, open_id):
            if doc_id is not None and self.model.row_of(doc_id) >= 0:
                self.select(doc_id)
                break

    def select(self, document_id: str) -> None:
        row = self.model.row_of(document_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid():
            self.table.setCurrentIndex(index)  # (no clicked/activated: selecting never opens)
            self.table.selectRow(index.row())
            self.table.scrollTo(index)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            selected = self.table.selectionModel().selectedRows()
            index = selected[0] if selected else index
        row = index.data(ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, DocumentRow) else None

    def _id_at(self, index: QModelIndex) -> str | None:
        row = self.proxy.index(index.row(), 0).data(ROW_ROLE) if index.isValid() else None
        return row.id if isinstance(row, DocumentRow) else None

    def _open(self, index: QModelIndex) -> None:
        doc_id = self._id_at(index)
        if doc_id is not None:
            self.openRequested.emit(doc_id)

    def context_menu(self, doc_id: str) -> QMenu:
        """The menu a right click on a document shows (built here so tests can trigger its actions)."""
        menu = QMenu(self)
        menu.addAction("Open", lambda: self.openRequested.emit(doc_id))
        menu.addAction("Properties…", lambda: self.propertiesRequested.emit(doc_id))
        menu.addSeparator()
        menu.addAction("Remove…", lambda: self.removeRequested.emit(doc_id))
        return menu

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        doc_id = self._id_at(index)
        if doc_id is None:
            return
        self.select(doc_id)
        self.context_menu(doc_id).popup(self.table.viewport().mapToGlobal(pos))
