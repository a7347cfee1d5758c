"""What the search index folder holds on disk, apart from Whoosh's segments: the stamp (schema version, library
id, the store generation it caught up to), the checks that decide whether the folder can be trusted, the
leftovers a killed rebuild leaves, and the cross-process lock beside it. Split out of `index.py`, which
decides when to rebuild; these functions only look and report."""
from __future__ import annotations

import errno
import fcntl
import itertools
import json
import logging
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from whoosh import index as whoosh_index

from annotations.atomic import write_bytes_atomic
from annotations.errors import IndexBusyError, SearchIndexError
from annotations.index_docs import INDEX_SCHEMA_VERSION

log = logging.getLogger(__name__)
STAMP = "dossier-stamp.json"
NAMES = ("annotations", "documents")
UNWRITABLE = {errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOSPC, errno.EDQUOT, errno.EISDIR}
"""OSError numbers that mean "cannot write here now" (read-only folder, full disk, a folder with files in it where
the lock file belongs), not a damaged index."""


def unwritable(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in UNWRITABLE


def read_stamp(folder: Path) -> dict[str, Any] | None:
    """The folder's stamp, or None if it is missing or unreadable."""
    try:
        data = json.loads((folder / STAMP).read_text(encoding="utf-8"))
        return data if isinstance(data, dict) else None
    except (OSError, ValueError):
        return None


def write_stamp(folder: Path, library_id: str, generation: int) -> None:
    stamp = {"schema": INDEX_SCHEMA_VERSION, "library_id": library_id, "generation": generation}
    # No fsync: Whoosh does not fsync its segments either, so after a power loss the stamp could not
    # vouch for them anyway — the checks on open (probe, counts) catch that and rebuild.
    write_bytes_atomic(folder / STAMP, json.dumps(stamp).encode(), durable=False)


def stamp_problem(folder: Path, library_id: str, generation: int) -> str | None:
    """Why the folder cannot serve this library, by its stamp and table of contents ("was missing", "belonged to
    another library" …, to follow "The search index …"), or None if it may: its segments are probed next."""
    stamp = read_stamp(folder)
    try:
        exists = all(whoosh_index.exists_in(str(folder), indexname=name) for name in NAMES)
    except Exception as exc:  # a scribbled table of contents fails already here
        log.warning("index table of contents unreadable: %r", exc)
        return "was damaged"
    if stamp is None or not exists:
        return "was missing"
    if stamp.get("schema") != INDEX_SCHEMA_VERSION:
        return "was from another version of Dossier"
    if stamp.get("library_id") != library_id:
        return "belonged to another library"
    if int(stamp.get("generation", -1)) > generation:
        return "was ahead of the library (restored from a backup?)"
    return None


def sweep(folder: Path) -> None:
    """Remove half-built or half-swapped index folders a killed process left (the caller holds the lock)."""
    for leftover in folder.parent.glob(f"{folder.name}.building-*"):
        shutil.rmtree(leftover, ignore_errors=True)
    for leftover in folder.parent.glob(f"{folder.name}.old-*"):
        shutil.rmtree(leftover, ignore_errors=True)


def probe(ix: Any) -> None:
    """Touch every kind of segment file cheaply (stored fields, lexicons, a posting list), so damage is
    found when the library opens rather than in the middle of a search."""
    with ix.searcher() as searcher:
        reader = searcher.reader()
        if reader.doc_count_all():
            reader.stored_fields(reader.doc_count_all() - 1)
            reader.stored_fields(0)
        for fieldname in ("uid", "text"):
            for term in itertools.islice(reader.lexicon(fieldname), 1):  # the first term only: listing the
                list(reader.postings(fieldname, term).all_ids())  # lexicon read 332,757 terms on every start


@contextmanager
def file_lock(path: Path, seconds: float) -> Iterator[None]:
    """No other process (nor another open of this index in this one) writes the index until the block
    ends: an `flock` on `path`, released by the OS if the process dies. SearchIndexError after `seconds`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with _open_lock(path) as handle:
        deadline = time.monotonic() + seconds
        while True:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise IndexBusyError("The search index is busy in another process.") from None
                time.sleep(0.02)
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


@contextmanager
def _open_lock(path: Path) -> Iterator[Any]:
    """The lock file, opened for writing — or, on a read-only medium or folder, for reading (an `flock` needs
    no write access): opening and searching a current index writes nothing, so it must not fail for want of
    write access to the lock file (a read-only library's search was refused although its index was current).
    An index write that is then needed fails on its own, as unwritable."""
    handle: IO[bytes]
    if path.is_symlink() and not path.exists():
        path.unlink()  # a link to nowhere where the lock file belongs: opening it would create its target elsewhere
    if path.is_dir() and not path.is_symlink():
        try:
            path.rmdir()  # an empty folder where the lock file belongs (a folder with files in it is left, and
        except OSError:  # the index is unavailable, said with its path: see UNWRITABLE)
            pass
    try:
        handle = open(path, "a+b")
    except OSError as exc:
        if not unwritable(exc) or not path.is_file():
            raise
        handle = open(path, "rb")
    with handle:
        yield handle
