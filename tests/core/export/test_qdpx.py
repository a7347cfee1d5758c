"""REFI-QDA: the project and codebook are valid against the REFI XSDs (tests/data/refi-qda), hostile strings
stay text, and a project — ours, or one written as QualCoder writes them — comes back as annotations."""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from annotations.anchoring import find_quote
from annotations.errors import BundleError
from annotations.export.qdpx import project_xml, to_qdc, to_qdpx
from annotations.export.qdpx_read import read_qdpx
from annotations.library import AnnotationInput
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from reader.services_export import import_qdpx
from tests.conftest import DATA, SAMPLES
from tests.core.export.golden_library import build

XSD = DATA / "refi-qda"
HOSTILE = '<script>alert("x")</script> &amp; ]]> <!-- \x00\x07 \ud800 "quotes" \'apos\''

_XML_SAFE_HOSTILE = HOSTILE.replace("\x00\x07", "").replace("\ud800", "")
"""What XML 1.0 can carry of it (the rest is written as U+FFFD)."""


def _schema(name: str) -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(XSD / name)))


def test_project_and_codebook_are_valid_refi_qda(tmp_path: Path) -> None:
    selection, codebook, _ = build(tmp_path)
    data = to_qdpx(selection, codebook)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        names = z.namelist()
        root = etree.fromstring(z.read("project.qde"))
        schema = _schema("Project.xsd")
        assert schema.validate(root), schema.error_log
        for source in root.iter("{urn:QDA-XML:project:1.0}TextSource"):
            text = z.read("Sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
            assert text in {d.text for d in selection.documents}
            for sel in source.iter("{urn:QDA-XML:project:1.0}PlainTextSelection"):
                assert text[int(sel.get("startPosition")):int(sel.get("endPosition"))].split() == sel.get("name").split()
    assert names[0] == "project.qde" and len(names) == 1 + len(selection.documents)
    codebook_root = etree.fromstring(to_qdc(codebook, selection))
    assert _schema("Codebook.xsd").validate(codebook_root)
    colours = {c.get("name"): c.get("color") for c in codebook_root.iter("{urn:QDA-XML:codebook:1.0}Code")}
    assert colours["PERSON"] == codebook.entity_type("PERSON").color.upper()


def test_schema_rejects_what_it_should() -> None:
    """The bundled XSD is the real constraint: a selection without its required positions fails it."""
    bad = b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource guid="00000000-0000-0000-0000-000000000001"><PlainTextSelection guid="00000000-0000-0000-0000-000000000002" startPosition="1"/></TextSource></Sources></Project>'
    assert not _schema("Project.xsd").validate(etree.fromstring(bad))


def test_hostile_strings_are_escaped_and_xml_stays_valid(tmp_path: Path) -> None:
    from dataclasses import replace

    selection, codebook, _ = build(tmp_path)
    doc = replace(selection.documents[0], title=HOSTILE)
    first = selection.annotations[doc.id][1]
    hostile = replace(first, note=HOSTILE, tags=(HOSTILE,), creator=HOSTILE)
    selection = replace(selection, documents=[doc], annotations={doc.id: [hostile]})
    xml = project_xml(selection, codebook)
    assert b"<script>" not in xml and b"&lt;script&gt;" in xml and b"\x00" not in xml
    root = etree.fromstring(xml)
    assert _schema("Project.xsd").validate(root)
    memo = root.find(".//{urn:QDA-XML:project:1.0}Note/{urn:QDA-XML:project:1.0}PlainTextContent")
    assert memo is not None and memo.text.startswith('<script>alert("x")</script> &amp; ]]> <!--')


@pytest.fixture
def annotated(service: ReaderService) -> ReaderService:
    """Three annotations; a tag holding a comma and quotes, and a note ending in a space, came back changed
    (`econ "quoted"`, the space cut: an outside tester, stop 53)."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    text = service.document(record.id).text
    for quote, kind, label in (("Tomas Ek", Kind.ENTITY, "PERSON"), ("Oslo", Kind.ENTITY, "PLACE")):
        s, e = find_quote(text, quote)
        service.annotate(record.id, AnnotationInput(kind, s, e, label=label, note="first <b>mention</b> "))
    s, e = find_quote(text, "Nobody has shown us a single study of what happens to the fish")
    service.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek", status=ClaimStatus.DISPUTED,
                                                 reliability="B", credibility=3, tags=("fisheries", "a&b", 'econ, "quoted"'),
                                                 note=_XML_SAFE_HOSTILE))
    return service


def _summary(service: ReaderService) -> list[tuple[object, ...]]:
    names = {e.id: e.name for d in service.documents() for a in service.library.store.annotations(d.id)
             for e in service.library.store.entities_by_ids([i for i in (a.entity_id, a.claim and a.claim.speaker_id) if i]).values()}
    out = []
    for d in service.documents():
        for a in service.library.store.annotations(d.id):
            c = a.claim
            out.append((a.kind, a.label, a.target.start, a.target.end, a.target.exact, a.note, a.tags,
                        names.get(a.entity_id or ""), c and (c.status, c.grading, names.get(c.speaker_id or ""))))
    return sorted(out, key=repr)


def test_our_project_round_trips_into_another_library(annotated: ReaderService, tmp_path: Path) -> None:
    data = annotated.export("qdpx")
    other = ReaderService.open(tmp_path / "other", annotator="someone", isolated=False)
    try:
        preview, _ = import_qdpx(other, "harbour.qdpx", data, dry_run=True)
        assert preview["documents_added"] == 1 and not other.documents()
        counts, _ = import_qdpx(other, "harbour.qdpx", data)
        assert counts["anchored_exact"] == 3 and counts["new"] == 3
        assert _summary(other) == _summary(annotated)
        again, _ = import_qdpx(other, "harbour.qdpx", data)
        assert (again["new"], again["updated"], again["conflicts"], again["unchanged"]) == (0, 0, 0, 3)
        assert len(other.documents()) == 1
    finally:
        other.close()


def test_our_project_lands_on_the_same_document(annotated: ReaderService) -> None:
    before = _summary(annotated)
    counts, _ = import_qdpx(annotated, "harbour.qdpx", annotated.export("qdpx"))
    assert "documents_added" not in counts
    assert (counts["new"], counts["updated"], counts["conflicts"], counts["unchanged"]) == (0, 0, 0, 3)
    assert _summary(annotated) == before


def test_a_note_with_control_characters_comes_back_unchanged_not_as_a_conflict(service: ReaderService) -> None:
    """XML 1.0 cannot carry ESC or BEL: the project writes them as U+FFFD, and re-importing it into the library it
    came from filed the note as a conflict ("differs in note": an outside tester, stop 56)."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Tomas Ek")
    mark, _ = service.annotate(record.id, AnnotationInput(Kind.NOTE, s, e, note="ctl:\x01\x07\x1b[31mred"))
    counts, _ = import_qdpx(service, "harbour.qdpx", service.export("qdpx"))
    assert (counts["conflicts"], counts["updated"], counts["unchanged"]) == (0, 0, 1)
    assert service.library.store.annotation(mark.id).note == "ctl:\x01\x07\x1b[31mred"  # type: ignore[union-attr]


def test_a_tag_is_one_line_so_it_comes_back_as_it_was(service: ReaderService) -> None:
    """A line break inside a tag came back from the project as a space: a change, merged as the teammate's (an outside
    tester, stop 56). Tags are stored on one line; the project then gives them back exactly."""
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Tomas Ek")
    mark, _ = service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, s, e, tags=("x\nGrade: F6", "two  words")))
    assert mark.tags == ("x Grade: F6", "two words")
    counts, _ = import_qdpx(service, "harbour.qdpx", service.export("qdpx"))
    assert (counts["conflicts"], counts["updated"], counts["unchanged"]) == (0, 0, 1)


QUALCODER = DATA / "refi-qda" / "qualcoder-project"


def _qualcoder_qdpx() -> bytes:
    """A project as QualCoder 3 exports one (see qualcoder-project/README.md): braced upper-case GUIDs,
    a Sources/<GUID>.txt per text, codes in a category, a memo, a coding of the whole source."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for path in sorted(QUALCODER.rglob("*")):
            if path.is_file() and path.name != "README.md":
                z.write(path, path.relative_to(QUALCODER).as_posix())
    return out.getvalue()


def test_a_qualcoder_project_is_valid_and_imports(service: ReaderService) -> None:
    data = _qualcoder_qdpx()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        assert _schema("Project.xsd").validate(etree.fromstring(z.read("project.qde")))
    counts, _ = import_qdpx(service, "interviews.qdpx", data, codes={"Fishers": "entity:ORG"})
    assert counts["documents_added"] == 1 and counts["skipped_whole_source_codings"] == 1
    (doc,) = service.documents()
    got = sorted((a.kind.value, a.label, a.target.exact, a.tags, a.note, a.creator)
                 for a in service.library.store.annotations(doc.id))
    assert got == [
        ("entity", "ORG", "fishing cooperative", (), "", "colin"),
        ("entity", "PERSON", "Tomas", (), "", "colin"),
        ("highlight", None, "nobody asked us", ("Distrust",), "Said twice; see the second interview.", "colin"),
    ]


def test_hostile_projects_are_refused(service: ReaderService) -> None:
    bomb = (b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
            b'<Project xmlns="urn:QDA-XML:project:1.0" name="&b;"/>')
    for data in (b"not a zip", _zip({"other.xml": b"<x/>"}), _zip({"project.qde": bomb}),
                 _zip({"project.qde": b"<Project"})):
        with pytest.raises(BundleError):
            read_qdpx(data, service.codebook())
    outside = _zip({"project.qde": b'<Project xmlns="urn:QDA-XML:project:1.0" name="x"><Sources><TextSource '
                    b'guid="00000000-0000-0000-0000-000000000001" plainTextPath="internal://../../etc/passwd"/>'
                    b'<TextSource guid="00000000-0000-0000-0000-000000000002" plainTextPath="/etc/passwd"/>'
                    b'</Sources></Project>'})
    assert read_qdpx(outside, service.codebook()).counts["skipped_sources_outside_the_project"] == 2


def _zip(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    return out.getvalue()


def test_cli_and_service_import_a_qdpx(tmp_path: Path) -> None:
    """`import PROJECT.qdpx --code NAME=AS` on the command line; File > Import goes through `import_file`."""
    from reader.cli import main

    project = tmp_path / "interviews.qdpx"
    project.write_bytes(_qualcoder_qdpx())
    library = str(tmp_path / "lib")
    out = io.StringIO()
    assert main(["--library", library, "import", str(project), "--dry-run", "--code", "Distrust=claim"], out,
                io.StringIO()) == 0
    assert "would import" in out.getvalue() and "1 documents added" in out.getvalue()
    assert main(["--library", library, "import", str(project), "--code", "Distrust=claim"], io.StringIO(),
                io.StringIO()) == 0
    service = ReaderService.open(tmp_path / "lib", annotator="x", isolated=False)
    try:
        (doc,) = service.documents()
        kinds = sorted(a.kind.value for a in service.library.store.annotations(doc.id))
        assert kinds == ["claim", "entity", "highlight"]  # Fishers: no type of that name, so a tag
        counts, _ = service.import_file(project)
        assert (counts["new"], counts["unchanged"], counts["anchored_exact"]) == (0, 2, 3)
        assert counts["conflicts"] == 1  # Distrust read as a highlight this time: the person decides
    finally:
        service.close()


def test_a_pdf_representation_lands_on_the_library_pdf(service: ReaderService) -> None:
    """QualCoder codes a PDF's text in its `Representation`: those codings go onto the library's PDF,
    found by their quotes; the PDF-region selection is counted as skipped."""
    record = service.add_file(SAMPLES / "flood_review.pdf").record
    assert record is not None
    text = service.document(record.id).text
    start, end = find_quote(text, "managed retreat")
    qde = (f'<Project xmlns="urn:QDA-XML:project:1.0" name="p"><CodeBook><Codes><Code guid="00000000-0000-4000-8000-'
           f'000000000001" name="Policy" isCodable="true"/></Codes></CodeBook><Sources><PDFSource guid="00000000-0000-'
           f'4000-8000-000000000002" name="review.pdf" path="internal://review.pdf"><PDFSelection guid="00000000-0000-'
           f'4000-8000-000000000005" page="1" firstX="1" firstY="1" secondX="2" secondY="2"/><Representation guid="'
           f'00000000-0000-4000-8000-000000000003" plainTextPath="internal://review.txt"><PlainTextSelection guid="'
           f'00000000-0000-4000-8000-000000000004" startPosition="{start}" endPosition="{end}"><Coding guid="00000000-'
           f'0000-4000-8000-000000000006"><CodeRef targetGUID="00000000-0000-4000-8000-000000000001"/></Coding>'
           f'</PlainTextSelection></Representation></PDFSource></Sources></Project>').encode()
    assert _schema("Project.xsd").validate(etree.fromstring(qde))
    counts, _ = import_qdpx(service, "p.qdpx", _zip({"project.qde": qde, "Sources/review.txt": text.encode()}))
    assert counts["new"] == 1 and counts["skipped_media_selections"] == 1 and "documents_added" not in counts
    (a,) = service.library.store.annotations(record.id)
    assert (a.kind, a.target.exact, a.tags) == (Kind.HIGHLIGHT, "managed retreat", ("Policy",))


@pytest.mark.parametrize(("code", "message"), [
    ("Fishers=bogus", "a code becomes entity:TYPE"),
    ("Fishers=entity:NOTATYPE", "no entity type “NOTATYPE”"),
    ("Fishers=claim:nonsense", "no claim type “nonsense”"),
    ("Nobody=tag", "no code named “nobody”"),
    ("Fishers", "give NAME=AS"),
    ("=x", "give NAME=AS"),
])
def test_a_code_choice_it_cannot_follow_is_refused_and_nothing_imported(tmp_path: Path, code: str,
                                                                        message: str) -> None:
    """`--code` values that were not a known form, type or code were ignored without a word, or made the people
    MISC (an outside tester, stop 54)."""
    from reader.cli import main

    project = tmp_path / "interviews.qdpx"
    project.write_bytes(_qualcoder_qdpx())
    library = tmp_path / "lib"
    err = io.StringIO()
    assert main(["--library", str(library), "import", str(project), "--code", code], io.StringIO(), err) != 0
    assert message in err.getvalue() and err.getvalue().count("\n") == 1
    service = ReaderService.open(library, annotator="x", isolated=False)
    try:
        assert service.documents() == []
    finally:
        service.close()


def test_a_code_choice_takes_the_codebooks_spelling(service: ReaderService) -> None:
    counts, _ = import_qdpx(service, "interviews.qdpx", _qualcoder_qdpx(), codes={"fishers": "entity:org"})
    (doc,) = service.documents()
    assert ("entity", "ORG") in {(a.kind.value, a.label) for a in service.library.store.annotations(doc.id)}
