"""NER training data and STIX 2.1: golden files of the fixed library (tests/data/golden-neighbours; after a
deliberate change, DOSSIER_UPDATE_GOLDEN=1), IOB that maps back onto the text exactly, and STIX checked by
the `stix2` library and the OASIS `stix2-validator`."""
from __future__ import annotations

import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import stix2
from hypothesis import given, settings
from hypothesis import strategies as st
from stix2validator import ValidationOptions, validate_string

from annotations.codebook import Codebook
from annotations.export import Selection
from annotations.export.ner import read_conll, spans, spans_from_conll, to_brat, to_conll, to_spacy_jsonl
from annotations.export.qdpx import project_xml, to_qdc
from annotations.export.stix import CREDIBILITY_CONFIDENCE, to_stix
from annotations.model import Annotation, ClaimStatus, DocumentRecord, Kind, Target
from tests.conftest import DATA
from tests.core.export import test_golden
from tests.core.export.golden_library import T0, T1, build

HOSTILE = '<script>alert("x")</script>\t|T9\tPERSON 0 1\n-DOCSTART- -X- -X- O\n"\\u0000'


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> tuple[Selection, Codebook]:
    selection, codebook, _ = build(tmp_path_factory.mktemp("neighbours"))
    fixed = [replace(d, added=T0, modified=T1) for d in selection.documents]  # the PDF's record says "now"
    return replace(selection, documents=fixed), codebook


def _check(name: str, data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(test_golden, "GOLDEN", DATA / "golden-neighbours")
    test_golden._check(name, data)


def test_golden_files(library: tuple[Selection, Codebook], monkeypatch: pytest.MonkeyPatch) -> None:
    selection, codebook = library
    _check("project.qde", project_xml(selection, codebook), monkeypatch)
    _check("codebook.qdc", to_qdc(codebook, selection), monkeypatch)
    with zipfile.ZipFile(io.BytesIO(to_brat(selection, claims=True))) as z:
        _check("brat.txt", b"".join(f"== {n}\n".encode() + z.read(n) for n in z.namelist() if not n.endswith(".txt")),
               monkeypatch)
    _check("entities.conll", to_conll(selection), monkeypatch)
    _check("entities-claims.conll", to_conll(selection, claims=True), monkeypatch)
    _check("spans.jsonl", to_spacy_jsonl(selection, claims=True), monkeypatch)
    _check("bundle.stix.json", to_stix(selection), monkeypatch)


def test_brat_offsets_point_at_their_text(library: tuple[Selection, Codebook]) -> None:
    selection, _ = library
    with zipfile.ZipFile(io.BytesIO(to_brat(selection, claims=True))) as z:
        assert "annotation.conf" in z.namelist()
        for n, doc in enumerate(selection.documents, 1):
            text = z.read(f"{n:03d}.txt").decode("utf-8")
            assert text == doc.text
            lines = [line.split("\t") for line in z.read(f"{n:03d}.ann").decode("utf-8").splitlines()]
            found = [line for line in lines if line[0].startswith("T")]
            assert len(found) == len(spans(selection, doc, claims=True))
            for _, what, shown in found:
                label, ranges = what.split(" ", 1)
                pieces = [text[int(s):int(e)] for s, e in (r.split(" ") for r in ranges.split(";"))]
                assert " ".join(pieces) == shown and all("\n" not in p for p in pieces)


def test_conll_maps_back_onto_every_entity(library: tuple[Selection, Codebook]) -> None:
    selection, _ = library
    tagged = read_conll(to_conll(selection))
    assert len(tagged) == len(selection.documents)
    for doc, tokens in zip(selection.documents, tagged):
        assert spans_from_conll(doc.text, tokens) == [s for s, _ in spans(selection, doc)]


def _doc_with(text: str, ranges: list[tuple[int, int, str]]) -> Selection:
    doc = DocumentRecord(id="c" * 64, format="txt", title="t", text=text)
    annotations = [Annotation(id=f"a{i}", document_id=doc.id, kind=Kind.ENTITY, label=label,
                              target=Target(s, e, text[s:e])) for i, (s, e, label) in enumerate(ranges)]
    return Selection([doc], {doc.id: annotations})


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab É-.,'\n\t€1"), min_size=1, max_size=40), st.data())
def test_conll_round_trip_any_text(text: str, data: st.DataObject) -> None:
    """Entities that start and end on non-space characters and do not overlap come back exactly, even
    inside words and next to punctuation."""
    cuts = sorted(set(data.draw(st.lists(st.integers(0, len(text)), max_size=8))))
    ranges = []
    for s, e in zip(cuts[::2], cuts[1::2]):
        if s < e and not text[s].isspace() and not text[e - 1].isspace():
            ranges.append((s, e, data.draw(st.sampled_from(["PERSON", "ORG"]))))
    selection = _doc_with(text, ranges)
    (tokens,) = read_conll(to_conll(selection))
    assert spans_from_conll(text, tokens) == ranges


def test_hostile_strings_cannot_forge_lines(library: tuple[Selection, Codebook]) -> None:
    selection, _ = library
    doc = selection.documents[0]
    first = selection.annotations[doc.id][0]
    selection = replace(selection, documents=[doc], annotations={doc.id: [replace(first, note=HOSTILE)]})
    with zipfile.ZipFile(io.BytesIO(to_brat(selection))) as z:
        ann = z.read("001.ann").decode("utf-8").splitlines()
    assert len(ann) == 2 and ann[1].startswith("#1\tAnnotatorNotes T1\t") and ann[1].count("\t") == 2
    line = json.loads(to_spacy_jsonl(selection).decode("utf-8").splitlines()[0])
    assert line["spans"][0]["text"] == "Tomas Ek"
    tabbed = _doc_with("Mr\tTomas\u2028Ek said", [(0, 11, "PERSON")])
    with zipfile.ZipFile(io.BytesIO(to_brat(tabbed))) as z:
        (t_line,) = z.read("001.ann").decode("utf-8").split("\n")[:-1]
    assert t_line == "T1\tPERSON 0 2;3 8;9 11\tMr Tomas Ek"


def _validated(data: bytes) -> list[dict[str, Any]]:
    result = validate_string(data.decode("utf-8"), ValidationOptions(version="2.1", strict=True))
    assert result.is_valid, [str(e) for e in result.errors]
    assert not result.warnings, [str(w) for w in result.warnings]
    bundle = stix2.parse(data.decode("utf-8"), allow_custom=False)
    return [json.loads(o.serialize()) for o in bundle.objects]


def test_stix_bundle_is_valid_and_complete(library: tuple[Selection, Codebook]) -> None:
    selection, _ = library
    objects = _validated(to_stix(selection))
    by_type: dict[str, list[dict[str, Any]]] = {}
    for o in objects:
        by_type.setdefault(str(o["type"]), []).append(o)
    assert len(by_type["report"]) == 2
    assert {(o["name"], o["identity_class"]) for o in by_type["identity"]} == {
        ("Tomas Ek", "individual"), ("Halvorsen & Partners", "organization"), ("Amara Osei", "individual")}
    (oslo,) = by_type["location"]
    assert oslo["name"] == "Oslo" and oslo["country"] == "NO"
    opinions = {o["opinion"]: o for o in by_type["opinion"]}
    assert set(opinions) == {"disagree", "agree"}
    assert opinions["disagree"]["confidence"] == CREDIBILITY_CONFIDENCE[3] == 50
    assert "confidence" not in opinions["agree"]
    unverified = replace(selection, annotations={d.id: [replace(a, claim=replace(a.claim, status=ClaimStatus.UNVERIFIED))
                                                       if a.claim else a for a in selection.annotations[d.id]]
                                                for d in selection.documents})
    kinds = [o["type"] for o in _validated(to_stix(unverified))]
    assert "opinion" not in kinds and kinds.count("note") == 5  # not assessed yet: no opinion (5: a mention's note too)
    ids = {o["id"] for o in objects}
    for o in objects:
        for ref in o.get("object_refs", []):
            assert ref in ids
    article = next(r for r in by_type["report"] if r["name"].startswith("Harbour"))
    assert article["external_references"][0]["url"] == "https://gazette.example/harbour"
    assert article["external_references"][0]["hashes"] == {"SHA-256": "a" * 64}


def test_stix_keeps_hostile_strings_as_data(library: tuple[Selection, Codebook]) -> None:
    selection, _ = library
    doc = replace(selection.documents[0], title=HOSTILE, source_url="javascript:alert(1)", published="not a date")
    claim = next(a for a in selection.annotations[doc.id] if a.kind is Kind.CLAIM)
    selection = replace(selection, documents=[doc], annotations={doc.id: [replace(claim, note=HOSTILE, creator=HOSTILE)]})
    objects = _validated(to_stix(selection))
    report = next(o for o in objects if o["type"] == "report")
    assert report["name"] == HOSTILE and "url" not in report["external_references"][0]
    note = next(o for o in objects if o["type"] == "note")
    assert HOSTILE in str(note["content"]) and note["authors"] == [HOSTILE]


def test_cli_exports_each_new_format(tmp_path: Path) -> None:
    """`export --format` for every new key goes through the service's registry."""
    from reader.cli import main
    from reader.services_export import EXPORT_FORMATS, FORMATS

    assert {"qdpx", "qdc", "brat", "conll", "spacy", "stix"} <= set(FORMATS)
    assert len({f.key for f in EXPORT_FORMATS}) == len(EXPORT_FORMATS)
    library = tmp_path / "lib"
    sample = Path(__file__).resolve().parents[3] / "resources" / "samples" / "harbour_council.txt"
    assert main(["--library", str(library), "add", str(sample)], io.StringIO(), io.StringIO()) == 0
    for key in ("qdpx", "qdc", "brat", "conll", "spacy", "stix"):
        target = tmp_path / f"out.{key}"
        args = ["--library", str(library), "export", "--all", "--format", key, "-o", str(target)]
        assert main(args + (["--claims"] if key == "conll" else []), io.StringIO(), io.StringIO()) == 0
        assert target.stat().st_size > 0


def test_stix_keeps_a_claims_type_and_an_entity_mentions_note(library: tuple[Selection, Codebook]) -> None:
    """The claim's note said speaker, status, grade and tags but not the claim's type (statistic, denial…), and an
    entity mention's note went nowhere (only claims, notes and highlights had one): the analyst's words on "Tomas Ek"
    were missing from the bundle (an outside tester, exports). The claim note says "Type: statistic"; a mention with
    a note gets a `note` about the report and the entity's identity."""
    selection, _ = library
    doc = selection.documents[0]
    marks = [replace(a, claim=replace(a.claim, claim_type="statistic")) if a.claim else
             replace(a, note="Spelled Thomas in the 2019 minutes.") if a.kind is Kind.ENTITY and a.label == "PERSON"
             else a for a in selection.annotations[doc.id]]
    objects = _validated(to_stix(replace(selection, documents=[doc], annotations={doc.id: marks})))
    notes = [o for o in objects if o["type"] == "note"]
    claim = next(o for o in notes if str(o.get("abstract", "")).startswith("Claim"))
    assert "Type: statistic" in str(claim["content"]).splitlines()
    person = next(o for o in notes if "Spelled Thomas" in str(o["content"]))
    identity = next(o for o in objects if o["type"] == "identity" and o["name"] == "Tomas Ek")
    assert identity["id"] in person["object_refs"] and str(person["content"]).startswith("“Tomas Ek”")
