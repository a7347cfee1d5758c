"""Library-wide search: a query box, highlighted results, facet counts. Clicking a result asks to open it."""
from __future__ import annotations

import html
import re

from PySide6.QtCore import QUrl, Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTextBrowser, QVBoxLayout, QWidget

from reader.services import SearchResult, keyword_term


MAX_SHOWN = 50
"""Hits listed at most (the total is in the summary); thousands of rows would freeze the panel's layout."""


class SearchPanel(QWidget):
    searchRequested = Signal(str)
    cleared = Signal()  # the query emptied (typed away, or the clear button): no query, no hits
    openRequested = Signal(str, str)  # document id, annotation id ("" for a document hit)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.query = QLineEdit()
        self.query.setPlaceholderText("Search annotations — e.g. type:person zakharova, status:disputed, tag:x")
        self.query.setClearButtonEnabled(True)
        self.summary = QLabel("")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                             | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)  # (Tab, Enter: the
        self.summary.linkActivated.connect(self.add_facet)  # facets were for the mouse only)
        self.results = QTextBrowser()
        self.results.setOpenLinks(False)
        self.results.setOpenExternalLinks(False)
        layout.addWidget(self.query)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self.query.returnPressed.connect(lambda: self.searchRequested.emit(self.query.text()))
        self.query.textEdited.connect(lambda text: self.searchRequested.emit(text) if len(text) >= 3 else None)
        self.query.textChanged.connect(lambda text: None if text.strip() else self._clear())
        self.results.anchorClicked.connect(self._clicked)

    def _clear(self) -> None:
        """The query is gone, so are its hits: they stayed listed under an empty box, and were searched again
        after every edit as if still asked for (an outside tester on the search panel)."""
        self.summary.setText("")
        self.results.setHtml("")
        self.cleared.emit()

    def show_result(self, result: SearchResult, keep_place: bool = False) -> None:
        """Show a search's result; `keep_place`: the same query again (after an edit), so the list stays
        scrolled where it was."""
        about = "about " if result.estimated else ""
        facets = " · ".join(
            f"{name}: " + ", ".join(f'<a href="facet:{name}:{html.escape(k)}">{html.escape(k)}</a> {v}'
                                    for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
            for name, counts in result.facets.items() if counts and name != "document")
        suggestion = ""
        if result.suggestion:
            suggestion = f" — did you mean <b>{html.escape(result.suggestion)}</b>?"
        behind = (f" — {result.behind:,} recent edit(s) not searchable yet (the index is busy in another process)"
                  if result.behind else "")
        left_out = f" — {html.escape(note)}" if (note := result.left_out_note()) else ""
        shown = result.hits[:MAX_SHOWN]
        listed = (f" — showing the first {len(shown)}: add words or a filter to narrow it"
                  if result.total > len(shown) else "")  # (60 matches and 50 listed, the rest left out unsaid)
        self.summary.setText(f"{about}{result.total} match(es){listed}{suggestion}{left_out}{behind}"
                             f"<br><small>{facets}</small>")
        parts = []
        for hit in shown:
            target = f"dossier:{hit.document_id}/{hit.annotation_id or ''}"
            label = html.escape(hit.label or "")
            parts.append(f'<p><a href="{target}">{html.escape(hit.kind)} {label}</a> — {hit.snippet}'
                         f'<br><small>{html.escape(hit.title)}</small></p>')
        place = self.results.verticalScrollBar().value()
        self.results.setHtml("".join(parts) or "<p><i>No matches.</i></p>")
        if keep_place:
            self.results.verticalScrollBar().setValue(place)

    def show_searching(self) -> None:
        """A search is taking a moment (queued behind other work): said here, where the person is looking — a
        progress dialog took the keys typed into the field meanwhile."""
        self.summary.setText("<i>Searching…</i>")

    def show_error(self, message: str) -> None:
        """A query refused (it cannot be read) or a search that could not run: the reason, and no hits — the
        previous query's hits stayed listed under the message, as if they were its answer."""
        self.summary.setText(f"<span>{html.escape(message, quote=False)}</span>")  # rich text, as a result
        self.results.setHtml("<p><i>No results: the query above was not run.</i></p>")

    def add_facet(self, link: str) -> None:
        """A facet count was clicked: narrow the query to it (`type:person`...) and search again."""
        _, name, value = link.split(":", 2)
        term = keyword_term(name, value)
        typed = self.query.text()
        if not re.search(rf"(?<!\S){re.escape(term)}(?!\S)", typed):  # (a whole term: `tag:fire` is not in
            self.query.setText(f"{typed.strip()} {term}".strip())  # `tag:firefighters`, whose click was ignored)
        self.searchRequested.emit(self.query.text())

    def _clicked(self, url: QUrl) -> None:
        path = url.toString().removeprefix("dossier:")
        document_id, _, annotation_id = path.partition("/")
        self.openRequested.emit(document_id, annotation_id)
