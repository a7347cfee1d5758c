"""The main window's layout: the reading views in the middle (the text view and the page view, stacked,
under the one-line hint) and the panels in docks around them — library, search and outline on the left;
annotation cards, Inspector, entities and suggestions on the right; the claims table below.

Kept apart from `mainwindow.py` because where a panel sits is a matter of arrangement, not of what the
window does with it: the window connects the panels' signals and the controllers draw into them. The
widgets stay attributes of the window (`window.text_view`, `window.docks["claims"]`, …): the controllers,
the tests and `document_properties` reach them there."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QDockWidget, QFrame, QHeaderView, QLabel, QScrollArea, QStackedWidget, QTabBar, QTreeWidget, QVBoxLayout,
    QWidget,
)

from reader.ui.annotations_panel import AnnotationsPanel, CardModel
from reader.ui.entities_panel import EntitiesPanel
from reader.ui.inspector import Inspector
from reader.ui.library_panel import LibraryPanel
from reader.ui.models import SORT_ROLE, make_table
from reader.ui.page_view import PageView
from reader.ui.panels import ClaimRows
from reader.ui.search_panel import SearchPanel
from reader.ui.suggestions_panel import SuggestionsPanel
from reader.ui.text_view import TextView

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

HINT = ("Select text, then press a key: 1–7 entity type (see the toolbar), C claim, H highlight, N note. "
        "Click a highlight to edit it; Delete removes it; Tab moves between annotations; Ctrl+Z undoes.")
NO_DOCUMENT = ("Open a document from the Library (double-click it), or add files with Ctrl+O or by dropping them "
               "here, to read and annotate it.")
"""The hint while no document is open: the one on marking text stood over an empty view (the window-core tester,
stop 60)."""


def build_layout(w: MainWindow) -> None:
    """Create the central views and every panel, put the panels in docks (tabbed where they share a side)
    and give the docks their first sizes."""
    w.text_view = TextView()
    w.hint = QLabel(NO_DOCUMENT)
    w.hint.setWordWrap(True)
    for signal, said in ((w.session.documentOpened, HINT), (w.session.documentClosed, NO_DOCUMENT)):
        signal.connect(lambda said=said: w.hint.setText(said) if w.hint.text() in (HINT, NO_DOCUMENT) else None)
        # (a read-only library's hint says why nothing can be stored: kept)
    w.hint.setStyleSheet("padding: 6px; background: palette(alternate-base);")
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(w.hint)
    w.stack = QStackedWidget()
    w.stack.addWidget(w.text_view)
    w.page_view = PageView()
    w.stack.addWidget(w.page_view)
    layout.addWidget(w.stack)
    central.setMinimumWidth(300)  # the docks give way first: in a small window the reading column was 60 px wide
    w.setCentralWidget(central)

    w.library_panel = LibraryPanel()
    w.search_panel = SearchPanel()
    w.inspector = Inspector()
    w.annotating.aboutToDelete.connect(w.inspector.commit_pending)  # (typing stored before, not into the deleted one)
    w.entities_panel = EntitiesPanel()
    w.suggestions_panel = SuggestionsPanel()
    w.outline = QTreeWidget()
    w.outline.setHeaderHidden(True)
    w.annotation_model = CardModel()
    w.claim_model = ClaimRows()
    w.annotations_panel = AnnotationsPanel(w.annotation_model)
    w.claim_proxy = QSortFilterProxyModel(w)
    w.claim_proxy.setSourceModel(w.claim_model)
    w.claim_proxy.setSortRole(SORT_ROLE)  # by the claim, not by a conflict's mark before it
    w.claim_table = make_table(w.claim_proxy, sortable=True)
    w.claim_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # reading order until a header is clicked
    w.claim_table.selectionModel().currentRowChanged.connect(  # the arrow keys choose a claim, as a click does (they
        lambda now, _: w._row_clicked(now) if w.claim_table.hasFocus() else None)  # moved the highlight only)
    left, right = Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea
    w.docks = {
        "library": _dock(w, "Library", w.library_panel, left),
        "search": _dock(w, "Search", w.search_panel, left),
        "outline": _dock(w, "Outline", w.outline, left),
        "annotations": _dock(w, "Annotations", w.annotations_panel, right),
        "inspector": _dock(w, "Inspector", _scrolling(w.inspector), right),
        "entities": _dock(w, "Entities", _scrolling(w.entities_panel), right),
        "suggestions": _dock(w, "Suggestions", _scrolling(w.suggestions_panel), right),
        "claims": _dock(w, "Claims", w.claim_table, Qt.DockWidgetArea.BottomDockWidgetArea),
    }
    w.tabifyDockWidget(w.docks["library"], w.docks["search"])
    w.tabifyDockWidget(w.docks["library"], w.docks["outline"])
    w.docks["library"].raise_()
    w.tabifyDockWidget(w.docks["annotations"], w.docks["entities"])
    w.tabifyDockWidget(w.docks["annotations"], w.docks["suggestions"])
    w.docks["annotations"].raise_()
    _hide_stale_tab_bars(w)
    w.claim_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    w.claim_table.horizontalHeader().setStretchLastSection(False)
    w.resizeDocks([w.docks["claims"]], [170], Qt.Orientation.Vertical)
    w.resizeDocks([w.docks["library"], w.docks["annotations"]], [300, 380], Qt.Orientation.Horizontal)


def _hide_stale_tab_bars(w: MainWindow) -> None:
    """Qt 6.11 leaves the tab bar of a two-dock group shown when a third dock joins the group, if another group
    exists: "Annotations | Entities" stayed drawn behind the Annotations list (half visible above its cards; an
    outside tester, stop 52). A tab bar whose tabs are fewer than another's and all among them is that leftover;
    Qt shows a tab bar again itself when it reuses it."""
    bars = w.findChildren(QTabBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
    tabs = {bar: {bar.tabText(i) for i in range(bar.count())} for bar in bars}
    for bar in bars:
        if any(tabs[bar] < other for other in tabs.values()):
            bar.hide()


def _scrolling(panel: QWidget) -> QScrollArea:
    """A panel of many fields that scrolls when its dock is small: their minimum sizes, added up down a side with
    the docks tabbed there (hidden tabs count too), kept the window from being smaller than 763 × 891 — off the
    foot of a 1366 × 768 screen (an outside tester, stop 54)."""
    area = QScrollArea()
    area.setWidget(panel)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setMinimumSize(60, 60)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a wrapper: Tab and a field that empties skip it
    return area


def _dock(w: MainWindow, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
    dock = QDockWidget(title, w)
    dock.setObjectName(f"dock-{title.lower()}")
    dock.setWidget(widget)
    w.addDockWidget(area, dock)
    return dock
