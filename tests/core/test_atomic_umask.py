"""Atomic writes give the permissions a plain write would: 0666 minus the umask for a new file, the old
mode for a replaced one; the temp file is never more open than that."""
from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.atomic import current_umask, write_atomic, write_bytes_atomic

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


@pytest.fixture
def umask() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


@pytest.mark.parametrize(("mask", "expected"), [(0o022, 0o644), (0o002, 0o664), (0o077, 0o600)])
def test_a_new_file_follows_the_umask(tmp_path: Path, umask: None, mask: int, expected: int) -> None:
    os.umask(mask)
    assert current_umask() == mask
    target = tmp_path / "export.md"
    write_bytes_atomic(target, b"x")
    assert stat.S_IMODE(target.stat().st_mode) == expected


def test_a_replaced_file_keeps_its_mode(tmp_path: Path, umask: None) -> None:
    target = tmp_path / "export.md"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_bytes_atomic(target, b"new")
    assert stat.S_IMODE(target.stat().st_mode) == 0o640 and target.read_bytes() == b"new"


def test_a_device_or_a_link_is_never_replaced_by_a_file(tmp_path: Path) -> None:
    """`export -o /dev/stdout` run as root had replaced the system's /dev/stdout link with a regular file (a
    reviewer, stop 40): a pipe or a device is written to, and a link's file replaced with the link kept."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    write_atomic(fifo, lambda out: out.write(b"through the pipe"))
    reader.join(timeout=30)
    assert got == [b"through the pipe"] and stat.S_ISFIFO(os.lstat(fifo).st_mode)
    real = tmp_path / "real.md"
    real.write_text("old")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    write_atomic(link, lambda out: out.write(b"new"))
    assert link.is_symlink() and real.read_text() == "new"


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="needs Linux's /proc (a folder no file can be made in)")
def test_a_failure_names_the_file_asked_for_not_the_temporary_one() -> None:
    """"Exporting failed: No such file or directory (/proc/.dossier-test.md.d842p8nq.tmp)" named a file nobody
    typed (an outside tester, stop 52): the error names the target."""
    import errno

    target = Path("/proc/dossier-test.md")
    with pytest.raises(OSError) as caught:
        write_bytes_atomic(target, b"x")
    assert caught.value.filename == str(target) and caught.value.errno in (errno.ENOENT, errno.EACCES, errno.EPERM)
    assert not list(Path("/proc").glob(".dossier-*.tmp"))


def test_a_write_protected_file_is_not_replaced(tmp_path: Path) -> None:
    """`export -o` and File > Export replaced a file made read-only (chmod 444), keeping its mode, where a shell's
    `>` is refused: `os.replace` asks only the folder (an outside tester, stop 53). It is refused, and kept."""
    import errno

    target = tmp_path / "signed-off.md"
    target.write_bytes(b"the version the editor signed off")
    target.chmod(0o444)
    with pytest.raises(OSError) as caught:
        write_bytes_atomic(target, b"new")
    assert caught.value.errno == errno.EACCES and caught.value.filename == str(target)
    assert "write-protected" in str(caught.value)
    assert target.read_bytes() == b"the version the editor signed off" and list(tmp_path.iterdir()) == [target]
    target.chmod(0o644)  # writable again: replaced
    write_bytes_atomic(target, b"new")
    assert target.read_bytes() == b"new"


def test_a_name_as_long_as_the_file_system_takes_can_be_written(tmp_path: Path) -> None:
    """A file name of 236-255 bytes could not be written: the temporary file's name was the target's and 14 bytes
    more ("File name too long"). 80 Chinese characters are 240 bytes (an outside tester, stop 53)."""
    target = tmp_path / ("报告" * 40 + ".md")  # 243 bytes
    target.touch()  # (the file system takes the name)
    target.unlink()
    write_bytes_atomic(target, b"x")
    assert target.read_bytes() == b"x"
