"""Annotations imported before their document (a teammate's bundle without the file) are found by search while they
wait, said as waiting, and take the document's title once it is added (stop 58: they were left out of the index, so a
teammate's note was nowhere to be found until the file came)."""
from __future__ import annotations

from pathlib import Path

import pytest

from annotations.bundle import read_bundle
from annotations.errors import NotFoundError
from annotations.library import WAITING_TITLE, AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_annotations_waiting_for_their_document_are_found_and_said(tmp_path: Path) -> None:
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc = ana.add_document(load_document(TXT), TXT)[0].id
        start = ana.document(doc).text.index("Tomas Ek")
        ana.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, start, start + 8, note="check the cooperative's minutes"))
        ben.import_bundle(read_bundle(ana.export_bundle([doc], "Ana", with_documents=False)))
        assert ben.store.count_waiting() == 1
        [hit] = ben.search("cooperative minutes").hits
        assert hit.title == WAITING_TITLE and hit.exact == "Tomas Ek"
        with pytest.raises(NotFoundError, match="not in the library yet"):
            ben.document(hit.document_id)  # opening it says why it cannot be shown
        ben.close()
        ben = Library.open(tmp_path / "ben")
        assert not any("did not match" in m for m in ben.index.messages)  # counted as the index holds them
        ben.reindex()
        assert [h.title for h in ben.search("cooperative minutes").hits] == [WAITING_TITLE]
        ben.add_document(load_document(TXT), TXT)
        [hit] = ben.search("cooperative minutes").hits
        assert hit.title.startswith("Harbour council approves")
    finally:
        ana.close()
        ben.close()
