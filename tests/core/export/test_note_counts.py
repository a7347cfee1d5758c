"""The pack's cover and the HTML handout count the same things in the same words: "notes" meant annotations with a
note on the cover (as its Notes section lists them) but note-kind annotations in the handout, so one export said
"6 notes" and the other "1 notes" of the same marks; and a count of one took a plural (a workshop tester and an
outside tester, stop 56). Both now count the annotations the Notes sections list, named so."""
from __future__ import annotations

import pymupdf

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

COUNTS = "1 entity mention{sep}1 claim{sep}0 highlights{sep}2 annotations with a note"


def test_the_pack_and_the_handout_count_the_annotations_with_a_note_alike(service: ReaderService) -> None:
    doc_id = service.add_file(SAMPLES / "harbour_council.txt").record.id  # type: ignore[union-attr]
    text = service.document(doc_id).text
    for kind, quote, note, label in ((Kind.ENTITY, "Tomas Ek", "the mayor", "PERSON"), (Kind.CLAIM, "Tomas Ek", "", None),
                                     (Kind.NOTE, "Tomas Ek", "ask him", None)):
        start, end = find_quote(text, quote)
        service.annotate(doc_id, AnnotationInput(kind, start, end, label=label, note=note))
    with pymupdf.open(stream=service.briefing_pack([doc_id], parts=("cover", "notes")), filetype="pdf") as pack:
        cover = " ".join(pack[0].get_text().split())
    handout = service.export("html", [doc_id]).decode()
    assert COUNTS.format(sep=" · ") in cover
    assert COUNTS.format(sep=", ") in handout
