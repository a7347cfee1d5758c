"""A record may not take the id of a record of another kind: an outside tester's bundle held a highlight carrying the
id of Ana's entity "Tomas Ek" under valid checksums and revisions; Ben's library took it ("1 new"), the two records'
histories mixed under one id, and every bundle Ben wrote for that document afterwards was refused by every teammate
("its revision history does not contain its own revision") — only undoing that import, while it was the last step,
mended it (stop 40). Such a bundle is now refused, and the store is untouched."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from annotations.revisions import content_hash, make_rev
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"


def _reseal(record: dict[str, Any]) -> None:
    """A genuine-looking first version of `record` (the project's own hashes: the revision checks pass)."""
    for key in ("rev", "revs", "rev_hashes", "rev_contents", "rev_says"):
        record.pop(key, None)
    digest = content_hash(record)
    rev = make_rev([], record, content=digest)
    record |= {"rev": rev, "revs": {rev: []}, "rev_contents": {rev: digest}, "rev_hashes": {rev: digest[:16]}}


def _libraries(tmp_path: Path) -> tuple[Library, Library, Library, str, str, str]:
    ana, ben, mallory = (Library.open(tmp_path / n) for n in ("ana", "ben", "mallory"))
    doc_id = ana.add_document(load_document(TXT), TXT)[0].id
    text = ana.document(doc_id).text
    s, e = find_quote(text, "Tomas Ek")
    mention, _ = ana.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    first = read_bundle(ana.export_bundle([doc_id], "Ana", with_documents=True))
    ben.import_bundle(first)
    mallory.import_bundle(first)
    s, e = find_quote(text, "flood barrier")
    mallory.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, e, note="id-collision"))
    assert mention.entity_id is not None
    return ana, ben, mallory, doc_id, mention.entity_id, mention.id


@pytest.mark.parametrize("entity_travels", [True, False], ids=["entity in the bundle", "entity only in the library"])
def test_an_annotation_with_an_entitys_id_is_refused(tmp_path: Path, entity_travels: bool) -> None:
    ana, ben, mallory, doc_id, entity_id, mention_id = _libraries(tmp_path)
    try:
        def lie(name: str, lines: list[dict[str, Any]]) -> None:
            if name == "entities.jsonl" and not entity_travels:
                lines.clear()
            if name == "annotations.jsonl":
                if not entity_travels:
                    lines[:] = [x for x in lines if x["dossier:record"]["kind"] == "highlight"]
                for line in lines:
                    record = line["dossier:record"]
                    if record["kind"] == "highlight":
                        record["id"] = entity_id
                        _reseal(record)

        data = rewrite_bundle(mallory.export_bundle([doc_id], "Mallory"), lie)
        with pytest.raises(BundleError, match="id"):
            ben.import_bundle(read_bundle(data))
        assert len(ben.store.annotations(doc_id)) == 1  # nothing was taken
        ana.import_bundle(read_bundle(ben.export_bundle([doc_id], "Ben")))  # Ben can still share
        assert ana.annotation(mention_id).entity_id == entity_id
    finally:
        for lib in (ana, ben, mallory):
            lib.close()
