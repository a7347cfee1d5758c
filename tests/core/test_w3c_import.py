"""Standard annotations in and out: our JSON-LD export read back restores every field it expresses; W3C
shapes (single, list, page, collection with pages, other contexts) and Hypothesis JSON (API search, the
client's export) are anchored onto the matching document by quote, orphans kept; replies join their
parent's note; hostile files are refused with a message and the library untouched."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from pyld import jsonld  # type: ignore[import-untyped]

from annotations import codec
from annotations.anchoring import find_quote
from annotations.anno_context import anno_context
from annotations.errors import BundleError
from annotations.library import AnnotationInput
from annotations.model import AnchorState, Annotation, ClaimStatus, Kind
from annotations.w3c import DOSSIER_CONTEXT, to_w3c
from reader.services import ReaderService
from tests.conftest import DATA, SAMPLES

FIXTURES = DATA / "w3c-import"
CLAIM = "Nobody has shown us a single study of what happens to the fish"


def _library(service: ReaderService) -> str:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = service.document(record.id).text
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, *find_quote(text, CLAIM), speaker_name="Tomas Ek",
                                                status=ClaimStatus.DISPUTED, reliability="B", credibility=3,
                                                claim_type="prediction", tags=("fisheries", "x y"),
                                                note="Ask **them**"))
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "Tomas Ek"), label="PERSON",
                                                note="chairman"))
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "Oslo"), label="PLACE"))
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *find_quote(text, "managed retreat"), tags=("t",)))
    service.annotate(record.id, AnnotationInput(Kind.NOTE, *find_quote(text, "the lowest streets"), note="which?"))
    return record.id


def _fields(service: ReaderService, a: Annotation) -> dict[str, object]:
    d = codec.annotation_to_dict(a)
    for key in ("rev", "anchor", "note_salt"):  # bookkeeping: the salt of a note's seal is each library's own
        d.pop(key, None)
    d["entity"] = service.entity(a.entity_id).name if a.entity_id else None
    if a.claim and a.claim.speaker_id:
        d["speaker"] = service.entity(a.claim.speaker_id).name
    return d


def test_dossier_to_jsonld_to_dossier_restores_every_w3c_field(service: ReaderService, tmp_path: Path) -> None:
    doc_id = _library(service)
    exported = tmp_path / "notes.jsonld"
    exported.write_bytes(service.export("jsonld", [doc_id]))
    before = {a.id: _fields(service, a) for a in service.annotations(doc_id)}

    again, _ = service.import_file(exported)
    assert again["new"] == 0 and again["updated"] == 0 and again["unchanged"] == len(before)

    other = ReaderService.open(tmp_path / "other", annotator="someone", isolated=False)
    try:
        other.add_file(SAMPLES / "harbour_council.txt")
        preview, _ = other.import_file(exported, dry_run=True)
        assert preview["new"] == len(before) and preview["anchored_exact"] == len(before)
        assert other.annotations(doc_id) == []
        other.import_file(exported)
        after = {a.id: _fields(other, a) for a in other.annotations(doc_id)}
        assert after == before
    finally:
        other.close()


def test_an_export_is_a_new_collection_and_names_the_page_url(service: ReaderService, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><head><title>Barrier</title><link rel='canonical' href='https://news.example.org/b'>"
                    "</head><body><article><h1>Barrier</h1><p>Tomas Ek said the barrier is late, and the "
                    "council agreed with Tomas Ek on Friday.</p></article></body></html>", encoding="utf-8")
    record = service.add_file(page).record
    assert record is not None
    text = service.document(record.id).text
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, *find_quote(text, "Tomas Ek"), label="PERSON"))
    first, second = (json.loads(service.export("jsonld", [record.id])) for _ in range(2))
    assert first["id"] != second["id"] and first["id"].startswith("urn:uuid:")
    target = first["first"]["items"][0]["target"]
    url = service.document(record.id).source_url
    assert url.startswith("https://") and target["source"] == url and target["dossier:sha256"] == record.id


def test_a_bundle_line_keeps_its_whole_record_through_a_jsonld_processor(service: ReaderService) -> None:
    doc_id = _library(service)
    claim = next(a for a in service.annotations(doc_id) if a.kind is Kind.CLAIM)
    line = to_w3c(claim, service.document(doc_id), {}, page=None)
    line["dossier:record"] = codec.annotation_to_dict(claim)

    def loader(url: str, options: object = None) -> dict[str, object]:
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": anno_context()}

    expanded = jsonld.expand(line, {"documentLoader": loader})
    [record] = expanded[0]["urn:x-dossier:ns#record"]
    assert record["@value"] == codec.annotation_to_dict(claim)  # every key, nested ones too
    compacted = jsonld.compact(expanded, {"@context": ["http://www.w3.org/ns/anno.jsonld", DOSSIER_CONTEXT]},
                               {"documentLoader": loader})
    assert compacted["dossier:record"] == codec.annotation_to_dict(claim)


@pytest.mark.parametrize("fixture", ["hypothesis-api-search.json", "hypothesis-client-export.json"])
def test_a_hypothesis_export_of_our_sample_imports_onto_it(service: ReaderService, fixture: str) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    counts, _ = service.import_file(FIXTURES / fixture)
    found = {a.target.exact: a for a in service.annotations(record.id)}
    studied = found[CLAIM]
    assert studied.kind is Kind.NOTE and studied.creator == "Ines Varga"
    assert studied.note == ("Who paid for the **study** the council relies on?\n\n— tomas, 2025-03-15: The "
                            "cooperative asked for one in 2023 and was refused.")
    assert studied.tags == ("fisheries", "follow-up") and studied.created == "2025-03-15T09:12:33.123456+00:00"
    assert found["managed retreat"].kind is Kind.HIGHLIGHT and counts["replies_joined"] == 1
    if fixture == "hypothesis-api-search.json":
        page_note = next(a for a in found.values() if "page-note" in a.tags)
        assert page_note.target.start == 0 and page_note.note.startswith("Page note")
        assert counts["new"] == 4 and counts["anchored_orphaned"] == 1 and counts["anchored_moved"] == 2
        assert found["a sentence the editors removed"].anchor is AnchorState.ORPHANED  # kept, shown as orphaned
    assert service.import_file(FIXTURES / fixture)[0]["new"] == 0


def _w3c(exact: str, **extra: object) -> dict[str, object]:
    return {"type": "Annotation", "motivation": "commenting",
            "body": {"type": "TextualBody", "value": "seen", "purpose": "commenting"},
            "target": {"source": "https://elsewhere.example/x",
                       "selector": {"type": "TextQuoteSelector", "exact": exact}}, **extra}


@pytest.mark.parametrize("shape", ["single", "list", "page", "collection", "expanded"])
def test_w3c_shapes_all_read_the_same(service: ReaderService, tmp_path: Path, shape: str) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    ctx = "http://www.w3.org/ns/anno.jsonld"
    one, two = _w3c("Tomas Ek", id="http://x.example/a1"), _w3c("Oslo", id="http://x.example/a2")
    data: object = {
        "single": {"@context": ctx, **one},
        "list": [{"@context": ctx, **one}, {"@context": ctx, **two}],
        "page": {"@context": ctx, "type": "AnnotationPage", "items": [one, two]},
        "collection": {"@context": ctx, "id": "http://x.example/c", "type": "AnnotationCollection", "total": 2,
                       "first": {"type": "AnnotationPage", "items": [one], "next": {"type": "AnnotationPage",
                                                                                    "items": [two]}}},
        "expanded": [{"@id": "http://x.example/a1", "@type": ["http://www.w3.org/ns/oa#Annotation"],
                      "http://www.w3.org/ns/oa#hasBody": [{"@value": "seen"}],
                      "http://www.w3.org/ns/oa#hasTarget": [{"http://www.w3.org/ns/oa#hasSelector": [{
                          "@type": ["http://www.w3.org/ns/oa#TextQuoteSelector"],
                          "http://www.w3.org/ns/oa#exact": [{"@value": "Tomas Ek"}]}]}], "@context": {}}],
    }[shape]
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    counts, _ = service.import_file(path)
    expected = {"Tomas Ek"} if shape in ("single", "expanded") else {"Tomas Ek", "Oslo"}
    got = {a.target.exact: a for a in service.annotations(record.id)}
    assert set(got) == expected and counts["new"] == len(expected)
    assert got["Tomas Ek"].anchor is AnchorState.EXACT


@pytest.mark.parametrize(("content", "message"), [
    (b'{"@context": "http://evil.example/ctx.jsonld", "type": "Annotation", "target": "x"}', "does not fetch"),
    (b"[" * 200 + b"]" * 200, "nested more than"),
    (b"[" * 100_000 + b"]" * 100_000, "nested more than"),  # past json's own recursion: it said "is not JSON"
    (b'{"@context": {"@version": 9}, "type": "Annotation", "target": "x"}', "not valid JSON-LD"),
    (b'{"hello": "world"}', "holds no W3C Web Annotations"),
    (b'{"unterminated": ', "is not JSON"),
])
def test_hostile_annotation_files_are_refused_and_change_nothing(service: ReaderService, tmp_path: Path,
                                                                 content: bytes, message: str) -> None:
    _library(service)
    before = [codec.annotation_to_dict(a) for d in service.documents() for a in service.annotations(d.id)]
    path = tmp_path / "hostile.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        service.import_file(path)
    assert [codec.annotation_to_dict(a) for d in service.documents() for a in service.annotations(d.id)] == before


def test_cli_import_previews_a_jsonld_file_then_imports_it(service: ReaderService, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    from reader.cli import main

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    doc_id = _library(service)
    exported = tmp_path / "notes.jsonld"
    exported.write_bytes(service.export("jsonld", [doc_id]))
    library = str(service.library.folder)
    service.close()
    other = str(tmp_path / "other")
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", other, "add", str(SAMPLES / "harbour_council.txt")], out=out, err=err) == 0
    out = io.StringIO()
    assert main(["--library", other, "import", str(exported), "--dry-run"], out=out, err=err) == 0
    assert out.getvalue().startswith("would import: 5 new") and "5 anchored exact" in out.getvalue()
    out = io.StringIO()
    assert main(["--library", other, "import", str(exported), "--json"], out=out, err=err) == 0
    assert json.loads(out.getvalue())["new"] == 5
    out = io.StringIO()
    assert main(["--library", other, "import", str(FIXTURES / "README.md")], out=out, err=err) != 0
    assert "Traceback" not in err.getvalue()
    service.library = ReaderService.open(library, isolated=False).library  # for the fixture's close


def test_annotations_of_a_page_the_library_lacks_stay_orphans(service: ReaderService) -> None:
    """Another document sharing a phrase ("managed retreat") is not taken for the annotated page."""
    record = service.add_file(SAMPLES / "flood_review.pdf").record
    assert record is not None and "managed retreat" in service.document(record.id).text
    counts, _ = service.import_file(FIXTURES / "hypothesis-api-search.json")
    assert service.annotations(record.id) == [] and counts["anchored_orphaned"] == 3
    assert counts["orphans_by_address"] == 3 and not counts["orphans"]  # (their page has no hash: said apart)
    assert counts["skipped"] == 1  # the page note: no quote to keep it by until its page is here


def test_two_annotations_with_one_id_are_refused_not_one_kept(service: ReaderService, tmp_path: Path) -> None:
    """Two annotations sharing an id: the report said "2 new" and the library kept only the second, the first's
    note lost (an outside tester, stop 54). The file is refused; which one is meant is the sender's to say."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    ctx = "http://www.w3.org/ns/anno.jsonld"
    first = {"@context": ctx, **_w3c("Tomas Ek", id="http://x.example/same")}
    second = {"@context": ctx, **_w3c("Oslo", id="http://x.example/same")}
    path = tmp_path / "in.json"
    path.write_text(json.dumps([first, second]), encoding="utf-8")
    with pytest.raises(BundleError, match="two annotations with the id"):
        service.import_file(path)
    assert service.annotations(record.id) == []


def test_our_jsonld_read_back_leaves_the_entities_as_they_were(service: ReaderService, tmp_path: Path) -> None:
    """A re-import of our own export made each speaker and entity a new version with no "created" date, and the
    version travelled to every teammate in the next bundle; a fresh library's entities had no dates at all, and a
    second import of the same file updated them again (an outside tester, stop 58)."""
    doc_id = _library(service)
    exported = tmp_path / "notes.jsonld"
    exported.write_bytes(service.export("jsonld", [doc_id]))
    before = {e.id: e for e in service.library.store.entities()}
    again, _ = service.import_file(exported)
    assert again.get("updated_entities", 0) == 0
    assert {e.id: e for e in service.library.store.entities()} == before  # was: created "" on each, a new rev
    other = ReaderService.open(tmp_path / "other", annotator="someone", isolated=False)
    try:
        other.add_file(SAMPLES / "harbour_council.txt")
        other.import_file(exported)
        made = other.library.store.entities()
        assert made and all(e.created and e.modified for e in made)
        second, _ = other.import_file(exported)
        assert second.get("updated_entities", 0) == 0 and other.library.store.entities() == made
    finally:
        other.close()
