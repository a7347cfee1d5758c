"""Document properties (issue 15): title, authors, outlet, date, URL, language and source reliability —
stored, revisioned (they travel in bundles), one undo step each edit."""
from __future__ import annotations

from dataclasses import replace

from annotations import codec
from annotations.library import Library
from annotations.revisions import content_hash
from reader.document import load_document
from tests.conftest import SAMPLES

TXT = SAMPLES / "harbour_council.txt"


def test_language_and_reliability_are_stored_and_read_back(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    with library.store.transaction("set") as tx:
        tx.put(replace(record, language="pt-BR", reliability="B"))
    again = library.document(record.id, with_text=False)
    assert (again.language, again.reliability) == ("pt-BR", "B")
    assert library.store.documents()[0].language == "pt-BR"


def test_unset_new_fields_leave_a_documents_hash_as_older_versions_computed_it(library: Library) -> None:
    record, _ = library.add_document(load_document(TXT), TXT)
    as_dict = codec.record_to_dict(record)
    older = {k: v for k, v in as_dict.items() if k not in ("language", "reliability")}
    assert content_hash(as_dict) == content_hash(older)
    assert content_hash(codec.record_to_dict(replace(record, language="en"))) != content_hash(as_dict)
