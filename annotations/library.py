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
from annotations.atomic import copy_atomic, write_bytes_atomic
from annotations.bundle import Bundle, content_hash, write_bundle
from annotations.merge import plan_merge
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.errors import BundleError, NotFoundError, ValidationError
from annotations.ids import new_id, now_iso
from annotations.index import SearchIndex
from annotations.model import (
    AnchorState, Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea,
)
from annotations.search import SearchResult
from annotations.store import Store, Transaction
from reader.document import Document

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
    def add_document(self, doc: Document, source: Path | None = None) -> tuple[DocumentRecord, Changes]:
        """Remember `doc` (and keep a copy of its file). Adding the same bytes again changes nothing."""
        existing = self.store.document(doc.id, with_text=False)
        if existing is not None and not existing.deleted:
            return existing, Changes(generation=self.store.generation)
        stored_file = ""
        if source is not None:
            suffix = Path(doc.source_path).suffix.lower() or f".{doc.format}"
            target = self.folder / "files" / f"{doc.id}{suffix}"
            if not target.exists():
                copy_atomic(source, target)
            stored_file = str(target.relative_to(self.folder))
        now = now_iso()
        record = DocumentRecord(
            id=doc.id, format=doc.format, title=doc.meta.title or Path(doc.source_path).stem, text=doc.text,
            authors=doc.meta.authors, publisher=doc.meta.publisher, published=doc.meta.published,
            source_path=doc.source_path, source_url=doc.meta.source_url,
            pages=tuple((p.start, p.end) for p in doc.pages),
            page_sizes=tuple((p.width, p.height) for p in doc.pages),
            outline=tuple((o.level, o.title, o.offset) for o in doc.outline), added=existing.added if existing else now,
            modified=now, size=doc.size, stored_file=stored_file,
        )
        with self.store.transaction(f"Add “{record.title}”") as tx:
            tx.put(record)
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

    def replace_document(self, old_id: str, new: Document, source: Path | None = None) -> Changes:
        """A new version of a document: re-attach each annotation to the new text (exact, moved, fuzzy or
        orphaned — never dropped) in one transaction. `changes.report` counts each outcome."""
        record, changes = self.add_document(new, source)
        counts = {state.value: 0 for state in AnchorState}
        now = now_iso()
        with self.store.transaction(f"Re-anchor annotations on “{record.title}”") as tx:
            for a in self.store.annotations(old_id):
                placed = reanchor(a.target, new.text)
                counts[placed.state.value] += 1
                tx.put(replace(a, document_id=new.id, target=placed.target, anchor=placed.state,
                               modified=now, revision=a.revision + 1))
        moved = self._done(tx.changes("Re-anchor"))
        return replace(changes.merged(moved), report={"anchors": counts, "old": old_id, "new": new.id})

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
        tags = tuple(dict.fromkeys(t.strip() for t in spec.tags if t.strip()))
        return Annotation(id=new_id(), document_id=doc.id, kind=spec.kind, target=target, label=label,
                          note=spec.note, tags=tags, creator=creator, created=now, modified=now,
                          entity_id=entity_id, claim=claim)

    def _entity_for(self, tx: Transaction, name: str, type_: str, now: str) -> Entity:
        name = " ".join(name.split())
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
        """Change fields of an annotation (label, note, tags, claim...), bumping its revision."""
        a = self.annotation(annotation_id)
        if a.deleted:
            raise ValidationError("That annotation was deleted.")
        edited = a.edited(now_iso(), **changes)
        with self.store.transaction(f"Edit {a.kind.value}") as tx:
            tx.put(edited)
        return self._done(tx.changes(f"Edit {a.kind.value}"))

    def set_claim(self, annotation_id: str, speaker_name: str | None = None, **fields: object) -> Changes:
        """Edit claim fields; `speaker_name` is resolved to an entity in the same step."""
        a = self.annotation(annotation_id)
        if a.claim is None:
            raise ValidationError("Only claims have speaker, status and grading.")
        with self.store.transaction("Edit claim") as tx:
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
            tx.put(a.edited(now_iso(), deleted=True))
        return self._done(tx.changes(f"Delete {a.kind.value}"))

    # -- entities ---------------------------------------------------------------------------------
    def rename_entity(self, entity_id: str, name: str, keep_old_as_alias: bool = True) -> Changes:
        e = self._entity(entity_id)
        aliases = tuple(dict.fromkeys(a for a in (*e.aliases, *([e.name] if keep_old_as_alias else [])) if a != name))
        with self.store.transaction(f"Rename “{e.name}”") as tx:
            tx.put(e.edited(now_iso(), name=name.strip(), aliases=aliases))
        return self._done(tx.changes("Rename entity"))

    def set_aliases(self, entity_id: str, aliases: Sequence[str]) -> Changes:
        e = self._entity(entity_id)
        clean = tuple(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != e.name))
        with self.store.transaction(f"Edit aliases of “{e.name}”") as tx:
            tx.put(e.edited(now_iso(), aliases=clean))
        return self._done(tx.changes("Edit aliases"))

    def merge_entities(self, keep_id: str, other_id: str) -> Changes:
        """`other` becomes an alias of `keep`: its mentions and claims point at `keep`; `other` is tombstoned."""
        keep, other = self._entity(keep_id), self._entity(other_id)
        if keep.id == other.id:
            raise ValidationError("An entity cannot be merged with itself.")
        now = now_iso()
        with self.store.transaction(f"Merge “{other.name}” into “{keep.name}”") as tx:
            aliases = tuple(dict.fromkeys(n for n in (*keep.aliases, *other.names()) if n != keep.name))
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
        their entities and the codebook. Records what was sent as the base for later merges (not for a
        bundle whose notes were hidden: it does not say what the library holds)."""
        docs: list[DocumentRecord] = []
        annotations: list[Annotation] = []
        entity_ids: set[str] = set()
        files: dict[str, tuple[str, bytes]] = {}
        for doc_id in document_ids:
            doc = self.store.document(doc_id, with_text=with_documents)
            if doc is None or doc.deleted:
                continue
            docs.append(doc)
            for a in self.store.annotations(doc_id, include_deleted=True):
                if only is None or a.id in only:
                    annotations.append(a)
                    entity_ids.update(i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i)
            path = self.stored_path(doc)
            if with_documents and path is not None and path.exists():
                files[doc.id] = (path.suffix, path.read_bytes())
        entities = list(self.store.entities_by_ids(sorted(entity_ids)).values())
        data = write_bundle(annotations, entities, docs, self.store.codebook(), creator, answer_key=answer_key,
                            hide_notes=hide_notes, files=files, with_text=with_documents)
        if hide_notes:
            return data
        with self.store.transaction("Record export", history=False) as tx:
            tx.set_exchange({a.id: content_hash(codec.annotation_to_dict(a)) for a in annotations})
        return data

    def import_bundle(self, bundle: Bundle, allow_orphans: bool = False, dry_run: bool = False
                      ) -> tuple[dict[str, int], Changes]:
        """Merge a validated bundle in one transaction (or only plan it with `dry_run`). Annotations whose
        document is neither in the bundle nor the library are refused unless `allow_orphans`."""
        plan = plan_merge(self.store, bundle)
        counts = plan.counts()
        if plan.orphans and not allow_orphans:
            raise BundleError(f"{len(plan.orphans)} annotation(s) point at documents that are neither in the bundle "
                              "nor in this library. Import them as orphans (--orphans), or add the documents first. "
                              "Nothing was changed.")
        if dry_run or plan.is_empty():
            return counts, Changes(generation=self.store.generation)
        for doc in plan.new_documents:
            blob = bundle.files.get(doc.id)
            if blob is not None:
                suffix = "." + doc.format if doc.format else ".bin"
                write_bytes_atomic(self.folder / "files" / f"{doc.id}{suffix}", blob)
                doc = replace(doc, stored_file=f"files/{doc.id}{suffix}")
        label = f"Import bundle from {bundle.creator or 'someone'}"
        with self.store.transaction(label) as tx:
            if plan.new_types or plan.new_tags:
                book = self.store.codebook()
                for entity_type in plan.new_types:
                    book = book.with_entity_type(replace(entity_type, key=""))  # their keys may clash with ours
                for tag in plan.new_tags:
                    book = book.with_claim_tag(tag)
                tx.set_meta("codebook", book.to_json())
            for entity in plan.new_entities + plan.updated_entities:
                tx.put(entity)
            for doc in plan.new_documents:
                blob = bundle.files.get(doc.id)
                suffix = "." + doc.format if doc.format else ".bin"
                tx.put(replace(doc, stored_file=f"files/{doc.id}{suffix}" if blob is not None else ""))
            taken = plan.new + plan.updated + plan.deleted + plan.orphans
            for a in taken:
                tx.put(a)
            for local, incoming in plan.conflicts:
                tx.add_conflict(local.id, codec.annotation_to_dict(incoming), bundle.creator)
            tx.set_exchange(plan.bases)
            tx.record_import(new_id(), bundle.creator, bundle.created, counts, [a.id for a in taken])
        changes = tx.changes(label)
        if plan.new_types or plan.new_tags:
            changes = replace(changes, codebook=True)
        return counts, self._done(changes)

    def resolve_conflict(self, conflict_id: str, take_theirs: bool) -> Changes:
        """Settle a merge conflict: keep our version, or replace it with theirs (as a new revision)."""
        found = next((c for c in self.store.conflicts() if c[0] == conflict_id), None)
        if found is None:
            raise NotFoundError("That conflict was already resolved.")
        _, annotation_id, incoming, _ = found
        label = "Take their version" if take_theirs else "Keep my version"
        with self.store.transaction(label) as tx:
            if take_theirs:
                ours = self.annotation(annotation_id)
                theirs = codec.annotation_from_dict(incoming)
                tx.put(replace(theirs, revision=max(ours.revision, theirs.revision) + 1, modified=now_iso()))
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

