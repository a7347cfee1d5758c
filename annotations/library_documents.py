"""The documents of a library: adding one (and its stored copy), a new version of one with its annotations
re-attached, moving to the trash and back, and editing its properties (the `Library` methods about documents).
Each is one store transaction and returns `Changes`. Split out of `library.py`."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.anchoring import make_target, reanchor
from annotations.atomic import copy_atomic
from annotations.changes import Changes
from annotations.doc_properties import (DocumentProperties, apply as apply_properties, checked_or_empty, normal_date,
                                        normal_url)
from annotations.document import Document
from annotations.errors import DossierError, NotFoundError
from annotations.ids import now_iso
from annotations.language import document_language
from annotations.merge_plan import AreasFor
from annotations.model import AnchorState, DocumentRecord, Rejection, rejection_id
from annotations.name_variants import clean_name
from annotations.store import Store
from annotations.store_transaction import Transaction


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


class DocumentOps:
    """Documents in one library (mixed into `Library`)."""

    folder: Path
    store: Store

    if TYPE_CHECKING:
        def _done(self, changes: Changes) -> Changes: ...

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
        copied: Path | None = None
        if source is not None:
            suffix = Path(doc.source_path).suffix.lower() or f".{doc.format}"
            target = self.folder / "files" / f"{doc.id}{suffix}"
            if not target.exists():
                copy_atomic(source, target)
                copied = target
            stored_file = str(target.relative_to(self.folder))
        try:
            return self._store_added(doc, existing, stored_file, areas_for)
        except BaseException:
            if copied is not None:
                self._drop_unstored_copy(doc.id, copied)
            raise

    def _drop_unstored_copy(self, document_id: str, copied: Path) -> None:
        """The copy an add made of a file whose record could not be stored (a full disk): no record names it, so it
        only took space — on the disk that was full (an outside tester, stop 56). Kept if a record names it after
        all (another window's add of the same file)."""
        try:
            if self.store.document(document_id, with_text=False) is None:
                copied.unlink(missing_ok=True)
        except (OSError, DossierError):
            pass

    def _store_added(self, doc: Document, existing: DocumentRecord | None, stored_file: str,
                     areas_for: AreasFor | None) -> tuple[DocumentRecord, Changes]:
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
            if self.store.annotation_ids_of_document(document_id):
                raise NotFoundError("This document is not in the library yet: its annotations came in a teammate's "
                                    "bundle without the file. Add the file (or import a bundle with documents) to "
                                    "see them on it.")
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
            carried = _carry_rejections(tx, self.store, old_id, new, now)
            tx.put(replace(old, deleted=True, modified=now))
        changes = self._done(tx.changes(label))
        return replace(changes, report={"anchors": counts, "old": old_id, "new": new.id, "rejections": carried})


def _carry_rejections(tx: Transaction, store: Store, old_id: str, new: Document, now: str) -> int:
    """The suggestions refused on the old version, refused on the new one where their words stand as they were
    (found exactly or moved with their context; a fuzzy match is other words, judged afresh): a corrected
    article does not bring back every suggestion the analyst turned down. How many were carried."""
    rejections = store.rejections(old_id)
    record = store.document(old_id) if rejections else None
    old_text = record.text if record is not None else ""
    carried = 0
    for r in rejections:
        if not (0 <= r.start < r.end <= len(old_text)) or old_text[r.start:r.end] != r.exact:
            continue
        placed = reanchor(make_target(old_text, r.start, r.end), new.text)
        if placed.state not in (AnchorState.EXACT, AnchorState.MOVED):
            continue
        start, end = placed.target.start, placed.target.end
        rid = rejection_id(new.id, r.kind, start, end)
        current = tx.get("rejections", rid)
        if isinstance(current, Rejection):
            if current.deleted:  # refused on this text before, then brought back by an undo: refused again
                tx.put(current.edited(now, deleted=False))
                carried += 1
            continue
        tx.put(Rejection(id=rid, document_id=new.id, kind=r.kind, start=start, end=end, exact=r.exact, type=r.type,
                         created=r.created, modified=now))
        carried += 1
    return carried
