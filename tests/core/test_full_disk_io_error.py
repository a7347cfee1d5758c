"""A full disk is said in one wording when SQLite meets it as an I/O error: on a full tmpfs, opening a library to
annotate said "Writing to … failed (disk I/O error: is the disk full?)" instead of "The disk holding … is full" (the
README's one wording wherever it is met); with room left, an I/O error is still said as one (an outside tester on
the command line, stop 61, with a 3 MB tmpfs filled up)."""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from annotations import store as store_mod


class _Room:
    def __init__(self, free: int) -> None:
        self.f_bavail, self.f_frsize, self.f_flag = free // 4096, 4096, 0


def _io_error() -> sqlite3.OperationalError:
    exc = sqlite3.OperationalError("disk I/O error")
    exc.sqlite_errorcode = sqlite3.SQLITE_IOERR | (18 << 8)  # type: ignore[attr-defined]  # SQLITE_IOERR_SHMSIZE
    return exc


@pytest.mark.parametrize(("free", "full"), [(0, True), (64 * 1024, True), (500 << 20, False)])
def test_an_io_error_on_a_disk_with_no_room_is_a_full_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           free: int, full: bool) -> None:
    statvfs = os.statvfs

    def room(folder: Any) -> Any:
        return _Room(free) if Path(folder) == tmp_path else statvfs(folder)

    monkeypatch.setattr(store_mod.os, "statvfs", room)
    path = tmp_path / "library.sqlite3"
    opened = store_mod._cannot_grow(path, _io_error())
    written = store_mod._write_failure(path, _io_error())
    if full:
        assert opened.startswith(f"The disk holding {tmp_path} is full") and "I/O" not in opened
        assert written.startswith(f"The disk holding {tmp_path} is full")
    else:
        assert "disk I/O error" in opened and "disk error" in written
