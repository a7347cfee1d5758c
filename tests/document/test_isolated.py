"""Documents from strangers are parsed in a worker process with a time limit; failures are DocumentErrors."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import Limits
from reader.document.isolated import DocumentWorker
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
