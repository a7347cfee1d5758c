"""The Entity index window's controller: feed it summaries and profiles from the service, carry out its
intents (rename, aliases, merge, split — each one undo step through the session) and open a mention in
the reading view. It redraws on the session's `changesApplied`."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from annotations.changes import Changes
from reader.ui.entity_index import EntityIndexWindow, summary_rows
from reader.ui.entity_questions import rename_or_merge
from reader.ui.session import DocumentSession


class EntityIndexController(QObject):
    def __init__(self, session: DocumentSession, parent_widget: QWidget,
                 open_document: Callable[[str, str | None], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.parent_widget, self.open_document = session, parent_widget, open_document
        self.window: EntityIndexWindow | None = None
        self.keys: list[QAction] = []
        """The main window's actions whose keys work in the index window too (Undo, Redo: `share_keys`)."""
        session.changesApplied.connect(self._changed)

    def share_keys(self, actions: list[QAction]) -> None:
        """Let `actions`' keys work in the index window as in the main one: its rename, merge and split are undo
        steps like any other, and Ctrl+Z there did nothing (an outside tester on the window)."""
        self.keys = actions
        if self.window is not None:
            self.window.addActions(actions)

    def show(self, entity_id: str | None = None) -> EntityIndexWindow:
        if self.window is None:
            window = EntityIndexWindow(self.parent_widget)
            service, run = self.session.service, self.session.run
            window.entityChosen.connect(self._show_profile)
            window.openRequested.connect(lambda doc, ann: self.open_document(doc, ann))
            window.renameRequested.connect(lambda eid, name: rename_or_merge(window, service, run, eid, name))
            window.aliasesRequested.connect(lambda eid, names: run(lambda: service.set_aliases(eid, names)))
            window.mergeRequested.connect(self._merge)
            window.splitRequested.connect(
                lambda eid, ids, name: run(lambda: service.split_entity(eid, ids, name)[1]))
            window.addActions(self.keys)
            self.window = window
        self.refresh()
        if entity_id:
            self.window.choose(entity_id)
        self.window.show()
        self.window.raise_()
        return self.window

    def _changed(self, changes: Changes) -> None:
        """Redraw while the window is shown; once closed it is redrawn when shown again (`show`), not after
        every highlight (each redraw reads every entity's summary: ~1 s for 50,000). A document's change counts
        too: moved to the trash or back, its mentions leave or rejoin the counts, and its date and title are
        the rows' first/last seen and the profile's headings."""
        if self.window is not None and self.window.isVisible() and (
                changes.annotations or changes.entities or changes.documents or changes.codebook or changes.external):
            self.refresh()

    def refresh(self) -> None:
        if self.window is not None:
            self.window.set_summaries(summary_rows(self.session.service.entity_summaries(), self.session.colors()))

    def _show_profile(self, entity_id: str) -> None:
        if self.window is not None:
            self.window.show_profile(self.session.service.entity_profile(entity_id), self.session.colors())

    def _merge(self, keep: str, other: str) -> None:
        self.session.run(lambda: self.session.service.merge_entities(keep, other))
        if self.window is not None:
            self.window.choose(keep)
