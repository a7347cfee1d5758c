"""Drawing the open document's annotations wherever they show: the marks in the text view and on the
pages, the annotation cards, the claims table, the entities table and the Inspector's speaker and tag
choices. A controller the window composes: it redraws from the session's `changesApplied` and clears
on `documentClosed`; the window only tells it when a document was opened (`draw()`).

After an edit that touched a few annotations (the session's `few_changed`) only those are redrawn: their
marks are put in place by binary search and redrawn if visible, their rows are removed, inserted or
changed in place (`OrderedRows.patch`: rowsRemoved / rowsInserted / dataChanged, never a reset), and only
the entities they mention are recounted. Everything else — opening, a codebook or entity change,
another window's edits — is a full draw. Either way the result is what a full reload shows
(tests/ui/test_panel_refresh.py)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from annotations.changes import Changes
from annotations.model import AnchorState, Annotation, Entity
from reader.ui.annotations_panel import AnnotationsPanel, reading_key
from reader.ui.entities_panel import EntitiesPanel, entity_row, entity_rows
from reader.ui.inspector import Inspector
from reader.ui.models import AnnotationRow, ClaimModel, annotation_rows, conflict_cell
from reader.ui.ordered_rows import OrderedRows
from reader.ui.page_view import PageView
from reader.ui.session import DocumentSession
from reader.ui.text_view import Mark, TextView


class ClaimRows(OrderedRows[AnnotationRow]):
    """The claims table's rows, in reading order (the table's proxy sorts them when asked)."""

    columns = ClaimModel.columns

    def key(self, row: AnnotationRow) -> tuple[int, int, str]:
        return reading_key(row)

    def cell(self, row: AnnotationRow, column: int, role: int) -> Any:
        marked = conflict_cell(row, column, role)  # a claim in an open conflict is marked
        return marked if marked is not None else super().cell(row, column, role)


class PanelsController(QObject):
    def __init__(self, session: DocumentSession, text_view: TextView, page_view: PageView,
                 pages_showing: Callable[[], bool], annotations_panel: AnnotationsPanel, claims: ClaimRows,
                 entities_panel: EntitiesPanel, inspector: Inspector, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session, self.text_view, self.page_view, self.pages_showing = session, text_view, page_view, pages_showing
        self.annotations_panel, self.cards = annotations_panel, annotations_panel.model
        self.claims, self.entities_panel, self.inspector = claims, entities_panel, inspector
        self._document: str | None = None
        self._known: dict[str, Annotation] = {}
        """The annotations as last drawn (an edit's old version is looked up here)."""
        self._rows: dict[str, AnnotationRow] = {}
        self._page_marks: dict[str, tuple[str, str, tuple[object, ...]]] = {}
        self._entities: dict[str, Entity] = {}
        self._colors: dict[str, str] = {}
        self._speakers: list[str] = []
        self._tags: dict[str, int] = {}
        self._selected: str | None = None
        """The selected annotation as last shown."""
        self._conflicted: dict[str, list[str]] = {}
        """Annotations with open merge conflicts -> who sent the other versions (their cards and rows are marked)."""
        session.changesApplied.connect(self._changed)
        session.documentClosed.connect(self.clear)
        session.selectionChanged.connect(self._now_selected)

    def _now_selected(self, annotation_id: str | None) -> None:
        self._selected = annotation_id

    def _changed(self, changes: Changes) -> None:
        conflicted = self.session.service.conflicted()  # an import, a settlement, an undo may file or close one
        moved = frozenset(i for i in set(conflicted) | set(self._conflicted)
                          if conflicted.get(i) != self._conflicted.get(i) and i in self._known)
        self._conflicted = conflicted
        if changes.annotations or changes.entities or changes.codebook or changes.external:
            few = self.session.few_changed
            self.draw(few | moved if few is not None else None)
        elif moved and self.session.document is not None:
            self.draw(moved)

    def draw(self, changed: frozenset[str] | None = None) -> None:
        """Redraw the open document's annotations: all (`changed` None), or just the ids in `changed`."""
        document = self.session.document
        if document is None:
            return
        if changed is None or document.id != self._document or not self._few(changed):
            self._draw_all()
        elif self._selected == self.session.selected and self._selected not in changed:
            return  # the selection and what shows it (Inspector, bold mark, current card) are unchanged
        self.show_selected(self.session.selected, scroll=False)

    def show_selected(self, annotation_id: str | None, scroll: bool = True) -> None:
        """Select an annotation (None: none) and show it: the Inspector, the bold mark in the text or on
        the page, the current card; `scroll`: bring it into view."""
        session = self.session
        annotation = session.select(annotation_id)
        speaker = ""
        if annotation is not None and annotation.claim and annotation.claim.speaker_id:
            entity = session.service.entity(annotation.claim.speaker_id)
            speaker = entity.name if entity else ""
        mentioned = session.service.entity(annotation.entity_id) if annotation and annotation.entity_id else None
        self.inspector.set_annotation(annotation, session.service.codebook(), speaker,
                                      mentioned.name if mentioned is not None and not mentioned.deleted else "")
        sources = self._conflicted.get(annotation.id, []) if annotation is not None else []
        if annotation is not None and not sources:
            session.set_aside.discard(annotation.id)  # (settled)
        self.inspector.set_conflicts(sources, yours=annotation is not None and annotation.id in session.set_aside)
        self.text_view.select_annotation(annotation.id if annotation else None, scroll=scroll)
        canvas = self.page_view.canvas
        canvas.set_marks(canvas.marks, annotation.id if annotation else None)
        if annotation is not None and scroll and self.pages_showing() and annotation.anchor is not AnchorState.ORPHANED:
            self.page_view.show_area(annotation.target.areas)
        if annotation_id or annotation is None:  # (None: no card stays current)
            self.annotations_panel.select(annotation.id if annotation is not None else None)

    # -- everything -------------------------------------------------------------------------------
    def _draw_all(self) -> None:
        session = self.session
        assert session.document is not None
        self._document = session.document.id
        self._colors = colors = session.colors()
        self._entities = session.entities
        annotations = session.annotations
        self._conflicted = session.service.conflicted()
        rows = annotation_rows(annotations, {e.id: e.name for e in self._entities.values()}, colors, self._conflicted)
        self._known = {a.id: a for a in annotations}
        self._rows = {r.id: r for r in rows}
        self.text_view.set_marks([self._mark(a, r) for a, r in zip(annotations, rows)])
        self._page_marks = {a.id: self._page_mark(a, r) for a, r in zip(annotations, rows) if a.target.areas}
        self._set_page_marks(force=True)
        self.entities_panel.set_rows(entity_rows(annotations, self._entities, colors))
        self.cards.set_rows(rows)
        self.claims.set_rows([r for r in rows if r.kind == "claim"])
        self._speakers = sorted({e.name for e in self._entities.values() if e.type in ("PERSON", "ORG")})
        self._tags = {}
        for a in annotations:
            self._count_tags(a, 1)
        self.inspector.set_choices(self._speakers, sorted(self._tags))

    # -- a few annotations ------------------------------------------------------------------------
    def _few(self, changed: frozenset[str]) -> bool:
        """Redraw the annotations in `changed` only; False when that cannot be done (a full draw follows)."""
        session = self.session
        fresh = {i: session.annotation(i) for i in changed}
        if session.entities is not self._entities:  # read again: new ones only (else a full reload came)
            self._entities = session.entities
            speakers = sorted({e.name for e in self._entities.values() if e.type in ("PERSON", "ORG")})
            if speakers != self._speakers:
                self._speakers = speakers
                self.inspector.set_choices(self._speakers, sorted(self._tags))
        if any(a is not None and a.entity_id and a.entity_id not in self._entities for a in fresh.values()):
            return False  # an entity not seen yet: names and the entities table are read again
        speaker_ids = {a.claim.speaker_id for a in fresh.values() if a is not None and a.claim and a.claim.speaker_id}
        names = {i: self._entities[i].name for i in speaker_ids if i in self._entities}  # (not every entity's)
        before = {i: self._known.get(i) for i in changed}
        rows = {i: annotation_rows([a], names, self._colors, self._conflicted)[0] if a is not None else None
                for i, a in fresh.items()}
        tags_before = set(self._tags)
        mentioned: set[str] = set()
        pages = False
        for i, a in fresh.items():
            old = before[i]
            for version, sign in ((old, -1), (a, 1)):
                if version is not None:
                    self._count_tags(version, sign)
                    if version.entity_id:
                        mentioned.add(version.entity_id)
            row = rows[i]
            for version in (old, a):
                if version is not None:
                    pages |= self._put_page_mark(version, row if version is a else None)
            if a is None or row is None:
                self._known.pop(i, None)
                self._rows.pop(i, None)
            else:
                self._known[i], self._rows[i] = a, row
        self.text_view.update_marks([i for i, a in fresh.items() if a is None],
                                    [self._mark(a, self._rows[a.id]) for a in fresh.values() if a is not None])
        if pages:
            self._set_page_marks(force=True)
        self.cards.patch(rows)
        was_claim = {i for i, old in before.items() if old is not None and old.kind.value == "claim"}
        self.claims.patch({i: r if r is not None and r.kind == "claim" else None for i, r in rows.items()
                           if (r is not None and r.kind == "claim") or i in was_claim})
        if mentioned:
            self._recount(mentioned)
        if set(self._tags) != tags_before:
            self.inspector.set_choices(self._speakers, sorted(self._tags))
        return True

    def _recount(self, entity_ids: set[str]) -> None:
        """The entities table's rows of these entities (their mentions changed)."""
        mentions: dict[str, list[str]] = {e: [] for e in entity_ids}
        for a in self.session.annotations:
            if a.entity_id in mentions:
                mentions[a.entity_id].append(a.id)
        self.entities_panel.model.patch({
            e: entity_row(self._entities[e], ids, self._colors) if ids and e in self._entities else None
            for e, ids in mentions.items()})

    def open_document_counts(self, changed: frozenset[str]) -> dict[str, int] | None:
        """The open document's live annotations by kind, when the `changed` ids are all its own (drawn or
        now in the session) — the library row of that document is then all that needs updating;
        else None."""
        session = self.session
        if session.document is None or session.document.id != self._document:
            return None
        if any(i not in self._known and session.annotation(i) is None for i in changed):
            return None
        return session.kind_counts()

    # -- pieces -----------------------------------------------------------------------------------
    def _color(self, row: AnnotationRow) -> str:
        return self._colors["claim"] if row.kind == "claim" else row.color

    def _mark(self, a: Annotation, row: AnnotationRow) -> Mark:
        return Mark(a.id, a.target.start, a.target.end, self._color(row), row.kind, placed=not row.orphaned)

    def _page_mark(self, a: Annotation, row: AnnotationRow) -> tuple[str, str, tuple[object, ...]]:
        return a.id, self._color(row), () if row.orphaned else a.target.areas  # an orphan: on no page

    def _put_page_mark(self, a: Annotation, row: AnnotationRow | None) -> bool:
        """Keep `a`'s page mark (None: it is gone); True if the canvas's marks change."""
        had = self._page_marks.pop(a.id, None) is not None
        if row is not None and a.target.areas:
            self._page_marks[a.id] = self._page_mark(a, row)
            return True
        return had

    def _set_page_marks(self, force: bool = False) -> None:
        """The page canvas's marks, in reading order: those with areas on pages (a text document has none,
        and then the list of 5,000 is not rebuilt after each edit)."""
        marks = self._page_marks
        if marks or force:
            self.page_view.canvas.set_marks(
                [marks[a.id] for a in self.session.annotations if a.id in marks],  # type: ignore[misc]
                self.session.selected)

    def _count_tags(self, a: Annotation, sign: int) -> None:
        for tag in a.tags:
            n = self._tags.get(tag, 0) + sign
            if n > 0:
                self._tags[tag] = n
            else:
                self._tags.pop(tag, None)

    def clear(self) -> None:
        """No document open: nothing to show — the Inspector neither (it went on editing an annotation of a
        document removed, storing what was typed where no one could see it; an outside tester, stop 53). Typing
        not yet stored is stored first, into the annotation in the trash, which keeps it."""
        self.inspector.commit_pending()
        self.inspector.set_annotation(None, self.session.service.codebook(), "")
        self.inspector.set_conflicts([])
        self._selected = None
        self._document = None
        self._known, self._rows, self._page_marks, self._tags = {}, {}, {}, {}
        self.cards.set_rows([])
        self.claims.set_rows([])
        self.text_view.set_marks([])
        self.entities_panel.set_rows([])
