"""The one service layer the CLI and the app talk to. Qt-free.

It opens files (in an isolated worker process), resolves what the user typed (document id, prefix or
path; annotation id or prefix), and calls the library. Every mutating call returns `Changes`.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import platformdirs

from annotations.anchoring import find_quote
from annotations import undo as undo_mod
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.doc_properties import DocumentProperties
from annotations.errors import BundleError, DocumentError, DossierError, NotFoundError, ValidationError
from annotations.bundle import Bundle
from annotations.library import AnnotationEdit, AnnotationInput, Conflict, Library, record_of
from annotations.model import Annotation, DocumentRecord, Entity, Kind, PageArea, Quad
from annotations.search import SearchResult
from annotations import assist, entity_index
from annotations.entity_index import EntityProfile, EntitySummary
from annotations import spellings
from annotations.spellings import SpellingProposal
from annotations.suggest import Suggestion
from annotations.w3c import strip_iri, to_w3c
from annotations.workshop.exercise import ExerciseReport
from reader.document import SUPPORTED_SUFFIXES, Document, PageSpan, page_rects
from reader.document.isolated import DocumentWorker
from reader.document.loader import file_digest, load_document
from reader import identity, services_export, services_workshop

Progress = Callable[[int, int], None]


def default_library_dir() -> Path:
    """$DOSSIER_LIBRARY, else the per-user data folder (platformdirs)."""
    env = os.environ.get("DOSSIER_LIBRARY")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir("Dossier", appauthor=False)) / "library"


def default_annotator() -> str:
    """$DOSSIER_ANNOTATOR, else the name given in the app (`reader.identity`), else the login name."""
    return identity.annotator()[0]


@dataclass(frozen=True)
class AddResult:
    path: Path
    record: DocumentRecord | None = None
    changes: Changes = field(default_factory=Changes)
    error: str | None = None
    replaced: str | None = None
    """Id of the earlier version of this file whose annotations were re-anchored onto this one."""
    same_text: bool = False
    """The file is a copy (re-saved, annotated elsewhere) of `record`: the same canonical text."""


class ReaderService:
    def __init__(self, library: Library, annotator: str | None = None, isolated: bool = True) -> None:
        self.library = library
        self.annotator = annotator or default_annotator()
        self.annotator_is_login = not annotator and identity.annotator()[1]
        """The annotator's name is only the computer's login name (nobody set one): not put on a cover."""
        self._isolated = isolated and os.environ.get("DOSSIER_IN_PROCESS") != "1"
        self._worker: DocumentWorker | None = None
        self._seen_version = library.store.data_version()
        self.closed = False
        self._last_bundle: tuple[str, Bundle, dict[str, DocumentRecord]] | None = None
        """The bundle last read and validated, by SHA-256 of its bytes: File > Import's dry run (the
        preview) and the import itself read and parse it once."""
        self._answer_key_ok = ""
        """SHA-256 of the answer key the person agreed to import (see `import_file`)."""

    @classmethod
    def open(cls, folder: str | Path | None = None, annotator: str | None = None,
             isolated: bool = True) -> ReaderService:
        return cls(Library.open(Path(folder) if folder else default_library_dir()), annotator, isolated)

    def twin(self) -> ReaderService:
        """Another service on the same library with its own connection, for another thread (a SQLite
        connection stays on the thread that opened it)."""
        return ReaderService(Library.open(self.library.folder), self.annotator, self._isolated)

    def messages(self) -> list[str]:
        """What the library had to say since it opened (index repairs, an index that cannot be written)."""
        return list(self.library.messages)

    def index_problem(self) -> str | None:
        """Why search is unavailable now (the index cannot be written), or None."""
        return self.library.index.unavailable

    def retry_index(self) -> bool:
        """Let an unwritable index try to catch up (at most every few seconds); True once it works."""
        return self.library.index.catch_up() if self.library.index.unavailable else True

    def close(self) -> None:
        self.closed = True
        if self._worker is not None:
            self._worker.close()
        self.library.close()

    # -- documents -------------------------------------------------------------------------------
    def load(self, path: Path) -> Document:
        """Parse a file; in the worker process unless isolation is off (tests, benchmarks)."""
        if not self._isolated:
            return load_document(path)
        if self._worker is None:
            self._worker = DocumentWorker()
        return self._worker.load(path)

    def add_file(self, path: str | Path) -> AddResult:
        """Add one file. A changed file at a path already in the library is a new version: its
        annotations are re-anchored onto it (see `changes.report`). A file whose text is exactly that of
        a document already here (a re-saved or annotated copy) is that document (`same_text`)."""
        path = Path(path)
        try:
            known = self._known(path)
            if known is not None:  # the same bytes are already here: no parsing, no worker process
                return AddResult(path, known, Changes(generation=self.library.store.generation))
            doc = self.load(path)
            earlier = [d for d in self.library.store.documents_at_path(doc.source_path) if d.id != doc.id]
            if earlier:
                changes = self.library.replace_document(earlier[-1].id, doc, path, areas_for=self.areas_for)
                record = self.library.document(doc.id, with_text=False)
                return AddResult(path, record, changes, replaced=earlier[-1].id)
            if self.library.store.document(doc.id, with_text=False) is None:
                twin = self.library.store.document_with_text(doc.text)
                if twin is not None:  # a re-saved or annotated copy: its annotations belong on the one we have
                    return AddResult(path, twin, Changes(generation=self.library.store.generation), same_text=True)
            record, changes = self.library.add_document(doc, path, areas_for=self.areas_for)
            return AddResult(path, record, changes)
        except DossierError as exc:
            return AddResult(path, error=exc.message)

    def _known(self, path: Path) -> DocumentRecord | None:
        """The live document with exactly this file's bytes, if the library has it."""
        try:  # streamed and capped: a 3 GB file is refused by `load`, never read whole to hash it
            digest = file_digest(path) if path.is_file() else ""
        except (OSError, DossierError):
            return None
        record = self.library.store.document(digest, with_text=False) if digest else None
        return record if record is not None and not record.deleted and not record.provisional else None

    def add_files(self, paths: Iterable[str | Path], progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[AddResult]:
        """Add files and folders (recursively, supported types only); one result per file."""
        files = expand_paths(paths)
        results: list[AddResult] = []
        for i, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            results.append(self.add_file(path))
            if progress is not None:
                progress(i + 1, len(files))
        return results

    def resolve_document(self, ref: str) -> DocumentRecord:
        """A document by id, unique id prefix, or the path of a file already added."""
        store = self.library.store
        ref = strip_iri(ref.strip())
        doc = store.document(ref, with_text=False)
        if doc is not None and not doc.deleted:
            return doc
        candidate = Path(ref).expanduser()
        if candidate.exists():
            by_path = store.documents_at_path(str(candidate.resolve()))
            if by_path:
                return by_path[-1]
            try:
                loaded_id = self.load(candidate).id
            except DocumentError:
                loaded_id = ""
            doc = store.document(loaded_id, with_text=False) if loaded_id else None
            if doc is not None and not doc.deleted:
                return doc
            raise NotFoundError(f"“{ref}” has not been added to the library (use `add` first).")
        if len(ref) >= 4:
            ids = store.document_ids_with_prefix(ref.lower())
            if len(ids) == 1:
                found = store.document(ids[0], with_text=False)
                if found is not None:
                    return found
            if len(ids) > 1:
                raise NotFoundError(f"“{ref}” matches {len(ids)} documents; type more of the id.")
        raise NotFoundError(f"No document “{ref}” in the library.")

    def documents(self) -> list[DocumentRecord]:
        return self.library.store.documents()

    def document(self, document_id: str) -> DocumentRecord:
        return self.library.document(document_id)

    def as_document(self, record: DocumentRecord) -> Document:
        """The loader's view of a stored record (no re-parsing)."""
        return Document(id=record.id, format=record.format, source_path=record.source_path, size=record.size,
                        text=record.text, pages=tuple(PageSpan(i, s, e) for i, (s, e) in enumerate(record.pages)))

    # -- annotations -----------------------------------------------------------------------------
    def areas_for(self, record: DocumentRecord, start: int, end: int) -> tuple[PageArea, ...]:
        """On-page quads of a range of a paged document (from the library's copy of the file)."""
        path = self.library.stored_path(record)
        if not record.paged or path is None or not path.exists():
            return ()
        full = record if record.text else self.library.document(record.id)
        rects = page_rects(path, self.as_document(full), start, end)
        return tuple(PageArea(page, tuple(Quad.from_rect(*r) for r in rs)) for page, rs in rects)

    def annotate(self, document_id: str, spec: AnnotationInput) -> tuple[Annotation, Changes]:
        record = self.library.document(document_id)
        spec = replace(spec, areas=spec.areas or self.areas_for(record, spec.start, spec.end))
        return self.library.annotate(record.id, spec, creator=self.annotator)

    def annotate_quote(self, doc_ref: str, quote: str, occurrence: int, spec: AnnotationInput) -> tuple[Annotation, Changes]:
        record = self.library.document(self.resolve_document(doc_ref).id)
        start, end = find_quote(record.text, quote, occurrence)
        return self.annotate(record.id, replace(spec, start=start, end=end))

    def annotate_many(self, document_id: str, specs: Sequence[AnnotationInput], label: str | None = None
                      ) -> tuple[list[Annotation], Changes]:
        record = self.library.document(document_id)
        specs = [replace(s, areas=s.areas or self.areas_for(record, s.start, s.end)) for s in specs]
        return self.library.annotate_many(record.id, specs, creator=self.annotator, label=label)

    def resolve_annotation(self, ref: str) -> Annotation:
        ref = strip_iri(ref.strip())
        found = self.library.store.annotation(ref)
        if found is not None:
            return found
        if len(ref) >= 6:
            matches = [a for a in self.library.store.annotations(include_deleted=True) if a.id.startswith(ref)]
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise NotFoundError(f"“{ref}” matches {len(matches)} annotations; type more of the id.")
        raise NotFoundError(f"No annotation “{ref}” in the library.")

    def annotations(self, document_id: str) -> list[Annotation]:
        return self.library.store.annotations(document_id)

    def annotations_after(self, document_id: str, known: list[Annotation], changed: frozenset[str] | None
                          ) -> list[Annotation]:
        """The document's live annotations in reading order, given the list before an edit and the ids the
        edit changed (None: read them all)."""
        if changed is None or not known or any(a.document_id != document_id for a in known[:1]):
            return self.annotations(document_id)
        fresh = [a for a in self.library.store.annotations_by_ids(sorted(changed))
                 if a.document_id == document_id and not a.deleted]
        kept = [a for a in known if a.id not in changed]
        return sorted(kept + fresh, key=lambda a: (a.target.start, a.target.end, a.id))

    def entities(self) -> list[Entity]:
        return self.library.store.entities()

    def w3c(self, annotation: Annotation) -> dict[str, object]:
        record = self.library.store.document(annotation.document_id, with_text=False)
        ids = [i for i in (annotation.entity_id, annotation.claim.speaker_id if annotation.claim else None) if i]
        page = record.page_of(annotation.target.start) if record is not None else None
        return to_w3c(annotation, record, self.library.store.entities_by_ids(ids), page=page)

    def delete_annotation(self, ref: str, remove_entity: bool = False) -> Changes:
        """`remove_entity`: the entity it was the last mention of goes too (one undo step)."""
        return self.library.delete_annotation(self.resolve_annotation(ref).id, remove_entity=remove_entity)

    def entity_left_without_mentions(self, annotation_id: str) -> Entity | None:
        """The entity that deleting this mention would leave with no mention and no claim."""
        return self.library.entity_left_without_mentions(annotation_id)

    def edit_annotation(self, annotation_id: str, **fields: object) -> Changes:
        return self.library.edit_annotation(annotation_id, **fields)

    def edit(self, annotation_id: str, edit: AnnotationEdit) -> Changes:
        """Several fields of one annotation as one undoable step (see `Library.edit`)."""
        return self.library.edit(annotation_id, edit)

    def conflicts(self) -> list[Conflict]:
        """Open merge conflicts (ours and theirs of each)."""
        return self.library.conflicts()

    def resolve_conflict(self, conflict_id: str, take_theirs: bool) -> Changes:
        return self.library.resolve_conflict(conflict_id, take_theirs)

    def set_claim(self, annotation_id: str, speaker_name: str | None = None, **fields: object) -> Changes:
        return self.library.set_claim(annotation_id, speaker_name=speaker_name, **fields)

    def entity(self, entity_id: str) -> Entity | None:
        return self.library.store.entity(entity_id)

    def codebook(self) -> Codebook:
        return self.library.store.codebook()

    def undo_label(self) -> str | None:
        return undo_mod.undo_label(self.library.store)

    def redo_label(self) -> str | None:
        return undo_mod.redo_label(self.library.store)

    def remove_document(self, document_id: str) -> Changes:
        return self.library.remove_document(document_id)

    def trashed_documents(self) -> list[DocumentRecord]:
        return [d for d in self.library.store.documents(include_deleted=True) if d.deleted and d.rev != "forgotten"]

    def restore_document(self, document_id: str) -> Changes:
        return self.library.restore_document(document_id)

    def set_document_properties(self, document_id: str, edit: DocumentProperties) -> Changes:
        """Title, authors, outlet, date, URL, language, source reliability (see `annotations.doc_properties`)."""
        return self.library.set_document_properties(document_id, edit)

    def stored_file(self, record: DocumentRecord) -> Path | None:
        """The library's own copy of a document's file (what the page view renders)."""
        return self.library.stored_path(record)

    def annotation_counts(self) -> dict[str, dict[str, int]]:
        return self.library.store.annotation_counts()

    def export(self, fmt: str, document_refs: list[str] | None = None, query: str | None = None,
               with_documents: bool = False, answer_key: bool = False, hide_notes: bool = False,
               trainer: str = "", title: str = "", date: str = "", wikilinks: bool = False,
               claims: bool = False) -> bytes:
        """Notes out as bytes (see `reader.services_export.export`); the caller writes them atomically."""
        return services_export.export(self, fmt, document_refs, query, with_documents, answer_key, hide_notes,
                                      trainer, title, date, wikilinks=wikilinks, claims=claims)

    def changed_elsewhere(self, catch_up: bool = True) -> bool:
        """True once after another window or process changed the library (then, with `catch_up`, the
        index has caught up with it); the app polls this to refresh what it shows, and catches the index
        up on its worker (`catch_up_index`): waiting for another writer's index lock would freeze it."""
        if self.closed:
            return False
        version = self.library.store.data_version()
        if version == self._seen_version:
            return False
        self._seen_version = version
        if catch_up:
            self.library.index.catch_up()
        return True

    def catch_up_index(self) -> bool:
        """Bring the search index up to the library (False if it is busy or cannot be written now)."""
        return self.library.index.catch_up()

    def compare_exercise(self, key: str | Path, trainees: Sequence[str | Path]) -> ExerciseReport:
        """An answer key against trainees' bundles (see `reader.services_workshop`)."""
        return services_workshop.compare_files(key, trainees)

    def exercise_texts(self, report: ExerciseReport) -> dict[str, str]:
        """The compared documents' texts: the library's where it has them, else what the key carried."""
        texts = dict(report.texts)
        for doc_id, _ in report.documents:
            record = self.library.store.document(doc_id)
            if record is not None and not record.deleted and record.text:
                texts[doc_id] = record.text
        return texts

    def answer_key(self, document_refs: Sequence[str], trainer: str = "", hide_notes: bool = True,
                   with_documents: bool = True) -> bytes:
        """A trainer's answer key: a .dossier bundle of these documents flagged as an answer key and
        credited to `trainer` (else the annotator); by default without the notes and with the articles
        (so the exercise window can show the text on any machine)."""
        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs))
        return self.library.export_bundle(doc_ids, trainer.strip() or self.annotator, answer_key=True,
                                          with_documents=with_documents, hide_notes=hide_notes)

    def briefing_pack(self, document_refs: Sequence[str], trainer: str = "", title: str = "", date: str = "",
                      parts: Sequence[str] = services_export.PACK_PARTS) -> bytes:
        """The briefing pack PDF of these documents, with the `parts` asked for (see
        `reader.services_export.briefing_pack`)."""
        from annotations.export import collect

        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs))
        selection = collect(self.library.store, doc_ids, creator=self.annotator)
        return services_export.briefing_pack(self, selection, trainer, title, date, parts)

    def exercise_pages(self, report: ExerciseReport) -> dict[str, services_workshop.PagedDiff]:
        """The compared documents the library holds as PDFs, with the page areas of the diff's spans."""
        records = {doc_id: r for doc_id, _ in report.documents
                   if (r := self.library.store.document(doc_id)) is not None and not r.deleted and r.text}
        return services_workshop.paged_diffs(self, report, records)

    def exercise_report(self, report: ExerciseReport, fmt: str) -> bytes:
        return services_workshop.report_bytes(report, fmt)

    def import_pdf_annotations(self, path: Path, dry_run: bool = False) -> tuple[dict[str, int], Changes]:
        """Annotations in a PDF (ours restored exactly, other readers' kept with author, dates, colour, type
        and replies) merged into the library; see `services_export.import_pdf`."""
        return services_export.import_pdf(self, path, dry_run=dry_run)

    def import_file(self, path: str | Path, dry_run: bool = False, allow_orphans: bool = True,
                    answer_key_ok: bool = False, codes: dict[str, str] | None = None
                    ) -> tuple[dict[str, int], Changes]:
        """Import a .dossier bundle (validated completely first, then merged in one transaction), or the
        annotations already in a PDF. The bundle's files are parsed here (in the worker process): a
        document's text comes from its file, never from what the bundle says it is. A trainer's answer
        key is refused (`AnswerKeyError`, dry runs too) unless `answer_key_ok`: a trainee must not slip
        the key into their library unawares (the yes given for a file's preview holds for merging those
        same bytes next); imported, its import record reads "… (answer key)" (provenance, `from:` search)."""
        from annotations.bundle import read_bundle

        path = Path(path)
        if path.suffix.lower() == ".pdf":
            return self.import_pdf_annotations(path, dry_run=dry_run)
        if path.suffix.lower() == ".qdpx":  # a REFI-QDA project: `codes` says what its codes become
            try:
                return services_export.import_qdpx(self, path.name, path.read_bytes(), dry_run=dry_run, codes=codes)
            except OSError as exc:
                raise BundleError(f"Cannot read {path}: {exc.strerror}.") from None
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise BundleError(f"Cannot read {path}: {exc.strerror}.") from None
        if services_export.is_annotation_json(data):  # W3C Web Annotations or Hypothesis JSON
            return services_export.import_annotations(self, path.name, data, dry_run=dry_run)
        digest = hashlib.sha256(data).hexdigest()
        if self._last_bundle is None or self._last_bundle[0] != digest:  # the preview read it: not again
            bundle = read_bundle(data)
            self._last_bundle = (digest, bundle, self._parse_bundle_files(bundle))
        _, bundle, parsed = self._last_bundle
        if bundle.answer_key:
            if answer_key_ok:
                self._answer_key_ok = digest  # the yes given for the preview holds for the merge that follows
            elif self._answer_key_ok != digest:
                raise services_workshop.AnswerKeyError(path.name, bundle.creator, bundle.hidden_notes)
            bundle = services_workshop.flagged_answer_key(bundle)
        return self.library.import_bundle(bundle, allow_orphans=allow_orphans, dry_run=dry_run,
                                          parsed=parsed, areas_for=self.areas_for)

    def _parse_bundle_files(self, bundle: Bundle) -> dict[str, DocumentRecord]:
        """Each file a bundle carries, parsed as if the user had added it (checksummed against its id)."""
        formats = {d.id: d.format for d in bundle.documents}
        parsed: dict[str, DocumentRecord] = {}
        with tempfile.TemporaryDirectory(prefix="dossier-bundle-") as tmp:
            for doc_id, blob in sorted(bundle.files.items()):
                if doc_id not in formats:
                    continue
                path = Path(tmp) / f"{doc_id[:16]}.{formats[doc_id]}"
                path.write_bytes(blob)
                try:
                    doc = self.load(path)
                except DossierError:
                    continue  # the record's text stays provisional; the user can add the file later
                if doc.id == doc_id:
                    parsed[doc_id] = replace(record_of(doc), source_path="")
        return parsed

    def suggest(self, document_id: str, kind: str | None = None) -> list[Suggestion]:
        """Entity and/or claim suggestions for a document; never stored (see `annotations.assist`)."""
        return assist.suggest(self.library, document_id, kind)

    def accept_suggestions(self, document_id: str, suggestions: Sequence[Suggestion]
                           ) -> tuple[list[Annotation], Changes]:
        record = self.library.document(document_id)
        areas = (lambda start, end: self.areas_for(record, start, end)) if record.paged else None
        return assist.accept(self.library, record.id, suggestions, self.annotator, areas=areas)

    def reject_suggestions(self, document_id: str, suggestions: Sequence[Suggestion]) -> Changes:
        return assist.reject(self.library, document_id, suggestions)

    # -- entities and the codebook ----------------------------------------------------------------
    def rename_entity(self, entity_id: str, name: str) -> Changes:
        """Rename an entity everywhere; the old name stays as an alias."""
        return self.library.rename_entity(entity_id, name)

    def set_aliases(self, entity_id: str, aliases: Sequence[str]) -> Changes:
        return self.library.set_aliases(entity_id, aliases)

    def merge_entities(self, keep_id: str, other_id: str) -> Changes:
        """Fold `other_id` into `keep_id` (its mentions, claims and names), as one undoable step."""
        return self.library.merge_entities(keep_id, other_id)

    def split_entity(self, entity_id: str, annotation_ids: Sequence[str], name: str) -> tuple[Entity, Changes]:
        """Move some mentions of an entity to a new entity called `name`."""
        return self.library.split_entity(entity_id, annotation_ids, name)

    def set_codebook(self, codebook: Codebook) -> Changes:
        return self.library.set_codebook(codebook)

    # -- the library itself ----------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The library folder (another connection, e.g. a background task's, opens it by this)."""
        return self.library.folder

    def read_only(self) -> bool:
        """True when the library could be opened for reading only (permissions, read-only mount)."""
        return bool(self.library.store.read_only)

    def live_document(self, document_id: str) -> DocumentRecord | None:
        """The document's metadata if it is in the library and not in the trash, else None."""
        record = self.library.store.document(document_id, with_text=False)
        return record if record is not None and not record.deleted else None

    def entity_summaries(self) -> list[EntitySummary]:
        return entity_index.entity_summaries(self.library.store)

    def entity_profile(self, entity_id: str) -> EntityProfile | None:
        return entity_index.entity_profile(self.library.store, entity_id)

    def spelling_proposals(self, entity_id: str) -> list[SpellingProposal]:
        """Other spellings of an entity found in the library's documents (other scripts, romanisations)."""
        return spellings.spelling_proposals(self.library.store, [entity_id])

    def undo(self) -> Changes:
        return self.library.undo()

    def redo(self) -> Changes:
        return self.library.redo()

    def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False) -> SearchResult:
        return self.library.search(query, limit=limit, scope=scope, facets=facets)

    def reindex(self, progress: Progress | None = None) -> int:
        return self.library.reindex(progress)


__all__ = ["AddResult", "AnnotationEdit", "AnnotationInput", "Conflict", "ReaderService", "SearchResult",
           "default_annotator", "default_library_dir", "expand_paths"]
"""The UI and the CLI take the library's input and result types from here: they never import
`annotations.library`, `store`, `index`, `search` or `undo` themselves (an import-linter contract)."""


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    return out
