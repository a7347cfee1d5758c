"""The index folder deleted while a window has the library open (a cleaning tool, a sync client): search was gone
for the rest of the session ("ReaderClosed", even after another process rebuilt it) — a cached searcher closed,
then closed again by the rebuild that should have repaired it (an outside tester, stop 52). It is rebuilt, said."""
from __future__ import annotations

import shutil
from pathlib import Path

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_search_after_the_index_folder_was_deleted_rebuilds_it(tmp_path: Path) -> None:
    lib = Library.open(tmp_path / "lib")
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Tomas Ek")
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="quokka"))
        assert [h.annotation_id for h in lib.search("quokka").hits] == [mark.id]  # a searcher is cached
        s, e = find_quote(doc.text, "Oslo")
        lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="wombat"))  # (the cached one is out of date)
        shutil.rmtree(tmp_path / "lib" / "index")
        for _ in range(2):
            assert len(lib.search("quokka OR wombat").hits) == 2
        assert any("rebuilt" in m for m in lib.messages)
    finally:
        lib.close()


def test_after_the_library_folder_is_renamed_nothing_is_written_at_the_old_place(tmp_path: Path) -> None:
    """The folder renamed while open: an edit rebuilt the index at the old place (a stray folder there, which search
    then read, and which kept the folder from being renamed back; an outside tester, stop 52). The edit is stored;
    search says why it is unavailable."""
    import pytest

    from annotations.errors import SearchIndexError

    folder = tmp_path / "lib"
    lib = Library.open(folder)
    try:
        doc = load_document(TXT)
        doc_id = lib.add_document(doc, TXT)[0].id
        folder.rename(tmp_path / "lib-moved")
        s, e = find_quote(doc.text, "Tomas Ek")
        mark, _ = lib.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="quokka"))
        assert not folder.exists()  # nothing made at the old place
        with pytest.raises(SearchIndexError, match="moved or renamed"):
            lib.search("quokka")
    finally:
        lib.close()
    moved = Library.open(tmp_path / "lib-moved")
    try:
        assert moved.annotation(mark.id).note == "quokka"
        assert [h.annotation_id for h in moved.search("quokka").hits] == [mark.id]  # caught up where it is now
    finally:
        moved.close()
