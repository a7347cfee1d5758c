"""A search index folder that cannot be written, for tests that run as root (root ignores permission
bits, so chmod cannot make a folder read-only for it). Every file or folder Whoosh or the index stamp
would create under the folder (or a rebuild beside it) raises the PermissionError the OS raises for a
read-only folder; each such attempt is counted, so tests can bound retries without timing anything."""
from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from whoosh.filedb.filestore import FileStorage

import annotations.index as index_mod
import annotations.index_folder as index_folder


class ReadOnlyIndex:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
        self.prefix = str(folder)
        self.attempts = 0
        self.read_only = True
        create_file, create, write_stamp = FileStorage.create_file, FileStorage.create, index_mod.write_bytes_atomic

        def guarded_create_file(storage: FileStorage, name: str, *args: Any, **kwargs: Any) -> Any:
            self._check(storage.folder)
            return create_file(storage, name, *args, **kwargs)

        def guarded_create(storage: FileStorage) -> Any:
            self._check(storage.folder)
            return create(storage)

        def guarded_stamp(path: Path, data: bytes, **kwargs: Any) -> None:
            self._check(str(path.parent))
            write_stamp(path, data, **kwargs)

        monkeypatch.setattr(FileStorage, "create_file", guarded_create_file)
        monkeypatch.setattr(FileStorage, "create", guarded_create)
        monkeypatch.setattr(index_mod, "write_bytes_atomic", guarded_stamp)  # a rebuild's progress file
        monkeypatch.setattr(index_folder, "write_bytes_atomic", guarded_stamp)  # the stamp

    def _check(self, folder: str) -> None:
        if self.read_only and str(folder).startswith(self.prefix):
            self.attempts += 1
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), folder)


def read_only_mount(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    """`folder` reported as on a read-only mount where the library asks (`os.statvfs`): tests run as root, for whom
    permission bits make nothing read-only. Only what the library asks changes; writing is not blocked here."""
    real = os.statvfs

    class ReadOnly:
        def __init__(self, result: Any) -> None:
            self._result, self.f_flag = result, result.f_flag | os.ST_RDONLY

        def __getattr__(self, name: str) -> Any:
            return getattr(self._result, name)

    def statvfs(path: Any) -> Any:
        result = real(path)
        return ReadOnly(result) if Path(path).resolve().is_relative_to(folder.resolve()) else result

    monkeypatch.setattr(os, "statvfs", statvfs)
