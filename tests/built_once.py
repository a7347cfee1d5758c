"""Test starts that cost store and index work (libraries holding a document, an answer key) built once per process
and copied into each test's folder: a copy of the folders takes a few hundredths of a second, a build most of one."""
from __future__ import annotations

import atexit
import shutil
import tempfile
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

_BUILT: dict[Hashable, tuple[Path, Any]] = {}


def built_once(key: Hashable, build: Callable[[Path], T]) -> tuple[Path, T]:
    """The folder `build` filled for `key` and what it returned, built on first use (removed when the process
    ends)."""
    if key not in _BUILT:
        template = Path(tempfile.mkdtemp(prefix="dossier-start-"))
        atexit.register(shutil.rmtree, template, ignore_errors=True)
        _BUILT[key] = (template, build(template))
    return _BUILT[key]


def copy_of(key: Hashable, build: Callable[[Path], T], folder: Path) -> T:
    """`folder` filled as `build` fills a folder (a copy of the one built once for `key`), and what `build`
    returned."""
    template, made = built_once(key, build)
    shutil.copytree(template, folder, dirs_exist_ok=True)
    return made
