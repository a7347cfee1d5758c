"""Annotated PDFs: every Dossier annotation becomes a real PDF annotation on its words; annotations other
readers left in a PDF come back as Dossier annotations on the same words."""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pymupdf
import pytest

from annotations import codec
from annotations.anchoring import find_quote
from annotations.codebook import default_codebook
from annotations.library import AnnotationInput
from annotations.model import Annotation, ClaimStatus, Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

QUOTES = [("Amara Osei", Kind.ENTITY, {"label": "PERSON"}),
          ("Governor Piotr Zielinski has stated that the regional government will not cover any overspend", Kind.CLAIM,
           {"speaker_name": "Piotr Zielinski", "status": ClaimStatus.DISPUTED, "note": "check the budget",
            "tags": ("budget",)}),
          ("managed retreat", Kind.HIGHLIGHT, {"note": "costs?"})]


def _annotated(service: ReaderService, name: str) -> str:
    record = service.add_file(SAMPLES / name).record
    assert record is not None
    text = service.document(record.id).text
    for quote, kind, kw in QUOTES:
        if quote in text:
            s, e = find_quote(text, quote)
            service.annotate(record.id, AnnotationInput(kind, s, e, **kw))  # type: ignore[arg-type]
    return record.id


def _covers(page: pymupdf.Page, rect: pymupdf.Rect, quote: str) -> bool:
    words = page.get_text("words", clip=rect + (-1, -1, 1, 1))
    return quote.split()[0].strip(".") in [w[4].strip(".,") for w in words]


def test_pdf_export_puts_each_annotation_on_its_words(service: ReaderService, tmp_path: Path) -> None:
    doc_id = _annotated(service, "flood_review.pdf")
    out = tmp_path / "annotated.pdf"
    out.write_bytes(service.export("pdf", [doc_id]))
    with pymupdf.open(out) as pdf:
        annots = [(p, a) for p in pdf for a in p.annots()]
        assert len(annots) == 3
        for quote, _, _ in QUOTES:
            page, annot = next((p, a) for p, a in annots if _covers(p, a.rect, quote))
            expected = page.search_for(quote.split()[0])
            assert any(annot.rect.intersects(r) for r in expected)
        claim = next(a for _, a in annots if a.type[1] == "Underline")
        assert "disputed" in claim.info["content"] and "check the budget" in claim.info["content"]
        assert pdf.page_count == 3  # the original pages, untouched
        stored = {a.id: a for a in service.annotations(doc_id)}
        assert {a.info["id"] for _, a in annots} == set(stored)  # /NM is the annotation's id
        for _, annot in annots:
            a = stored[annot.info["id"]]
            assert annot.info["title"] == "tester" and annot.info["creationDate"].startswith("D:20")
            assert annot.info["modDate"] == "D:" + "".join(c for c in a.modified[:19] if c.isdigit()) + "Z"
            assert annot.has_popup  # every one of them says something
            assert json.loads(pdf.xref_get_key(annot.xref, "Dossier:Record")[1])["annotation"]["id"] == a.id
        assert json.loads(pdf.xref_get_key(claim.xref, "Zotero:Tags")[1]) == ["budget"]
        person = next(a for _, a in annots if stored[a.info["id"]].kind is Kind.ENTITY)
        rgb = default_codebook().entity_type("PERSON").color
        assert person.colors["stroke"] == pytest.approx([int(rgb[i:i + 2], 16) / 255 for i in (1, 3, 5)], abs=0.01)


def test_other_formats_become_a_pdf_of_the_article_with_highlights(service: ReaderService, tmp_path: Path) -> None:
    record = service.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(service.document(record.id).text, "Ek", occurrence=2)
    service.annotate(record.id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON"))
    out = tmp_path / "article.pdf"
    out.write_bytes(service.export("pdf", [record.id]))
    with pymupdf.open(out) as pdf:
        [(page, annot)] = [(p, a) for p in pdf for a in p.annots()]
        hits = page.search_for("Ek")
        assert annot.rect.intersects(hits[1]) and not annot.rect.intersects(hits[0])  # the second "Ek"


def test_annotations_made_in_other_readers_keep_author_dates_colour_type_and_replies(service: ReaderService,
                                                                                    tmp_path: Path) -> None:
    pdf_path = tmp_path / "report.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[1]
        highlight = page.add_highlight_annot(page.search_for("desk study"))
        highlight.set_info(title="Zotero user", content="key question", creationDate="D:20250904120000+02'00'",
                           modDate="D:20250905080000Z")
        highlight.set_colors(stroke=(1, 0.83, 0))
        highlight.update()
        pdf.xref_set_key(highlight.xref, "Zotero:Tags", pymupdf.get_pdf_str('["costs", "barrier"]'))
        reply = page.add_text_annot((5, 5), "agreed, ask the authority")
        reply.set_info(title="Okular user", modDate="D:20250906090000Z")
        reply.set_irt_xref(highlight.xref)
        reply.update()
        underline = page.add_underline_annot(page.search_for("Marine Institute")[0])
        underline.set_colors(stroke=(1, 0, 0))
        underline.update()
        page.add_text_annot(page.search_for("Marine Institute")[0].tl, "who funded it?").update()
        page.add_ink_annot([[(100, 100), (150, 150)]]).update()
        page.add_freetext_annot(pymupdf.Rect(300, 40, 400, 80), "typed on the page").update()
        pdf.save(pdf_path)
    preview, _ = service.import_file(pdf_path, dry_run=True)
    assert preview["new"] == 3 and preview["skipped"] == 2 and preview["skipped_Ink"] == 1
    assert preview["skipped_FreeText"] == 1 and preview["replies_joined"] == 1 and service.documents() == []
    counts, _ = service.import_file(pdf_path)
    assert counts["new"] == 3
    record = service.resolve_document(str(pdf_path))
    found = {(a.kind, a.target.exact): a for a in service.annotations(record.id)}
    zotero = found[(Kind.HIGHLIGHT, "desk study")]
    assert zotero.creator == "Zotero user" and zotero.created == "2025-09-04T10:00:00.000Z"
    assert zotero.modified == "2025-09-05T08:00:00.000Z" and zotero.tags == ("costs", "barrier", "from-pdf",
                                                                            "color:#FFD400")
    assert zotero.note == "key question\n\n— Okular user, 2025-09-06: agreed, ask the authority"
    underlined = found[(Kind.HIGHLIGHT, "Marine Institute")]
    assert underlined.label == "Underline" and "color:#FF0000" in underlined.tags
    assert any(k is Kind.NOTE and a.note == "who funded it?" for (k, _), a in found.items())
    again, _ = service.import_file(pdf_path)
    assert again["new"] == 0 and again["unchanged"] == 3


def _fields(a: Annotation) -> dict[str, object]:
    d = codec.annotation_to_dict(a)
    return {k: v for k, v in d.items() if k not in ("document_id",)} | {"target": {**d["target"], "areas": None}}


@pytest.mark.parametrize("name", ["flood_review.pdf", "harbour_council.txt"])
def test_dossier_to_pdf_to_dossier_restores_every_field(service: ReaderService, tmp_path: Path, name: str) -> None:
    doc_id = _annotated(service, name)
    if name.endswith(".txt"):
        text = service.document(doc_id).text
        s, e = find_quote(text, "Nobody has shown us a single study of what happens to the fish")
        service.annotate(doc_id, AnnotationInput(Kind.CLAIM, s, e, speaker_name="Tomas Ek", status=ClaimStatus.FALSE,
                                                 reliability="B", credibility=3, tags=("fisheries", "x"),
                                                 note="**check**"))
        s, e = find_quote(text, "Tomas Ek")
        service.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, e, label="PERSON", note="chair"))
        s, e = find_quote(text, "Oslo")
        service.annotate(doc_id, AnnotationInput(Kind.NOTE, s, e, note="where?"))
    exported = tmp_path / "annotated.pdf"
    exported.write_bytes(service.export("pdf", [doc_id]))
    before = {a.id: a for a in service.annotations(doc_id)}
    names = {a.id: (service.entity(a.entity_id).name if a.entity_id else None) for a in before.values()}

    again, _ = service.import_file(exported)  # the same library: nothing to do
    assert again["new"] == 0 and again["updated"] == 0 and again["unchanged"] == len(before)

    other = ReaderService.open(tmp_path / "other", annotator="someone else", isolated=False)
    try:
        if name.endswith(".txt"):
            other.add_file(SAMPLES / name)  # a colleague with the article: the marks go back onto it
        counts, _ = other.import_file(exported)
        assert counts["new"] == len(before)
        docs = other.documents()
        assert len(docs) == 1 and (docs[0].id == doc_id) == name.endswith(".txt")
        after = {a.id: a for a in other.annotations(docs[0].id)}
        assert set(after) == set(before)
        for a_id, a in after.items():
            if name.endswith(".pdf"):  # on the exported PDF (another document): a version of ours on top of theirs
                assert other.library.store.revision_graphs([a_id])[a_id][a.rev] == [before[a_id].rev]
                a = replace(a, rev=before[a_id].rev)
            assert _fields(a) == _fields(before[a_id])
            assert (other.entity(a.entity_id).name if a.entity_id else None) == names[a_id]
            if a.claim and a.claim.speaker_id:
                assert other.entity(a.claim.speaker_id).name == service.entity(before[a_id].claim.speaker_id).name
            if name.endswith(".pdf"):
                assert [ar.page for ar in a.target.areas] == [ar.page for ar in before[a_id].target.areas]
    finally:
        other.close()


def test_a_record_that_does_not_read_as_ours_is_taken_as_a_plain_annotation(service: ReaderService,
                                                                            tmp_path: Path) -> None:
    pdf_path = tmp_path / "forged.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[0]
        for forged in ('{"format": 1, "annotation": {"id": 3}}', "not json", '{"format": 1}', "[" * 5000):
            annot = page.add_highlight_annot(page.search_for("Summary"))
            annot.update()
            pdf.xref_set_key(annot.xref, "Dossier:Record", pymupdf.get_pdf_str(forged))
        pdf.save(pdf_path)
    counts, _ = service.import_file(pdf_path)
    assert counts["new"] == 4
    record = service.resolve_document(str(pdf_path))
    assert {a.target.exact for a in service.annotations(record.id)} == {"Summary"}


def test_reply_threads_that_loop_lose_nothing(service: ReaderService, tmp_path: Path) -> None:
    pdf_path = tmp_path / "looped.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[0]
        first = page.add_highlight_annot(page.search_for("Summary"))
        first.set_info(content="one")
        first.update()
        second = page.add_text_annot(page.search_for("Kessling")[0].tl, "two")
        second.update()
        pdf.xref_set_key(first.xref, "IRT", f"{second.xref} 0 R")  # each answers the other
        pdf.xref_set_key(second.xref, "IRT", f"{first.xref} 0 R")
        selfish = page.add_text_annot(page.search_for("Halvorsen")[0].tl, "three")
        selfish.update()
        pdf.xref_set_key(selfish.xref, "IRT", f"{selfish.xref} 0 R")
        pdf.save(pdf_path)
    counts, _ = service.import_file(pdf_path)
    record = service.resolve_document(str(pdf_path))
    assert sorted(a.note for a in service.annotations(record.id)) == ["one", "three", "two"]
    assert counts["replies_joined"] == 0


def test_a_pdf_exported_after_importing_another_readers_annotations_brings_each_once(service: ReaderService,
                                                                                    tmp_path: Path) -> None:
    zotero = tmp_path / "zotero.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[1]
        highlight = page.add_highlight_annot(page.search_for("desk study"))
        highlight.set_info(title="Zotero user", content="key question")
        highlight.update()
        pdf.save(zotero)
    service.import_file(zotero)
    record = service.resolve_document(str(zotero))
    exported = tmp_path / "exported.pdf"
    exported.write_bytes(service.export("pdf", [record.id]))  # the original highlight and ours, one above the other
    other = ReaderService.open(tmp_path / "other", isolated=False)
    try:
        counts, _ = other.import_file(exported)
        [doc] = other.documents()
        [again] = other.annotations(doc.id)
        [first] = service.annotations(record.id)
        assert counts["new"] == 1 and again.id == first.id and again.note == first.note == "key question"
    finally:
        other.close()


def test_an_exported_pdf_added_and_exported_again_draws_only_the_librarys_annotations(service: ReaderService,
                                                                                      tmp_path: Path) -> None:
    """A PDF exported by Dossier, added by a teammate who imports its annotations, deletes one and corrects a note:
    his export kept the file's old marks beside his own — the deleted one came back, the old note stood beside
    the corrected one, and a colleague importing it got them all (an outside tester, stop 53). The file's own
    annotations are taken out; the library's are drawn."""
    doc_id = _annotated(service, "flood_review.pdf")
    exported = tmp_path / "from-ana.pdf"
    exported.write_bytes(service.export("pdf", [doc_id]))
    ben = ReaderService.open(tmp_path / "ben", annotator="Ben", isolated=False)
    try:
        record = ben.add_file(exported).record
        assert record is not None
        ben.import_file(exported)
        marks = {a.target.exact.split()[0]: a for a in ben.annotations(record.id)}
        ben.library.delete_annotation(marks["managed"].id)
        ben.library.edit_annotation(marks["Governor"].id, note="checked: the budget line is 4.2")
        again = tmp_path / "from-ben.pdf"
        again.write_bytes(ben.export("pdf", [record.id]))
        with pymupdf.open(again) as pdf:
            contents = [a.info["content"] for p in pdf for a in p.annots()]
            assert len(contents) == 2  # Amara Osei and the claim: not the deleted highlight, not twice
            assert not any("costs?" in c or "check the budget" in c for c in contents)
            assert any("checked: the budget line is 4.2" in c for c in contents)
        stored = ben.stored_file(record)  # the library's copy of the file itself is untouched
        assert stored is not None and stored.read_bytes() == exported.read_bytes()
    finally:
        ben.close()


@pytest.mark.parametrize("replacement", ["another pdf", "not a pdf"])
def test_a_stored_copy_replaced_on_disk_is_not_drawn_on(service: ReaderService, tmp_path: Path,
                                                        replacement: str) -> None:
    """The library's copy of a PDF replaced by hand (a sync tool): the export, warned as "drawn on the text alone",
    drew the marks on the other file's pages ("Ministry of Finance" on "nothing about ministries"), or failed naming
    the stored copy when it was no PDF (an outside tester, stop 53). The article's text is laid out and marked."""
    doc_id = _annotated(service, "flood_review.pdf")
    stored = service.stored_file(service.document(doc_id))
    assert stored is not None
    if replacement == "another pdf":
        other = pymupdf.open()
        other.new_page().insert_text((72, 100), "file: nothing about ministries")
        stored.write_bytes(other.tobytes())
    else:
        stored.write_bytes(b"<html>not a pdf</html>")
    out = service.export("pdf", [doc_id])
    with pymupdf.open(stream=out, filetype="pdf") as pdf:
        text = "".join(p.get_text() for p in pdf)
        assert "nothing about ministries" not in text and "Amara Osei" in text
        annots = [(p, a) for p in pdf for a in p.annots()]
        assert len(annots) == 3
        page, annot = next((p, a) for p, a in annots if _covers(p, a.rect, "Amara Osei"))
        assert any(annot.rect.intersects(r) for r in page.search_for("Amara"))


def test_a_copy_with_a_free_text_comment_is_the_same_document(service: ReaderService, tmp_path: Path) -> None:
    """A FreeText comment's words were read as page text, so a colleague's annotated copy was another text: its
    import made a second document, the annotations split between the two (an outside tester, stop 54)."""
    original = service.add_file(SAMPLES / "flood_review.pdf").record
    assert original is not None
    copy = tmp_path / "commented.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[1]
        comment = page.add_freetext_annot(pymupdf.Rect(72, 40, 400, 70), "Zanzibarcheck this page")
        comment.update()
        page.add_stamp_annot(pymupdf.Rect(400, 700, 550, 760), stamp=0).update()
        highlight = page.add_highlight_annot(page.search_for("desk study"))
        highlight.set_info(content="key question")
        highlight.update()
        pdf.save(copy)
    service.import_file(copy)
    assert [d.id for d in service.documents()] == [original.id]
    [mark] = service.annotations(original.id)
    assert mark.target.exact == "desk study" and mark.note == "key question"
    assert "Zanzibarcheck" not in service.document(original.id).text
