"""The document session: what the window is working on — the open document, its live annotations in
reading order, the selected annotation and the suggestions shown — and the one place a mutation's
`Changes` arrive. `apply(changes)` brings the session's own state up to date (re-reading only the
annotations an edit touched) and then emits `changesApplied(changes)`, the one signal every panel
redraws from. Controllers run their mutations through `run`, which also sends a failure's message to
`failed` (one place for errors). Qt for the signals only: no widgets here."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from annotations.changes import Changes
from annotations.errors import DossierError
from annotations.model import Annotation, DocumentRecord, Entity, Kind
from annotations.suggest import Suggestion
from reader.services import ReaderService

T = TypeVar("T")
FEW = 200
"""An edit touching at most this many annotations (renaming, merging or removing no entity, leaving the
codebook alone) re-reads just those."""


class DocumentSession(QObject):
    documentOpened = Signal()  # a document was opened (or reopened); `document` is set
    documentClosed = Signal()  # the open document went away (removed here or elsewhere)
    changesApplied = Signal(object)  # Changes: every mutation, undo/redo, import, another window's edits
    selectionChanged = Signal(object)  # the selected annotation's id, or None
    failed = Signal(str)  # a mutation refused: the message a person reads

    def __init__(self, service: ReaderService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.document: DocumentRecord | None = None
        self.annotations: list[Annotation] = []
        self._by_id: dict[str, Annotation] = {}
        self._kinds: Counter[str] = Counter()
        """The live annotations by kind, kept edit by edit (the library row's counts after each add)."""
        self.entities: dict[str, Entity] = {}
        """The library's live entities by id, as last read (at open, a full reload, an entity change)."""
        self.selected: str | None = None
        self.suggestions: list[Suggestion] = []
        self.suggestions_on = False
        self.few_changed: frozenset[str] | None = None
        """What the last `apply` re-read (None: everything) — the panels redraw just those rows."""
        self.typed: dict[str, str] = {}
        """Annotation id -> the version this window's last typed edit of it wrote (the latest 50)."""
        self.set_aside: set[str] = set()
        """Annotations whose typing here was set aside as a conflict: another window's, in the same words, was saved after."""

    # -- the document -----------------------------------------------------------------------------
    def open(self, document_id: str) -> DocumentRecord:
        """Open a document (raises DossierError if it cannot be read); its annotations are read."""
        record = self.service.document(document_id)
        self.document = record
        self._set_annotations(self.service.annotations(record.id))
        self.entities = {e.id: e for e in self.service.entities()}
        self.selected = None
        self.suggestions = []
        self.documentOpened.emit()
        return record

    def close_document(self) -> None:
        self.document = None
        self._set_annotations([])
        self.selected = None
        self.suggestions = []
        self.documentClosed.emit()

    # -- mutations --------------------------------------------------------------------------------
    def run(self, operation: Callable[[], Changes]) -> Changes | None:
        """Run a mutation, apply its changes; a refusal goes to `failed` and returns None."""
        try:
            changes = operation()
        except DossierError as exc:
            self.failed.emit(exc.message)
            return None
        self.apply(changes)
        return changes

    def run_with(self, operation: Callable[[], tuple[T, Changes]]) -> T | None:
        """A mutation that also returns something (the new annotation, the new entity)."""
        try:
            value, changes = operation()
        except DossierError as exc:
            self.failed.emit(exc.message)
            return None
        self.apply(changes)
        return value

    def apply(self, changes: Changes) -> None:
        """Bring the session up to date with `changes`, then tell every panel (`changesApplied`)."""
        if self.document is not None and (changes.documents or changes.external):
            if self.service.live_document(self.document.id) is None:
                self.close_document()
            elif changes.external or self.document.id in changes.documents:
                self.document = self.service.document(self.document.id)
        if self.document is not None and (changes.annotations or changes.entities or changes.codebook
                                          or changes.external):
            few = (not changes.codebook and not changes.external and len(changes.annotations) <= FEW
                   and self._entities_only_added(changes.entities))
            self.reload(changes.annotations if few else None)
        else:
            self.few_changed = frozenset()
        if self.selected is not None and self.annotation(self.selected) is None:
            self.selected = None
        self.changesApplied.emit(changes)

    def _entities_only_added(self, changed: frozenset[str]) -> bool:
        """Re-read the entities (when `changed` names any); True when those changed are new ones (a first
        mention of a name) or kept their name, type and aliases — then no other annotation's row changes
        with them. A rename, new aliases, a merge or a removal is False: everything is read again."""
        if not changed:
            return True
        before = self.entities
        self.entities = {e.id: e for e in self.service.entities()}
        for entity_id in changed:
            old, new = before.get(entity_id), self.entities.get(entity_id)
            if new is None or (old is not None and (old.name, old.type, old.aliases) != (new.name, new.type, new.aliases)):
                return False
        return True

    def reload(self, changed: frozenset[str] | None = None) -> None:
        """Re-read the open document's annotations: all, or (`changed`) just those ids (and with all of
        them, the library's entities)."""
        self.few_changed = changed
        if changed is None:
            self.entities = {e.id: e for e in self.service.entities()}
        if self.document is not None:
            self._set_annotations(self.service.annotations_after(self.document.id, self.annotations, changed),
                                  changed)

    def _set_annotations(self, annotations: list[Annotation], changed: frozenset[str] | None = None) -> None:
        self.annotations = annotations
        if changed is None:
            self._by_id = {a.id: a for a in annotations}
            self._kinds = Counter(a.kind.value for a in annotations)
            return
        for annotation_id in changed:  # only these are new objects (or gone)
            old = self._by_id.pop(annotation_id, None)
            if old is not None:
                self._kinds[old.kind.value] -= 1
        self._by_id.update((a.id, a) for a in annotations if a.id in changed)
        for annotation_id in changed:
            new = self._by_id.get(annotation_id)
            if new is not None:
                self._kinds[new.kind.value] += 1

    # -- selection --------------------------------------------------------------------------------
    def select(self, annotation_id: str | None) -> Annotation | None:
        annotation = self.annotation(annotation_id) if annotation_id else None
        self.selected = annotation.id if annotation is not None else None
        self.selectionChanged.emit(self.selected)
        return annotation

    def annotation(self, annotation_id: str | None) -> Annotation | None:
        return self._by_id.get(annotation_id) if annotation_id is not None else None

    def current(self) -> Annotation | None:
        """The selected annotation."""
        return self.annotation(self.selected)

    def kind_of(self, annotation_id: str) -> Kind | None:
        found = self.annotation(annotation_id)
        return found.kind if found is not None else None

    def kind_counts(self) -> dict[str, int]:
        """The open document's live annotations by kind ("entity", "claim", …; kinds with none left out)."""
        return {kind: n for kind, n in self._kinds.items() if n > 0}

    def colors(self) -> dict[str, str]:
        """Each entity type's colour, and the claim, highlight and note colours, from the codebook."""
        codebook = self.service.codebook()
        colors = {et.label: et.color for et in codebook.entity_types}
        return colors | {"claim": codebook.claim_color, "highlight": codebook.highlight_color,
                         "note": codebook.note_color}

    def tags(self) -> list[str]:
        return sorted({t for a in self.annotations for t in a.tags})
