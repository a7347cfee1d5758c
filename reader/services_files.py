"""The service's files: parsing a file (in an isolated worker process), adding files and folders (a
changed file is a new version, a re-saved copy is the document already here), resolving what the user
typed as a document, and a range's areas on a PDF's pages. A part `ReaderService` is made of. Qt-free."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from annotations.changes import Changes
from annotations.errors import DocumentError, DossierError, NotFoundError
from annotations.library import Library
from annotations.model import Annotation, DocumentRecord, PageArea, Quad
from annotations.revisions import FORGOTTEN
from annotations.unicode_text import mended
from annotations.w3c import strip_iri
from reader.document import SUPPORTED_SUFFIXES, Document, PageSpan, page_rects
from reader.document.formats import FIXED_LAYOUT
from reader.document.isolated import DocumentWorker
from annotations.atomic import write_bytes_atomic
from reader.document.loader import file_digest, load_document, stored_warnings
from reader.document.span_rects import spans_rects

Progress = Callable[[int, int], None]


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
    earlier_at_path: DocumentRecord | None = None
    """The document this path held when it was added, when the file now holds another document's bytes (`record`):
    that one stays as it was. Without it, the add printed only the other document's id."""
    text_twin: DocumentRecord | None = None
    """A document already here with the same text as this file, which is nevertheless another file: added as a
    document of its own (`other_pages` says how its pages differ). None otherwise."""
    other_pages: str = ""
    warnings: tuple[str, ...] = ()
    """What the reader should know about how the file was read (the loader's `Document.warnings`: a code
    page guessed, bytes shown as "�", EPUB chapters missing and skipped, a garbled text layer). Not stored:
    said when the file is added. Empty when the file's bytes were already in the library (not parsed again)."""


def other_document_note(result: AddResult) -> str:
    """What to say when the added file now holds another document's bytes ("" when it does not): the add took
    it as that document and left the one the path held before as it was (`AddResult.earlier_at_path`)."""
    now, before = result.record, result.earlier_at_path
    if now is None or before is None:
        return ""
    return (f"{result.path.name} now holds the same file as “{now.title}” ({now.id[:12]}…), already in the "
            f"library: it is taken as that document. “{before.title}” ({before.id[:12]}…), which it held when it "
            "was added, keeps its annotations.")


def same_text_note(result: AddResult) -> str:
    """What to say of a file whose text equals a document already here ("" when there is none): taken as that
    document (a re-saved or annotated copy), or added as one of its own because its pages differ."""
    if result.record is None:
        return ""
    if result.same_text:
        return (f"{result.path.name} has the same text as “{result.record.title}” ({result.record.id[:12]}…), already "
                "in the library: it is taken as that document")
    twin = result.text_twin
    if twin is None:
        return ""
    return (f"{result.path.name} has the same text as “{twin.title}” ({twin.id[:12]}…), already in the library, but "
            f"is another file: {result.other_pages}. It is added as a document of its own, with its own pages")


def _pages(count: int) -> str:
    return f"{count:,} page{'' if count == 1 else 's'}"


def add_summary(results: Sequence[AddResult], files: int | None = None) -> str:
    """What an add did, counted by document, not by file: "Added 307 new documents; 257 already in the library, 4
    copies of documents in it." (`files`: how many it was given — those not looked at were cancelled). "Added 564
    document(s)" counted every file: a folder added again said so with nothing new (an outside tester, stop 57)."""
    counts = {"new": 0, "versions": 0, "already": 0, "copies": 0, "failed": 0}
    for r in results:
        kind = "failed" if r.error is not None or r.record is None else "copies" if r.same_text \
            else "versions" if r.replaced else "new" if r.changes.documents else "already"
        counts[kind] += 1

    def n(count: int, one: str, many: str) -> str:
        return f"{count:,} {one if count == 1 else many}"
    parts = [n(counts["new"], "new document", "new documents")]
    if counts["versions"]:
        parts.append(n(counts["versions"], "new version of a file added before", "new versions of files added before"))
    if counts["already"]:
        parts.append(f"{counts['already']:,} already in the library")
    if counts["copies"]:
        parts.append(n(counts["copies"], "copy of a document in it", "copies of documents in it"))
    if counts["failed"]:
        parts.append(f"{counts['failed']:,} could not be added")
    said = f"Added {parts[0]}" + (f"; {', '.join(parts[1:])}" if parts[1:] else "") + "."
    if files is not None and files > len(results):
        said += f" Cancelled: {files - len(results):,} of {files:,} files not looked at."
    return said


def unexpected_failure(path: Path, exc: Exception) -> DocumentError:
    """What to say of a file an add failed on by a fault in Dossier rather than in the file (one bad string in a PDF's
    metadata ended the whole add with a traceback, and every file after it was never added; an outside tester)."""
    return DocumentError(f"“{mended(path.name)}” could not be added: Dossier failed on it ({type(exc).__name__}: "
                         f"{mended(str(exc))[:200]}). The other files were not affected; please report this file.")


class FileService:
    """Adding and resolving documents; `ReaderService` sets the library and how files are parsed."""

    library: Library
    _isolated: bool
    _worker: DocumentWorker | None

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
                restored = self._restore_stored_copy(known, path)
                held = [d for d in self.library.store.documents_at_path(str(path.resolve()))
                        if d.id != known.id]
                return AddResult(path, known, Changes(generation=self.library.store.generation),
                                 earlier_at_path=held[-1] if held else None, warnings=(restored,) if restored else ())
            doc = self.load(path)
            earlier = [d for d in self.library.store.documents_at_path(doc.source_path) if d.id != doc.id]
            if earlier:
                changes = self.library.replace_document(earlier[-1].id, doc, path, areas_for=self.areas_for)
                record = self.library.document(doc.id, with_text=False)
                return AddResult(path, record, changes, replaced=earlier[-1].id, warnings=doc.warnings)
            twin, other_pages = None, ""
            if self.library.store.document(doc.id, with_text=False) is None:
                twin = self.library.store.document_with_text(doc.text)
                other_pages = self.other_pages(twin, doc) if twin is not None else ""
                if twin is not None and not other_pages:  # a re-saved or annotated copy: its annotations belong
                    return AddResult(path, twin, Changes(generation=self.library.store.generation),  # on the one
                                     same_text=True, warnings=doc.warnings)  # we have
            trashed = self.library.store.document(doc.id, with_text=False)
            record, changes = self.library.add_document(doc, path, areas_for=self.areas_for)
            back = (f"“{record.title}” was in the trash (removed, or replaced by a newer version of its file): "
                    "adding the file brought it back.",) if trashed is not None and trashed.deleted else ()
            return AddResult(path, record, changes, warnings=(*doc.warnings, *back),
                             text_twin=twin if other_pages else None, other_pages=other_pages)
        except DossierError as exc:
            return AddResult(path, error=exc.message)
        except Exception as exc:  # a fault of ours on one file: said for that file, and the add goes on to the next
            return AddResult(path, error=unexpected_failure(path, exc).message)

    def other_pages(self, twin: DocumentRecord, doc: Document) -> str:
        """How `doc`'s pages differ from those of `twin`, a document with the same text ("" when they do not: `doc`
        is a re-saved or annotated copy of it). Only pages shown as pages count (PDF, XPS): two PDFs with the same
        typed cover and other scans behind it, or one text laid out on 1 and on 2 pages, were merged into one
        document and the second file never kept (stop 59). Unpaged and reflowed files with the same text (an
        article saved as .txt and as .html) are still one document."""
        if doc.format not in FIXED_LAYOUT and twin.format not in FIXED_LAYOUT:
            return ""
        if doc.format != twin.format:
            return f"it is a {doc.format.upper()} and that one a {twin.format.upper()}"
        if len(doc.pages) != len(twin.pages):
            return f"it has {_pages(len(doc.pages))} and that one {_pages(len(twin.pages))}"
        path = self.library.stored_path(twin)
        if path is None or self.stored_copy_problem(twin):
            return ""  # (nothing to look at: taken as that document, as before)
        try:
            looks = self.load(path).page_looks
        except DocumentError:
            return ""
        differ = [i for i, (a, b) in enumerate(zip(doc.page_looks, looks)) if a != b]
        if not differ or len(looks) != len(doc.page_looks):
            return ""
        shown = ", ".join(str(i + 1) for i in differ[:8]) + (", …" if len(differ) > 8 else "")
        many = len(differ) > 1
        return f"its page{'s' if many else ''} {shown} {'look' if many else 'looks'} different (other images or size)"

    def _restore_stored_copy(self, record: DocumentRecord, path: Path) -> str:
        """The library's stored copy of `record` written back from `path` (the same bytes) when it is missing or
        is not that file any more; what was done, in words ("" when the copy was whole)."""
        if not self.library.damaged_files([record.id]):
            return ""
        target = self.library.stored_path(record)
        if target is None:
            return ""
        write_bytes_atomic(target, path.read_bytes())
        return (f"the library's stored copy of “{record.title}” was missing or damaged; it was restored from this "
                "file.")

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
                loaded: Document | None = self.load(candidate)
            except DocumentError:
                loaded = None
            doc = store.document(loaded.id, with_text=False) if loaded is not None else None
            if doc is None and loaded is not None:  # a copy with the same text, which `add` took as that document
                doc = store.document_with_text(loaded.text)  # ("taken as that document", then "has not been added")
            if doc is not None and not doc.deleted:
                return doc
            if doc is not None:
                raise NotFoundError(_in_trash(doc))
            raise NotFoundError(f"“{ref}” has not been added to the library (use `add` first).")
        if gone := self._added_from(candidate):  # (the file was deleted or moved away since: the library has its copy)
            return gone
        if len(ref) >= 4:
            ids = store.document_ids_with_prefix(ref.lower())
            if len(ids) == 1:
                found = store.document(ids[0], with_text=False)
                if found is not None:
                    return found
            if len(ids) > 1:
                raise NotFoundError(f"“{ref}” matches {len(ids)} documents; type more of the id.")
        if doc is None and len(ref) >= 4 and len(trashed := store.document_ids_with_prefix(ref.lower(), True)) == 1:
            doc = store.document(trashed[0], with_text=False)
        if doc is not None and doc.rev != FORGOTTEN:  # (a document in the trash is not "no document")
            raise NotFoundError(_in_trash(doc))
        raise NotFoundError(f"No document “{ref}” in the library.")

    def _added_from(self, path: Path) -> DocumentRecord | None:
        """The live document last added from `path`, a file no longer there; NotFoundError when the documents added
        from it are all in the trash; None when nothing was added from it."""
        try:
            where = str(path.resolve())
        except (OSError, RuntimeError, ValueError):
            return None
        added = self.library.store.documents_at_path(where, include_deleted=True)
        if live := [doc for doc in added if not doc.deleted]:
            return live[-1]
        if trashed := [doc for doc in added if doc.rev != FORGOTTEN]:
            raise NotFoundError(_in_trash(trashed[-1]))
        return None

    def check_annotation_reachable(self, annotation: Annotation) -> None:
        """A NotFoundError when an edit or deletion of `annotation` would go unseen: it is deleted already, or
        its document is in the trash (where `annotate` and `properties` are refused; `edit` and `delete` were done
        out of sight, and a second `delete` said "deleted" again)."""
        if annotation.deleted:
            raise NotFoundError("That annotation is deleted already (`undo` brings it back if deleting it was the "
                                "last step).")
        doc = self.library.store.document(annotation.document_id, with_text=False)
        if doc is not None and doc.deleted and doc.rev != FORGOTTEN:
            raise NotFoundError(_in_trash(doc))

    def documents(self) -> list[DocumentRecord]:
        return self.library.store.documents()

    def as_document(self, record: DocumentRecord) -> Document:
        """The loader's view of a stored record (no re-parsing)."""
        return Document(id=record.id, format=record.format, source_path=record.source_path, size=record.size,
                        text=record.text, pages=tuple(PageSpan(i, s, e) for i, (s, e) in enumerate(record.pages)))

    def areas_for(self, record: DocumentRecord, start: int, end: int) -> tuple[PageArea, ...]:
        """On-page quads of a range of a paged document (from the library's copy of the file)."""
        path = self.library.stored_path(record)
        if not record.paged or path is None or self.stored_copy_problem(record):
            return ()  # (a copy replaced on disk gave another file's places, or failed the import naming it)
        full = record if record.text else self.library.document(record.id)
        try:
            rects = page_rects(path, self.as_document(full), start, end)
        except DocumentError:
            return ()
        return tuple(PageArea(page, tuple(Quad.from_rect(*r) for r in rs)) for page, rs in rects)

    def areas_for_spans(self, record: DocumentRecord, spans: Iterable[tuple[int, int]]
                        ) -> dict[tuple[int, int], tuple[PageArea, ...]]:
        """`areas_for` of many ranges at once, each page read once (the exercise window's diff of a PDF)."""
        spans = list(spans)
        path = self.library.stored_path(record)
        if not record.paged or path is None or self.stored_copy_problem(record):
            return {s: () for s in spans}
        full = record if record.text else self.library.document(record.id)
        try:
            rects = spans_rects(path, self.as_document(full), spans)
        except DocumentError:
            return {s: () for s in spans}
        return {s: tuple(PageArea(page, tuple(Quad.from_rect(*r) for r in rs)) for page, rs in found)
                for s, found in rects.items()}

    def reading_warnings(self, record: DocumentRecord) -> list[str]:
        """What the reader should know about a stored document's text whenever it is shown (`show`, the window):
        a garbled text layer, pages without text, and a damaged PDF the reader repaired (from the library's copy of
        the file, when it is the file added)."""
        full = record if record.text or not record.pages else self.library.document(record.id)
        path = self.library.stored_path(full) if not self.stored_copy_problem(full) else None
        return list(stored_warnings(path, full.format, full.text, full.pages))

    def stored_file(self, record: DocumentRecord) -> Path | None:
        """The library's own copy of a document's file (what the page view renders)."""
        return self.library.stored_path(record)

    def stored_copy_problem(self, record: DocumentRecord) -> str:
        """"missing" or "replaced" when the library's copy of the file is gone or is not the size it was added with
        (a cheap look, at every open: the window drew another file's pages, or failed on one that was no PDF), else
        "" (also for a document that never had a file)."""
        path = self.library.stored_path(record)
        if path is None:
            return ""
        try:
            size = path.stat().st_size
        except OSError:
            return "missing"
        return "replaced" if record.size and size != record.size else ""

    def intact_file(self, record: DocumentRecord) -> Path | None:
        """The library's copy of the file when it is there and is the file the document was added from (its bytes
        hashed, `Library.damaged_files`), else None: what exports draw on."""
        path = self.library.stored_path(record)
        if path is None or not path.exists() or self.library.damaged_files([record.id]):
            return None
        return path


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given, and the supported files inside given folders (sorted, recursively)."""
    out: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            out.append(p)
    return out


def _in_trash(doc: DocumentRecord) -> str:
    """Why a document named by id or file cannot be used: it was removed, not never added (an outside tester on the
    exports, stop 60: `export` of a removed document said "No document … in the library")."""
    return (f"“{doc.title}” is in the trash: bring it back with File > Trash… in the window, or `undo` if removing it "
            "was the last step.")

