"""Locks left behind by a dead process: a process that held the index lock is SIGKILLed, and lock files
of Whoosh's and ours stay on disk. The next process opens the library, writes and searches without a
LockError and without losing an edit. (Damaged, missing and old-schema indexes: tests/core/test_index.py.)"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import ROOT, SAMPLES

HOLD = ("import fcntl, sys; h = open(sys.argv[1], 'a+b'); fcntl.flock(h.fileno(), fcntl.LOCK_EX); "
        "print('locked', flush=True); sys.stdin.read()")


def test_a_lock_held_by_a_killed_process_and_leftover_lock_files_do_not_block(tmp_path: Path) -> None:
    folder = tmp_path / "lib"
    library = Library.open(folder)
    record, _ = library.add_document(load_document(SAMPLES / "harbour_council.txt"), SAMPLES / "harbour_council.txt")
    library.close()
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(folder / "index.lock")], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, cwd=ROOT, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    for leftover in ("annotations_WRITELOCK", "documents_WRITELOCK", "MAIN_WRITELOCK"):
        (folder / "index" / leftover).write_text("")
    library = Library.open(folder)
    text = library.document(record.id).text
    start = text.index("Tomas Ek")
    annotation, _ = library.annotate(record.id, AnnotationInput(Kind.ENTITY, start, start + 8, label="PERSON"))
    assert [h.annotation_id for h in library.search("entity:ek").hits] == [annotation.id]
    library.close()
