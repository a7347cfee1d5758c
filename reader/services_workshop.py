"""Exercises for the service layer: read an answer key and trainees' bundles (hostile input: each is
validated completely by `read_bundle`), compare them, and write the report. Needs no library, so the
CLI's `compare` works on any machine that has the bundles.
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from annotations.bundle import MAX_BUNDLE_BYTES, Bundle, read_bundle
from annotations.errors import BundleError, StoreError, ValidationError
from annotations.merge_plan import MergePlan
from annotations.model import Annotation, DocumentRecord, Entity, PageArea
from annotations.store import Store
from annotations.workshop.exercise import ExerciseReport, compare
from annotations.workshop.key_contents import ANSWER_KEY_SUFFIX, key_annotations, left_out_line
from annotations.workshop.roster import Dropped
from annotations.workshop.report import to_html, to_markdown
from reader.document.textmodel import Document



class AnswerKeyError(BundleError):
    """Importing a trainer's answer key was refused because nobody said yes to it yet (the app asks; the
    CLI wants `--answer-key-ok`). The library is untouched."""

    def __init__(self, name: str, creator: str, hidden_notes: bool) -> None:
        notes = (" The trainer's notes were left out of it; they are not in the file." if hidden_notes else "")
        super().__init__(f"{name} is a trainer's answer key (by {creator or 'an unnamed trainer'}): importing it "
                         f"shows the answers in your library.{notes}")
        self.name, self.creator, self.hidden_notes = name, creator, hidden_notes


def flagged_answer_key(bundle: Bundle) -> Bundle:
    """An answer key about to be imported: its import is recorded as "… (answer key)", so the flag shows
    wherever the library says where an annotation came from (provenance, `from:` search). The
    annotations themselves are not rewritten: what a version says must stay what its revision says."""
    return replace(bundle, creator=answer_key_creator(bundle.creator))


def answer_key_creator(creator: str) -> str:
    """The name an imported answer key's annotations are credited to, so the library shows the flag
    wherever it says where an annotation came from."""
    return creator if creator.endswith(ANSWER_KEY_SUFFIX) else f"{creator or 'Trainer'}{ANSWER_KEY_SUFFIX}"


KEY_RECORDS_META = "workshop_answer_key_annotations"
"""The store's meta key holding the ids of the annotations this library exported in an answer key."""


class KeyRecordsError(BundleError):
    """A plain (trainee's) bundle would change annotations this library exported as an answer key: refused,
    nothing imported. Trainees' bundles are compared with the key, never merged into it."""

    def __init__(self, name: str, touched: int) -> None:
        super().__init__(
            f"{name} would change {touched} annotation{'' if touched == 1 else 's'} of the answer key exported "
            f"from this library (its maker had them from this library: in the key, or in an ordinary bundle). A "
            f"trainee's bundle is compared "
            f"with the key, not imported into it: `compare KEY.dossier {name}` (Workshop > Compare trainees with "
            f"an answer key…). Nothing was imported. A fellow trainer's changes to the key come as an answer key "
            f"(export --answer-key).")
        self.name, self.touched = name, touched


def remember_answer_key(store: Store, data: bytes) -> None:
    """Note the annotations of an answer key this library just exported, so that a trainee's bundle never
    rewrites them on import (`check_key_records`). A read-only library (nothing can be imported into it
    either) is left as it is."""
    ids = set(key_annotation_ids(store)) | {a.id for a in read_bundle(data).annotations}
    try:
        with store.transaction("Export answer key", history=False) as tx:
            tx.set_meta(KEY_RECORDS_META, json.dumps(sorted(ids)))
    except StoreError:
        pass


def key_annotation_ids(store: Store) -> list[str]:
    """The annotations of the answer keys this library exported (`remember_answer_key`)."""
    try:
        ids = json.loads(store.meta(KEY_RECORDS_META) or "[]")
    except ValueError:
        return []
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else []


def has_answer_key(store: Store) -> bool:
    """Whether this library ever exported an answer key (the import check only costs then)."""
    return bool(store.meta(KEY_RECORDS_META))


def check_key_records(store: Store, bundle: Bundle, plan: MergePlan, name: str) -> None:
    """Refuse (`KeyRecordsError`) a bundle that is not itself an answer key when importing it would write or
    set in conflict any annotation this library exported in an answer key, or the entities they name, or
    their article's properties: a trainee who imported the key and corrected it would otherwise rewrite the
    trainer's key silently ("1 updated")."""
    if bundle.answer_key:
        return
    ids = set(key_annotation_ids(store))
    touched = {p.record.id for p in plan.puts if isinstance(p.record, Annotation) and p.record.id in ids}
    touched |= {ours.id for ours, _ in plan.conflicts if ours.id in ids}
    if touched:
        raise KeyRecordsError(name, len(touched))
    _check_key_surroundings(store, sorted(ids), plan, name)


def _check_key_surroundings(store: Store, key_ids: list[str], plan: MergePlan, name: str) -> None:
    """A trainee's bundle must not change the answer key through what its annotations point at either: the
    entities they name (a trainee's alias or rename made "Tomas Ek" read "Claire Dubois" in the key, and
    another trainee's speaker agreement fell to 0) or their document's properties (a title of 40 lines
    took presentation mode's whole screen). Refused, nothing imported, as for the key's annotations."""
    entity_ids: set[str] = set()
    document_ids: set[str] = set()
    for a in store.annotations_by_ids(key_ids):
        document_ids.add(a.document_id)
        entity_ids.update(i for i in (a.entity_id, a.claim.speaker_id if a.claim else None) if i)
    touched = [p.record for p in plan.puts if (isinstance(p.record, Entity) and p.record.id in entity_ids)
               or (isinstance(p.record, DocumentRecord) and p.record.id in document_ids)]
    if touched:
        what = sorted({"the article's properties" if isinstance(r, DocumentRecord) else f"the entity “{r.name}”"
                       for r in touched})
        raise BundleError(
            f"{name} would change {', '.join(what)} of the answer key exported from this library. A trainee's "
            f"bundle is compared with the key, not imported into it: `compare KEY.dossier {name}` (Workshop > "
            f"Compare trainees with an answer key…). Nothing was imported. A fellow trainer's changes to the key "
            f"come as an answer key (export --answer-key).")


REPORT_FORMATS = {".md": "md", ".markdown": "md", ".html": "html", ".htm": "html", ".json": "json"}


def read_bundle_file(path: str | Path) -> Bundle:
    """A bundle from disk; a `BundleError` naming the file when it cannot be read or is refused."""
    path = Path(path)
    try:
        data = _bundle_bytes(path)
    except OSError as exc:
        raise BundleError(f"Cannot read {path}: {exc.strerror}.") from None
    except BundleError as exc:
        raise BundleError(f"{path.name}: {exc.message}") from None
    try:
        return read_bundle(data)
    except BundleError as exc:
        raise BundleError(f"{path.name}: {exc.message}") from None


def _bundle_bytes(path: Path) -> bytes:
    if path.stat().st_size > MAX_BUNDLE_BYTES:
        raise BundleError("larger than 1 GB; it was refused.")
    return path.read_bytes()


def _trainee_file(path: Path) -> Bundle | Dropped:
    """A trainee's bundle, or why it was refused (the file is named by the report, not in the reason)."""
    try:
        return read_bundle(_bundle_bytes(path))
    except OSError as exc:
        return Dropped(str(path), path.name, f"the file cannot be read: {exc.strerror}.", refused=True)
    except BundleError as exc:
        return Dropped(str(path), path.name, exc.message, refused=True)


def compare_files(key: str | Path, trainees: Sequence[str | Path]) -> ExerciseReport:
    """Score each trainee bundle against the answer key (see `annotations.workshop`). A trainee file that
    cannot be read or is refused as a bundle does not stop the others: it is listed among the bundles not
    scored, with its reason (`ExerciseReport.refused`). Only when no trainee file can be read (or the key
    cannot, or marks nothing to score against) is it an error."""
    if not trainees:
        raise ValidationError("Name at least one trainee bundle to compare with the answer key.")
    key_bundle = read_bundle_file(key)
    if not key_bundle.documents and not key_bundle.annotations:
        raise BundleError(f"{Path(key).name}: the answer key is empty (no document, no annotation).")
    itself = [Path(t) for t in trainees if _same_file(Path(t), Path(key))]  # the key's folder, Ctrl+A: the key too
    if itself and len(itself) == len(trainees):
        raise ValidationError(f"{Path(key).name} is the answer key itself: name the trainees' bundles to compare with "
                              "it.")
    read = [(str(t), _trainee_file(Path(t))) for t in trainees if Path(t) not in itself]
    bundles = [(source, b) for source, b in read if isinstance(b, Bundle)]
    refused = [d for _, d in read if isinstance(d, Dropped)]
    if not bundles:
        raise BundleError(" ".join(f"{d.name}: {d.reason}" for d in refused)
                          + ("" if len(refused) == 1 else " No trainee bundle could be read."))
    report = compare(key_bundle, str(key), bundles, refused)
    return replace(report, dropped=[*report.dropped, *(
        Dropped(str(t), t.name, "the answer key itself, given among the trainees' bundles") for t in itself)])


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.samefile(b)
    except OSError:
        return False


def report_format(path: str | Path) -> str:
    fmt = REPORT_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise ValidationError(f"{Path(path).name}: a report is .md, .html or .json.")
    return fmt


def report_bytes(report: ExerciseReport, fmt: str) -> bytes:
    if fmt == "md":
        return to_markdown(report)
    if fmt == "html":
        return to_html(report)
    if fmt == "json":
        return (json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    raise ValidationError(f"Unknown report format {fmt!r}; choose md, html or json.")


@dataclass(frozen=True)
class PagedDiff:
    """A compared PDF as the page view needs it: the library's copy of the file, its pages, and the on-page
    areas of every span the diff draws (keyed by (start, end))."""

    path: Path
    document: Document
    sizes: list[tuple[float, float]]
    areas: dict[tuple[int, int], tuple[PageArea, ...]]


class PagedSource(Protocol):
    """What `paged_diffs` needs of the service: the library's records and files, and quads for many ranges."""

    def stored_file(self, record: DocumentRecord) -> Path | None: ...
    def as_document(self, record: DocumentRecord) -> Document: ...
    def areas_for_spans(self, record: DocumentRecord, spans: Iterable[tuple[int, int]]
                        ) -> dict[tuple[int, int], tuple[PageArea, ...]]: ...


def paged_diffs(source: PagedSource, report: ExerciseReport, records: dict[str, DocumentRecord]
                ) -> dict[str, PagedDiff]:
    """For each compared document the library holds as a paged file (PDF), the page areas of every key
    and trainee span in every trainee's diff, so the exercise window can draw the diff on the pages."""
    out: dict[str, PagedDiff] = {}
    for doc_id, _ in report.documents:
        record = records.get(doc_id)
        if record is None or not record.paged:
            continue
        path = source.stored_file(record)
        if path is None or not path.exists():
            continue
        spans = {(i.start, i.end) for t in report.trainees for d in t.diff() if d.item.document_id == doc_id
                 for i in (d.key_item, d.trainee_item) if i is not None}
        document = source.as_document(record)
        sizes = list(record.page_sizes) or [(595.0, 842.0)] * len(document.pages)
        out[doc_id] = PagedDiff(path, document, sizes, source.areas_for_spans(record, sorted(spans)))
    return out

