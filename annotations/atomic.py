"""Atomic file writes: a temp file in the same folder, flushed and fsynced, `os.replace`d over the
target, then the folder fsynced (the step Qt's QSaveFile skips). A crash leaves old or new, never half.

The result has the permissions a plain `open(path, "w")` would give: a replaced file keeps its mode, a
new one gets 0666 minus the user's umask (the temp file itself starts 0600, as `mkstemp` makes it, so
nobody can read a half-written file) — exports on a shared drive are readable by colleagues when the
umask says so."""
from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def write_atomic(target: Path, fill: Callable[[BinaryIO], object], durable: bool = True) -> None:
    """Create/replace `target` with what `fill` writes into the open temp file. `durable=False` skips the
    fsyncs (still all-or-nothing on a crash of the process, not across a power loss) — for derived data. A link's
    file is replaced (the link stays); a device, pipe or terminal (`-o /dev/stdout`) is written to directly. A
    write-protected file (no write bit for anyone) is refused (OSError EACCES), as `open` refuses it to its owner:
    `os.replace` needs only the folder's permission, so it was silently replaced."""
    target = Path(target)
    try:
        kind = os.stat(target).st_mode  # (follows links)
    except OSError:
        kind = None
    if kind is not None and not stat.S_ISREG(kind):  # a device, a pipe, a terminal: /dev/stdout, a FIFO —
        with open(target, "wb") as out:  # written to, never replaced by a file (as root, os.replace had swapped
            fill(out)  # the system's /dev/stdout link for a regular file)
        return
    if target.is_symlink():  # a link to a file: the file is replaced, the link stays
        target = Path(os.path.realpath(target))
    if kind is not None and not kind & 0o222:  # write-protected (chmod a-w): replacing it would have succeeded,
        raise OSError(errno.EACCES, "the file is write-protected", str(target))  # the folder being writable
    target.parent.mkdir(parents=True, exist_ok=True)
    try:  # a short name of its own: the target's name in it made a name of 242 bytes or more too long
        fd, tmp = tempfile.mkstemp(prefix=".dossier-", suffix=".tmp", dir=target.parent)
    except OSError as exc:  # said of the file asked for, never of a temporary name nobody typed
        raise OSError(exc.errno, exc.strerror, str(target)) from None
    try:
        with os.fdopen(fd, "wb") as out:
            fill(out)
            out.flush()
            if durable:
                os.fsync(out.fileno())
        os.chmod(tmp, _mode_for(target))
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        if exc.filename == tmp:  # (the temporary file's name in the message: the target's instead)
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(target.parent)


def _mode_for(target: Path) -> int:
    try:
        return os.stat(target).st_mode & 0o7777
    except OSError:
        return 0o666 & ~current_umask()


def current_umask() -> int:
    """The process's umask. Read from /proc on Linux (setting and restoring it would race other threads
    creating files); elsewhere set and restored at once."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


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
