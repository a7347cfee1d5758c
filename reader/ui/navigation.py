"""Navigation: find in the document (text or pages), the outline, library search (on the operation
runner) and opening a hit. A controller the window composes: it holds the session, the runner and the
widgets it drives, and calls back to open a document or select an annotation."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDockWidget, QLineEdit, QStatusBar, QTreeWidget, QTreeWidgetItem

from annotations.errors import DossierError
from annotations.text_find import find_next
from reader.services import SearchResult
from reader.ui.ops import SHOW_PROGRESS_AFTER_MS, Job, Runner
from reader.ui.page_view import PageView
from reader.ui.search_panel import SearchPanel
from reader.ui.session import DocumentSession
from reader.ui.text_view import TextView


class NavigationController(QObject):
    def __init__(self, session: DocumentSession, runner: Runner, text_view: TextView, page_view: PageView,
                 pages_showing: Callable[[], bool], outline: QTreeWidget, find_box: QLineEdit,
                 search_panel: SearchPanel, search_dock: QDockWidget, status_bar: QStatusBar,
                 open_document: Callable[[str], None], select: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.text_view, self.page_view = session, runner, text_view, page_view
        self.pages_showing, self.outline, self.find_box = pages_showing, outline, find_box
        self.search_panel, self.search_dock, self.status_bar = search_panel, search_dock, status_bar
        self.open_document, self.select = open_document, select
        self._search_serial = 0
        self._searching: int | None = None
        """The serial of the search on the worker, while it is there."""
        self._shown_query: str | None = None
        """The query whose result (or refusal) the search panel shows: run again when the library changes."""
        self._stale = False
        """The library changed while the search dock was hidden: the shown result is run again when it shows."""
        self._last_found: tuple[int, int] | None = None
        """The range the last find selected: the next find starts just after its start."""
        outline.itemActivated.connect(lambda item, _col: self.go_to_offset(item.data(0, Qt.ItemDataRole.UserRole)))
        outline.itemClicked.connect(lambda item, _col: self.go_to_offset(item.data(0, Qt.ItemDataRole.UserRole)))
        find_box.returnPressed.connect(self.find_next)
        find_box.installEventFilter(self)  # Escape: back to reading (`eventFilter`)
        search_panel.searchRequested.connect(self.search)
        search_panel.cleared.connect(self._forget_query)
        search_panel.openRequested.connect(self.open_hit)
        session.changesApplied.connect(self._library_changed)
        search_dock.visibilityChanged.connect(self._dock_shown)

    def fill_outline(self) -> None:
        self.outline.clear()
        parents: list[tuple[int, QTreeWidgetItem]] = []  # (level, item) of the open headings, outermost first
        document = self.session.document
        for level, title, offset in document.outline if document else ():
            while parents and parents[-1][0] >= level:  # a heading nests under the last shallower one only
                parents.pop()
            item = QTreeWidgetItem([title])
            item.setData(0, Qt.ItemDataRole.UserRole, offset)
            (parents[-1][1].addChild(item) if parents else self.outline.addTopLevelItem(item))
            parents.append((level, item))
        self.outline.expandAll()

    def go_to_offset(self, offset: int) -> None:
        """Show a text offset in whichever view is active (outline entries, search hits)."""
        document = self.session.document
        if document is None:
            return
        if self.pages_showing():
            page = document.page_of(offset)
            self.page_view.go_to_page(page or 0)
        else:
            self.text_view.show_offset(offset)

    def find_next(self) -> None:
        """Find the text typed, folded as library search folds words (`annotations.text_find`: case, ß/ss,
        accents, apostrophes, ґ/г, ё/е, Arabic diacritics...), from after the last match or the selection,
        wrapping round; the match is selected in the original text, in whichever view is showing."""
        document = self.session.document
        needle = self.find_box.text()
        if not needle or document is None:
            return
        pages = self.pages_showing()
        current = self.page_view.canvas.selected_range() if pages else self.text_view.selected_range()
        after = 0
        if current is not None:
            last = self._last_found
            overlaps = last is not None and last[0] < current[1] and current[0] < last[1]
            after = last[0] + 1 if last is not None and overlaps else current[1]
        found = find_next(document.text, needle, after)
        if found is None:
            self._last_found = None
            self.status_bar.showMessage(f"“{needle}” is not in this document.", 4000)
            return
        self._last_found = found
        start, end = found
        if pages:
            self.page_view.canvas.select_range(start, end)
            self.page_view.go_to_page(document.page_of(start) or 0)
        else:
            self.text_view.select_range(start, end)
            self.text_view.ensureCursorVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Escape typed in the find box goes back to reading (it did nothing, and a mark key went into the box). A
        key press, not a shortcut: a shortcut of the box's own took Escape from the window's while a job's progress
        shows, so Escape in the box no longer cancelled the job (test_esc_cancels_a_cancellable_job…; an outside
        tester)."""
        if watched is self.find_box and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.back_to_reading()
            return True
        return False

    def back_to_reading(self) -> None:
        """Escape in the find box: back to the view showing the document, the match still selected (the next key
        marks it)."""
        (self.page_view.canvas if self.pages_showing() else self.text_view).setFocus(Qt.FocusReason.ShortcutFocusReason)

    def focus_search(self) -> None:
        self.search_dock.show()
        self.search_dock.raise_()
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()  # as Ctrl+F: typing replaces the last query

    def search(self, query: str, again: bool = False) -> None:
        """Search the library on the worker; a result for a query typed over meanwhile is dropped, and a
        bad query or an unavailable index is said in the panel, not in a dialog (its old hits cleared).
        `again`: the same query run again after an edit (the list keeps its scroll position)."""
        self._search_serial = serial = self._search_serial + 1
        self._stale = False

        def run(job: Job) -> SearchResult | str | None:
            if serial != self._search_serial:
                return None
            try:
                return job.service.search(query, limit=50, facets=True)
            except DossierError as exc:
                return exc.message

        self._searching = serial
        self.runner.run_op(run, lambda result: self._searched(serial, query, result, again), "Searching", quiet=True)
        QTimer.singleShot(SHOW_PROGRESS_AFTER_MS, self.search_panel, lambda: self._still_searching(serial))

    def _forget_query(self) -> None:
        """No query in the box: nothing is searched again after an edit, and a search still running is dropped."""
        self._search_serial += 1
        self._searching = None
        self._shown_query = None
        self._stale = False

    def _still_searching(self, serial: int) -> None:
        if self._searching == serial:
            self.search_panel.show_searching()

    def _searched(self, serial: int, query: str, result: SearchResult | str | None, again: bool) -> None:
        if self._searching == serial:
            self._searching = None
        if result is None or serial != self._search_serial:
            return
        self._shown_query = query
        if isinstance(result, str):
            self.search_panel.show_error(result)
        else:
            self.search_panel.show_result(result, keep_place=again)

    def _library_changed(self, _changes: object) -> None:
        """An edit, undo, import or another window's change: the hits shown may name an old note, a deleted
        annotation or miss a new one, so the shown query runs again — now if the search dock is on screen,
        else when it shows (a closed panel, or one behind another dock's tab, costs no search per edit)."""
        if self._shown_query is None:
            return
        if self._panel_showing():
            self.search(self._shown_query, again=True)
        else:
            self._stale = True

    def _panel_showing(self) -> bool:
        """The search dock is on screen: not closed, and not a tab behind another dock (then it counts as
        visible to Qt, with nothing of it on screen)."""
        return self.search_dock.isVisible() and not self.search_dock.visibleRegion().isEmpty()

    def _dock_shown(self, visible: bool) -> None:
        if visible and self._stale and self._shown_query is not None:
            self.search(self._shown_query, again=True)

    def open_hit(self, document_id: str, annotation_id: str) -> None:
        document = self.session.document
        if document is None or document.id != document_id:
            self.open_document(document_id)
        if annotation_id:
            self.select(annotation_id)
