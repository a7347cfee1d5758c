"""A library folder: the store (truth), the search index (derived) and the stored copies of documents.

Qt-free. Every operation is one store transaction and returns `Changes`; the index then catches up.
Layout:  LIBRARY/library.sqlite3, LIBRARY/index/, LIBRARY/files/<sha256><suffix>
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from annotations import undo as undo_mod
from annotations.anchoring import make_target, reanchor
from annotations import codec
from annotations.atomic import copy_atomic, write_bytes_atomic
from annotations.bundle import Bundle, write_bundle
from annotations.merge import AreasFor, MergePlan, apply_plan, plan_merge
from annotations.merge_v1 import plan_merge as plan_merge_v1
from annotations.revisions import FORGOTTEN, ancestors, content_hash, depth, make_rev, short_hash
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.errors import BundleError, NotFoundError, ValidationError
from annotations.ids import new_id, now_iso
from annotations.index import SearchIndex
from annotations.limits import check_aliases, check_name, check_note, check_tags
from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea,
)
from annotations.search import SearchResult
from annotations.store import Store, Transaction, head_of
from annotations.document import Document

SPEAKER_TYPES = ("PERSON", "ORG")


@dataclass(frozen=True)
class AnnotationEdit:
    """What one edit changes (None: leave it as it is); applied as one undoable step."""

    note: str | None = None
    label: str | None = None
    """An entity's type (PERSON, ORG…) or a claim's type."""
    entity_name: str | None = None
    """Entities: point at the entity of this name (created if new)."""
    speaker_name: str | None = None
    """Claims: who made it ("" clears it)."""
    status: ClaimStatus | None = None
    reliability: str | None = None
    credibility: int | None = None
    add_tags: tuple[str, ...] = ()
    remove_tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Conflict:
    """An open merge conflict: both versions of one annotation and who sent theirs."""

    id: str
    ours: Annotation
    theirs: Annotation
    source: str


def record_of(doc: Document, stored_file: str = "", added: str = "", now: str = "") -> DocumentRecord:
    """The library's record of a parsed document."""
    now = now or now_iso()
    return DocumentRecord(
        id=doc.id, format=doc.format, title=doc.meta.title or Path(doc.source_path).stem, text=doc.text,
        authors=doc.meta.authors, publisher=doc.meta.publisher, published=doc.meta.published,
        source_path=doc.source_path, source_url=doc.meta.source_url,
        pages=tuple((p.start, p.end) for p in doc.pages),
        page_sizes=tuple((p.width, p.height) for p in doc.pages),
        outline=tuple((o.level, o.title, o.offset) for o in doc.outline), added=added or now,
        modified=now, size=doc.size, stored_file=stored_file, furniture=tuple(doc.furniture),
    )


ANCESTRY_SENT = 1_000
"""At most this many of a record's newest versions travel (CouchDB's `revs_limit`): a note autosaved
thousands of times still makes an importable bundle. A receiver whose version is older than that sees a
conflict rather than a fast-forward — never a silent overwrite."""


def _ancestry(rev: str, graph: Mapping[str, list[str]]) -> dict[str, list[str]]:
    """The part of a record's revision graph that `rev` descends from (what a bundle sends), newest first
    up to `ANCESTRY_SENT` versions."""
    chosen = sorted((r for r in ancestors(rev, graph) if depth(r) > 0),  # never a marker such as FORGOTTEN
                    key=lambda r: (-depth(r), r))[:ANCESTRY_SENT]
    return {r: list(graph.get(r, [])) for r in sorted(chosen)}  # full parent lists: ids stay checkable


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


class Library:
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
        name = check_name(" ".join(name.split()))
        for e in self.store.find_entities(name):
            if e.type == type_ and name.casefold() in (n.casefold() for n in e.names()):
                return e
        entity = Entity(id=new_id(), name=name, type=type_, created=now, modified=now)
        tx.put(entity)
        return entity

    def _speaker_for(self, tx: Transaction, name: str, now: str) -> Entity:
        name = " ".join(name.split())
        candidates = [e for e in self.store.find_entities(name)
                      if name.casefold() in (n.casefold() for n in e.names())]
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

    def delete_annotation(self, annotation_id: str) -> Changes:
        """Tombstone it: it disappears everywhere, undo brings it back, and bundles carry the deletion."""
        a = self.annotation(annotation_id)
        if a.deleted:
            return Changes(generation=self.store.generation)
        with self.store.transaction(f"Delete {a.kind.value}") as tx:
            a = self._fresh(tx, annotation_id)
            tx.put(a.edited(now_iso(), deleted=True))
        return self._done(tx.changes(f"Delete {a.kind.value}"))

    def edit(self, annotation_id: str, edit: AnnotationEdit) -> Changes:
        """Apply every field of `edit` to the annotation as one new version and one undo step."""
        now = now_iso()
        label = f"Edit {self.annotation(annotation_id).kind.value}"
        with self.store.transaction(label) as tx:
            a = self._fresh(tx, annotation_id)
            if a.deleted:
                raise ValidationError("That annotation was deleted.")
            fields: dict[str, object] = {}
            if edit.note is not None:
                fields["note"] = check_note(edit.note)
            if edit.add_tags or edit.remove_tags:
                dropped = {t.strip().casefold() for t in edit.remove_tags}
                if dropped & {t.strip().casefold() for t in edit.add_tags}:
                    raise ValidationError("The same tag is both added and removed; say which.")
                fields["tags"] = check_tags([*(t for t in a.tags if t.casefold() not in dropped), *edit.add_tags])
            claim_fields = (edit.speaker_name, edit.status, edit.reliability, edit.credibility)
            if a.kind is Kind.ENTITY and (edit.label or edit.entity_name):
                label = self.store.codebook().entity_type(edit.label).label if edit.label else str(a.label)
                current = self.store.entity(a.entity_id) if a.entity_id else None
                name = edit.entity_name or (current.name if current is not None else a.target.exact)
                fields.update(label=label, entity_id=self._entity_for(tx, name, label, now).id)
            elif a.kind is Kind.CLAIM and a.claim is not None:
                claim = a.claim
                if edit.speaker_name is not None:
                    speaker = self._speaker_for(tx, edit.speaker_name, now) if edit.speaker_name.strip() else None
                    claim = replace(claim, speaker_id=speaker.id if speaker else None)
                if edit.label is not None:
                    claim = replace(claim, claim_type=edit.label.strip() or None)
                claim = replace(claim, status=edit.status or claim.status,
                                reliability=edit.reliability or claim.reliability,
                                credibility=edit.credibility or claim.credibility)
                fields.update(claim=claim, label=claim.claim_type)
            elif any(v is not None for v in claim_fields):
                raise ValidationError("Speaker, status and grading belong to claims.")
            if edit.entity_name is not None and a.kind is not Kind.ENTITY:
                raise ValidationError("Only entity mentions name an entity (--entity); use --speaker for a claim.")
            elif edit.label is not None:
                fields["label"] = edit.label.strip() or None
            if not fields:
                raise ValidationError("Nothing to change: give at least one field to edit.")
            edited = a.edited(now, **fields)
            if content_hash(codec.annotation_to_dict(edited)) != content_hash(codec.annotation_to_dict(a)):
                tx.put(edited)  # an edit that changes nothing makes no version (it would travel as a conflict)
        return self._done(tx.changes(label))

    def _fresh(self, tx: Transaction, annotation_id: str) -> Annotation:
        a = tx.get("annotations", annotation_id)
        if not isinstance(a, Annotation) or a.rev == FORGOTTEN:
            raise NotFoundError(f"No annotation {annotation_id}.")
        return a

    # -- entities ---------------------------------------------------------------------------------
    def rename_entity(self, entity_id: str, name: str, keep_old_as_alias: bool = True) -> Changes:
        name = check_name(" ".join(name.split()))
        if not name:
            raise ValidationError("An entity needs a name.")
        e = self._entity(entity_id)
        with self.store.transaction(f"Rename “{e.name}”") as tx:
            e = self._entity(entity_id)
            aliases = check_aliases(tuple(dict.fromkeys(
                a for a in (*e.aliases, *([e.name] if keep_old_as_alias else [])) if a != name)))
            tx.put(e.edited(now_iso(), name=name, aliases=aliases))
        return self._done(tx.changes("Rename entity"))

    def set_aliases(self, entity_id: str, aliases: Sequence[str]) -> Changes:
        e = self._entity(entity_id)
        with self.store.transaction(f"Edit aliases of “{e.name}”") as tx:
            e = self._entity(entity_id)
            clean = check_aliases(tuple(dict.fromkeys(check_name(a.strip(), "An alias") for a in aliases
                                                      if a.strip() and a.strip() != e.name)))
            tx.put(e.edited(now_iso(), aliases=clean))
        return self._done(tx.changes("Edit aliases"))

    def merge_entities(self, keep_id: str, other_id: str) -> Changes:
        """`other` becomes an alias of `keep`: its mentions and claims point at `keep`; `other` is tombstoned."""
        keep, other = self._entity(keep_id), self._entity(other_id)
        if keep.id == other.id:
            raise ValidationError("An entity cannot be merged with itself.")
        now = now_iso()
        with self.store.transaction(f"Merge “{other.name}” into “{keep.name}”") as tx:
            aliases = check_aliases(tuple(dict.fromkeys(n for n in (*keep.aliases, *other.names()) if n != keep.name)))
            tx.put(keep.edited(now, aliases=aliases))
            for a in self.store.annotations_of_entity(other.id):
                claim = a.claim
                if claim is not None and claim.speaker_id == other.id:
                    claim = replace(claim, speaker_id=keep.id)
                entity_id = keep.id if a.entity_id == other.id else a.entity_id
                tx.put(a.edited(now, entity_id=entity_id, claim=claim))
            tx.put(other.edited(now, deleted=True))
        return self._done(tx.changes("Merge entities"))

    def split_entity(self, entity_id: str, annotation_ids: Sequence[str], name: str) -> tuple[Entity, Changes]:
        """Undo a wrong merge: these mentions (and claims spoken by it among them) move to a new entity of
        the same type called `name`; the name stops being an alias of the old one. One undo step."""
        old = self._entity(entity_id)
        name = " ".join(name.split())
        if not name:
            raise ValidationError("The new entity needs a name.")
        chosen = [a for a in self.store.annotations_by_ids(list(annotation_ids))
                  if not a.deleted and (a.entity_id == old.id or (a.claim and a.claim.speaker_id == old.id))]
        if not chosen:
            raise ValidationError(f"Choose mentions of “{old.name}” to split off.")
        now = now_iso()
        label = f"Split “{name}” from “{old.name}”"
        with self.store.transaction(label) as tx:
            new = Entity(id=new_id(), name=name, type=old.type, created=now, modified=now)
            tx.put(new)
            if name.casefold() in (a.casefold() for a in old.aliases):
                tx.put(old.edited(now, aliases=tuple(a for a in old.aliases if a.casefold() != name.casefold())))
            for a in chosen:
                claim = a.claim
                if claim is not None and claim.speaker_id == old.id:
                    claim = replace(claim, speaker_id=new.id)
                tx.put(a.edited(now, entity_id=new.id if a.entity_id == old.id else a.entity_id, claim=claim))
        return new, self._done(tx.changes(label))

    def _entity(self, entity_id: str) -> Entity:
        e = self.store.entity(entity_id)
        if e is None or e.deleted:
            raise NotFoundError(f"No entity {entity_id}.")
        return e

    # -- bundles ----------------------------------------------------------------------------------
    def export_bundle(self, document_ids: list[str], creator: str, answer_key: bool = False,
                      with_documents: bool = False, only: set[str] | None = None, hide_notes: bool = False) -> bytes:
        """A .dossier bundle of these documents' annotations (tombstones included, so deletions travel),
        their entities and the codebook, each record with its revision and ancestry. Notes hidden
        (`hide_notes`, or hidden from us) travel as "withheld", never as an empty note."""
        docs: list[DocumentRecord] = []
        annotations: list[Annotation] = []
        entity_ids: set[str] = set()
        files: dict[str, tuple[str, bytes]] = {}
        for doc_id in document_ids:
            doc = self.store.document(doc_id, with_text=with_documents)
            if doc is None or doc.deleted:
                continue
            docs.append(replace(doc, rev=head_of(doc)))
            for a in self.store.annotations(doc_id, include_deleted=True):
                if a.rev == FORGOTTEN or (only is not None and a.id not in only):
                    continue
                annotations.append(replace(a, rev=head_of(a)))
                entity_ids.update(i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i)
            path = self.stored_path(doc)
            if with_documents and path is not None and path.exists() and not doc.provisional:
                files[doc.id] = (path.suffix, path.read_bytes())
        entities = [replace(e, rev=head_of(e)) for e in self.store.entities_by_ids(sorted(entity_ids)).values()
                    if e.rev != FORGOTTEN]
        merged_away = {e.id: e for live in entities for alias in live.aliases for e in self.store.find_entities_any(alias)
                       if e.deleted and e.type == live.type and e.id not in entity_ids and e.rev != FORGOTTEN}
        entities += [replace(e, rev=head_of(e)) for e in merged_away.values()]  # merges travel as tombstones
        records: list[Annotation | Entity | DocumentRecord] = [*annotations, *entities, *docs]
        known = self.store.revision_graphs([r.id for r in records])
        said = self.store.revision_hashes([r.id for r in records])
        graphs = {r.id: _ancestry(r.rev, known.get(r.id, {})) for r in records}
        hashes = {r.id: {rev: said.get(r.id, {}).get(rev) or short_hash(codec.record_to_dict(r))
                         for rev in graphs[r.id] if rev in said.get(r.id, {}) or rev == r.rev} for r in records}
        data = write_bundle(annotations, entities, docs, self.store.codebook(), creator, answer_key=answer_key,
                            hide_notes=hide_notes, files=files, with_text=with_documents, graphs=graphs, hashes=hashes,
                            withheld=self.store.withheld([a.id for a in annotations]),
                            blind=self.store.blind_notes([a.id for a in annotations]))
        return data

    def plan_import(self, bundle: Bundle, parsed: Mapping[str, DocumentRecord] | None = None,
                    areas_for: AreasFor | None = None) -> MergePlan:
        """What importing would change (the preview); nothing is written."""
        return plan_merge(self.store, bundle, parsed, areas_for)

    def import_bundle(self, bundle: Bundle, allow_orphans: bool = True, dry_run: bool = False,
                      parsed: Mapping[str, DocumentRecord] | None = None, areas_for: AreasFor | None = None
                      ) -> tuple[dict[str, int], Changes]:
        """Merge a validated bundle: planned and applied inside one write transaction, so an edit made
        meanwhile (another window, process) is seen by the plan — kept, or listed as a conflict. Annotations
        on documents nobody has are kept as orphans and placed when the document is added (refused instead
        with `allow_orphans=False`). `changes.report["missing_documents"]` names the files to add."""
        if bundle.format_version < 2:
            return self._import_v1(bundle, allow_orphans, dry_run)
        if dry_run:
            plan = self.plan_import(bundle, parsed, areas_for)
            return {**plan.counts, "pending_documents": len(plan.missing_documents)}, Changes(
                generation=self.store.generation, report={"missing_documents": plan.missing_documents})
        for doc_id, blob in bundle.files.items():
            real = (parsed or {}).get(doc_id)
            if real is not None:  # bytes checked against the id; named by format, never by a sender's path
                target = self.folder / "files" / f"{doc_id}.{real.format}"
                if not target.exists():
                    write_bytes_atomic(target, blob)
        label = f"Import bundle from {bundle.creator or 'someone'}"
        import_id = new_id()
        with self.store.transaction(label) as tx:
            tx.import_id = import_id
            plan = plan_merge(self.store, bundle, parsed, areas_for)
            if plan.missing_documents and not allow_orphans:
                raise BundleError(f"{plan.counts['orphans']} annotation(s) point at documents that are neither in "
                                  "the bundle nor in this library. Add the documents first. Nothing was changed.")
            if not plan.is_empty():
                apply_plan(tx, self.store, plan, bundle.creator, import_id)
                tx.record_import(import_id, bundle.creator, bundle.created, plan.counts, plan.taken())
        changes = replace(tx.changes(label), report={"missing_documents": plan.missing_documents})
        if plan.new_types or plan.new_tags:
            changes = replace(changes, codebook=True)
        return {**plan.counts, "pending_documents": len(plan.missing_documents)}, self._done(changes)

    def _import_v1(self, bundle: Bundle, allow_orphans: bool, dry_run: bool) -> tuple[dict[str, int], Changes]:
        """A version-1 bundle (no revisions): the old base-hash rules, still in one transaction."""
        plan = plan_merge_v1(self.store, bundle)
        counts = plan.counts()
        if dry_run or plan.is_empty():
            return counts, Changes(generation=self.store.generation)
        label = f"Import bundle from {bundle.creator or 'someone'}"
        with self.store.transaction(label) as tx:
            tx.import_id = import_id = new_id()
            plan = plan_merge_v1(self.store, bundle)
            for entity in plan.new_entities + plan.updated_entities:
                tx.put(entity, import_id=import_id)
            for doc in plan.new_documents:
                tx.put(replace(doc, stored_file="", provisional=True), import_id=import_id)
            taken = plan.new + plan.updated + plan.deleted + (plan.orphans if allow_orphans else [])
            for a in taken:
                tx.put(a, import_id=import_id)
            for local, incoming in plan.conflicts:
                tx.add_conflict(local.id, codec.annotation_to_dict(incoming), bundle.creator, import_id)
            tx.set_exchange(plan.bases)
            tx.record_import(import_id, bundle.creator, bundle.created, counts, [a.id for a in taken])
        return counts, self._done(tx.changes(label))

    def conflicts(self) -> list[Conflict]:
        """Open merge conflicts: our version and theirs, side by side."""
        out = []
        for conflict_id, annotation_id, incoming, source in self.store.conflicts():
            ours = self.store.annotation(annotation_id)
            if ours is not None:
                out.append(Conflict(conflict_id, ours, codec.annotation_from_dict(incoming), source))
        return out

    def resolve_conflict(self, conflict_id: str, take_theirs: bool) -> Changes:
        """Settle a merge conflict: keep ours or take theirs, as a merge version with both as parents — the
        other side takes it as new and its conflict is settled; their later edits still fast-forward here,
        since what the merge says is what their version said."""
        found = next((c for c in self.store.conflicts() if c[0] == conflict_id), None)
        if found is None:
            raise NotFoundError("That conflict was already resolved.")
        _, annotation_id, incoming, _ = found
        label = "Take their version" if take_theirs else "Keep my version"
        with self.store.transaction(label) as tx:
            ours = tx.get("annotations", annotation_id)
            if not isinstance(ours, Annotation):
                raise NotFoundError(f"No annotation {annotation_id}.")
            theirs = codec.annotation_from_dict(incoming)
            record = replace(theirs if take_theirs else ours, revision=max(ours.revision, theirs.revision) + 1,
                             modified=now_iso())
            parents = [head_of(ours), *([theirs.rev] if theirs.rev else [])]
            tx.put(record, rev=make_rev(parents, codec.annotation_to_dict(record)), parents=parents)
            tx.resolve_conflict(conflict_id)
        return self._done(tx.changes(label))

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

