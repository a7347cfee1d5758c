"""W3C JSON-LD naming (by hash) a document that is in the library's trash: the preview said "6 reanchored, … 6 on
documents in your trash" — in the window "6 annotations placed again on a changed text" — though the text had not
changed: the placement looked only at live documents, so each annotation came as an orphan that the merge then
"placed again" on the trashed document (an outside tester on imports, stop 62). The document the hash names is that
document, in the trash or not: the annotations are placed where they were and said to be on a document in the trash."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import AnchorState, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES


def test_annotations_on_a_trashed_document_are_not_said_to_be_placed_again(service: ReaderService,
                                                                            tmp_path: Path) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = service.document(record.id).text
    for quote in ("Tomas Ek", "Claire Dubois"):
        s, e = find_quote(text, quote)
        service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e, note="seen"))
    exported = tmp_path / "marks.jsonld"
    exported.write_bytes(service.export("jsonld", [record.id]))
    other = ReaderService.open(tmp_path / "other", annotator="ben", isolated=False)
    try:
        held = other.add_file(SAMPLES / "harbour_council.txt").record
        assert held is not None
        other.remove_document(held.id)
        counts, _ = other.import_file(exported, dry_run=True)
        assert counts.get("in_trash") == 2 and not counts.get("reanchored"), counts
        assert counts.get("anchored_exact") == 2 and not counts.get("anchored_orphaned"), counts
        other.import_file(exported)
        placed = other.library.store.annotations(held.id)
        assert sorted(a.target.exact for a in placed) == ["Claire Dubois", "Tomas Ek"]
        assert {a.anchor for a in placed} == {AnchorState.EXACT}
    finally:
        other.close()
