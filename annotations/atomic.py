"""Atomic file writes: a temp file in the same folder, flushed and fsynced, `os.replace`d over the
target, then the folder fsynced (the step Qt's QSaveFile skips). A crash leaves old or new, never half."""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(target: Path, fill: Callable[[BinaryIO], object], durable: bool = True) -> None:
    """Create/replace `target` with what `fill` writes into the open temp file. `durable=False` skips the
    fsyncs (still all-or-nothing on a crash of the process, not across a power loss) — for derived data."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(target.parent)


def write_bytes_atomic(target: Path, data: bytes, durable: bool = True) -> None:
    write_atomic(target, lambda out: out.write(data), durable=durable)


def copy_atomic(source: Path, target: Path) -> None:
    with Path(source).open("rb") as src:
        write_atomic(target, lambda out: shutil.copyfileobj(src, out))


def fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
