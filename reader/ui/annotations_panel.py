"""The open document's annotations in reading order, as cards (the Hypothesis/Zotero sidebar habit; how a
card looks is `cards.py`). Filterable by kind and by words (type, text, tag, note, creator).

5,000 cards: the list is a flat QTreeView scrolled card by card, which measures only the cards on screen
(a QListView lays out every card again after any inserted or changed row), and the card model changes
row by row (`OrderedRows.patch`). The filter proxy sits between them only while a filter is set."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSortFilterProxyModel, QStringListModel, Qt, QTimer,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTreeView, QVBoxLayout, QWidget,
)

from reader.ui.cards import CardDelegate, card_quote as card_quote, card_tooltip  # card_quote: re-exported
from reader.ui.models import ROW_ROLE, AnnotationRow
from reader.ui.ordered_rows import KeyedOrder

Index = QModelIndex | QPersistentModelIndex


def reading_key(row: AnnotationRow) -> tuple[int, int, str]:
    """Reading order, as the session keeps annotations: start, end (the quote's length), id."""
    return row.start, row.start + len(row.text), row.id


class CardModel(KeyedOrder[AnnotationRow], QStringListModel):
    """The open document's annotations in reading order, one card each. Qt holds the list (the rows'
    ids, a QStringList): the list view lays out all rows again after every inserted one, and over a
    Python model that alone was 10,000 calls into Python (`rowCount` for each `index`); opening hands
    Qt 5,000 ids in one call. Each id's `AnnotationRow` is looked up when a card is drawn."""

    def __init__(self) -> None:
        super().__init__()
        self._keys, self._key_of = [], {}
        self._by_id: dict[str, AnnotationRow] = {}

    def key(self, row: AnnotationRow) -> tuple[int, int, str]:
        return reading_key(row)

    def set_rows(self, rows: list[AnnotationRow]) -> None:
        ordered, keys = self._in_order(rows)
        self._rekey(ordered, keys)
        self._by_id = {r.id: r for r in ordered}
        self.setStringList([r.id for r in ordered])

    def sync_rows(self, rows: list[AnnotationRow]) -> None:
        self.patch(self.changes_to(self.rows(), rows))

    def rows(self) -> list[AnnotationRow]:
        return [self._by_id[i] for i in self.stringList()]

    def row_at(self, at: int) -> AnnotationRow:
        return self._row_at(at)

    def _id_at(self, at: int) -> str:
        return str(super().data(self.index(at, 0), Qt.ItemDataRole.DisplayRole))

    def _row_at(self, at: int) -> AnnotationRow:
        return self._by_id[self._id_at(at)]

    def _remove_at(self, at: int) -> None:
        row_id = self._id_at(at)
        self.removeRows(at, 1)
        self._by_id.pop(row_id, None)

    def _insert_at(self, at: int, row: AnnotationRow) -> None:
        self._by_id[row.id] = row
        self.insertRows(at, 1)
        super().setData(self.index(at, 0), row.id)  # dataChanged: the card shows (a proxy lets it in)

    def _replace_at(self, at: int, row: AnnotationRow) -> None:
        self._by_id[row.id] = row
        index = self.index(at, 0)
        self.dataChanged.emit(index, index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._by_id.get(str(super().data(index, Qt.ItemDataRole.DisplayRole)))
        if row is None:
            return None
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole:
            return card_tooltip(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        return None


class CardList(QTreeView):
    """A flat list of cards of different heights that measures only the cards it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setIndentation(0)
        self.setUniformRowHeights(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)  # per pixel measures all
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.header().setStretchLastSection(True)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - cards wrap to the new width
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()


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
        haystack = " ".join((item.label, item.text, item.tags, item.creator, item.speaker, item.status,
                             item.note, "orphaned" if item.orphaned else "approximately" if item.fuzzy else "")).casefold()
        return all(word in haystack for word in self.words.casefold().split())



class AnnotationsPanel(QWidget):
    annotationSelected = Signal(str)

    def __init__(self, model: CardModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.filtered = _Filter()
        """Between the model and the list only while a kind or words filter is set (unfiltered, it would
        run its Python filter over every card on every reset)."""
        self.kind = QComboBox()
        self.kind.addItems(["All kinds", "entity", "claim", "highlight", "note"])
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter: type, text, tag, note, creator, orphaned")
        self.filter.setClearButtonEnabled(True)
        self.list = CardList()
        self.list.setModel(model)
        self.delegate = CardDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMouseTracking(True)
        self.hidden = QLabel('The selected annotation is hidden by the filter — <a href="all">show all</a>')
        self.hidden.setObjectName("filter-hides-selected")
        self.hidden.setVisible(False)
        self.hidden.linkActivated.connect(self.show_all)
        self._selected: str | None = None
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hidden)
        layout.addWidget(self.list)
        self.kind.currentTextChanged.connect(self._refilter)
        self.filter.textChanged.connect(self._refilter)
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
            signal.connect(lambda *_: QTimer.singleShot(0, self._say_hidden))  # (once the filter has followed)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)
        self._following: object = None
        self._follow_keys()

    @property
    def view(self) -> QAbstractItemView:
        return self.list

    @property
    def proxy(self) -> QAbstractItemModel:
        """What the list shows: the filter proxy while filtering, else the model itself."""
        return self.list.model()

    def _refilter(self) -> None:
        kind = "" if self.kind.currentIndex() == 0 else self.kind.currentText()
        words = self.filter.text()
        if kind or words.strip():
            if self.filtered.sourceModel() is not self.model:
                self.filtered.setSourceModel(self.model)
            self.filtered.beginFilterChange()
            self.filtered.kind, self.filtered.words = kind, words
            self.filtered.endFilterChange()
            self._show(self.filtered)
        else:
            self._show(self.model)
            self.filtered.setSourceModel(None)  # type: ignore[arg-type]
        self._say_hidden()

    def show_all(self) -> None:
        """Clear the kind and the words filters (every card shown again)."""
        self.kind.setCurrentIndex(0)
        self.filter.clear()

    def _say_hidden(self) -> None:
        """Say when the selected annotation's card is filtered out: a mark just made under a filter was selected in
        the Inspector while its card stayed hidden, with no word why (an outside tester, stop 57)."""
        selected = self._selected
        hidden = selected is not None and self.proxy is not self.model and self.model.row_of(selected) >= 0 \
            and not self._index_of(selected).isValid()
        self.hidden.setVisible(hidden)

    def _show(self, model: QAbstractItemModel) -> None:
        if self.list.model() is not model:
            old = self.list.selectionModel()
            self.list.setModel(model)
            old.deleteLater()
        self._follow_keys()

    def _follow_keys(self) -> None:
        """The arrow keys on the cards choose the annotation, as a click does: they moved the highlight while the
        Inspector kept the one clicked before (the window-core tester, stop 60). Only while the list has the keys:
        a card made current for the selection made elsewhere chooses nothing."""
        model = self.list.selectionModel()
        if model is not None and model is not self._following:
            self._following = model
            model.currentChanged.connect(lambda now, _: self._clicked(now) if self.list.hasFocus() else None)

    def visible_ids(self) -> list[str]:
        shown = self.proxy
        return [shown.index(i, 0).data(ROW_ROLE).id for i in range(shown.rowCount())]

    def _index_of(self, annotation_id: str) -> QModelIndex:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return QModelIndex()
        index = self.model.index(row, 0)
        return index if self.proxy is self.model else self.filtered.mapFromSource(index)

    def select(self, annotation_id: str | None) -> None:
        """Make the annotation's card the current one and bring it into view; None: no card is current
        (after an undo took the selected annotation away, Qt would have made its neighbour current)."""
        self._selected = annotation_id
        self._say_hidden()
        if annotation_id is None:
            self.list.setCurrentIndex(QModelIndex())
            self.list.clearSelection()
            return
        index = self._index_of(annotation_id)
        if index.isValid():
            self.list.setCurrentIndex(index)
            self.list.scrollTo(index)

    def card_rect(self, annotation_id: str) -> QRect:
        """Where a card is drawn in the list's viewport (an empty rect when it is filtered out)."""
        index = self._index_of(annotation_id)
        return self.list.visualRect(index) if index.isValid() else QRect()

    def _clicked(self, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(row, AnnotationRow):
            self.annotationSelected.emit(row.id)
