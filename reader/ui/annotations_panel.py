"""The open document's annotations in reading order, as cards (the Hypothesis/Zotero sidebar habit): a
type chip in the codebook colour, the page, the whole quote wrapped, speaker/status/grade for a claim, the
note's first line, tags and author. Filterable by kind and by words (type, text, tag, note, creator).

5,000 cards: the list is a flat QTreeView scrolled card by card, which measures only the cards on screen
(a QListView lays out every card again after any inserted or changed row), and the card model changes
row by row (`OrderedRows.patch`). The filter proxy sits between them only while a filter is set."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRect, QSize, QSortFilterProxyModel, QStringListModel, Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QLineEdit, QStyle, QStyledItemDelegate,
    QStyleOptionViewItem, QTreeView, QVBoxLayout, QWidget,
)

from reader.ui.models import ROW_ROLE, AnnotationRow
from reader.ui.ordered_rows import KeyedOrder

Index = QModelIndex | QPersistentModelIndex
PAD = 8
GAP = 3
CHIP_PAD = 5
MAX_QUOTE_LINES = 12
"""A longer quote is cut on the card (with "…"); its tooltip and the Inspector have all of it."""


def chip_text(row: AnnotationRow) -> str:
    if row.kind == "entity":
        return row.label or "ENTITY"
    if row.kind == "claim":
        return f"CLAIM · {row.label}" if row.label else "CLAIM"
    return row.kind.upper()


def ink_on(background: QColor) -> QColor:
    """Black or white, whichever reads better on `background` (WCAG relative luminance)."""
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    lum = 0.2126 * channel(background.redF()) + 0.7152 * channel(background.greenF()) + 0.0722 * channel(background.blueF())
    return QColor("#000000") if lum > 0.4 else QColor("#ffffff")


_OPENING = "“\"‘«‹„‚「『"
_CLOSING = "”\"»›“」』"


def card_quote(text: str) -> str:
    """The quote on a card in “…”, without doubling the marks a selection already has (a claim dragged
    with its quotation marks: “We will… Russia.” stays as it is, not ““…””)."""
    text = text.strip()
    opened = text[:1] in _OPENING
    closed = text[-1:] in _CLOSING or (opened and text[-1:] == "’")  # ‘…’, not the apostrophe of "Kyivs’"
    return ("" if opened else "“") + text + ("" if closed else "”")


def reading_key(row: AnnotationRow) -> tuple[int, int, str]:
    """Reading order, as the session keeps annotations: start, end (the quote's length), id."""
    return row.start, row.start + len(row.text), row.id


def card_tooltip(item: AnnotationRow) -> str:
    return "\n".join(x for x in (f"{chip_text(item)}: “{item.text}”", claim_line(item), item.note,
                                 foot_line(item)) if x)


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
        ordered = sorted(rows, key=reading_key)
        self._rekey(ordered)
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


def claim_line(row: AnnotationRow) -> str:
    parts = [f"said by {row.speaker}" if row.speaker else "", row.status, row.grade]
    return " · ".join(p for p in parts if p)


def foot_line(row: AnnotationRow) -> str:
    tags = "  ".join(f"#{t.strip()}" for t in row.tags.split(",") if t.strip())
    return "   ".join(p for p in (tags, f"by {row.creator}" if row.creator else "") if p)


class CardDelegate(QStyledItemDelegate):
    """Paints an `AnnotationRow` as a card and measures it at the view's width (sizes are cached per row
    object and width: rows are frozen and reused while unchanged, so a card is measured once)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        self._sizes: dict[tuple[int, int], tuple[AnnotationRow, QSize]] = {}

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont]:
        base = QFont(option.font)
        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.85))
        chip = QFont(small)
        chip.setBold(True)
        return base, small, chip

    def _width(self) -> int:
        return max(120, self.view.viewport().width() - 2)

    def _blocks(self, row: AnnotationRow, option: QStyleOptionViewItem, width: int
                ) -> list[tuple[str, QFont, int, bool]]:
        """(text, font, height, italic) of each block under the chip line, at `width`."""
        base, small, _ = self._fonts(option)
        inner = _inner(width)
        out: list[tuple[str, QFont, int, bool]] = []
        fm = QFontMetrics(base)
        quote = card_quote(row.text)
        height = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, quote).height()
        out.append((quote, base, min(height, fm.lineSpacing() * MAX_QUOTE_LINES), False))
        small_fm = QFontMetrics(small)
        for text, italic in ((claim_line(row), False), (row.note, True), (foot_line(row), False)):
            if text:
                out.append((text, small, small_fm.lineSpacing(), italic))
        return out

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        row = index.data(ROW_ROLE)
        if not isinstance(row, AnnotationRow):
            return super().sizeHint(option, index)
        width = self._width()
        cached = self._sizes.get((id(row), width))
        if cached is not None and cached[0] is row:
            return cached[1]
        _, _, chip = self._fonts(option)
        height = PAD + QFontMetrics(chip).height() + 2 * 2 + GAP
        height += sum(h + GAP for _, _, h, _ in self._blocks(row, option, width))
        size = QSize(width, height + PAD)
        if len(self._sizes) > 50_000:
            self._sizes.clear()
        self._sizes[(id(row), width)] = (row, size)
        return size

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        row = index.data(ROW_ROLE)
        if not isinstance(row, AnnotationRow):
            super().paint(painter, option, index)
            return
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        rect = option.rect.adjusted(2, 2, -2, -2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        background = palette.color(QPalette.ColorRole.Base)
        border = palette.color(QPalette.ColorRole.Mid)
        if selected:
            border = palette.color(QPalette.ColorRole.Highlight)
            background = QColor(border)
            background.setAlpha(40)
        painter.setPen(border)
        painter.setBrush(background)
        painter.drawRoundedRect(rect, 6, 6)
        accent = QColor(row.color)
        painter.fillRect(QRect(rect.left() + 1, rect.top() + 6, 4, rect.height() - 12), accent)
        base, small, chip_font = self._fonts(option)
        text_color = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        x, y = rect.left() + PAD, rect.top() + PAD - 2
        # chip line: type chip in the codebook colour, page on the right
        chip_fm = QFontMetrics(chip_font)
        label = chip_text(row)
        chip_rect = QRect(x, y, chip_fm.horizontalAdvance(label) + 2 * CHIP_PAD, chip_fm.height() + 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(accent)
        painter.drawRoundedRect(chip_rect, 4, 4)
        painter.setFont(chip_font)
        painter.setPen(ink_on(accent))
        painter.drawText(chip_rect, Qt.AlignmentFlag.AlignCenter, label)
        if row.page:
            painter.setFont(small)
            painter.setPen(muted)
            painter.drawText(QRect(chip_rect.right(), y, rect.right() - PAD - chip_rect.right(), chip_rect.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, f"p. {row.page}")
        y = chip_rect.bottom() + GAP + 1
        inner = _inner(option.rect.width())
        for n, (text, font, height, italic) in enumerate(self._blocks(row, option, option.rect.width())):
            f = QFont(font)
            f.setItalic(italic)
            painter.setFont(f)
            painter.setPen(text_color if n == 0 or italic else muted)
            box = QRect(x, y, inner, height)
            if n == 0:
                fm = QFontMetrics(f)
                full = fm.boundingRect(QRect(0, 0, inner, 100_000), Qt.TextFlag.TextWordWrap, text).height()
                if full > height:  # cut: the last line shown ends with "…"
                    text = _cut(text, fm, inner, MAX_QUOTE_LINES)
                painter.drawText(box, int(Qt.TextFlag.TextWordWrap), text)
            else:
                painter.drawText(box, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 QFontMetrics(f).elidedText(text, Qt.TextElideMode.ElideRight, inner))
            y += height + GAP
        painter.restore()


def _inner(width: int) -> int:
    """Text width inside a card `width` wide (2 px margin and the padding on each side)."""
    return width - 4 - 2 * PAD


def _cut(text: str, fm: QFontMetrics, width: int, lines: int) -> str:
    lo, hi = 0, len(text)
    while lo < hi:  # the longest prefix (+ "…") that fits in `lines` lines
        mid = (lo + hi + 1) // 2
        if fm.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap,
                           text[:mid] + "…").height() <= fm.lineSpacing() * lines:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip() + "…"


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
                             item.note)).casefold()
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
        self.filter.setPlaceholderText("Filter: type, text, tag, note, creator")
        self.filter.setClearButtonEnabled(True)
        self.list = CardList()
        self.list.setModel(model)
        self.delegate = CardDelegate(self.list)
        self.list.setItemDelegate(self.delegate)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setMouseTracking(True)
        row = QHBoxLayout()
        row.addWidget(self.kind)
        row.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.kind.currentTextChanged.connect(self._refilter)
        self.filter.textChanged.connect(self._refilter)
        self.list.clicked.connect(self._clicked)
        self.list.activated.connect(self._clicked)

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

    def _show(self, model: QAbstractItemModel) -> None:
        if self.list.model() is not model:
            old = self.list.selectionModel()
            self.list.setModel(model)
            old.deleteLater()

    def visible_ids(self) -> list[str]:
        shown = self.proxy
        return [shown.index(i, 0).data(ROW_ROLE).id for i in range(shown.rowCount())]

    def _index_of(self, annotation_id: str) -> QModelIndex:
        row = self.model.row_of(annotation_id)
        if row < 0:
            return QModelIndex()
        index = self.model.index(row, 0)
        return index if self.proxy is self.model else self.filtered.mapFromSource(index)

    def select(self, annotation_id: str) -> None:
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
