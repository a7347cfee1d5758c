"""The library: every document with its source, date and number of annotations; a filter box; a context
menu (Open, Properties…, Remove…). Refreshing it (after an add, an edit, another window's change) keeps
the column layout, the sort order and the selected document. A team's 10,000 documents filter as you
type: the table shows a `LazyRowsModel` (filtering one string per document, rows handed to the view as
it scrolls) and its narrow columns have fixed widths, so no key waits for a pass over every row."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QMenu, QTableView, QVBoxLayout, QWidget,
)

from reader.ui.lazy_rows import LazyRowsModel
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
        """Every document (in the order they were added); the table shows `proxy`."""
        self.proxy = LazyRowsModel(self.model, _filter_text)
        self.proxy.setParent(self)
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
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.Fixed)  # sized by the widest possible text,
        header.setSectionResizeMode(NOTES, QHeaderView.ResizeMode.Fixed)  # not by reading 1,000 rows per key
        header.resizeSection(SOURCE, SOURCE_WIDTH)
        self._fit_fixed_columns()
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        self.filter.textChanged.connect(self.proxy.set_filter)
        self.table.activated.connect(self._open)
        self.table.clicked.connect(self._open)

    def _fit_fixed_columns(self) -> None:
        """The date and count columns as wide as their header or the widest value they can hold."""
        header = self.table.horizontalHeader()
        text = self.table.fontMetrics()
        bold = header.fontMetrics()
        pad = 2 * self.table.style().pixelMetric(self.table.style().PixelMetric.PM_FocusFrameHMargin) + 16
        for column, widest in ((DATE, "0000-00-00"), (NOTES, "0" * max(4, len(str(self._most_notes()))))):
            label = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            header.resizeSection(column, max(text.horizontalAdvance(widest), bold.horizontalAdvance(label) + 12) + pad)

    def _most_notes(self) -> int:
        return max((r.notes for r in self.model.rows()), default=0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.table.setColumnHidden(SOURCE, self.width() < SOURCE_FROM)

    def set_rows(self, rows: list[DocumentRow], open_id: str | None = None) -> None:
        """Show `rows`; the selected document stays selected when it is still there, else the open one
        (`open_id`: removing another document leaves the open one selected), and the columns keep their
        widths and sort order."""
        selected = self.current_id()
        self.model.update_rows(rows)
        self._fit_fixed_columns()
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


def _filter_text(row: DocumentRow) -> str:
    """What the filter box matches in a document's row: what its columns show."""
    return f"{row.title}\x00{row.source}\x00{row.date}\x00{row.notes}"
