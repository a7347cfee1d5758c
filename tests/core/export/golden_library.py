"""A fixed library for golden-file tests: two documents (a text article and a two-page PDF built here),
entities and annotations of every kind with fixed ids, creators and times — so every export of it is
the same bytes (or, for PDFs, the same summary) on every run."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from annotations.anchoring import find_quote, make_target
from annotations.codebook import Codebook, default_codebook
from annotations.export import Selection
from annotations.library import record_of
from annotations.model import Annotation, ClaimFields, ClaimStatus, DocumentRecord, Entity, Kind, PageArea, Quad
from reader.document.loader import load_document, page_rects
from tests.helpers import make_pdf

ARTICLE = """Harbour council approves €48 million barrier
By Ines Varga — 14 March 2025

The Port Alder harbour council voted 9 to 4 on Thursday to build a tidal barrier. Tomas Ek, chairman of the \
Alder Fishing Cooperative, said: "Nobody has shown us a single study of what happens to the fish." The plans are at \
https://council.example/plans and say *nothing* about [fish](http://x.example).

Engineers from Halvorsen & Partners, the Oslo firm that designed the barrier, estimate it will take 26 months.
Tomas Ek said the cooperative would <b>appeal</b> # if needed."""
T0, T1 = "2025-03-15T09:00:00.000Z", "2025-03-16T10:30:00.000Z"


def _id(n: int) -> str:
    return f"01900000-0000-7000-8000-{n:012d}"


ENTITIES = {e.id: e for e in (
    Entity(_id(101), "Tomas Ek", "PERSON", ("T. Ek",), T0, T0),
    Entity(_id(102), "Oslo", "PLACE", (), T0, T0),
    Entity(_id(103), "Halvorsen & Partners", "ORG", (), T0, T0),
    Entity(_id(104), "Amara Osei", "PERSON", (), T0, T0),
)}


def _annotation(n: int, doc: DocumentRecord, quote: str, kind: Kind, occurrence: int = 1, **fields: object
                ) -> Annotation:
    start, end = find_quote(doc.text, quote, occurrence)
    claim = fields.pop("claim", None)
    return Annotation(id=_id(n), document_id=doc.id, kind=kind, target=make_target(doc.text, start, end),
                      creator="ines", created=T0, modified=T1, claim=claim, **fields)  # type: ignore[arg-type]


def build(folder: Path) -> tuple[Selection, Codebook, dict[str, Path]]:
    """The selection (both documents), the default codebook, and where each document's file is."""
    article = DocumentRecord(id="a" * 64, format="txt", title="Harbour council approves €48 million barrier",
                             text=ARTICLE, authors=("Ines Varga",), publisher="Port Alder Gazette",
                             published="2025-03-14", source_path="/home/ines/harbour.txt",
                             source_url="https://gazette.example/harbour")
    pdf_path = make_pdf(folder / "review.pdf", [
        ["Flood Resilience Review", "The review was led by Dr. Amara Osei of the University", "of Kessling. "
         "The barrier would reduce the annual probability", "of a damaging flood in Port Alder from 1 in 20"],
        ["to 1 in 200. We recommend managed retreat from the", "lowest streets and a study of the fisheries."]])
    pdf = replace(record_of(load_document(pdf_path)), id="b" * 64, source_path=str(pdf_path))
    claim = ClaimFields(speaker_id=_id(101), claim_type=None, status=ClaimStatus.DISPUTED, reliability="B",
                        credibility=3)
    ours = [
        _annotation(1, article, "Tomas Ek", Kind.ENTITY, label="PERSON", entity_id=_id(101)),
        _annotation(2, article, "Nobody has shown us a single study of what happens to the fish", Kind.CLAIM,
                    claim=claim, tags=("fisheries", "=cmd|' /C calc'!A0"),
                    note="Ask the **cooperative**.\n![x](http://evil.example/p.gif) <img src=x>"),
        _annotation(3, article, "fish", Kind.ENTITY, 1, label="MISC", entity_id=None, note="nested in the claim"),
        _annotation(4, article, "Halvorsen & Partners", Kind.ENTITY, label="ORG", entity_id=_id(103)),
        _annotation(5, article, "Oslo", Kind.ENTITY, label="PLACE", entity_id=_id(102)),
        _annotation(6, article, "https://council.example/plans", Kind.HIGHLIGHT, tags=("link",)),
        _annotation(7, article, "26 months", Kind.NOTE, note="# not a heading\n[x](javascript:alert(1))"),
        _annotation(8, article, "Tomas Ek", Kind.ENTITY, 2, label="PERSON", entity_id=_id(101)),
    ]
    theirs = [
        _annotation(11, pdf, "Amara Osei", Kind.ENTITY, label="PERSON", entity_id=_id(104)),
        _annotation(12, pdf, "The barrier would reduce the annual probability\nof a damaging flood in Port Alder "
                    "from 1 in 20\nto 1 in 200", Kind.CLAIM, claim=ClaimFields(status=ClaimStatus.SUPPORTED),
                    note="across the page break"),
        _annotation(13, pdf, "managed retreat", Kind.HIGHLIGHT, note="costs?"),
    ]
    document = load_document(pdf_path)
    theirs = [replace(a, target=replace(a.target, areas=tuple(
        PageArea(page, tuple(Quad.from_rect(*r) for r in rects))
        for page, rects in page_rects(pdf_path, document, a.target.start, a.target.end)))) for a in theirs]
    selection = Selection([article, pdf], {article.id: ours, pdf.id: theirs}, ENTITIES, creator="ines")
    return selection, default_codebook(), {article.id: folder / "missing.txt", pdf.id: pdf_path}
