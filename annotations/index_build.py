"""Building a whole index from the store into an empty folder (a rebuild's first step).

Split out of `annotations.index`, which keeps the parts that make a rebuild safe (the lock, building
beside the live index and swapping folders, the stamp, catching up with edits made meanwhile). This
module is only about throughput: it streams the store a few documents at a time and writes large
sorted segments without merging them — the shape that lets pure-Python Whoosh index a million
annotations in bounded memory.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from whoosh import index as whoosh_index

from annotations.index_docs import MAX_CONTENT_CHARS, build_schema, document_fields
from annotations.index_write import write_annotations
from annotations.model import Annotation, DocumentRecord
from annotations.store import Store

Progress = Callable[[int, int], None]
REBUILD_SEGMENT = 25_000
REBUILD_POOL_MB = 400
"""A rebuild writes one segment per `REBUILD_SEGMENT` annotations, each sorted in memory: Whoosh's
posting pool, once past its `limitmb`, pickles every posting to a temporary run file and merges the runs
back (pickle, sort and heap merge were 35% of a rebuild at limitmb=8). 25,000 annotations make ≈ 1.7
million postings, which Whoosh estimates at ≈ 250 MB, so the pool never spills; segments are not merged
(a merge rewrites every posting again), so 1,000,000 annotations make 40 segments."""
REBUILD_SEGMENT_CHARS = 10_000_000
"""The documents index likewise gets a segment per 10 MB of full text (at limitmb=8 the texts of 1,000
documents spilled: the last 3,000 items of a 101,000-item rebuild took 180 of its 571 s)."""


def build_into(folder: Path, store: Store, report: Progress) -> int:
    """Create both indexes (`annotations`, `documents`) in the empty `folder` from the store's live
    records, calling `report(done, total)` as it goes; returns `total`. Raises whatever Whoosh or the
    disk raise; the caller removes the folder then."""
    documents = sorted(store.documents(), key=lambda d: d.id)  # reading order, as store.annotations()
    total = store.count_annotations() + len(documents)
    report(0, total)
    done = _build_annotations(folder, store, documents, lambda n: report(n, total))
    _build_documents(folder, store, documents, done, lambda n: report(n, total))
    return total


def _build_annotations(folder: Path, store: Store, documents: list[DocumentRecord],
                       report: Callable[[int], None]) -> int:
    ix = whoosh_index.create_in(str(folder), build_schema(), indexname="annotations")
    done = 0
    try:
        writer: Any = None
        in_segment = 0
        for batch in _batches(store, documents):
            if writer is None:
                writer = ix.writer(limitmb=REBUILD_POOL_MB, compound=False)
            try:
                write_annotations(writer, store, batch)
                in_segment += len(batch)
                if in_segment >= REBUILD_SEGMENT:
                    writer.commit(merge=False)
                    writer, in_segment = None, 0
            except BaseException:
                writer.cancel()
                raise
            done += len(batch)
            report(done)
        if writer is not None:
            writer.commit(merge=False)
    finally:
        ix.close()
    return done


def _build_documents(folder: Path, store: Store, documents: list[DocumentRecord], done: int,
                     report: Callable[[int], None]) -> None:
    ix = whoosh_index.create_in(str(folder), build_schema(), indexname="documents")
    writer: Any = None
    try:
        chars = 0
        for meta in documents:
            doc = store.document(meta.id)
            if writer is None:
                writer = ix.writer(limitmb=REBUILD_POOL_MB, compound=False)
            if doc is not None:
                writer.add_document(**document_fields(doc))
                chars += min(len(doc.text), MAX_CONTENT_CHARS)
            if chars >= REBUILD_SEGMENT_CHARS:  # full texts: ~1.7 million postings per 10 MB
                writer.commit(merge=False)
                writer, chars = None, 0
            done += 1
            if done % 50 == 0:
                report(done)
        if writer is not None:
            writer.commit(merge=False)
    except BaseException:
        if writer is not None:
            writer.cancel()
        raise
    finally:
        ix.close()


def _batches(store: Store, documents: list[DocumentRecord], size: int = 2000) -> Iterator[list[Annotation]]:
    """The live annotations of `documents`, a few documents at a time (about `size` annotations):
    a rebuild never holds the whole library in memory (1,000,000 annotations as objects: > 1 GB)."""
    batch: list[Annotation] = []
    for meta in documents:
        batch += store.annotations(meta.id)
        if len(batch) >= size:
            yield batch
            batch = []
    batch += store.waiting_annotations()  # (imported before their file: found while they wait; stop 58)
    if batch:
        yield batch
