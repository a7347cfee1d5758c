"""A briefing pack with its notes left out gives no way back to them (found with critical finding C2).

Every mark of a pack carries its annotation's record (`/Dossier:Record`, so importing our own PDF restores
it). With the notes part off the note was blanked but the record kept its revision id, which covered the
note: a trainee recovered "misleading" by hashing a handful of guesses. The rev now covers the note's seal,
and the pack carries neither the note nor the seal's salt.
"""
from __future__ import annotations

import json
from pathlib import Path

import pymupdf

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from annotations.revisions import content_hash, make_rev
from reader.document.pdf_annotations import RECORD_KEY
from reader.services import ReaderService
from tests.conftest import SAMPLES

GUESSES = ("true", "false", "misleading", "supported", "disputed", "unverified", "yes", "no")


def _records(pdf: bytes) -> list[dict[str, object]]:
    out = []
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            for annot in page.annots() or []:
                kind, value = doc.xref_get_key(annot.xref, RECORD_KEY)
                if kind == "string":
                    out.append(json.loads(value)["annotation"])
    return out


def test_a_pack_without_notes_holds_nothing_to_test_a_guessed_note_against(tmp_path: Path) -> None:
    service = ReaderService.open(tmp_path / "trainer", annotator="Ines", isolated=False)
    try:
        doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
        start, end = find_quote(service.document(doc_id).text, "Tomas Ek")
        service.annotate(doc_id, AnnotationInput(Kind.CLAIM, start, end, status=ClaimStatus.UNVERIFIED,
                                                 note="misleading"))
        records = _records(service.briefing_pack([doc_id], parts=("cover", "article", "tables")))
        assert len(records) == 1 and records[0]["note"] == "" and "note_salt" not in records[0]
        record = records[0]
        hits = [g for g in GUESSES if make_rev([], {}, content=content_hash({**record, "note": g})) == record["rev"]]
        assert hits == []  # before: ["misleading"]
        full = _records(service.briefing_pack([doc_id]))  # with the notes part: the note and its salt
        assert full[0]["note"] == "misleading" and full[0].get("note_salt")
    finally:
        service.close()
