"""The service's exports: notes out as Markdown, JSON-LD, CSV, HTML, annotated PDF, briefing pack PDF and
`.dossier` bundles (answer keys too). `ReaderService.export` calls `export` here, so the UI still talks to
one service; the bytes returned are written atomically by the caller.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Protocol

from annotations.codebook import Codebook
from annotations.errors import ValidationError
from annotations.export import Selection, collect
from annotations.library import Library
from annotations.model import Annotation, DocumentRecord, Kind
from annotations.search import SearchResult

FORMATS = ("md", "jsonld", "csv", "html", "pdf", "pack", "dossier")


class ExportSource(Protocol):
    """What exporting needs of the service."""

    library: Library
    annotator: str

    def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False
               ) -> SearchResult: ...
    def resolve_document(self, ref: str) -> DocumentRecord: ...
    def documents(self) -> list[DocumentRecord]: ...
    def codebook(self) -> Codebook: ...
    def stored_file(self, record: DocumentRecord) -> Path | None: ...


def export(service: ExportSource, fmt: str, document_refs: list[str] | None = None, query: str | None = None,
           with_documents: bool = False, answer_key: bool = False, hide_notes: bool = False,
           trainer: str = "", title: str = "", date: str = "") -> bytes:
    """Export documents (by reference), everything (no refs, no query), or the hits of a search query.
    `hide_notes` (bundles) leaves the notes out, e.g. of an answer key handed to trainees; `trainer`,
    `title` and `date` go on a briefing pack's cover."""
    from annotations.export.handout import to_html
    from annotations.export.jsonld import to_jsonld
    from annotations.export.markdown import brief
    from annotations.export.tabular import to_csv

    only: set[str] | None = None
    if query:
        result = service.search(query, limit=1_000_000)
        only = {h.annotation_id for h in result.hits if h.annotation_id}
        doc_ids = list(dict.fromkeys(h.document_id for h in result.hits))
    elif document_refs:
        doc_ids = list(dict.fromkeys(service.resolve_document(ref).id for ref in document_refs))
    else:
        doc_ids = [d.id for d in service.documents()]
    if fmt == "dossier":
        return service.library.export_bundle(doc_ids, service.annotator, answer_key=answer_key,
                                         with_documents=with_documents, only=only, hide_notes=hide_notes)
    selection = collect(service.library.store, doc_ids, only=only, creator=service.annotator, query=query or "")
    if fmt == "pdf":
        return annotated_pdf(service, selection)
    if fmt == "pack":
        return briefing_pack(service, selection, trainer, title, date)
    writers = {"md": brief, "jsonld": to_jsonld, "csv": to_csv,
               "html": lambda s: to_html(s, service.codebook())}
    if fmt not in writers:
        raise ValidationError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    return writers[fmt](selection)

def annotated_pdf(service: ExportSource, selection: Selection) -> bytes:
    """For a PDF: the original with real highlight annotations and popup notes; for other formats a
    generated PDF of the article with them. Several documents are joined into one file."""
    from reader.document.pdf_annotations import PdfMark, annotate_pdf, article_pdf, join_pdfs

    codebook = service.codebook()
    colors = {et.label: et.color for et in codebook.entity_types}
    names = selection.names()
    parts = []
    for doc in selection.documents:
        marks = []
        for a in selection.annotations.get(doc.id, []):
            occurrence = _occurrence(doc.text, a.target.exact, a.target.start)
            area = a.target.areas[0] if a.target.areas else None
            fallback = codebook.highlight_color if a.kind is Kind.HIGHLIGHT else codebook.note_color
            marks.append(PdfMark(
                quote=a.target.exact, occurrence=occurrence,
                color=codebook.claim_color if a.kind is Kind.CLAIM else colors.get(a.label or "", fallback),
                title=a.creator or service.annotator, content=_popup(a, names), kind=a.kind.value,
                page=area.page if area else None, rects=tuple(q.rect() for q in area.quads) if area else ()))
        stored = service.stored_file(doc)
        if doc.format == "pdf" and stored is not None and stored.exists():
            parts.append(annotate_pdf(stored, marks))
        else:
            parts.append(article_pdf(doc.title, doc.text, marks))
    if not parts:
        raise ValidationError("Nothing to export: no documents were selected.")
    return parts[0] if len(parts) == 1 else join_pdfs(parts)

def briefing_pack(service: ExportSource, selection: Selection, trainer: str, title: str, date: str) -> bytes:
    """One PDF to hand out: cover, the article(s) with highlights, entity and claim tables, notes."""
    from annotations.export.pack import CSS, cover_html, tables_html
    from reader.document.pdf_annotations import html_pdf, join_pdfs

    if not selection.documents:
        raise ValidationError("Nothing to export: no documents were selected.")
    codebook = service.codebook()
    title = title or (selection.documents[0].title if len(selection.documents) == 1 else "Briefing pack")
    date = date or dt.date.today().isoformat()
    cover = html_pdf(cover_html(selection, codebook, title, trainer or service.annotator, date), CSS)
    article = annotated_pdf(service, selection)
    tables = html_pdf(tables_html(selection, codebook), CSS)
    return join_pdfs([cover, article, tables], footer=f"{title[:80]} · {date}")


def _occurrence(text: str, quote: str, start: int) -> int:
    """Which occurrence (1-based) of `quote` starts at `start`."""
    n, pos = 1, text.find(quote)
    while 0 <= pos < start:
        n += 1
        pos = text.find(quote, pos + len(quote))
    return n


def _popup(a: Annotation, names: dict[str, str]) -> str:
    """What a PDF reader shows in the annotation's popup."""
    lines = []
    if a.kind is Kind.ENTITY:
        lines.append(f"{a.label}: {names.get(a.entity_id or '', a.target.exact)}")
    elif a.claim is not None:
        c = a.claim
        head = f"Claim ({c.status.value}{', ' + c.grading if c.grading else ''})"
        if c.speaker_id:
            head += f" — {names.get(c.speaker_id, '')}"
        lines.append(head)
    if a.tags:
        lines.append("Tags: " + ", ".join(a.tags))
    if a.note:
        lines.append(a.note)
    return "\n".join(lines)
