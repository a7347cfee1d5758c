"""The main window's suggestion workflow: compute suggestions for the open document, show them as dashed
outlines in the reading view and as rows in the Suggestions dock, and accept or reject one, all of one
entity, or all shown — each one undoable step through the service. A mixin of `MainWindow`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.changes import Changes
from annotations.errors import DossierError
from annotations.suggest import Suggestion
from reader.ui.suggestions_panel import same_entity, suggestion_rows

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class SuggestionActions(WindowParts):
    """Needs from the window: document, service, text_view, page_view, suggestions_panel, docks,
    statusBar, show_error, _applied, _colors."""

    suggestions: list[Suggestion]
    suggestions_on: bool

    def show_suggestions(self, kind: str | None = None) -> None:
        """Turn suggestions on for the open document (recomputed after every change while on)."""
        self.suggestions_on = True
        self.docks["suggestions"].show()
        self.docks["suggestions"].raise_()
        self.refresh_suggestions(current=0, kind=kind)
        self.suggestions_panel.focus_table()

    def hide_suggestions(self) -> None:
        self.suggestions_on = False
        self.suggestions = []
        self._draw_suggestions(-1)
        self.suggestions_panel.set_rows([], message="Suggestions are off.")

    def refresh_suggestions(self, current: int | None = None, kind: str | None = None) -> None:
        if not self.suggestions_on or self.document is None:
            self.suggestions = []
            self._draw_suggestions(-1)
            return
        if current is None:
            current = self.suggestions_panel.current()
        kind = self.suggestions_panel.kind_filter() if kind is None else kind
        document_id, wanted = self.document.id, kind or None
        self.runner.run_op(lambda job: job.service.suggest(document_id, wanted),
                           lambda found: self._show_suggestions(document_id, found, current), "Finding suggestions",
                           cancellable=True)

    def _show_suggestions(self, document_id: str, found: list[Suggestion], current: int) -> None:
        """Suggestions computed on the worker arrive; dropped if the person moved on meanwhile."""
        if not self.suggestions_on or self.document is None or self.document.id != document_id:
            return
        self.suggestions = sorted(found, key=lambda s: (s.start, s.end))
        rows = suggestion_rows(self.suggestions, self._colors())
        self.suggestions_panel.set_rows(rows, current=current)
        self._draw_suggestions(self.suggestions_panel.current())

    def _draw_suggestions(self, current: int) -> None:
        colors = self._colors()
        spans = [(s.start, s.end, colors.get(s.type if s.kind == "entity" else "claim", "#999999"), s.kind == "claim")
                 for s in self.suggestions]
        self.text_view.set_suggestions(spans, current)
        self.page_view.canvas.set_suggestions(spans, current)

    def on_suggestion_current(self, row: int) -> None:
        """A row became current (panel or a click in the view): outline it and bring it into view;
        Enter/Backspace in the reading view now act on it."""
        self._draw_suggestions(row)
        self.text_view.focus_suggestion(row)
        self.page_view.canvas.focus_suggestion(row)
        if 0 <= row < len(self.suggestions):
            s = self.suggestions[row]
            if self.stack.currentWidget() is self.page_view:
                self.page_view.show_offset(s.start)
            else:
                self.text_view.show_range(s.start, s.end)

    def on_suggestion_clicked(self, row: int) -> None:
        self.suggestions_panel.set_current(row)

    def _scope(self, scope: str) -> list[Suggestion]:
        row = self.suggestions_panel.current()
        if scope == "all":
            return list(self.suggestions)
        if not 0 <= row < len(self.suggestions):
            return []
        if scope == "entity":
            return [s for s in self.suggestions if same_entity(self.suggestions[row], s)]
        return [self.suggestions[row]]

    def accept_suggestions(self, scope: str = "one") -> None:
        chosen = self._scope(scope)
        if self.document is None or not chosen:
            return
        try:
            _, changes = self.service.accept_suggestions(self.document.id, chosen)
        except DossierError as exc:
            self.show_error(exc.message)
            return
        self._after_suggestion_step(changes, f"Accepted {len(chosen)} suggestion(s).")

    def reject_suggestions(self, scope: str = "one") -> None:
        chosen = self._scope(scope)
        if self.document is None or not chosen:
            return
        try:
            changes = self.service.reject_suggestions(self.document.id, chosen)
        except DossierError as exc:
            self.show_error(exc.message)
            return
        self._after_suggestion_step(changes, f"Rejected {len(chosen)} suggestion(s); they will not come back "
                                             "for this document (Ctrl+Z brings them back).")

    def _after_suggestion_step(self, changes: Changes, message: str) -> None:
        """The next suggestion takes the place of the one handled, so Enter/Backspace walk the document."""
        self._applied(changes)
        self.on_suggestion_current(self.suggestions_panel.current())
        self.statusBar().showMessage(message, 5000)
