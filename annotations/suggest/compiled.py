"""The suggestion rules compiled to C with mypyc (as Black and mypy ship themselves), used only when they were built
from exactly the sources beside them: `make run`/`make test` build them into the environment's
`dossier-compiled/` folder (scripts/compile_suggest.py), and a fingerprint of this package's sources, stored with
them, decides at import. Stale, missing, or switched off (`DOSSIER_COMPILED=0`): the pure-Python modules run, with
the same output (a test compares them). Never compiled itself: it is what chooses."""
from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path

FOLDER_NAME = "dossier-compiled"
STAMP_NAME = "stamp.json"
NOT_COMPILED = frozenset({"__init__.py", "compiled.py", "spacy_ner.py"})
"""Kept as Python: the package's start and this chooser (they run before any choice), and the optional spaCy
suggester (its time is spaCy's)."""


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def compiled_modules(package: Path | None = None) -> list[str]:
    """File names of the modules to compile, sorted."""
    return sorted(p.name for p in (package or package_dir()).glob("*.py") if p.name not in NOT_COMPILED)


def fingerprint(package: Path | None = None) -> str:
    """SHA-256 over every .py file of the package (names and bytes) and the interpreter's cache tag: any edit,
    added or removed module, or other Python makes compiled modules stale."""
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted((package or package_dir()).glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def default_folder() -> Path:
    """Where `make` builds them: inside the environment (a venv's prefix), so a new venv starts without."""
    return Path(sys.prefix) / FOLDER_NAME


def up_to_date(folder: Path) -> bool:
    """Whether `folder` holds modules compiled from the sources as they are now (its stamp says so)."""
    try:
        stamp = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(stamp, dict) and stamp.get("fingerprint") == fingerprint()


def fresh_folder(folder: Path | None = None) -> Path | None:
    """The folder of compiled modules if they may be used now, else None."""
    if os.environ.get("DOSSIER_COMPILED", "1") == "0":
        return None
    folder = folder or default_folder()
    return folder if up_to_date(folder) else None


def use_compiled(package_path: list[str]) -> bool:
    """Put fresh compiled modules first on the package's search path (`__path__`): an import of
    `annotations.suggest.claims` then finds the extension module there before claims.py."""
    folder = fresh_folder()
    if folder is None:
        return False
    package_path.insert(0, str(folder))
    return True
