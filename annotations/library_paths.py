"""Which paths inside a library folder Dossier itself manages, so an export is never written over them.

An export written over `library.sqlite3` (or a stored document in `files/`) replaced the analyst's whole
library with a Markdown brief and nothing could undo it (break26 bug 1). Every export target goes through
`check_output_target` before a byte is written; the rest of the library folder stays the user's to use."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from annotations.errors import DossierError


class OutputError(DossierError):
    """An export target was refused before anything was written (the library is untouched)."""


MANAGED_FOLDERS = ("files", "index")
"""Sub-folders the library owns: stored document files, the search index (and its rebuild/lock siblings)."""


def is_managed(folder: Path, target: Path) -> bool:
    """True when `target` (followed through symlinks) is the library's store, one of its side files or
    backups, or lies in a folder the library owns."""
    try:
        rel = Path(os.path.realpath(target)).relative_to(os.path.realpath(folder))
    except ValueError:
        return False
    if not rel.parts:
        return True
    first = rel.parts[0]
    return (first.startswith(("library.", "index")) or first.endswith(".lock")
            or first in MANAGED_FOLDERS)


STORE = "library.sqlite3"
_SQLITE = b"SQLite format 3\x00"


def _is_store(path: Path) -> bool:
    """Whether `path` is a Dossier library's database: an SQLite file with the store's `meta` table (one it cannot
    read is taken for one: a damaged library is protected too). Any file of that name refused exports to a web
    site's folder (a tester on the fixes, stop 56)."""
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != _SQLITE:
                return False
    except OSError:
        return False
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro&immutable=1", uri=True)
        try:
            return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'meta'").fetchone() is not None
        finally:
            conn.close()
    except sqlite3.Error:
        return True


def check_output_target(folder: Path, target: Path) -> None:
    """Refuse (OutputError) a target that would overwrite part of the library in `folder`, or of another library
    beside it: a folder holding a library's store, above the target or one level further up (an export with one
    library open, written over another's database, left that library "damaged"; an outside tester, stop 56)."""
    real = Path(os.path.realpath(target))
    others = [p for p in (real.parent, real.parent.parent) if _is_store(p / STORE)]
    for library in (folder, *others):
        if is_managed(library, target):
            raise OutputError(f"{target} is part of the Dossier library in {library} (its database, stored "
                              "documents or search index); writing an export there would destroy it. Nothing was "
                              "written: choose a file outside the library folder.")
