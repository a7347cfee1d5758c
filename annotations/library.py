"""A library folder: the store (truth), the search index (derived) and the stored copies of documents.

Qt-free. Every operation is one store transaction and returns `Changes`; the index then catches up.
Layout:  LIBRARY/library.sqlite3, LIBRARY/index/, LIBRARY/files/<sha256><suffix>
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from annotations import undo as undo_mod
from annotations.anchoring import make_target, reanchor
from annotations import codec
from annotations.atomic import copy_atomic
from annotations.merge_plan import AreasFor
from annotations.revisions import FORGOTTEN, content_hash, make_rev, note_salt_for
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.doc_properties import DocumentProperties, apply as apply_properties, checked_or_empty, normal_date, normal_url
from annotations.edits import CLEAR, AnnotationEdit as AnnotationEdit  # AnnotationEdit: re-exported
from annotations.errors import NotFoundError, ValidationError
from annotations.ids import new_id, now_iso
from annotations.index import SearchIndex
from annotations.language import document_language
from annotations.name_variants import clean_name, name_key
from annotations.limits import check_name, check_note, check_tags
from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea,
)
from annotations.search import SearchResult
from annotations.library_entities import EntityEdits
from annotations.library_exchange import BundleExchange, Conflict as Conflict  # Conflict: re-exported
from annotations.store import Store
from annotations.store_transaction import Transaction
from annotations.text_merge import merge_text
from annotations.document import Document

SPEAKER_TYPES = ("PERSON", "ORG")


def record_of(doc: Document, stored_file: str = "", added: str = "", now: str = "") -> DocumentRecord:
    """The library's record of a parsed document."""
    now = now or now_iso()
    return DocumentRecord(
        id=doc.id, format=doc.format, text=doc.text,
        title=clean_name(doc.meta.title) or Path(doc.source_path).stem,  # no U+200F from the first line
        authors=doc.meta.authors, publisher=doc.meta.publisher,
        published=checked_or_empty(normal_date, doc.meta.published),
        source_path=doc.source_path, source_url=checked_or_empty(normal_url, doc.meta.source_url),
        pages=tuple((p.start, p.end) for p in doc.pages),
        page_sizes=tuple((p.width, p.height) for p in doc.pages),
        outline=tuple((o.level, o.title, o.offset) for o in doc.outline), added=added or now,
        modified=now, size=doc.size, stored_file=stored_file, furniture=tuple(doc.furniture),
        language=document_language(doc.meta.language, doc.text),
    )


@dataclass(frozen=True)
class AnnotationInput:
    """What a user asks for when annotating; the library resolves names to entities."""

    kind: Kind
    start: int
    end: int
    label: str | None = None
    entity_name: str | None = None
    speaker_name: str | None = None
    claim_type: str | None = None
    status: ClaimStatus | None = None
    reliability: str | None = None
    credibility: int | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    areas: tuple[PageArea, ...] = ()


class Library(BundleExchange, EntityEdits):
    def __init__(self, folder: Path, store: Store, index: SearchIndex) -> None:
        self.folder = folder
        self.store = store
        self.index = index

    @classmethod
    def open(cls, folder: str | Path, progress: Callable[[int, int], None] | None = None) -> Library:
        folder = Path(folder).expanduser()
        store = Store.open(folder / "library.sqlite3")
        index = SearchIndex(folder / "index", store)
        index.open(progress)
        return cls(folder, store, index)

    def close(self) -> None:
        self.index.close()
        self.store.close()

    @property
    def messages(self) -> list[str]:
        return self.index.messages

    def _done(self, changes: Changes) -> Changes:
        if changes:
            self.index.catch_up()
        return changes

    # -- documents --------------------------------------------------------------------------------
    def add_document(self, doc: Document, source: Path | None = None, areas_for: AreasFor | None = None
                     ) -> tuple[DocumentRecord, Changes]:
        """Remember `doc` (and keep a copy of its file). Adding the same bytes again changes nothing —
        unless the library only had a teammate's provisional text for it: the real parse replaces that
        text, and annotations waiting for the document (or placed on the provisional text) are anchored
        on the real one, in the same step."""
        existing = self.store.document(doc.id, with_text=False)
        if existing is not None and not existing.deleted and not existing.provisional:
            return existing, Changes(generation=self.store.generation)
        stored_file = ""
        if source is not None:
            suffix = Path(doc.source_path).suffix.lower() or f".{doc.format}"
            target = self.folder / "files" / f"{doc.id}{suffix}"
            if not target.exists():
                copy_atomic(source, target)
            stored_file = str(target.relative_to(self.folder))
        now = now_iso()
        record = record_of(doc, stored_file=stored_file, added=existing.added if existing else now, now=now)
        with self.store.transaction(f"Add “{record.title}”") as tx:
            record = tx.put(record)  # type: ignore[assignment]
            if existing is not None and existing.provisional:
                tx.replace_text(record)
            for a in self.store.annotations(doc.id, include_deleted=True):
                if a.anchor is AnchorState.ORPHANED or (existing is not None and existing.provisional):
                    placed = reanchor(replace(a.target, areas=()) if a.anchor is AnchorState.ORPHANED else a.target,
                                      record.text)
                    placed_target = placed.target
                    if record.paged and areas_for is not None and placed.state is not AnchorState.ORPHANED \
                            and (placed.state is not AnchorState.EXACT or not placed_target.areas):
                        placed_target = replace(placed_target, areas=areas_for(record, placed_target.start,
                                                                               placed_target.end))
                    if (placed_target, placed.state) != (a.target, a.anchor):
                        tx.put(replace(a, target=placed_target, anchor=placed.state, modified=now,
                                       revision=a.revision + 1))
        return record, self._done(tx.changes(f"Add “{record.title}”"))

    def document(self, document_id: str, with_text: bool = True) -> DocumentRecord:
        doc = self.store.document(document_id, with_text=with_text)
        if doc is None:
            raise NotFoundError(f"No document {document_id}.")
        return doc

    def stored_path(self, doc: DocumentRecord) -> Path | None:
        return self.folder / doc.stored_file if doc.stored_file else None

    def remove_document(self, document_id: str) -> Changes:
        """Move a document (and with it its annotations) to the trash: undoable and restorable."""
        doc = self.document(document_id, with_text=False)
        with self.store.transaction(f"Remove “{doc.title}”") as tx:
            tx.put(replace(doc, deleted=True, modified=now_iso()))
        return self._done(tx.changes(f"Remove “{doc.title}”"))

    def restore_document(self, document_id: str) -> Changes:
        doc = self.document(document_id, with_text=False)
        with self.store.transaction(f"Restore “{doc.title}”") as tx:
            tx.put(replace(doc, deleted=False, modified=now_iso()))
        return self._done(tx.changes(f"Restore “{doc.title}”"))

    def set_document_properties(self, document_id: str, edit: DocumentProperties) -> Changes:
        """Title, authors, outlet, date, URL, language, source reliability: checked (ValidationError, nothing
        stored), then one new version of the document (it travels in bundles) and one undo step. An edit
        that changes nothing stores nothing."""
        doc = self.document(document_id, with_text=False)
        if doc.deleted:  # its bundles leave it out, so the edit would never reach a teammate
            raise NotFoundError(f"“{doc.title}” is in the trash; restore it to change its properties.")
        edited = apply_properties(doc, edit)
        if edited == doc:
            return Changes(generation=self.store.generation)
        label = f"Properties of “{edited.title}”"
        with self.store.transaction(label) as tx:
            tx.put(replace(edited, modified=now_iso()))
        return self._done(tx.changes(label))

    def replace_document(self, old_id: str, new: Document, source: Path | None = None,
                         areas_for: AreasFor | None = None) -> Changes:
        """A new version of a document, as one transaction and one undo step: the new version is added, each
        annotation of the old one is re-attached to the new text (exact, moved, fuzzy or orphaned — never
        dropped; on pages, quads recomputed) and the old version goes to the trash. A crash leaves one
        version or the other, never both live; one Ctrl+Z brings the old one back alone.
        `changes.report` counts each outcome."""
        old = self.document(old_id, with_text=False)
        existing = self.store.document(new.id, with_text=False)
        stored_file = ""
        if source is not None:
            suffix = Path(new.source_path).suffix.lower() or f".{new.format}"
            target = self.folder / "files" / f"{new.id}{suffix}"
            if not target.exists():
                copy_atomic(source, target)  # content-addressed: harmless if the transaction never commits
            stored_file = str(target.relative_to(self.folder))
        now = now_iso()
        record = record_of(new, stored_file=stored_file, added=existing.added if existing else now, now=now)
        counts = {state.value: 0 for state in AnchorState}
        label = f"New version of “{record.title}”"
        with self.store.transaction(label) as tx:
            record = tx.put(record)  # type: ignore[assignment]
            if existing is not None and existing.provisional:
                tx.replace_text(record)
            for a in self.store.annotations(old_id):
                placed = reanchor(a.target, new.text)
                counts[placed.state.value] += 1
                placed_target = placed.target
                if record.paged and areas_for is not None and placed.state is not AnchorState.ORPHANED:
                    placed_target = replace(placed_target, areas=areas_for(record, placed_target.start,
                                                                           placed_target.end))
                tx.put(replace(a, document_id=new.id, target=placed_target, anchor=placed.state,
                               modified=now, revision=a.revision + 1))
            tx.put(replace(old, deleted=True, modified=now))
        changes = self._done(tx.changes(label))
        return replace(changes, report={"anchors": counts, "old": old_id, "new": new.id})

    # -- annotations ------------------------------------------------------------------------------
    def annotate(self, document_id: str, spec: AnnotationInput, creator: str = "") -> tuple[Annotation, Changes]:
        """Create one annotation; names in `spec` are resolved to (possibly new) entities in the same step."""
        annotations, changes = self.annotate_many(document_id, [spec], creator, label=None)
        return annotations[0], changes

    def annotate_many(self, document_id: str, specs: Sequence[AnnotationInput], creator: str = "",
                      label: str | None = None) -> tuple[list[Annotation], Changes]:
        """Several annotations as one undoable step (e.g. "mark all occurrences")."""
        doc = self.document(document_id)
        if doc.deleted:
            raise ValidationError(f"“{doc.title}” is in the trash; restore it before annotating.")
        codebook = self.store.codebook()
        now = now_iso()
        created: list[Annotation] = []
        step = label or (f"Add {specs[0].kind.value}" if len(specs) == 1 else f"Add {len(specs)} annotations")
        with self.store.transaction(step) as tx:
            for spec in specs:
                created.append(self._build(tx, doc, spec, codebook, creator, now))
                tx.put(created[-1])
        return created, self._done(tx.changes(step))

    def _build(self, tx: Transaction, doc: DocumentRecord, spec: AnnotationInput, codebook: Codebook,
               creator: str, now: str) -> Annotation:
        target = replace(make_target(doc.text, spec.start, spec.end), areas=spec.areas)
        label = spec.label
        entity_id = None
        claim = None
        if spec.kind is Kind.ENTITY:
            if not label:
                raise ValidationError("An entity needs a type: --type PERSON, ORG, PLACE…")
            label = codebook.entity_type(label).label
            entity_id = self._entity_for(tx, spec.entity_name or target.exact, label, now).id
        elif label:
            label = label.strip()
        if spec.kind is Kind.CLAIM:
            claim_type = spec.claim_type or (codebook.claim_tag(label).label if label else None)
            speaker_id = self._speaker_for(tx, spec.speaker_name, now).id if spec.speaker_name else None
            claim = ClaimFields(speaker_id=speaker_id, claim_type=claim_type,
                                status=spec.status or ClaimStatus.UNVERIFIED,
                                reliability=spec.reliability, credibility=spec.credibility)
            label = claim_type
        elif spec.speaker_name or spec.status or spec.reliability or spec.credibility:
            raise ValidationError("Speaker, status and grading belong to claims (--kind claim).")
        tags = check_tags(spec.tags)
        check_note(spec.note)
        return Annotation(id=new_id(), document_id=doc.id, kind=spec.kind, target=target, label=label,
                          note=spec.note, tags=tags, creator=creator, created=now, modified=now,
                          entity_id=entity_id, claim=claim)

    def _entity_for(self, tx: Transaction, name: str, type_: str, now: str) -> Entity:
        name = check_name(clean_name(name))  # no U+200F or isolates stored inside a name
        for e in self.store.find_entities_spelled_like(name):
            if e.type == type_ and name_key(name) in (name_key(n) for n in e.names()):
                return e  # the same name, or it with another apostrophe, ё/е
        entity = Entity(id=new_id(), name=name, type=type_, created=now, modified=now)
        tx.put(entity)
        return entity

    def _speaker_for(self, tx: Transaction, name: str, now: str) -> Entity:
        name = clean_name(name)
        candidates = [e for e in self.store.find_entities_spelled_like(name)
                      if name_key(name) in (name_key(n) for n in e.names())]
        for type_ in SPEAKER_TYPES:
            for e in candidates:
                if e.type == type_:
                    return e
        if candidates:
            return candidates[0]
        return self._entity_for(tx, name, "PERSON", now)

    def annotation(self, annotation_id: str) -> Annotation:
        a = self.store.annotation(annotation_id)
        if a is None:
            raise NotFoundError(f"No annotation {annotation_id}.")
        return a

    def edit_annotation(self, annotation_id: str, **changes: object) -> Changes:
        """Change fields of an annotation (label, note, tags, claim...) as one new version. The record is
        read inside the write transaction: only the named fields change, whatever landed meanwhile."""
        if isinstance(changes.get("note"), str):
            check_note(str(changes["note"]))
        if "tags" in changes:
            changes["tags"] = check_tags(changes["tags"])  # type: ignore[arg-type]
        label = f"Edit {self.annotation(annotation_id).kind.value}"  # the kind never changes
        with self.store.transaction(label) as tx:
            a = self._fresh(tx, annotation_id)
            if a.deleted:
                raise ValidationError("That annotation was deleted.")
            edited = a.edited(now_iso(), **changes)
            if content_hash(codec.annotation_to_dict(edited)) != content_hash(codec.annotation_to_dict(a)):
                tx.put(edited)  # an edit that changes nothing makes no version
        return self._done(tx.changes(label))

    def set_claim(self, annotation_id: str, speaker_name: str | None = None, **fields: object) -> Changes:
        """Edit claim fields; `speaker_name` is resolved to an entity in the same step."""
        with self.store.transaction("Edit claim") as tx:
            a = self._fresh(tx, annotation_id)
            if a.claim is None:
                raise ValidationError("Only claims have speaker, status and grading.")
            claim = a.claim
            if speaker_name is not None:
                speaker = self._speaker_for(tx, speaker_name, now_iso()) if speaker_name.strip() else None
                claim = replace(claim, speaker_id=speaker.id if speaker else None)
            claim = replace(claim, **fields)  # type: ignore[arg-type]
            tx.put(a.edited(now_iso(), claim=claim, label=claim.claim_type))
        return self._done(tx.changes("Edit claim"))

    def delete_annotation(self, annotation_id: str, remove_entity: bool = False) -> Changes:
        """Tombstone it: it disappears everywhere, undo brings it back, and bundles carry the deletion.
        `remove_entity`: the entity it was the last mention of goes too, in the same undo step."""
        a = self.annotation(annotation_id)
        if a.deleted:
            return Changes(generation=self.store.generation)
        orphan = self.entity_left_without_mentions(annotation_id) if remove_entity else None
        label = f"Delete “{orphan.name}”" if orphan is not None else f"Delete {a.kind.value}"
        with self.store.transaction(label) as tx:
            a = self._fresh(tx, annotation_id)
            now = now_iso()
            tx.put(a.edited(now, deleted=True))
            if orphan is not None:
                tx.put(orphan.edited(now, deleted=True))
        return self._done(tx.changes(label))

    def entity_left_without_mentions(self, annotation_id: str) -> Entity | None:
        """The entity this mention is the last live mention of (no other mention, no claim it made)."""
        a = self.store.annotation(annotation_id)
        if a is None or a.kind is not Kind.ENTITY or not a.entity_id:
            return None
        entity = self.store.entity(a.entity_id)
        if entity is None or entity.deleted:
            return None
        others = [o for o in self.store.annotations_of_entity(entity.id) if o.id != annotation_id]
        return None if others else entity

    def edit(self, annotation_id: str, edit: AnnotationEdit) -> Changes:
        """Apply every field of `edit` to the annotation as one new version and one undo step."""
        now = now_iso()
        label = f"Edit {self.annotation(annotation_id).kind.value}"
        with self.store.transaction(label) as tx:
            a = self._fresh(tx, annotation_id)
            if a.deleted:
                raise ValidationError("That annotation was deleted.")
            fields: dict[str, object] = {}
            conflicting = False
            if edit.note is not None:
                fields["note"] = note = check_note(edit.note)
                if edit.note_base is not None and a.note not in (edit.note_base, note):  # changed meanwhile
                    merged = merge_text(edit.note_base, note, a.note)
                    conflicting = merged is None
                    fields["note"] = note if merged is None else merged
            if edit.tags is not None:
                if edit.add_tags or edit.remove_tags:
                    raise ValidationError("Give all the tags, or tags to add and remove, not both.")
                fields["tags"] = check_tags(edit.tags)
            elif edit.add_tags or edit.remove_tags:
                dropped = {t.strip().casefold() for t in edit.remove_tags}
                if dropped & {t.strip().casefold() for t in edit.add_tags}:
                    raise ValidationError("The same tag is both added and removed; say which.")
                fields["tags"] = check_tags([*(t for t in a.tags if t.casefold() not in dropped), *edit.add_tags])
            if a.kind is Kind.ENTITY and (edit.label or edit.entity_name):
                entity_type = self.store.codebook().entity_type(edit.label).label if edit.label else str(a.label)
                current = self.store.entity(a.entity_id) if a.entity_id else None
                name = edit.entity_name or (current.name if current is not None else a.target.exact)
                fields.update(label=entity_type, entity_id=self._entity_for(tx, name, entity_type, now).id)
            elif a.kind is Kind.CLAIM and a.claim is not None:
                claim = a.claim
                if edit.speaker_name is not None:
                    name = "" if edit.speaker_name is CLEAR else str(edit.speaker_name).strip()
                    speaker = self._speaker_for(tx, name, now) if name else None
                    claim = replace(claim, speaker_id=speaker.id if speaker else None)
                if edit.label is not None:
                    claim = replace(claim, claim_type=edit.label.strip() or None)
                claim = replace(claim, status=edit.status or claim.status,
                                reliability=None if edit.reliability is CLEAR else edit.reliability or claim.reliability,
                                credibility=None if edit.credibility is CLEAR else edit.credibility or claim.credibility)
                fields.update(claim=claim, label=claim.claim_type)
            elif edit.touches_claim():
                raise ValidationError("Speaker, status and grading belong to claims.")
            if edit.entity_name is not None and a.kind is not Kind.ENTITY:
                raise ValidationError("Only entity mentions name an entity (--entity); use --speaker for a claim.")
            elif edit.label is not None and a.kind not in (Kind.ENTITY, Kind.CLAIM):
                fields["label"] = edit.label.strip() or None
            if not fields:
                raise ValidationError("Nothing to change: give at least one field to edit.")
            edited = a.edited(now, **fields)
            if conflicting:
                self._typed_over(tx, a, edited, edit.base_rev)
            elif content_hash(codec.annotation_to_dict(edited)) != content_hash(codec.annotation_to_dict(a)):
                tx.put(edited)  # an edit that changes nothing makes no version (it would travel as a conflict)
        changes = self._done(tx.changes(label))
        if edit.note_base is not None and edit.note is not None and a.note not in (edit.note_base, edit.note):
            changes.report["note"] = "conflict" if conflicting else "merged"
        return changes

    def _typed_over(self, tx: Transaction, stored: Annotation, typed: Annotation, base_rev: str | None) -> None:
        """Typing begun on an older version touched the words someone changed meanwhile: the typed note is
        stored as a sibling of their version (as a teammate's concurrent edit would be) and theirs is filed
        as the other side of a conflict, here and — through the next bundle — at the teammate's."""
        graph = self.store.revision_graphs([stored.id]).get(stored.id, {})
        if base_rev and base_rev in graph and base_rev != stored.rev:
            typed = replace(typed, note_salt=note_salt_for(typed.note, typed.note_salt, stored.note))  # sealed
            tx.put(typed, rev=make_rev([base_rev], codec.annotation_to_dict(typed)), parents=[base_rev])
        else:
            tx.put(typed)
        tx.add_conflict(stored.id, codec.annotation_to_dict(stored), "a change that arrived while you typed")

    def _fresh(self, tx: Transaction, annotation_id: str) -> Annotation:
        a = tx.get("annotations", annotation_id)
        if not isinstance(a, Annotation) or a.rev == FORGOTTEN:
            raise NotFoundError(f"No annotation {annotation_id}.")
        return a

    def set_codebook(self, codebook: Codebook) -> Changes:
        return self.store.set_codebook(codebook)

    # -- history, search --------------------------------------------------------------------------
    def undo(self) -> Changes:
        return self._done(undo_mod.undo(self.store))

    def redo(self) -> Changes:
        return self._done(undo_mod.redo(self.store))

    def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False) -> SearchResult:
        def text_for(document_id: str) -> str:
            doc = self.store.document(document_id)
            return doc.text if doc else ""

        return self.index.search(query, limit=limit, scope=scope, facets=facets, text_for=text_for)

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        return self.index.rebuild(progress)

