"""A library folder copied by hand keeps its library id: the two copies then grow apart under the same id
and, one edit each, the same generation. The spellings read from one copy must never answer for the other."""
from __future__ import annotations

import shutil
from pathlib import Path

from annotations.library import Library
from annotations.spellings import library_spellings
from reader.document.loader import load_document
from tests.conftest import SAMPLES


def test_a_copied_library_never_gets_the_other_copys_spellings(tmp_path: Path) -> None:
    first = Library.open(tmp_path / "first")
    first.add_document(load_document(SAMPLES / "harbour_council.txt"))
    first.close()
    shutil.copytree(tmp_path / "first", tmp_path / "second")
    first, second = Library.open(tmp_path / "first"), Library.open(tmp_path / "second")
    try:
        assert first.store.library_id == second.store.library_id
        first.add_document(load_document(SAMPLES / "grid_shortfall.html"))
        second.add_document(load_document(SAMPLES / "field_notes.md"))
        assert first.store.generation == second.store.generation
        in_first, in_second = library_spellings(first.store), library_spellings(second.store)
        assert "Karl Hedlund" in in_first and "Karl Hedlund" not in in_second
        assert library_spellings(first.store) == in_first  # asked again: the first copy's own answer
    finally:
        first.close()
        second.close()
