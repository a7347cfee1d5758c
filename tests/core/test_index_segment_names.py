"""Whoosh names each new segment of the index with 16 characters from Python's global `random`; anything in the
process that seeds it (Hypothesis does before each example) makes the next name one already used. A segment
written under a used name truncates the live segment's files: the next edit met "Unknown file header b''", and the
index was rebuilt (39 times in one run of the exchange state machine, whose libraries start as copies of one
built under the same seed). Segment names now come from `secrets` (`annotations.index_write`)."""
from __future__ import annotations

import logging
import random
from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_edits_made_under_the_same_seed_leave_the_index_sound(tmp_path: Path,
                                                            caplog: pytest.LogCaptureFixture) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        with caplog.at_level(logging.WARNING, logger="annotations.index"):
            for word in ("Tomas Ek", "Oslo", "Port Alder"):
                random.seed(7)  # as a test framework, a plug-in or a library may seed it
                lib.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, *find_quote(doc.text, word), note=word))
        assert not [r for r in caplog.records if "damaged" in r.getMessage()]
        assert not [m for m in lib.index.messages if "damaged" in m]
        assert sorted(h.exact for h in lib.search("note:oslo OR note:ek OR note:alder").hits) == [
            "Oslo", "Port Alder", "Tomas Ek"]
    finally:
        lib.close()
