"""Writing edits into the Whoosh index: the store's changes since the index last caught up, item by item.

Split out of `annotations.index` (which decides *when* to write, holds the locks and the stamp) because
this is the part that must stay cheap per edit at any library size: a single add is one small segment
written without merging, its uid looked up in per-segment readers kept open, and the small segments
edits leave behind merged together only now and then — never the large segments a rebuild wrote.
Also holds the two adjustments to Whoosh's writer this needs (`_Writer`, `_cached_reader`).
"""
from __future__ import annotations

import secrets
import time
from collections.abc import Set as AbstractSet
from typing import Any

from whoosh import index as whoosh_index
from whoosh.codec import base as whoosh_codec_base
from whoosh.codec import whoosh3
from whoosh.reading import SegmentReader
from whoosh.util import IDCHARS
from whoosh.writing import IndexWriter, SegmentWriter

from annotations.errors import SearchIndexError
from annotations.index_docs import annotation_fields, annotation_uid, document_fields, document_uid
from annotations.model import Annotation
from annotations.store import Store

MERGE_AFTER_SEGMENTS = 24
"""Small edits commit without merging (a merge per edit was the p95 of adding one annotation); once
this many small segments exist, they are merged into one (`merge_small`) in the background
(`SearchIndex._merge_in_background`)."""
MERGE_IN_EDIT_SEGMENTS = 96
"""Should background merges keep failing, an edit's own commit merges the small segments once this many
exist, so their number (and each search's cost per segment) stays bounded."""
SMALL_SEGMENT = 5_000
"""Segments with fewer items than this are an edit's leftovers, merged together now and then; larger
ones (a rebuild's, an import's) are left alone. Whoosh's own MERGE_SMALL would, after a rebuild of
1,000,000 annotations into 40 segments, merge 15 of them (375,000 annotations) on the next edit."""


def _cached_reader(self: Any, fieldname: str, column: Any) -> Any:
    """Whoosh's `W3PerDocReader._cached_reader`, remembering also that a field has no lengths column.
    Whoosh asks for a field's length once per posting while it writes a segment; for a field that keeps
    no lengths (keywords, IDs) it looked for the file on disk every time: a `stat` per posting, 15% of
    a rebuild. A segment's files never change once written, so the answer can be kept."""
    try:
        return self._readers[fieldname]
    except KeyError:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
        return reader


whoosh3.W3PerDocReader._cached_reader = _cached_reader


def _segment_id(cls: Any, size: int = 16) -> str:
    """A new segment's name, from `secrets`. Whoosh draws it from Python's global `random`, which anything in the
    process may seed (Hypothesis does before each example): the next name was then one already in use, and the
    new segment's files truncated a live one's ("Unknown file header b''", the index rebuilt)."""
    return "".join(secrets.choice(IDCHARS) for _ in range(size))


whoosh_codec_base.Segment._random_id = classmethod(_segment_id)


class _Writer(SegmentWriter):
    """Whoosh's segment writer, except that a failure after taking the index's write lock (e.g. its temp
    folder cannot be made in a read-only folder) releases the lock: Whoosh leaves it held, so every later
    writer in this process waited for it and gave up (a 114 s freeze of retries)."""

    def __init__(self, ix: Any, keep_files: bool = False, **kwargs: Any) -> None:
        self.keep_files = keep_files
        try:
            super().__init__(ix, **kwargs)
        except BaseException:
            lock = getattr(self, "writelock", None)
            if lock is not None and getattr(lock, "locked", False):
                lock.release()
            raise

    def _commit_toc(self, segments: list[Any]) -> None:
        """Whoosh's, but with `keep_files` the files of segments no longer listed stay on disk (a
        background merge: searchers opened before it read those files lazily); any later commit
        removes them."""
        if not self.keep_files:
            super()._commit_toc(segments)
            return
        from whoosh.index import TOC
        TOC(self.schema, segments, self.generation).write(self.storage, self.indexname)


def open_writer(ix: Any, keep_files: bool = False) -> IndexWriter:
    """A writer for one index. Whoosh's own lock is normally free (the caller holds `index.lock`), so
    waiting for it is short and bounded; an OSError (cannot write) is raised at once, never retried here.
    Segments are written as separate files (compound=False): Whoosh reads a compound segment's parts
    through BytesIO copies of the whole mmap'd part, so every writer or reader open cost time in
    proportion to the index size (70 ms per edit at 100,000 annotations)."""
    for attempt in range(3):
        try:
            return _Writer(ix, keep_files=keep_files, timeout=1.0, compound=False)
        except whoosh_index.LockError:
            time.sleep(0.05 * (attempt + 1))
    raise SearchIndexError("The search index is busy in another process.")


def small_segments(ix: Any) -> int:
    """How many small segments (edits' leftovers) the index has."""
    return sum(1 for seg in ix._segments() if seg.doc_count_all() < SMALL_SEGMENT)


def merge_small(writer: Any, segments: list[Any]) -> list[Any]:
    """Whoosh merge policy: the small segments merged into the new one, the large ones kept as they are."""
    kept = []
    for seg in segments:
        if seg.doc_count_all() < SMALL_SEGMENT:
            reader = SegmentReader(writer.storage, writer.schema, seg)
            writer.add_reader(reader)
            reader.close()
        else:
            kept.append(seg)
    return kept


class UidLookup:
    """Which annotation uids an index holds (live or deleted): only those need Whoosh's delete-then-add.
    Whoosh's `update_document` opened a reader on every segment of the index for each writer, to look the
    uid up — a new annotation's add spent 30 ms of its time there. Segment readers are kept here per
    segment (a segment's terms never change) and dropped with it."""

    def __init__(self) -> None:
        self._readers: dict[str, Any] = {}

    def indexed(self, ix: Any, uids: list[str]) -> set[str]:
        segments = {seg.segment_id(): seg for seg in ix._segments()}
        for gone in set(self._readers) - set(segments):
            self._readers.pop(gone).close()
        found: set[str] = set()
        for segment_id, segment in segments.items():
            reader = self._readers.get(segment_id)
            if reader is None:
                reader = self._readers[segment_id] = SegmentReader(ix.storage, ix.schema, segment)
            found.update(uid for uid in uids if ("uid", uid) in reader)
        return found

    def close(self) -> None:
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()


def write_annotations(writer: IndexWriter, store: Store, annotations: list[Annotation],
                      indexed: AbstractSet[str] = frozenset()) -> None:
    """Add, replace (uid in `indexed`) or delete the index documents of `annotations`, with the entity
    names, document title and provenance each carries, read from the store in one query per kind."""
    entity_ids = [a.entity_id for a in annotations if a.entity_id]
    entity_ids += [a.claim.speaker_id for a in annotations if a.claim and a.claim.speaker_id]
    entities = store.entities_by_ids(entity_ids)
    documents = store.documents_by_ids([a.document_id for a in annotations])
    sources = store.provenance_by_ids([a.id for a in annotations])
    for a in annotations:
        doc = documents.get(a.document_id)
        uid = annotation_uid(a.id)
        if a.deleted or (doc is not None and doc.deleted):  # (none yet: waiting for its file, and found meanwhile)
            if uid in indexed:
                writer.delete_by_term("uid", uid)
            continue
        fields = annotation_fields(a, entities, doc, sources.get(a.id, ""))
        if uid in indexed:
            writer.update_document(**fields)
        else:
            writer.add_document(**fields)


def write_changes(ix: dict[str, Any], store: Store, since: int, uids: UidLookup) -> None:
    """Write what changed in the store after generation `since` into the two indexes: the annotations
    edited, and those whose entity or document changed (names and titles are copied into each
    annotation's index document); the documents edited into the full-text index."""
    changed = store.changed_since(since)
    annotation_ids = set(changed["annotations"])
    for entity_id in changed["entities"]:
        annotation_ids.update(a.id for a in store.annotations_of_entity(entity_id))
    for document_id in changed["documents"]:
        annotation_ids.update(store.annotation_ids_of_document(document_id))
    if annotation_ids:
        annotations = store.annotations_by_ids(sorted(annotation_ids))
        writer = open_writer(ix["annotations"])
        try:
            indexed = uids.indexed(ix["annotations"], [annotation_uid(a.id) for a in annotations])
            write_annotations(writer, store, annotations, indexed)
            if small_segments(ix["annotations"]) >= MERGE_IN_EDIT_SEGMENTS:
                writer.commit(mergetype=merge_small)  # background merges failed or never ran: bound them here
            else:
                writer.commit(merge=False)
        except BaseException:
            writer.cancel()
            raise
    if changed["documents"]:
        writer = open_writer(ix["documents"])
        try:
            for document_id in changed["documents"]:
                doc = store.document(document_id)
                if doc is None or doc.deleted:
                    writer.delete_by_term("uid", document_uid(document_id))
                else:
                    writer.update_document(**document_fields(doc))
            writer.commit()
        except BaseException:
            writer.cancel()
            raise
