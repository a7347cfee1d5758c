"""Notes and targets written the other ways the W3C Web Annotation model allows were lost on import, the report
saying "1 new": `bodyValue` (§3.2.5, the plain-text shorthand for a TextualBody, as a client without rich bodies writes it) and a
`Choice` of bodies (§3.2.8, e.g. the note in two languages; the first is the default) each came in as a highlight
without its note (an outside tester on imports, stop 62)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

CONTEXT = "http://www.w3.org/ns/anno.jsonld"
TARGET = {"source": "https://news.example/harbour", "selector": {"type": "TextQuoteSelector", "exact": "Tomas Ek"}}


@pytest.mark.parametrize(("fields", "note"), [
    ({"bodyValue": "Chairman since 2019?"}, "Chairman since 2019?"),
    ({"body": {"type": "Choice", "items": [
        {"type": "TextualBody", "value": "Chairman since 2019?", "language": "en"},
        {"type": "TextualBody", "value": "Président depuis 2019 ?", "language": "fr"}]}}, "Chairman since 2019?"),
    ({"motivation": "commenting", "body": {"type": "Choice", "items": [
        {"type": "TextualBody", "value": "Chairman since 2019?", "purpose": "commenting"}]}}, "Chairman since 2019?"),
])
def test_a_note_in_another_shape_of_body_comes_in(service: ReaderService, tmp_path: Path, fields: dict[str, object],
                                                  note: str) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    path = tmp_path / "from-another-client.json"
    path.write_text(json.dumps({"@context": CONTEXT, "id": "http://client.example/anno/1", "type": "Annotation",
                                **fields, "target": TARGET}), encoding="utf-8")
    counts, _ = service.import_file(path)
    assert counts["new"] == 1
    (imported,) = service.annotations(record.id)
    assert imported.target.exact == "Tomas Ek" and imported.note == note
    assert imported.kind in (Kind.HIGHLIGHT, Kind.NOTE)


def test_each_target_of_an_annotation_comes_in(service: ReaderService, tmp_path: Path) -> None:
    """An annotation with two targets (the model allows any number: one note on two passages) came in on its first
    target alone, "1 new", the second passage dropped without a word. Each target is now an annotation of its own
    with the note; importing the file again adds nothing."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    second = {"source": TARGET["source"], "selector": {"type": "TextQuoteSelector", "exact": "Claire Dubois"}}
    path = tmp_path / "two-passages.json"
    path.write_text(json.dumps({"@context": CONTEXT, "id": "urn:uuid:6a0f7c55-1f0e-4a43-9d7e-0d6f7f6d2c11",
                                "type": "Annotation", "bodyValue": "Both quoted in the council document",
                                "target": [TARGET, second]}), encoding="utf-8")
    counts, _ = service.import_file(path)
    assert counts["new"] == 2, counts
    got = {a.target.exact: a for a in service.annotations(record.id)}
    assert sorted(got) == ["Claire Dubois", "Tomas Ek"]
    assert {a.note for a in got.values()} == {"Both quoted in the council document"}
    assert got["Tomas Ek"].id == "6a0f7c55-1f0e-4a43-9d7e-0d6f7f6d2c11"
    again, _ = service.import_file(path)
    assert not again.get("new") and again.get("unchanged") == 2, again
