"""The service's exchange: exports (every format), importing bundles, annotated PDFs, W3C/Hypothesis
JSON and REFI-QDA projects (a bundle read once for the preview and the merge), and the workshop's
answer keys, briefing packs and comparisons. A part `ReaderService` is made of. Qt-free."""
from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.bundle import Bundle
from annotations.changes import Changes
from annotations.codebook import Codebook
from annotations.errors import BundleError, DossierError
from annotations.library import record_of
from annotations.model import DocumentRecord
from annotations.revisions import FORGOTTEN
from annotations.search import SearchResult
from annotations.workshop.exercise import ExerciseReport
from reader import identity, services_export, services_workshop
from reader.services_files import FileService


class ExchangeService(FileService):
    """Notes in and out; `ReaderService` sets the annotator and the bundle last read."""

    annotator: str
    _last_bundle: tuple[str, Bundle, dict[str, DocumentRecord]] | None
    _answer_key_ok: str
    _previews: dict[str, str]
    if TYPE_CHECKING:  # ReaderService's (the export needs them too)
        def codebook(self) -> Codebook: ...
        def search(self, query: str, limit: int = 20, scope: str = "annotations", facets: bool = False
                   ) -> SearchResult: ...

    def export(self, fmt: str, document_refs: list[str] | None = None, query: str | None = None,
               with_documents: bool = False, answer_key: bool = False, hide_notes: bool = False,
               trainer: str = "", title: str = "", date: str = "", wikilinks: bool = False,
               claims: bool = False) -> bytes:
        """Notes out as bytes (see `reader.services_export.export`); the caller writes them atomically."""
        data = services_export.export(self, fmt, document_refs, query, with_documents, answer_key, hide_notes,
                                      trainer, title, date, wikilinks=wikilinks, claims=claims)
        if answer_key and fmt == "dossier":  # its records are never rewritten by a trainee's bundle
            services_workshop.remember_answer_key(self.library.store, data)
        return data

    def guessable_hidden_notes(self, document_refs: Sequence[str] | None = None) -> int:
        """How many live notes of these documents (all without `document_refs`) are not sealed — written
        before store schema 11, or taken from another tool (W3C JSON-LD, another reader's PDF, Hypothesis,
        REFI-QDA): hidden with --hide-notes, their words can still be tested by guessing against the ids."""
        doc_ids = ([self.resolve_document(ref).id for ref in document_refs] if document_refs
                   else [d.id for d in self.library.store.documents()])
        return sum(1 for doc_id in dict.fromkeys(doc_ids) for a in self.library.store.annotations(doc_id)
                   if a.note and not a.note_salt)

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
        (so the exercise window can show the text on any machine). Others' work imported here is left out
        (`answer_key_left_out` says what). `trainer` is cleaned as the annotator's name is."""
        trainer = identity.clean_name(trainer)
        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs))
        kept, _ = services_workshop.key_annotations(self.library.store, doc_ids, {trainer, self.annotator})
        data = self.library.export_bundle(doc_ids, trainer or self.annotator, answer_key=True,
                                          with_documents=with_documents, hide_notes=hide_notes, only=kept)
        services_workshop.remember_answer_key(self.library.store, data)
        return data

    def waiting_note(self) -> str:
        """What an export of the whole library leaves out: annotations waiting for their documents ("" if none)."""
        waiting = self.library.store.count_waiting()
        if not waiting:
            return ""
        return (f"{waiting} annotation(s) waiting for their document (imported before the document was added) are "
                "not in the export: add the documents, then export again.")

    def damaged_files_note(self, document_refs: Sequence[str] | None) -> str:
        """What an export of these documents (all when None) cannot carry or draw on: documents whose stored copy
        in the library is missing or was replaced ("" when none; `Library.damaged_files`)."""
        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs)) \
            if document_refs else [d.id for d in self.library.store.documents()]
        damaged = self.library.damaged_files(doc_ids)
        if not damaged:
            return ""
        names = ", ".join(f"“{d.title}”" for d in damaged[:3]) + (" and others" if len(damaged) > 3 else "")
        return (f"the library's stored copy of {names} is missing or is not the file it was added from (deleted or "
                "replaced on disk): the export goes without it (a bundle carries the annotations without the file, "
                "an annotated PDF is drawn on the text alone). Add the original file again to restore it.")

    def answer_key_left_out(self, document_refs: Sequence[str] | None, trainer: str = "") -> str:
        """What an answer key of these documents (all when None) leaves out, in words: annotations imported from
        others' bundles ("" when none; see `services_workshop.key_annotations`)."""
        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs)) \
            if document_refs else [d.id for d in self.library.store.documents()]
        _, left_out = services_workshop.key_annotations(self.library.store, doc_ids, {trainer, self.annotator})
        return services_workshop.left_out_line(left_out)

    def briefing_pack(self, document_refs: Sequence[str], trainer: str = "", title: str = "", date: str = "",
                      parts: Sequence[str] = services_export.PACK_PARTS) -> bytes:
        """The briefing pack PDF of these documents, with the `parts` asked for (see
        `reader.services_export.briefing_pack`)."""
        from annotations.export import collect

        doc_ids = list(dict.fromkeys(self.resolve_document(ref).id for ref in document_refs))
        selection = services_export.with_page_labels(self, collect(self.library.store, doc_ids, creator=self.annotator))
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
                    answer_key_ok: bool = False, codes: dict[str, str] | None = None, as_previewed: bool = False
                    ) -> tuple[dict[str, int], Changes]:
        """Import a .dossier bundle (validated completely first, then merged in one transaction), or the
        annotations already in a PDF. The bundle's files are parsed here (in the worker process): a
        document's text comes from its file, never from what the bundle says it is. A trainer's answer
        key is refused (`AnswerKeyError`, dry runs too) unless `answer_key_ok`: a trainee must not slip
        the key into their library unawares (the yes given for a file's preview holds for merging those
        same bytes next); imported, its import record reads "… (answer key)" (provenance, `from:` search).
        `as_previewed`: the person said yes to this file's preview (the dry run before), so the import is refused
        (`BundleError`, nothing changed) if the file's bytes are not those the preview read: a sync client or
        another program may replace it while the question is open."""
        from annotations.bundle import read_bundle

        path = Path(path)
        if path.suffix.lower() in (".pdf", ".qdpx"):  # (read again by their importers: a moment later)
            self._check_preview(path, None, dry_run, as_previewed)
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
        self._check_preview(path, data, dry_run, as_previewed)  # (the very bytes merged next)
        marked = next((encoding for mark, encoding in _MARKS if data.startswith(mark)), None)
        if marked is not None:  # JSON saved as UTF-16/32 with its mark (Windows tools do), or UTF-8 with one
            try:
                data = data.decode(marked).encode("utf-8")
            except UnicodeDecodeError:
                raise BundleError(f"{path.name} is no readable {marked[:6].upper()} text; nothing was imported.") \
                    from None
        if not data.strip():
            raise BundleError(f"{path.name} is empty; nothing was imported.")
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
        elif bundle.format_version >= 2 and services_workshop.has_answer_key(self.library.store):  # never the key
            plan = self.library.plan_import(bundle, parsed, self.areas_for)
            services_workshop.check_key_records(self.library.store, bundle, plan, path.name)
        return self.library.import_bundle(bundle, allow_orphans=allow_orphans, dry_run=dry_run,
                                          parsed=parsed, areas_for=self.areas_for)

    def _check_preview(self, path: Path, data: bytes | None, dry_run: bool, as_previewed: bool) -> None:
        """A dry run notes the digest of the file's bytes (`data`, or read from `path`); an import `as_previewed`
        must find the same bytes."""
        if not dry_run and not as_previewed:
            return
        try:
            if data is not None:
                digest = hashlib.sha256(data).hexdigest()
            else:
                with path.open("rb") as stream:
                    digest = hashlib.file_digest(stream, "sha256").hexdigest()
        except OSError as exc:
            raise BundleError(f"Cannot read {path}: {exc.strerror}.") from None
        key = str(path.absolute())
        if dry_run:
            self._previews[key] = digest
        elif self._previews.get(key) != digest:
            raise BundleError(f"{path.name} is not what its preview showed: it changed since it was read (another "
                              "program or a sync client replaced it). Nothing was imported; import it again to see "
                              "what it holds now.")

    def _holds_file_of(self, doc_id: str) -> bool:
        """Whether the library has this document from its own file (not provisional, not forgotten by an undo, the
        file still there: a stored file deleted from disk is written back from the bundle's copy)."""
        held = self.library.store.document(doc_id, with_text=False)
        if held is None or held.provisional or held.rev == FORGOTTEN:
            return False
        path = self.library.stored_path(held)
        return path is not None and path.exists()

    def _parse_bundle_files(self, bundle: Bundle) -> dict[str, DocumentRecord]:
        """Each file a bundle carries, parsed as if the user had added it (checksummed against its id)."""
        formats = {d.id: d.format for d in bundle.documents}
        parsed: dict[str, DocumentRecord] = {}
        with tempfile.TemporaryDirectory(prefix="dossier-bundle-") as tmp:
            for doc_id, blob in sorted(bundle.files.items()):
                if doc_id not in formats or self._holds_file_of(doc_id):
                    continue  # (a document held already keeps its own text: parsing the copy would only cost —
                    # the language model alone unpacks ~60 MB to the temporary folder)
                path = Path(tmp) / f"{doc_id[:16]}.{formats[doc_id]}"
                path.write_bytes(blob)
                try:
                    doc = self.load(path)
                except DossierError:
                    continue  # the record's text stays provisional; the user can add the file later
                if doc.id == doc_id:
                    parsed[doc_id] = replace(record_of(doc), source_path="")
        return parsed


_MARKS = ((b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\xef\xbb\xbf", "utf-8-sig"),
          (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
"""Byte-order marks a JSON file may open with, and how to read it (UTF-32's before UTF-16's: they start alike)."""
