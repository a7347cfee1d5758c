"""Our own annotated PDF of an article (a .txt laid out by Dossier) imported by a teammate who does not hold the
article: the PDF becomes the document and every annotation comes back on its words — but each was marked "moved"
("its quote found elsewhere", the card's warning), because the record's offsets, those of the article's text, were
compared with the PDF's text (one character apart). Nothing had moved: it is the first time they are on this text
(an outside tester on exports, stop 62)."""
from __future__ import annotations

from pathlib import Path

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import AnchorState, ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES


def test_a_teammate_without_the_article_gets_our_marks_exact(service: ReaderService, tmp_path: Path) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = service.document(record.id).text
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "Tomas Ek"), label="PERSON"))
    service.annotate(record.id, AnnotationInput(
        Kind.CLAIM, *find_quote(text, "Nobody has shown us a single study of what happens to the fish"),
        speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED, note="ask the institute"))
    pdf = tmp_path / "harbour.pdf"
    pdf.write_bytes(service.export("pdf", [record.id]))
    other = ReaderService.open(tmp_path / "other", annotator="ben", isolated=False)
    try:
        counts, _ = other.import_file(pdf)
        assert counts["new"] == 2
        (document,) = other.documents()
        got = {a.target.exact: a for a in other.annotations(document.id)}
        assert sorted(got) == ["Nobody has shown us a single study of what happens to the fish", "Tomas Ek"]
        assert {a.anchor for a in got.values()} == {AnchorState.EXACT}, [(q, a.anchor) for q, a in got.items()]
        text = other.document(document.id).text
        for quote, a in got.items():
            assert text[a.target.start:a.target.end] == quote
    finally:
        other.close()
