"""The main window's annotating: keys and toolbar buttons on a selection, mark all occurrences, edits
from the Inspector, deletion. A mixin of `MainWindow`; every edit goes through the service and the
window refreshes from the `Changes` it returns."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from annotations.anchoring import occurrences
from annotations.errors import DossierError
from annotations.model import Annotation, Kind
from reader.services import AnnotationInput
from reader.ui.page_view import PageCanvas
from reader.ui.text_view import TextView

if TYPE_CHECKING:
    from reader.ui.window_parts import WindowParts
else:
    WindowParts = object  # the window provides these parts at run time


class AnnotationActions(WindowParts):
    """Needs from the window: document, annotations, service, stack, page_view, text_view, inspector,
    docks, statusBar, show_error, _applied, select_annotation, _current_annotation, _kind_of."""

    def _active_view(self) -> TextView | PageCanvas:
        return self.page_view.canvas if self.stack.currentWidget() is self.page_view else self.text_view

    def _annotate_selection(self, kind: str, label: str) -> None:
        selection = self._active_view().selected_range()
        if selection is None:
            self.statusBar().showMessage("Select some text first.", 4000)
            return
        self._active_view().clear_selection()  # marked: the next key must not mark the same span again
        self.annotate(kind, label, *selection)

    def annotate(self, kind: str, label: str, start: int, end: int) -> Annotation | None:
        if self.document is None:
            return None
        spec = AnnotationInput(kind=Kind(kind), start=start, end=end, label=label or None)
        try:
            annotation, changes = self.service.annotate(self.document.id, spec)
        except DossierError as exc:
            self.show_error(exc.message)
            return None
        self._applied(changes)
        self.select_annotation(annotation.id, scroll=False)
        field = {Kind.CLAIM: self.inspector.speaker, Kind.NOTE: self.inspector.note}.get(annotation.kind)
        if field is not None:  # the next keys are the speaker's name or the note, never shortcuts
            self.docks["inspector"].show()
            self.docks["inspector"].raise_()
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return annotation

    def mark_all_occurrences(self) -> None:
        """Mark every occurrence of the selected entity's text as the same entity, as one undoable step."""
        current = self._current_annotation()
        if self.document is None or current is None or current.kind is not Kind.ENTITY:
            self.statusBar().showMessage("Select an entity first.", 4000)
            return
        taken = {(a.target.start, a.target.end) for a in self.annotations}
        entity = self.service.entity(current.entity_id or "")
        specs = [AnnotationInput(Kind.ENTITY, s, e, label=current.label, entity_name=entity.name if entity else None)
                 for s, e in occurrences(self.document.text, current.target.exact) if (s, e) not in taken]
        if not specs:
            self.statusBar().showMessage("Every occurrence is already marked.", 4000)
            return
        try:
            _, changes = self.service.annotate_many(self.document.id, specs,
                                                    label=f"Mark all “{current.target.exact}”")
        except DossierError as exc:
            self.show_error(exc.message)
            return
        self._applied(changes)
        self.statusBar().showMessage(f"Marked {len(specs)} more occurrence(s).", 4000)

    def edit_annotation(self, annotation_id: str, fields: dict[str, object]) -> None:
        try:
            claim_keys = {"status", "reliability", "credibility", "speaker_name"}
            if claim_keys & set(fields):
                speaker = fields.pop("speaker_name", None)
                changes = self.service.set_claim(annotation_id, speaker_name=speaker, **fields)  # type: ignore[arg-type]
            elif "label" in fields and self._kind_of(annotation_id) is Kind.CLAIM:
                changes = self.service.set_claim(annotation_id, claim_type=fields["label"])
            else:
                changes = self.service.edit_annotation(annotation_id, **fields)
        except DossierError as exc:
            self.show_error(exc.message)
            return
        self._applied(changes)

    def delete_annotation(self, annotation_id: str) -> None:
        try:
            self._applied(self.service.delete_annotation(annotation_id))
        except DossierError as exc:
            self.show_error(exc.message)
