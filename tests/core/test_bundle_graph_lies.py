"""A bundle's revision history is checked beyond the record's own revision (break28x CRITICAL 1).

Mallory relayed Ben's genuine bundle with one line changed: Ana's first version of the claim got Cleo's
concurrent version as its parent. Every record still said what its revision says, so Dave, who had never
held the claim, took it; Cleo's genuine edit then arrived as "stale" and was dropped without a conflict — and
Dave's next ordinary bundle overwrote Cleo's own note in her library. A revision id starts with one more than
its parents' greatest number, so a version cannot have a parent made after it: such a history is refused."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.edits import AnnotationEdit
from annotations.errors import BundleError
from annotations.library import AnnotationInput, Library
from annotations.model import Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.helpers import rewrite_bundle

TXT = SAMPLES / "harbour_council.txt"


def test_a_history_that_makes_a_concurrent_edit_an_ancestor_is_refused(tmp_path: Path) -> None:
    ana, ben, cleo, dave = (Library.open(tmp_path / n) for n in ("ana", "ben", "cleo", "dave"))
    try:
        doc = load_document(TXT)
        doc_id = ana.add_document(doc, TXT)[0].id
        s, e = find_quote(doc.text, "Nobody has shown us a single study")
        claim, _ = ana.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e))
        first = read_bundle(ana.export_bundle([doc_id], "ana", with_documents=True))
        for lib in (ben, cleo):
            lib.import_bundle(first)
        ben.edit(claim.id, AnnotationEdit(note="ben disagrees"))
        cleo.edit(claim.id, AnnotationEdit(note="cleo: the study exists, I found it"))
        from_ben, from_cleo = ben.export_bundle([doc_id], "ben"), read_bundle(cleo.export_bundle([doc_id], "cleo"))
        cleo_rev = cleo.annotation(claim.id).rev

        def lie(name: str, records: list[dict[str, Any]]) -> None:
            for record in records:
                if record.get("id") == claim.id or record.get("dossier:record", {}).get("id") == claim.id:
                    target = record.get("dossier:record", record)
                    root = next(r for r, parents in target["revs"].items() if not parents)
                    target["revs"][root] = [cleo_rev]
                    target["revs"][cleo_rev] = []
        relayed = rewrite_bundle(from_ben, lie, names=("annotations.jsonl",))
        with pytest.raises(BundleError, match="cannot be its parents"):
            dave.import_bundle(read_bundle(relayed))
        dave.import_bundle(read_bundle(from_ben))  # the genuine one, then Cleo's: a conflict, both notes kept
        counts, _ = dave.import_bundle(from_cleo)
        assert counts["conflicts"] == 1
    finally:
        for lib in (ana, ben, cleo, dave):
            lib.close()
