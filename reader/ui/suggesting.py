"""The suggestion workflow: compute suggestions for the open document on the operation runner, show
them as dashed outlines in the reading views and as rows in the Suggestions dock, and accept or reject
one, all of one entity, or all shown — each one undoable step through the session (so the panels
redraw from its `changesApplied`). A controller the window composes; the suggestions themselves are
the session's."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget, QStatusBar

from annotations.changes import Changes
from annotations.model import Annotation
from annotations.suggest import Suggestion
from annotations.suggest.speaker_choice import speaker_choices
from reader.ui.ops import LARGE_ACCEPT, Runner
from reader.ui.page_view import PageView
from reader.ui.session import DocumentSession
from reader.ui.speaker_dialog import ask_speaker
from reader.ui.suggestions_panel import SuggestionsPanel, same_entity, suggestion_rows
from reader.ui.text_view import TextView


class SuggestionController(QObject):
    def __init__(self, session: DocumentSession, runner: Runner, panel: SuggestionsPanel, dock: QDockWidget,
                 text_view: TextView, page_view: PageView, pages_showing: Callable[[], bool],
                 status_bar: QStatusBar, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.runner, self.panel, self.dock = session, runner, panel, dock
        self.found_entities: list[Suggestion] = []  # the last entity suggestions, shown or not (speaker names)
        self._asked = 0  # the latest computation asked for: an earlier one arriving after it is out of date
        self.text_view, self.page_view, self.pages_showing, self.status_bar = (
            text_view, page_view, pages_showing, status_bar)
        panel.refreshRequested.connect(lambda kind: self.show(kind))
        panel.currentChanged.connect(self.on_current)
        panel.acceptRequested.connect(self.accept)
        panel.rejectRequested.connect(self.reject)
        panel.speakerRequested.connect(self.accept_with_speaker)
        for view in (text_view, page_view.canvas):
            view.suggestionClicked.connect(panel.set_current)
            view.suggestionKey.connect(lambda verb: self.accept() if verb == "accept" else self.reject())
        session.changesApplied.connect(self._changed)
        session.documentClosed.connect(self._closed)

    def show(self, kind: str | None = None) -> None:
        """Turn suggestions on for the open document (recomputed after every change while on)."""
        self.session.suggestions_on = True
        self.dock.show()
        self.dock.raise_()
        self.refresh(current=0, kind=kind)
        self.panel.focus_table()

    def hide(self) -> None:
        self.session.suggestions_on = False
        self.session.suggestions, self.found_entities = [], []
        self._draw(-1)
        self.panel.set_rows([], message="Suggestions are off.")

    def _closed(self) -> None:
        """The document went away (closed, or removed or replaced in another window): its rows go with it, so no
        button seems to act on words no longer shown."""
        self.found_entities = []
        self._draw(-1)
        if self.session.suggestions_on:
            self.panel.set_rows([], message="No document open: open one to see its suggestions.")

    def _changed(self, changes: Changes) -> None:
        if changes.annotations or changes.entities or changes.rejections or changes.codebook or changes.external:
            self.refresh()

    def refresh(self, current: int | None = None, kind: str | None = None) -> None:
        document = self.session.document
        if not self.session.suggestions_on or document is None:
            self.session.suggestions = []
            self._draw(-1)
            return
        keep_place = current is None  # (after a change: the row current when the list arrives, if it is still there)
        if current is None:
            current = self.panel.current()
        kind = self.panel.kind_filter() if kind is None else kind
        document_id, wanted, at = document.id, kind or None, current
        self._asked += 1
        asked = self._asked
        self.runner.run_op(lambda job: job.in_process("suggest", document_id, None),  # both: claims need entities
                           lambda found: self._arrived(document_id, found, at, wanted, asked, keep_place),
                           "Finding suggestions",
                           cancellable=True)

    def _arrived(self, document_id: str, found: list[Suggestion], current: int, wanted: str | None = None,
                 asked: int = 0, keep_place: bool = False) -> None:
        """Suggestions computed on the worker arrive; dropped if the person moved on meanwhile, or if a later
        computation was asked for (an accept or reject since: this list still holds what it handled). Only the kind
        asked for is shown; the people and organisations found are kept to complete a speaker's name with. After a
        change (`keep_place`), the row current now stays current when the new list has it (keys pressed meanwhile
        moved it)."""
        document = self.session.document
        if not self.session.suggestions_on or document is None or document.id != document_id \
                or asked and asked != self._asked:
            return
        row, shown = self.panel.current(), self.session.suggestions
        self.found_entities = [s for s in found if s.kind == "entity"]
        found = [s for s in found if wanted is None or s.kind == wanted]
        self.session.suggestions = sorted(found, key=lambda s: (s.start, s.end))
        if keep_place and 0 <= row < len(shown) and shown[row] in self.session.suggestions:
            current = self.session.suggestions.index(shown[row])
        self.panel.set_rows(suggestion_rows(self.session.suggestions, self.session.colors()), current=current)
        self._draw(self.panel.current())

    def _handled(self, chosen: list[Suggestion]) -> None:
        """The rows just accepted or rejected leave at once, the next one taking the current row's place: the list
        recomputed for the change comes from the job process later (0.4 s on a news article), and Backspace
        pressed before it came acted on the row just accepted, the next Enter on the claim meant to be rejected."""
        shown, row = self.session.suggestions, self.panel.current()
        gone = {id(s) for s in chosen}  # (the rows' own objects: hashing 18,000 suggestions took 0.1 s a key)
        removed = [i for i, s in enumerate(shown) if id(s) in gone]
        if not removed:
            return  # (the recomputed list came already: a runner that works inline)
        self.session.suggestions = [s for s in shown if id(s) not in gone]
        at = max(row, 0) - sum(1 for i in removed if i < row)  # the first row after those, where it now stands
        self.panel.remove_rows(removed, current=at)  # (the outlines are redrawn as the next row becomes current)

    def _draw(self, current: int) -> None:
        colors = self.session.colors()
        spans = [(s.start, s.end, colors.get(s.type if s.kind == "entity" else "claim", "#999999"), s.kind == "claim")
                 for s in self.session.suggestions]
        self.text_view.set_suggestions(spans, current)
        self.page_view.canvas.set_suggestions(spans, current)

    def on_current(self, row: int) -> None:
        """A row became current (panel or a click in the view): outline it and bring it into view;
        Enter/Backspace in the reading view now act on it."""
        self._draw(row)
        self.text_view.focus_suggestion(row)
        self.page_view.canvas.focus_suggestion(row)
        suggestions = self.session.suggestions
        if 0 <= row < len(suggestions):
            s = suggestions[row]
            if self.pages_showing():
                self.page_view.show_offset(s.start)
            else:
                self.text_view.show_range(s.start, s.end)

    def _scope(self, scope: str) -> list[Suggestion]:
        row, suggestions = self.panel.current(), self.session.suggestions
        if scope == "all":
            return list(suggestions)
        if not 0 <= row < len(suggestions):
            return []
        if scope == "entity":
            return [s for s in suggestions if same_entity(suggestions[row], s)]
        return [suggestions[row]]

    def accept(self, scope: str = "one") -> None:
        chosen, document = self._scope(scope), self.session.document
        if document is None or not chosen:
            return
        if len(chosen) >= LARGE_ACCEPT:  # thousands take a minute (the index update mostly): not on this thread
            document_id = document.id
            self.runner.run_op(lambda job: job.in_process("accept_suggestions", document_id, chosen),
                               lambda result: self._accepted(document_id, len(chosen), result),
                               f"Accepting {len(chosen)} suggestions", cancellable=True,
                               finishing=f"Finishing accepting {len(chosen)} suggestions")
            return
        service = self.session.service
        done = self.session.run_with(lambda: service.accept_suggestions(document.id, chosen))
        if done is not None:
            self._handled(chosen)
            self._said_accepted(len(chosen), len(done))

    def _accepted(self, document_id: str, asked: int, result: tuple[list[Annotation], Changes]) -> None:
        """A large accept came back from the job process: the window takes its changes, whatever is open now."""
        done, changes = result
        self.session.service.changed_elsewhere(catch_up=False)  # the job process wrote it (and its index): not news
        self.session.apply(changes)
        if self.session.document is not None and self.session.document.id == document_id:
            self._said_accepted(asked, len(done))

    def _said_accepted(self, asked: int, accepted: int) -> None:
        skipped = asked - accepted  # their words already hold an annotation of that kind (another window)
        self._stepped(f"Accepted {accepted} suggestion(s)." if not skipped else
                      f"Accepted {accepted} suggestion(s); {skipped} already annotated (elsewhere, or before the "
                      "dock caught up) left as they are." if accepted else
                      "Nothing accepted: those words are already annotated (elsewhere, or before the dock caught up).")

    def accept_with_speaker(self) -> None:
        """F2 or a double-click on a claim: accept it (or every claim suggested with the same speaker) with the
        speaker the analyst types, as one undoable step."""
        row, suggestions, document = self.panel.current(), self.session.suggestions, self.session.document
        if document is None or not 0 <= row < len(suggestions) or suggestions[row].kind != "claim":
            self.status_bar.showMessage("Select a claim suggestion first (Suggest, then a row of the Suggestions "
                                        "dock or a dashed outline in the text).", 5000)
            return
        known = [(e.name, e.type) for e in self.session.entities.values()]
        choices = speaker_choices([*self.found_entities, *suggestions], known)
        chosen = ask_speaker(suggestions[row], suggestions, choices, self.status_bar.window())
        if not chosen:
            return
        service = self.session.service
        done = self.session.run_with(lambda: service.accept_suggestions(document.id, chosen, speaker_type_chosen=True))
        if done is not None:
            self._handled(chosen)
            first = chosen[0]
            who = ("no speaker" if not first.speaker else f"the unnamed source “{first.speaker}”"
                   if first.speaker_kind == "unnamed" else f"speaker {first.speaker}")
            self._stepped(f"Accepted {len(done)} claim(s) with {who}." if done else
                          "Already accepted (the suggestions were catching up).")

    def reject(self, scope: str = "one") -> None:
        chosen, document = self._scope(scope), self.session.document
        if document is None or not chosen:
            return
        if self.session.run(lambda: self.session.service.reject_suggestions(document.id, chosen)) is not None:
            self._handled(chosen)
            self._stepped(f"Rejected {len(chosen)} suggestion(s); they will not come back for this document "
                          "(Ctrl+Z brings them back).")

    def _stepped(self, message: str) -> None:
        """The next suggestion takes the place of the one handled, so Enter/Backspace walk the document."""
        self.on_current(self.panel.current())
        self.status_bar.showMessage(message, 5000)
