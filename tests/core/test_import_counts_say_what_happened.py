"""The import's counts say what happened (an outside tester, stop 40): a new annotation whose quote is nowhere in
the receiver's text was counted "1 reanchored" with no orphan, though `show` lists it ORPHANED; a deletion of an
annotation the receiver never had was counted "1 deleted", sending the user looking for lost work."""
from __future__ import annotations

from pathlib import Path
from typing import Any

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.library import AnnotationInput, Library
from annotations.model import AnchorState, Kind
from reader.document import load_document
from tests.conftest import SAMPLES
from tests.core.test_bundle_id_of_another_kind import _reseal
from tests.helpers import rewrite_bundle
from reader.ui.import_words import import_lines

TXT = SAMPLES / "harbour_council.txt"


def test_an_unplaceable_new_annotation_and_a_deletion_never_held(tmp_path: Path) -> None:
    ana, ben = Library.open(tmp_path / "ana"), Library.open(tmp_path / "ben")
    try:
        doc_id = ana.add_document(load_document(TXT), TXT)[0].id
        ben.add_document(load_document(TXT), TXT)
        text = ana.document(doc_id).text
        s, e = find_quote(text, "Tomas Ek")
        mark, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, e, note="placed"))
        s, e = find_quote(text, "flood barrier")
        gone, _ = ana.annotate(doc_id, AnnotationInput(Kind.HIGHLIGHT, s, e))
        ana.delete_annotation(gone.id)

        def nowhere(name: str, lines: list[dict[str, Any]]) -> None:
            for line in lines:
                record = line["dossier:record"]
                if record["id"] == mark.id:
                    record["target"].update(start=len(text) + 10, end=len(text) + 23, exact="quite nowhere",
                                            prefix="", suffix="")
                    _reseal(record)

        counts, _ = ben.import_bundle(read_bundle(rewrite_bundle(ana.export_bundle([doc_id], "Ana"), nowhere,
                                                                 ("annotations.jsonl",))))
        assert (counts["unplaced"], counts["reanchored"], counts["new"]) == (1, 0, 1)
        assert (counts["never_held"], counts["deleted"]) == (1, 0)
        assert ben.annotation(mark.id).anchor is AnchorState.ORPHANED
        said = " ".join(import_lines(counts))  # what the preview and the status bar say
        assert "nowhere in your copy" in said and "you never had" in said and "deleted by the sender" not in said
    finally:
        ana.close()
        ben.close()
