"""The suggestion rules compiled to C with mypyc (as Black and mypy ship themselves), used only when they were built
from exactly the sources as they are: `make run`/`make test` build them (scripts/compile_suggest.py) into the
environment's `dossier-compiled/<fingerprint>/`, where the fingerprint covers every .py of `annotations/` (the rules
and all they import from the core: mypyc builds their types in). A process takes the folder named for the sources it
sees, complete (its stamp written last, every module there), or none; a rebuild makes a new folder, so a running
process never mixes two builds. Stale, missing, or switched off (`DOSSIER_COMPILED=0`): the Python modules run, with
the same output (a test compares them). Never compiled itself: it is what chooses."""
from __future__ import annotations

import hashlib
import importlib.machinery
import json
import os
import re
import sys
from pathlib import Path

FOLDER_NAME = "dossier-compiled"
STAMP_NAME = "stamp.json"
NOT_COMPILED = frozenset({"__init__.py", "compiled.py", "spacy_ner.py"})
"""Kept as Python: the package's start and this chooser (they run before any choice), and the optional spaCy
suggester (its time is spaCy's)."""
_OFF = frozenset({"0", "false", "no", "off"})


def package_dir() -> Path:
    return Path(__file__).resolve().parent


def compiled_modules(package: Path | None = None) -> list[str]:
    """File names of the modules to compile, sorted."""
    return sorted(p.name for p in (package or package_dir()).glob("*.py") if p.name not in NOT_COMPILED)


def fingerprint(core: Path | None = None) -> str:
    """SHA-256 over every .py file under `annotations/` (paths and bytes) and the interpreter's cache tag: any edit,
    added or removed module there, or another Python makes a build stale."""
    core = core or package_dir().parent
    digest = hashlib.sha256(sys.implementation.cache_tag.encode())
    for path in sorted(core.rglob("*.py")):
        digest.update(path.relative_to(core).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def build_name(key: str) -> str:
    """The folder of one build: the fingerprint's first 20 hex digits."""
    return key[:20]


BUILD_NAME = re.compile(r"[0-9a-f]{20}")
"""What `build_name` gives: a folder of one build (the build script removes older ones by it)."""


def default_base() -> Path:
    """Where `make` builds them: inside the environment (a venv's prefix), so a new venv starts without."""
    return Path(sys.prefix) / FOLDER_NAME


def complete(folder: Path, key: str) -> bool:
    """Whether `folder` holds a whole build of the sources with fingerprint `key`: its stamp says so and every
    module's extension is there (a build killed half-way or a damaged disk leaves it unused)."""
    try:
        stamp = json.loads((folder / STAMP_NAME).read_text(encoding="utf-8"))
        present = {p.name for p in folder.iterdir()}
    except (OSError, ValueError):
        return False
    if not isinstance(stamp, dict) or stamp.get("fingerprint") != key:
        return False
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    return all(name.removesuffix(".py") + suffix in present for name in compiled_modules())


def fresh_folder(base: Path | None = None) -> Path | None:
    """The build to use now, else None (switched off, never built, stale or incomplete)."""
    if os.environ.get("DOSSIER_COMPILED", "1").strip().lower() in _OFF:
        return None
    base = base or default_base()
    if not base.is_dir():
        return None  # (an installed app, a venv never built: no need to read the sources)
    key = fingerprint()
    folder = base / build_name(key)
    return folder if complete(folder, key) else None


def use_compiled(package_path: list[str]) -> bool:
    """Put the fresh build first on the package's search path (`__path__`): an import of `annotations.suggest.claims`
    then finds the extension module there before claims.py."""
    folder = fresh_folder()
    if folder is None:
        return False
    package_path.insert(0, str(folder))
    return True
