"""A healthy library on a disk with no room left is not "damaged" (break26 bug 5): it opens for reading,
an edit is refused with the reason, and no command ends in a traceback (bug 7). The disk is filled for
real with a file-size limit (RLIMIT_FSIZE) in a child process, the way `ulimit -f` does it."""
from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from reader.services import ReaderService
from tests.conftest import SAMPLES

ROOT = Path(__file__).resolve().parents[2]


def _cli_with_no_room(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    def no_room() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (8192, 8192))  # no file may grow past 8 KB

    env = {**os.environ, "DOSSIER_IN_PROCESS": "1", "DOSSIER_ANNOTATOR": "tester"}
    return subprocess.run([sys.executable, str(ROOT / "main.py"), "--library", str(library), *args], cwd=ROOT,
                          env=env, capture_output=True, text=True, preexec_fn=no_room, timeout=120)


def test_a_full_disk_is_said_as_such_reads_work_and_the_library_survives(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    service = ReaderService.open(library, annotator="tester", isolated=False)
    doc = service.add_file(SAMPLES / "harbour_council.txt").record
    assert doc is not None
    service.close()
    listed = _cli_with_no_room(library, "list")
    assert listed.returncode == 0 and "Harbour council" in listed.stdout, listed.stderr
    edit = _cli_with_no_room(library, "annotate", doc.id[:12], "--kind", "highlight", "--quote", "Tomas Ek")
    assert edit.returncode == 1
    assert "damaged" not in edit.stderr and "Traceback" not in edit.stderr, edit.stderr
    assert "reading only" in edit.stderr and "would change it" in edit.stderr, edit.stderr
    service = ReaderService.open(library, annotator="tester", isolated=False)  # room again: all there, writable
    try:
        assert not service.read_only() and [d.id for d in service.documents()] == [doc.id]
    finally:
        service.close()


def test_a_disk_that_fills_during_a_command_gives_one_line_not_a_traceback(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """break26 bug 7: language detection unpacking its model while a bundle was read hit the size limit and
    the CLI printed a 30-line traceback."""
    import errno
    import io

    from reader.cli import main

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(ReaderService, "import_file", full)
    bundle = tmp_path / "mate.dossier"
    bundle.write_bytes(b"PK")
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(tmp_path / "lib"), "import", str(bundle)], out=out, err=err) == 1
    assert err.getvalue().count("\n") == 1 and "The disk is full" in err.getvalue(), err.getvalue()
