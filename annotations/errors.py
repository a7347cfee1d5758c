"""One exception hierarchy for the whole core; every message is meant for a person to read."""
from __future__ import annotations

import errno
from pathlib import PurePath


class DossierError(Exception):
    """Base of every error the core raises on purpose. `str(err)` is a user-readable sentence."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class DocumentError(DossierError):
    """A file could not be opened as a document (broken, empty, encrypted, too large, unsupported)."""


class StoreError(DossierError):
    """The library store cannot be opened or written (locked, read-only, damaged, from the future)."""


class DamagedStoreError(StoreError):
    """The library's database is damaged (SQLite found a malformed page): reads stop with this message
    wherever the damage is met, and nothing more is written to it."""


class EmptiedStoreError(StoreError):
    """The library's database file is there but empty (0 bytes: truncated by a sync tool or a crash) while
    the folder still holds the library's documents or index: it is refused, never started over."""


class NotFoundError(DossierError):
    """A document, annotation or entity named by the user does not exist (or is ambiguous)."""


class ValidationError(DossierError):
    """An edit was refused because a value is not allowed (unknown kind, grade out of range...)."""


class AnchorError(DossierError):
    """A quote could not be found in a document's text."""


class UndoError(DossierError):
    """Nothing to undo/redo, or the state changed since (another process edited the same item)."""


class StaleConflictError(DossierError):
    """A conflict was to be settled against a version of ours that is no longer the current one (another
    window or process edited the annotation since it was shown); nothing was changed."""


class SearchIndexError(DossierError):
    """The search index could not be used; it is rebuilt from the store when this happens."""


class IndexBusyError(SearchIndexError):
    """Another process held the index's write lock for longer than this one would wait."""


class QueryError(DossierError):
    """A search query could not be parsed."""


class BundleError(DossierError):
    """A .dossier bundle was refused; the library is untouched."""


NO_ROOM = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
"""A full disk, a quota, a file-size limit: the machine is out of room, the data is fine."""


def os_error_message(exc: OSError) -> str:
    """One sentence for a failed read or write of a file (no traceback for the machine's faults)."""
    where = f" ({exc.filename})" if exc.filename else ""
    if exc.errno in NO_ROOM:  # worded as the store says it ("The disk holding … is full"): one fault, one sentence
        holding = f" holding {PurePath(str(exc.filename)).parent}" if exc.filename else ""
        return f"The disk{holding} is full (or a size limit was reached): {exc.strerror or exc}. Free some space " \
               "and retry."
    return f"{exc.strerror or exc}{where}."
