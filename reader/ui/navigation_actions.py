"""The main window's navigation: find in the document (text or pages), the outline, library search and
opening a hit. A mixin of `MainWindow`, kept apart from annotating and from library actions."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from annotations.errors import DossierError
from reader.services import SearchResult
from reader.ui.ops import Job

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class NavigationActions(WindowParts):
    """Needs from the window: document, text_view, page_view, stack, outline, find_box, search_panel,
    docks, service, statusBar, open_document, select_annotation."""

    def _fill_outline(self) -> None:
        self.outline.clear()
        parents: list[QTreeWidgetItem] = []
        for level, title, offset in self.document.outline if self.document else ():
            parents = parents[: max(0, level - 1)]
            item = QTreeWidgetItem([title])
            item.setData(0, Qt.ItemDataRole.UserRole, offset)
            (parents[-1].addChild(item) if parents else self.outline.addTopLevelItem(item))
            parents.append(item)
        self.outline.expandAll()

    def go_to_offset(self, offset: int) -> None:
        """Show a text offset in whichever view is active (outline entries, search hits)."""
        if self.document is None:
            return
        if self.stack.currentWidget() is self.page_view:
            page = self.document.page_of(offset)
            self.page_view.go_to_page(page or 0)
        else:
            self.text_view.show_offset(offset)

    def find_next(self) -> None:
        if self.stack.currentWidget() is self.page_view:
            self._find_on_pages(self.find_box.text())
            return
        text = self.find_box.text()
        if not text or not self.text_view.find(text):
            cursor = self.text_view.textCursor()
            cursor.movePosition(cursor.MoveOperation.Start)
            self.text_view.setTextCursor(cursor)
            if text and not self.text_view.find(text):
                self.statusBar().showMessage(f"“{text}” is not in this document.", 4000)

    def _find_on_pages(self, needle: str) -> None:
        """Find in a paged document: the next occurrence after the current selection, wrapping round."""
        if not needle or self.document is None:
            return
        haystack = self.document.text.casefold()
        current = self.page_view.canvas.selected_range()
        start = haystack.find(needle.casefold(), current[1] if current else 0)
        if start < 0:
            start = haystack.find(needle.casefold())
        if start < 0:
            self.statusBar().showMessage(f"“{needle}” is not in this document.", 4000)
            return
        self.page_view.canvas.select_range(start, start + len(needle))
        self.page_view.go_to_page(self.document.page_of(start) or 0)

    def focus_search(self) -> None:
        self.docks["search"].show()
        self.docks["search"].raise_()
        self.search_panel.query.setFocus()

    def search(self, query: str) -> None:
        """Search the library on the worker; a result for a query typed over meanwhile is dropped, and a
        bad query or an unavailable index is said in the panel, not in a dialog."""
        self._search_serial = serial = getattr(self, "_search_serial", 0) + 1

        def run(job: Job) -> SearchResult | str | None:
            if serial != self._search_serial:
                return None
            try:
                return job.service.search(query, limit=50, facets=True)
            except DossierError as exc:
                return exc.message

        self.runner.run_op(run, lambda result: self._searched(serial, result), "Searching")

    def _searched(self, serial: int, result: SearchResult | str | None) -> None:
        if result is None or serial != self._search_serial:
            return
        if isinstance(result, str):
            self.search_panel.summary.setText(result)
        else:
            self.search_panel.show_result(result)

    def _open_hit(self, document_id: str, annotation_id: str) -> None:
        if self.document is None or self.document.id != document_id:
            self.open_document(document_id)
        if annotation_id:
            self.select_annotation(annotation_id)

    # -- files ------------------------------------------------------------------------------------
