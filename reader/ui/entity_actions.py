"""The main window's side of the Entity index window: feed it summaries and profiles from the service,
carry out its intents (rename, aliases, merge, split — each one undo step) and open a mention in the
reading view. A mixin of `MainWindow`."""
from __future__ import annotations

from typing import TYPE_CHECKING

from reader.ui.entity_index import EntityIndexWindow, summary_rows

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class EntityActions(WindowParts):
    """Needs from the window: service, _run, _colors, open_document, show_error, statusBar."""

    entity_window: EntityIndexWindow | None = None

    def show_entity_index(self, entity_id: str | None = None) -> EntityIndexWindow:
        if self.entity_window is None:
            window = EntityIndexWindow(self)
            window.entityChosen.connect(self._show_entity_profile)
            window.openRequested.connect(lambda doc, ann: self.open_document(doc, ann))
            service = self.service
            window.renameRequested.connect(lambda eid, name: self._run(lambda: service.rename_entity(eid, name)))
            window.aliasesRequested.connect(lambda eid, names: self._run(lambda: service.set_aliases(eid, names)))
            window.mergeRequested.connect(lambda keep, other: self._merge_from_index(keep, other))
            window.splitRequested.connect(
                lambda eid, ids, name: self._run(lambda: service.split_entity(eid, ids, name)[1]))
            self.entity_window = window
        self.refresh_entity_index()
        if entity_id:
            self.entity_window.choose(entity_id)
        self.entity_window.show()
        self.entity_window.raise_()
        return self.entity_window

    def refresh_entity_index(self) -> None:
        if self.entity_window is None:
            return
        self.entity_window.set_summaries(summary_rows(self.service.entity_summaries(), self._colors()))

    def _show_entity_profile(self, entity_id: str) -> None:
        if self.entity_window is not None:
            self.entity_window.show_profile(self.service.entity_profile(entity_id), self._colors())

    def _merge_from_index(self, keep: str, other: str) -> None:
        self._run(lambda: self.service.merge_entities(keep, other))
        if self.entity_window is not None:
            self.entity_window.choose(keep)
