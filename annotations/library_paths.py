"""Which paths inside a library folder Dossier itself manages, so an export is never written over them.

An export written over `library.sqlite3` (or a stored document in `files/`) replaced the analyst's whole
library with a Markdown brief and nothing could undo it (break26 bug 1). Every export target goes through
`check_output_target` before a byte is written; the rest of the library folder stays the user's to use."""
from __future__ import annotations

import os
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


def check_output_target(folder: Path, target: Path) -> None:
    """Refuse (OutputError) a target that would overwrite part of the library in `folder`, or of another library
    beside it: a folder holding a library's store, above the target or one level further up (an export with one
    library open, written over another's database, left that library "damaged"; an outside tester, stop 56)."""
    real = Path(os.path.realpath(target))
    others = [p for p in (real.parent, real.parent.parent) if (p / STORE).is_file()]
    for library in (folder, *others):
        if is_managed(library, target):
            raise OutputError(f"{target} is part of the Dossier library in {library} (its database, stored "
                              "documents or search index); writing an export there would destroy it. Nothing was "
                              "written: choose a file outside the library folder.")
