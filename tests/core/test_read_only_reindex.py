"""File > Rebuild search index (or `reindex`) on a read-only library whose index is up to date: the rebuild cannot be
written, and it said the index "is not up to date with this read-only library" — untrue — and from then on every search
in that window was refused as "unavailable" (a real read-only mount; an outside tester on the window's core loop). The
refusal now says the index answers as it is, and search goes on answering from it."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.anchoring import find_quote
from annotations.errors import SearchIndexError
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES
from tests.unwritable import ReadOnlyIndex, read_only_mount


def test_a_refused_rebuild_leaves_a_current_index_searchable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "lib"
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(record.text, "Tomas Ek"), label="PERSON"))
    service.close()
    read_only_mount(monkeypatch, folder)
    ReadOnlyIndex(monkeypatch, folder)  # (and nothing under it can be written, as on a read-only mount)
    service = ReaderService.open(folder, annotator="Ana", isolated=False)
    try:
        assert service.read_only() and service.search("Tomas").total == 1
        with pytest.raises(SearchIndexError) as refused:
            service.reindex()
        assert "cannot be written" in refused.value.message and "not up to date" not in refused.value.message
        assert service.index_problem() is None
        assert service.search("Tomas").total == 1
    finally:
        service.close()
