"""CLI commands on documents: `add`, `list`, `show`, `remove`, `reindex`."""
from __future__ import annotations

import argparse
from typing import TextIO

from annotations import codec
from annotations.model import AnchorState
from reader.document import SUPPORTED_SUFFIXES
from reader.services import AddResult, ReaderService, other_document_note
from reader.services_files import add_summary, same_text_note
from reader.cli_common import PROG, doc_summary, flat, print_json, progress_bar, text_warnings
from reader.cli_output import error_line


def cmd_add(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    results = service.add_files(args.files, progress=progress_bar(err))
    if not results:  # folders holding nothing Dossier opens: said, not a silent success
        print(f"error: nothing to add: {error_line(', '.join(args.files))} holds no file Dossier opens "
              f"({', '.join(SUPPORTED_SUFFIXES)}).", file=err)
        return 1
    failed = 0
    added = []
    for r in results:
        if r.error is not None or r.record is None:
            failed += 1
            print(f"error: {error_line(str(r.error))}", file=err)
            continue
        added.append(r)
        if r.replaced:
            counts = r.changes.report.get("anchors", {})
            summary = ", ".join(f"{n} {state}" for state, n in dict(counts).items() if n)  # type: ignore[call-overload]
            print(f"note: {r.path.name} changed since it was added; annotations re-anchored "
                  f"from {r.replaced[:12]}: {summary or 'none'}", file=err)
        if twin := same_text_note(r):
            print(f"note: {twin}", file=err)
        if moved := other_document_note(r):
            print(f"note: {moved}", file=err)
        if not args.json:
            print(f"{r.record.id} {r.record.title}", file=out)
        for warning in _add_warnings(service, r):
            print(f"warning: {r.path.name}: {warning}", file=err)
    if args.json:
        print_json([{**doc_summary(service, r.record), "warnings": _add_warnings(service, r)}
                    for r in added if r.record], out)
    if len(results) > 1:  # (a line per file, a document already here or a copy printed as if added)
        print(add_summary(results), file=err)
    return 1 if failed else 0


def _add_warnings(service: ReaderService, r: AddResult) -> list[str]:
    """How the file was read (the loader's warnings: a code page guessed, bytes replaced, chapters skipped)
    and what its stored text shows (a garbled text layer), each said once."""
    assert r.record is not None
    return list(dict.fromkeys([*r.warnings, *text_warnings(service, service.document(r.record.id))]))


def cmd_list(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    docs = service.documents()
    counts = service.annotation_counts()
    if args.json:
        print_json([doc_summary(service, d, counts) for d in docs], out)
        return 0
    for d in docs:
        n = sum(counts.get(d.id, {}).values())
        when = d.published or d.added[:10]
        print(f"{d.id[:12]}  {d.format:<4}  {n:>4} ann  {when:<10}  {d.title}", file=out)
    if not docs:
        print(f"The library is empty. Add files with: {PROG} add FILE...", file=err)
    return 0


def cmd_show(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.document(service.resolve_document(args.doc).id)
    annotations = service.annotations(doc.id)
    names = {e.id: e.name for e in service.entities()}
    if args.json:
        data = codec.document_to_dict(doc)
        data.pop("deleted", None)
        data["warnings"] = text_warnings(service, doc)
        data["annotations"] = [flat(service, a, names) for a in annotations]
        print_json(data, out)
        return 0
    print(f"{doc.title}\n{'=' * min(78, len(doc.title))}", file=out)
    for label, value in (("id", doc.id), ("format", doc.format), ("authors", ", ".join(doc.authors)),
                         ("site", doc.publisher), ("published", doc.published), ("source", doc.source_url or
                         doc.source_path), ("pages", str(len(doc.pages)) if doc.pages else "")):
        if value:
            print(f"{label:>9}: {value}", file=out)
    for warning in text_warnings(service, doc):
        print(f"  warning: {warning}", file=out)
    print(f"\n{doc.text}\n", file=out)
    orphans = sum(a.anchor is AnchorState.ORPHANED for a in annotations)
    print(f"-- {len(annotations)} annotation(s){f', {orphans} orphaned' if orphans else ''}", file=out)
    for a in annotations:
        extra = []
        if a.entity_id:
            extra.append(f"= {names.get(a.entity_id, '?')}")
        if a.claim is not None:
            if a.claim.speaker_id:
                extra.append(f"by {names.get(a.claim.speaker_id, '?')}")
            extra.append(a.claim.status.value)
            if a.claim.grading:
                extra.append(a.claim.grading)
        extra += [f"#{t}" for t in a.tags]
        page = f" p.{a.target.areas[0].page + 1}" if a.target.areas else ""
        if a.anchor is AnchorState.ORPHANED:  # its quote is not in this text: no page, and it says so
            page = " ORPHANED (its text is no longer in this document)"
        label = f" {a.label}" if a.label else ""
        print(f"{a.id[:13]}  [{a.kind.value}{label}]{page} “{a.target.exact}” {' '.join(extra)}".rstrip(), file=out)
        if a.note:
            shown = a.note.replace("\n", "\n" + " " * 21)  # a note's later lines under its first, not at the margin
            print(f"{'':15}note: {shown}", file=out)
    return 0


def cmd_remove(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.resolve_document(args.doc)
    service.remove_document(doc.id)
    print(f"moved to trash: {doc.id} {doc.title} (undo brings it back)", file=out)
    return 0


def cmd_reindex(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    count = service.reindex(progress_bar(err))
    print(f"indexed {count} items", file=out)
    return 0
