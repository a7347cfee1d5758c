"""Documents from strangers are parsed in a worker process with a time limit; failures are DocumentErrors."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import Limits
from reader.document.isolated import ORPHAN_EXIT, DocumentWorker
from tests.conftest import SAMPLES


def test_worker_loads_documents_and_survives_refusals(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4 nonsense")
    with DocumentWorker() as worker:
        doc = worker.load(SAMPLES / "flood_review.pdf")
        assert doc.format == "pdf" and len(doc.pages) == 3
        with pytest.raises(DocumentError, match="bad.pdf"):
            worker.load(bad)
        assert worker.load(SAMPLES / "harbour_council.txt").format == "txt"


def test_a_file_that_takes_too_long_is_refused_and_the_worker_restarts(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("All work and no play makes a long document.\n" * 400_000)
    with DocumentWorker(Limits(seconds=0.05)) as worker:
        with pytest.raises(DocumentError, match="took longer than"):
            worker.load(big)
        assert worker.load(SAMPLES / "field_notes.md", timeout=60).format == "md"


def test_a_document_over_the_memory_cap_is_refused_and_a_new_worker_works() -> None:
    """Under a memory cap too small for MuPDF the parse fails inside the worker — a MemoryError, the
    worker's death, or MuPDF giving up on the text, depending on where the cap bites; the caller gets a
    DocumentError in every case, and a fresh worker with the normal cap works."""
    with DocumentWorker(Limits(memory_mb=48)) as worker:
        with pytest.raises(DocumentError, match="flood_review.pdf"):
            worker.load(SAMPLES / "flood_review.pdf", timeout=60)
        worker.close()
        worker.limits = Limits()
        assert worker.load(SAMPLES / "flood_review.pdf", timeout=60).format == "pdf"


_ORPHANED = r"""
import ctypes, os, signal, subprocess, sys
ctypes.CDLL(None).prctl(36, 1)  # PR_SET_CHILD_SUBREAPER: the worker, orphaned, becomes this process's child
starter = subprocess.Popen([sys.executable, "-c", '''
import sys
from reader.document.formats import DEFAULT_LIMITS
from reader.document.isolated import ORPHAN_EXIT, DocumentWorker
worker = DocumentWorker()
worker._start().send((sys.argv[1], DEFAULT_LIMITS))  # a page that takes seconds to parse
print(worker._process.pid, flush=True)
sys.stdin.read()
''', sys.argv[1]], stdout=subprocess.PIPE, stdin=subprocess.PIPE, text=True)
worker = int(starter.stdout.readline())
os.kill(starter.pid, signal.SIGKILL)  # `add` killed with -9
starter.wait()
signal.alarm(30)  # (a worker that never ends fails the test instead of hanging it)
pid, status = os.waitpid(worker, 0)  # the orphaned worker, handed to this process: wait for its end
print("ended", os.WEXITSTATUS(status) if os.WIFEXITED(status) else -os.WTERMSIG(status))
"""


@pytest.mark.skipif(not Path("/proc/self").exists(), reason="Linux (a child subreaper) only")
def test_the_worker_ends_when_the_process_that_started_it_is_killed(tmp_path: Path) -> None:
    """After a `kill -9` of `add` the worker went on parsing for up to the minute's cap (an outside tester, stop 56):
    it now ends on its own, which this script waits for (blocking, not polling)."""
    import subprocess
    import sys

    page = tmp_path / "long.html"  # parsed for seconds: the worker is busy when its starter dies
    page.write_text("<html><body><article>" + "".join(f"<p>Paragraph {i} says the harbour council met again.</p>"
                                                      for i in range(40_000)) + "</article></body></html>")
    done = subprocess.run([sys.executable, "-c", _ORPHANED, str(page)], capture_output=True, text=True, timeout=120,
                          cwd=Path(__file__).resolve().parents[2])
    assert done.stdout.strip() == f"ended {ORPHAN_EXIT}", done.stderr  # not at the end of the parse (1: a broken pipe)
