"""The service's exchange with other tools: notes out as Markdown, JSON-LD, CSV, HTML, annotated PDF,
briefing pack PDF and `.dossier` bundles (answer keys too), and in from PDFs (`import_pdf`), W3C Web
Annotation JSON-LD and Hypothesis JSON (`import_annotations`). `ReaderService` calls these, so the UI still
talks to one service; exported bytes are written atomically by the caller.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from annotations import codec
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.errors import DocumentError, ValidationError
from annotations.export import Selection, collect, placed
from annotations.export.controls import visible_controls
from annotations.foreign_limits import within_limits
from annotations.library import Library
from annotations.model import Annotation, DocumentRecord, Kind, PageArea
from annotations.search import SearchResult
from annotations.tag_line import tag_line
from reader.identity import clean_name, one_line

if TYPE_CHECKING:
    from reader.document.pdf_annotations import PdfMark
    from reader.document.textmodel import Document

FIXED_LAYOUT = ("pdf", "xps", "oxps")
"""Formats exported as their own pages (annotations drawn at their quads); others get a generated article."""
Areas = tuple[tuple[int, tuple[tuple[float, float, float, float], ...]], ...]


@dataclass(frozen=True)
class ExportFormat:
    """One export format as the CLI, the export dialog and its save-file filter offer it."""

    key: str
    label: str
    suffix: str
    binary: bool
    """Not shown in the dialog's preview (a PDF, a zip)."""


EXPORT_FORMATS = (
    ExportFormat("md", "Markdown brief", ".md", False),
    ExportFormat("jsonld", "W3C Web Annotation JSON-LD", ".jsonld", False),
    ExportFormat("csv", "CSV (spreadsheets)", ".csv", False),
    ExportFormat("html", "HTML handout", ".html", False),
    ExportFormat("pdf", "Annotated PDF", ".pdf", True),
    ExportFormat("pack", "Briefing pack PDF (workshops)", ".pdf", True),
    ExportFormat("dossier", "Dossier note bundle", ".dossier", True),
    ExportFormat("qdpx", "REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA)", ".qdpx", True),
    ExportFormat("qdc", "REFI-QDA codebook", ".qdc", False),
    ExportFormat("brat", "brat standoff (NER training data, zip)", ".zip", True),
    ExportFormat("conll", "CoNLL-2003 IOB2 (NER training data)", ".conll", False),
    ExportFormat("spacy", "spaCy / Prodigy JSONL (NER training data)", ".jsonl", False),
    ExportFormat("stix", "STIX 2.1 bundle (OpenCTI, MISP)", ".json", False),
)
FORMATS = tuple(f.key for f in EXPORT_FORMATS)
NER_FORMATS = ("brat", "conll", "spacy")
"""Formats where `claims` adds claims as spans labelled CLAIM (entities only otherwise)."""
LEAVE_ORPHANS_OUT = ("pdf", "qdpx", *NER_FORMATS)
"""Formats that place annotations on the text or pages and have no list to show an orphan in: orphans are
left out of them (`orphans_left_out` counts them for the export's report). The pack and the HTML handout
list them under "Orphaned annotations"; the other formats mark them orphaned."""


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
    def intact_file(self, record: DocumentRecord) -> Path | None: ...
    def areas_for(self, record: DocumentRecord, start: int, end: int) -> tuple[PageArea, ...]: ...
    def other_pages(self, twin: DocumentRecord, doc: Document) -> str: ...


def export(service: ExportSource, fmt: str, document_refs: list[str] | None = None, query: str | None = None,
           with_documents: bool = False, answer_key: bool = False, hide_notes: bool = False,
           trainer: str = "", title: str = "", date: str = "", wikilinks: bool = False, claims: bool = False
           ) -> bytes:
    """Export documents (by reference), everything (no refs, no query), or the hits of a search query.
    `hide_notes` (bundles) leaves the notes out, e.g. of an answer key handed to trainees; `trainer`,
    `title` and `date` go on a briefing pack's cover; `wikilinks` writes entities as [[links]] (md);
    `claims` adds claims to NER training data (`NER_FORMATS`)."""
    from annotations.export.handout import to_html
    from annotations.export.jsonld import to_jsonld
    from annotations.export.markdown import brief
    from annotations.export.ner import to_brat, to_conll, to_spacy_jsonl
    from annotations.export.qdpx import to_qdc, to_qdpx
    from annotations.export.stix import to_stix
    from annotations.export.tabular import to_csv

    doc_ids, only = _chosen(service, document_refs, query)
    if fmt == "dossier":
        if answer_key:  # never others' work imported here (`services_workshop.key_annotations`)
            from annotations.workshop.key_contents import key_annotations

            kept, _ = key_annotations(service.library.store, doc_ids, {trainer, service.annotator})
            only = kept if only is None else only & kept
        return service.library.export_bundle(doc_ids, service.annotator, answer_key=answer_key,
                                         with_documents=with_documents, only=only, hide_notes=hide_notes)
    selection = with_page_labels(service, collect(service.library.store, doc_ids, only=only,
                                                  creator=service.annotator, query=query or ""))
    if fmt == "pdf":
        return annotated_pdf(service, selection)
    if fmt == "pack":  # hide_notes: the pack without its notes (was ignored: every note was printed)
        return briefing_pack(service, selection, trainer, title, date,
                             [p for p in PACK_PARTS if p != "notes"] if hide_notes else PACK_PARTS)
    writers = {"md": lambda s: brief(s, wikilinks=wikilinks), "jsonld": to_jsonld, "csv": to_csv,
               "html": lambda s: to_html(s, service.codebook()),
               "qdpx": lambda s: to_qdpx(s, service.codebook()), "qdc": lambda s: to_qdc(service.codebook(), s),
               "brat": lambda s: to_brat(s, claims), "conll": lambda s: to_conll(s, claims),
               "spacy": lambda s: to_spacy_jsonl(s, claims), "stix": to_stix}
    if fmt not in writers:
        raise ValidationError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    return writers[fmt](selection)

def with_page_labels(service: ExportSource, selection: Selection) -> Selection:
    """The selection with its PDFs' printed page names (`DocumentRecord.page_labels`), read from the library's copy of
    each file where it is the size it was added with; a missing or replaced copy leaves pages named by number."""
    from reader.document.loader import page_labels

    documents = []
    for doc in selection.documents:
        path = service.stored_file(doc) if doc.format == "pdf" and doc.pages else None
        intact = path is not None and path.is_file() and (not doc.size or path.stat().st_size == doc.size)
        labels = page_labels(path) if intact and path is not None else ()
        documents.append(replace(doc, page_labels=labels[:len(doc.pages)]) if labels else doc)
    return replace(selection, documents=documents)


def _chosen(service: ExportSource, document_refs: list[str] | None, query: str | None
            ) -> tuple[list[str], set[str] | None]:
    """The documents an export is of, and the annotations it is restricted to (None: all of theirs)."""
    if query:
        result = service.search(query, limit=1_000_000)
        return (list(dict.fromkeys(h.document_id for h in result.hits)),
                {h.annotation_id for h in result.hits if h.annotation_id})
    if document_refs:
        return list(dict.fromkeys(service.resolve_document(ref).id for ref in document_refs)), None
    return [d.id for d in service.documents()], None


def orphans_left_out(service: ExportSource, fmt: str, document_refs: list[str] | None = None,
                     query: str | None = None, claims: bool = False) -> int:
    """How many orphaned annotations an export in `fmt` of these documents leaves out (0 for formats that
    list them; NER formats: the entities, and claims with `claims`): the number its report gives, so
    nobody takes the file for everything."""
    if fmt not in LEAVE_ORPHANS_OUT:
        return 0
    doc_ids, only = _chosen(service, document_refs, query)
    orphans = collect(service.library.store, doc_ids, only=only).orphans()
    if fmt in NER_FORMATS:
        kinds = {Kind.ENTITY, Kind.CLAIM} if claims else {Kind.ENTITY}
        orphans = [a for a in orphans if a.kind in kinds]
    return len(orphans)


def annotated_pdf(service: ExportSource, selection: Selection) -> bytes:
    """For a PDF (or XPS): the original with real annotations at each annotation's stored quads (or the
    quads of its stored offsets); for other formats a generated PDF of the article with the marks placed
    from the same layout by offsets. Several documents are joined into one file."""
    from reader.document.pdf_annotations import compose, joined_titles

    parts = pdf_parts(service, selection)
    if not parts:
        raise ValidationError("Nothing to export: no documents were selected.")
    title = one_line(joined_titles([d.title for d in selection.documents]))
    return compose(parts, title=title, author=named_annotator(service))


def named_annotator(service: ExportSource) -> str:
    """The annotator's name as a PDF's author or a pack's trainer: "" when it is only the login name."""
    return "" if getattr(service, "annotator_is_login", False) else service.annotator


def pdf_parts(service: ExportSource, selection: Selection, pack: bool = False) -> list[tuple[bytes, list[PdfMark]]]:
    """Each document as PDF bytes plus the marks to draw on it (page numbers relative to it); `pack`: with
    the briefing pack's layout rules (`reader.document.pack_pages`). Orphans get no mark: their offsets
    and quads point at other words (`annotations.export.placed`)."""
    from reader.document.pack_pages import article_layout
    from reader.document.pdf_annotations import article_base, original_pdf
    from reader.document.pdf_article import ArticleLayout

    codebook = service.codebook()
    names = selection.names()
    parts: list[tuple[bytes, list[PdfMark]]] = []
    for doc in selection.documents:
        annotations = [a for a in selection.annotations.get(doc.id, []) if placed(a)]
        stored = service.intact_file(doc)  # (a copy replaced on disk: marks were drawn on another file's pages, and
        marks: list[PdfMark] = []  # one not a PDF failed naming the stored copy; now the text alone, as warned)
        if doc.format in FIXED_LAYOUT and stored is not None:
            base = original_pdf(stored, doc.format)
            for a in annotations:
                found = a.target.areas or service.areas_for(doc, a.target.start, a.target.end)
                areas = tuple((area.page, tuple(q.rect() for q in area.quads)) for area in found)
                marks.append(pdf_mark(a, doc, selection, codebook, service.annotator, areas, names))
        else:
            meta = visible_controls(" · ".join(x for x in (doc.publisher, ", ".join(doc.authors), doc.published,
                                                           doc.source_url) if x))  # (signs: a U+202E turned it round)
            title = visible_controls(doc.title)
            layout = article_layout(doc.text, title, meta) if pack else ArticleLayout(doc.text, title, meta)
            base = article_base(layout)
            for a in annotations:
                areas = tuple((page, tuple(rects)) for page, rects in layout.rects(a.target.start, a.target.end))
                marks.append(pdf_mark(a, doc, selection, codebook, service.annotator, areas, names))
        parts.append((base, marks))
    return parts


def pdf_mark(a: Annotation, doc: DocumentRecord, selection: Selection, codebook: Codebook, annotator: str,
             areas: Areas, names: dict[str, str]) -> PdfMark:
    """How one annotation is written into a PDF: kind, codebook colour, popup text, dates, and its full
    record (with the entities it names) for `import` to restore it exactly. `names`: entity id -> name. The author
    shown (/T) has its controls as signs, as the popup (a creator imported from another tool may hold them)."""
    from reader.document.pdf_annotations import PdfMark

    colors = {et.label: et.color for et in codebook.entity_types}
    color = {Kind.CLAIM: codebook.claim_color, Kind.HIGHLIGHT: codebook.highlight_color,
             Kind.NOTE: codebook.note_color}.get(a.kind) or colors.get(a.label or "", codebook.highlight_color)
    entity_ids = [i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i]
    record = {"format": 1, "annotation": codec.annotation_to_dict(a),
              "entities": [codec.entity_to_dict(selection.entities[i]) for i in entity_ids if i in selection.entities],
              "document": {"id": doc.id, "title": doc.title}}
    subject = a.label if a.kind is Kind.ENTITY else (f"Claim ({a.label})" if a.kind is Kind.CLAIM and a.label
                                                      else a.kind.value.capitalize())
    return PdfMark(nm=a.id, kind=a.kind.value, areas=areas, color=color, title=visible_controls(a.creator or annotator),
                   content=_popup(a, names), subject=subject or "", created=a.created, modified=a.modified,
                   record=json.dumps(record, ensure_ascii=False, sort_keys=True), tags=a.tags)


PACK_PARTS = ("cover", "article", "tables", "notes")
"""What a briefing pack can hold: the cover, the article(s) with highlights, the tables (entities, claims,
and the Notes section), and the notes themselves — off, every note is left out (the Notes section and the
highlights' popups)."""


def briefing_pack(service: ExportSource, selection: Selection, trainer: str, title: str, date: str,
                  parts: Sequence[str] = PACK_PARTS) -> bytes:
    """One PDF to hand out: cover, the article(s) with highlights, entity and claim tables, notes (the
    `parts` asked for). The trainer named on the cover is `trainer` (cleaned as the annotator's name is: a
    right-to-left override printed "Ana\u202e evil" as "Analive"), else the annotator's name when one was set (never
    the computer's login name). Layout rules: `reader.document.pack_pages`."""
    from annotations.doc_properties import normal_date
    from annotations.export.pack import CSS, cover_html, tables_html
    from reader.document.pack_pages import cover_pdf, sections_pdf
    from reader.document.pdf_annotations import compose

    if not selection.documents:
        raise ValidationError("Nothing to export: no documents were selected.")
    unknown = set(parts) - set(PACK_PARTS)
    if unknown or not parts:
        raise ValidationError(f"A briefing pack holds some of: {', '.join(PACK_PARTS)}.")
    if "notes" not in parts:
        selection = replace(selection, annotations={d: [replace(a, note="", note_salt="") for a in items]
                                                    for d, items in selection.annotations.items()})
    codebook = service.codebook()
    title = title or (selection.documents[0].title if len(selection.documents) == 1 else "Briefing pack")
    date = normal_date(date) or dt.date.today().isoformat()  # (as a document's date: "2024-13-45" was printed)
    trainer = clean_name(trainer) or named_annotator(service)
    out: list[tuple[bytes, list[PdfMark]]] = []
    if "cover" in parts:
        out.append((cover_pdf(cover_html(selection, codebook, title, trainer, date), CSS), []))
    if "article" in parts:
        out += pdf_parts(service, selection, pack=True)
    if "tables" in parts:
        out.append((sections_pdf(tables_html(selection, codebook), CSS), []))
    if not out:
        raise ValidationError("Nothing to put in the pack: the notes part only lets the notes into the article and "
                              "the tables; ask for the cover, article or tables too (--parts article,tables,notes).")
    footer = _cut(visible_controls(" ".join(title.split())), 80)  # (a raw U+202E turned every footer round)
    return compose(out, footer=f"{footer} · {date}", title=one_line(title), author=trainer)


def _cut(text: str, limit: int) -> str:
    """`text`, or when longer than `limit` characters its whole words within them and "…" (a footer's title cut
    mid-word with no sign read as the whole title)."""
    if len(text) <= limit:
        return text
    kept = text[:limit]
    if not text[limit].isspace() and " " in kept:
        kept = kept.rsplit(" ", 1)[0]
    return kept.rstrip() + "…"


def _popup(a: Annotation, names: dict[str, str]) -> str:
    """What a PDF reader shows in the annotation's popup: control characters and bidi overrides as visible signs,
    as the other exports people read show them (`annotations.export.controls`)."""
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
        lines.append("Tags: " + tag_line(a.tags))  # ("a, b" quoted: joined bare, it read as two tags)
    if a.note:
        lines.append(a.note)
    return visible_controls("\n".join(lines))  # (a raw U+202E reversed the words after it; the record keeps it)


class ImportTarget(Protocol):
    """What importing a PDF's annotations needs of the service."""

    library: Library

    def load(self, path: Path) -> Document: ...
    def documents(self) -> list[DocumentRecord]: ...
    def areas_for(self, record: DocumentRecord, start: int, end: int) -> tuple[PageArea, ...]: ...
    def other_pages(self, twin: DocumentRecord, doc: Document) -> str: ...


def same_text_document(service: ImportTarget, document: Document) -> DocumentRecord | None:
    """The library's record of `document`: the same bytes, or else a document of the same format and page
    count whose canonical text is the same and whose pages look the same (a re-saved or annotated copy of it; other
    scans behind the same typed text are another file, `FileService.other_pages`)."""
    record = service.library.store.document(document.id)
    if record is not None and not record.deleted:
        return record
    for candidate in service.documents():
        if candidate.format == document.format and len(candidate.pages) == len(document.pages):
            full = service.library.store.document(candidate.id)
            if full is not None and full.text == document.text and not service.other_pages(full, document):
                return full
    return None


def import_pdf(service: ImportTarget, path: Path, dry_run: bool = False) -> tuple[dict[str, int], Changes]:
    """The annotations in a PDF merged into the library (see `annotations.pdf_marks`): our own exports
    restored exactly, other readers' kept with author, dates, colour, type and replies; skipped types
    counted. The PDF is added unless the library has it (or a copy with the same text); a dry run adds
    nothing."""
    from annotations.pdf_marks import pdf_bundle, reading_counts
    from reader.document.pdf_import import read_pdf_annotations

    document = service.load(path)
    if document.format != "pdf":
        raise DocumentError(f"“{path.name}” is not a PDF.")
    record = same_text_document(service, document)
    reading = read_pdf_annotations(path, document)
    added = False
    if record is not None:
        bundle = pdf_bundle(service.library.store, record, reading, path.name)
    else:  # only added when something lands on it (our records usually go back to their own documents)
        provisional = DocumentRecord(id=document.id, format=document.format, title=document.meta.title or path.stem,
                                     text=document.text, pages=tuple((p.start, p.end) for p in document.pages),
                                     source_path=document.source_path)
        bundle = pdf_bundle(service.library.store, provisional, reading, path.name, include_document=dry_run)
        if not dry_run and any(a.document_id == document.id for a in bundle.annotations):
            service.library.add_document(document, path)
            added = True
    bundle, too_large = within_limits(bundle)
    counts, changes = service.library.import_bundle(bundle, dry_run=dry_run)
    if added or (dry_run and bundle.documents):  # the PDF itself, added as a file (never a provisional text): the
        counts = {**counts, "new_documents": 1, "provisional_documents": 0}  # preview and the import say the same
    return _with_count(counts, "too_large", too_large) | reading_counts(reading), changes


def _with_count(counts: dict[str, int], key: str, n: int) -> dict[str, int]:
    return {**counts, key: n} if n else counts


def is_annotation_json(data: bytes) -> bool:
    """Whether `data` looks like JSON (W3C Web Annotations or Hypothesis) rather than a .dossier zip."""
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head[:1] in (b"{", b"[")


def import_annotations(service: ImportTarget, name: str, data: bytes, dry_run: bool = False
                       ) -> tuple[dict[str, int], Changes]:
    """W3C Web Annotation JSON-LD or Hypothesis JSON merged into the library (see `annotations.w3c_import`
    and `annotations.w3c_place`); the counts say how each was anchored (exact, moved, fuzzy, orphaned),
    how many replies joined a note and how many could not be read."""
    from annotations.w3c_import import parse
    from annotations.w3c_place import place
    from reader.import_addresses import by_address

    fmt, incoming = parse(data, f"“{name}”")
    placement = place(service.library.store, incoming, f"{'Hypothesis' if fmt == 'hypothesis' else 'W3C'} “{name}”")
    bundle, too_large = within_limits(placement.bundle)
    counts, changes = service.library.import_bundle(bundle, dry_run=dry_run, areas_for=service.areas_for)
    counts = _with_count(counts, "too_large", too_large)
    missing = changes.report.get("missing_documents")
    if isinstance(missing, dict) and missing:  # the documents to add, by the titles their targets carry
        named = {doc_id: title or placement.titles.get(doc_id, "") for doc_id, title in missing.items()}
        changes = replace(changes, report={**changes.report, "missing_documents": named})
        counts, changes = by_address(counts, changes, placement.addresses, bundle.annotations)
    return {**counts, **dict(sorted(placement.counts.items()))}, changes


TRIAL_QUOTES = 25
"""How many of a REFI-QDA source's codings are tried on the library to see whether it holds that text."""


def qdpx_codes(service: ImportTarget, path: Path) -> list[tuple[str, str]]:
    """A REFI-QDA project's codes and what each becomes by default (see `import_qdpx`'s `codes`)."""
    from annotations.export.qdpx_read import code_choices

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"Cannot read {path}: {exc.strerror}.") from None
    return code_choices(data, service.library.store.codebook())


def import_qdpx(service: ImportTarget, name: str, data: bytes, dry_run: bool = False,
                codes: dict[str, str] | None = None) -> tuple[dict[str, int], Changes]:
    """A REFI-QDA project's codings merged into the library (see `annotations.export.qdpx_read`; `codes`:
    code name -> "entity:LABEL", "claim:TAG", "claim", "tag", "highlight" or "note"). A source whose codings land on no library
    document is added as a text document first (not in a dry run, which says them as added: `reader.qdpx_preview`)."""
    import tempfile

    from annotations.export.qdpx_read import as_carried, read_qdpx
    from annotations.w3c_place import place
    from reader.qdpx_preview import as_added

    project = read_qdpx(data, service.library.store.codebook(), codes)
    counts: dict[str, int] = {}
    unadded: set[str] = set()  # (a dry run: where the sources the import adds stand in the preview, awaiting)
    incoming = []
    added = Changes(generation=service.library.store.generation)
    with tempfile.TemporaryDirectory(prefix="dossier-qdpx-") as tmp:
        for source in project.sources:
            if not source.annotations:
                continue
            held = service.library.store.document(source.sha256, with_text=False) if source.sha256 else None
            known = held is not None and not held.deleted
            sample = source.annotations[:TRIAL_QUOTES]  # enough to tell whether the library holds the text
            trial = None if known else place(service.library.store, sample, name)
            if trial is not None and trial.counts.get("anchored_orphaned", 0) == len(sample):
                counts["documents_added"] = counts.get("documents_added", 0) + 1
                unadded |= {a.document_id for a in trial.bundle.annotations} if dry_run else set()
                if not dry_run:
                    stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in source.name)[:80].strip()
                    path = Path(tmp) / f"{stem or 'source'}.txt"
                    path.write_bytes(source.text.encode("utf-8", "replace"))
                    record, change = service.library.add_document(service.load(path), path)
                    added = added.merged(change)
                    for a in source.annotations:
                        a.sha256 = record.id
            incoming += source.annotations
    placement = place(service.library.store, incoming, f"REFI-QDA “{name}”")
    bundle, too_large = within_limits(as_carried(placement.bundle, service.library.store.annotation))
    merged, changes = service.library.import_bundle(bundle, dry_run=dry_run, areas_for=service.areas_for)
    merged = _with_count(merged, "too_large", too_large)
    placed = placement.counts + project.counts
    if unadded:  # "6 awaiting documents you do not have yet, 1 pending documents" said the opposite of the import
        merged, placed, changes = as_added(merged, placed, changes, unadded, bundle.annotations)
    return {**merged, **counts, **dict(sorted(placed.items()))}, added.merged(changes)
