"""A library folder: the store (truth), the search index (derived) and the stored copies of documents.

Qt-free. Every operation is one store transaction and returns `Changes`; the index then catches up.
Layout:  LIBRARY/library.sqlite3, LIBRARY/index/, LIBRARY/files/<sha256><suffix>
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from annotations import undo as undo_mod
from annotations.doc_versions import newer_version
from annotations.anchoring import make_target, trim_range
from annotations import codec
from annotations.revisions import FORGOTTEN, content_hash, make_rev, note_salt_for
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.edits import CLEAR, AnnotationEdit as AnnotationEdit  # AnnotationEdit: re-exported
from annotations.errors import NotFoundError, ValidationError
from annotations.ids import new_id, now_iso
from annotations.index import SearchIndex
from annotations.name_variants import clean_name, name_key
from annotations.limits import check_name, check_note, check_tags
from annotations.model import Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea
from annotations.search import WAITING_TITLE, SearchResult, said_waiting
from annotations.library_documents import DocumentOps, record_of as record_of  # record_of: re-exported
from annotations.library_entities import EntityEdits
from annotations.library_exchange import BundleExchange, Conflict as Conflict  # Conflict: re-exported
from annotations.store import Store
from annotations.store_repairs import name_the_unnamed
from annotations.store_transaction import Transaction
from annotations.text_merge import merge_text

SPEAKER_TYPES = ("PERSON", "ORG")


@dataclass(frozen=True)
class AnnotationInput:
    """What a user asks for when annotating; the library resolves names to entities."""

    kind: Kind
    start: int
    end: int
    label: str | None = None
    entity_name: str | None = None
    speaker_name: str | None = None
    speaker_type: str | None = None  # a new speaker entity's type (PERSON if None); an existing one of it is preferred
    speaker_type_chosen: bool = False  # the analyst's speaker_type: an entity of that name but another type is none
    claim_type: str | None = None
    status: ClaimStatus | None = None
    reliability: str | None = None
    credibility: int | None = None
    tags: tuple[str, ...] = ()
    note: str = ""
    areas: tuple[PageArea, ...] = ()


TYPED_AT_ONCE = "an edit of the same words made at the same time"
"""Who the other side of a conflict filed by typing is: read in both windows (in the one whose words were set aside,
"a change that arrived while you typed" said the opposite of what happened; an outside tester, stop 57)."""


class Library(DocumentOps, BundleExchange, EntityEdits):
    def __init__(self, folder: Path, store: Store, index: SearchIndex) -> None:
        self.folder = folder
        self.store = store
        self.index = index

    @classmethod
    def open(cls, folder: str | Path, progress: Callable[[int, int], None] | None = None,
             same_as: str | None = None) -> Library:
        """The library in `folder` (created there if new, unless `same_as`: see `Store.open`)."""
        folder = Path(folder).expanduser()
        store = Store.open(folder / "library.sqlite3", same_as=same_as)
        name_the_unnamed(store)  # (records an older Dossier let in that bundles cannot carry)
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
            if newer_version(self.store, doc) is not None:  # (not "restore it": the old version is not what to mark)
                raise ValidationError(f"“{doc.title}” was replaced by a newer version of its file (added again since, "
                                      "here or elsewhere); annotate the newer version: its annotations were moved "
                                      "onto it.")
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
        start, end = trim_range(doc.text, spec.start, spec.end)  # a selection's spaces at its ends are no part of it
        if end <= start:
            raise ValidationError("The selection holds only white space; select the words to annotate.")
        target = replace(make_target(doc.text, start, end), areas=spec.areas)
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
            speaker = (spec.speaker_name or "").strip()  # (white space alone names no one)
            speaker_id = self._speaker_for(tx, speaker, now, spec.speaker_type,
                                           spec.speaker_type_chosen).id if speaker else None
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
        for e in _name_first(name, self.store.find_entities_spelled_like(name)):
            if e.type == type_ and name_key(name) in (name_key(n) for n in e.names()):
                return e  # the same name, or it with another apostrophe, ё/е
        entity = Entity(id=new_id(), name=name, type=type_, created=now, modified=now)
        tx.put(entity)
        return entity

    def _speaker_for(self, tx: Transaction, name: str, now: str, new_type: str | None = None,
                     chosen: bool = False) -> Entity:
        """The entity a speaker's name means: one of that name (of `new_type` first, then a person, then an
        organisation, then any), else a new one of `new_type` (a person unless told). A type the analyst `chosen`
        is kept: only an entity of that name and type is taken, else a new one is made ("Houston" the person,
        beside Houston the city)."""
        name = clean_name(name)
        if chosen and new_type:
            return self._entity_for(tx, name, new_type, now)
        candidates = [e for e in _name_first(name, self.store.find_entities_spelled_like(name))
                      if name_key(name) in (name_key(n) for n in e.names())]
        for type_ in ((new_type,) if new_type else ()) + SPEAKER_TYPES:
            for e in candidates:
                if e.type == type_:
                    return e
        if candidates:
            return candidates[0]
        return self._entity_for(tx, name, new_type or "PERSON", now)

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
        label = f"Delete “{orphan.name}” and its entity" if orphan is not None else \
            f"Delete mention “{_short(a.target.exact)}”" if a.kind is Kind.ENTITY else f"Delete {a.kind.value}"
        # (a mention's deletion and the deletion of its entity too read alike: "Delete entity", 'Delete “Nordgrid”')
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
            typed_into_deleted = _typed_into_deleted(a, edit)
            if a.deleted and not typed_into_deleted:
                raise ValidationError("That annotation was deleted.")
            if typed_into_deleted:  # words typed while another window, the command line or an import deleted
                # it: kept — it comes back with them, the deletion filed as the other side of a conflict (as an
                # import's deletion against an edit is); the typed words were thrown away, the field emptied
                typed: dict[str, object] = {"deleted": False}
                if _note_typed(edit):
                    typed["note"] = check_note(str(edit.note))
                if _tags_typed(edit):
                    typed["tags"] = check_tags(edit.tags or ())
                self._typed_over(tx, a, a.edited(now, **typed), edit.base_rev)
                conflicting = True
            else:
                conflicting = self._apply_edit(tx, a, edit, now)
        changes = self._done(tx.changes(label))
        if typed_into_deleted:
            changes.report["note"] = "deleted"  # (back with the words; the deletion waits as a conflict)
        elif edit.note_base is not None and edit.note is not None and a.note not in (edit.note_base, edit.note):
            changes.report["note"] = "conflict" if conflicting else "merged"
        return changes

    def _apply_edit(self, tx: Transaction, a: Annotation, edit: AnnotationEdit, now: str) -> bool:
        """`edit` applied to the live annotation `a` in `tx`; True when typed words were filed as a conflict."""
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
            if edit.tags_base is not None and a.tags != tuple(edit.tags_base):  # changed meanwhile: the line's
                fields["tags"] = check_tags(_retagged(a.tags, edit.tags_base, edit.tags))  # change applied to them
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
            if edit.label is not None:  # a type of the codebook, as when the claim was made (any label was taken)
                typed = edit.label.strip()
                claim = replace(claim, claim_type=self.store.codebook().claim_tag(typed).label if typed else None)
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
        return conflicting

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
        tx.add_conflict(stored.id, codec.annotation_to_dict(stored), TYPED_AT_ONCE)

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

        result = self.index.search(query, limit=limit, scope=scope, facets=facets, text_for=text_for)
        untitled = sorted({h.document_id for h in result.hits if h.annotation_id and not h.title})
        return said_waiting(result, set(untitled) - self.store.documents_by_ids(untitled).keys()) if untitled else result

    def reindex(self, progress: Callable[[int, int], None] | None = None) -> int:
        return self.index.rebuild(progress)


def _typed_into_deleted(a: Annotation, edit: AnnotationEdit) -> bool:
    """Whether an edit of a deleted annotation carries words typed into its note or its tag line before it was
    deleted (typing began on a version that was live: `note_base` or `tags_base` given, changed from it)."""
    return a.deleted and (_note_typed(edit) or _tags_typed(edit))


def _note_typed(edit: AnnotationEdit) -> bool:
    return edit.note is not None and edit.note_base is not None and edit.note != edit.note_base


def _tags_typed(edit: AnnotationEdit) -> bool:
    return edit.tags is not None and edit.tags_base is not None and tuple(edit.tags) != tuple(edit.tags_base)


def _retagged(stored: Sequence[str], base: Sequence[str], typed: Sequence[str]) -> list[str]:
    """The typed line (its tags, their case and order) with what changed in the store since it was shown (`base`):
    tags added meanwhile appended, tags removed meanwhile left out unless the line added them (a tag the command
    line added meanwhile was dropped by the whole line; then a case change or a new order was, by a first fix)."""
    was, have, now = ({t.casefold() for t in tags} for tags in (base, stored, typed))
    removed_since = was - have
    kept = [t for t in typed if t.casefold() not in removed_since]
    return kept + [t for t in stored if t.casefold() not in was and t.casefold() not in now]


def _short(quote: str, most: int = 40) -> str:
    """A quote on one line, cut after `most` characters: what an undo step's name shows of it."""
    line = " ".join(quote.split())
    return line if len(line) <= most else line[:most - 1] + "…"


def _name_first(name: str, entities: Sequence[Entity]) -> list[Entity]:
    """The entities a typed name may mean, the ones it is the name of before those it is only an alias of, then
    by id: the first in the table's row order had given a new mention of "Jordan Lee" to "Jordan Lee (NYC DOC)",
    whose alias it is, in one library and to the Jordan Lee in another (an outside tester, stop 58)."""
    key = name_key(name)
    return sorted(entities, key=lambda e: (name_key(e.name) != key, e.id))
