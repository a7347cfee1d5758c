"""CLI commands that exchange notes: `export`, `import` (bundles, PDFs, W3C/Hypothesis JSON, REFI-QDA)
and `compare` (an answer key against trainees' bundles)."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from annotations.atomic import write_bytes_atomic
from reader.services import ReaderService
from reader.cli_common import import_summary, print_json


FEW_DOCUMENTS = 10
"""A bundle of this many named documents carries their files unless told otherwise."""


def cmd_export(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    to_stdout = args.output == "-"  # (it wrote a file named "-")
    if not to_stdout:
        service.check_output_target(args.output)  # before the export is computed: never over the library itself
        folder = Path(args.output).parent  # (as written: the write expands no "~" either)
        if not folder.is_dir():  # (a mistyped folder was created, the whole path, without a word)
            print(f"error: cannot write {args.output}: the folder {folder} does not exist.", file=err)
            return 1
    chosen = sum(bool(x) for x in (args.docs, args.all, args.query))
    if chosen != 1:
        print("error: name documents, or give --all, or --query (one of them).", file=err)
        return 2
    with_documents = not args.without_documents and (
        args.with_documents or (args.format == "dossier" and 0 < len(args.docs) <= FEW_DOCUMENTS))
    if args.format == "pack" and args.parts is not None:  # a pack of some parts (named documents or --all)
        if args.query:
            print("error: --parts takes named documents or --all, not --query.", file=err)
            return 2
        data = service.briefing_pack(args.docs or [d.id for d in service.documents()], args.trainer, args.title,
                                     args.date, args.parts)
    else:
        data = service.export(args.format, document_refs=args.docs or None, query=args.query,
                              with_documents=with_documents, answer_key=args.answer_key, hide_notes=args.hide_notes,
                              trainer=args.trainer, title=args.title, date=args.date, wikilinks=args.wikilinks,
                              claims=args.claims)
    target = Path(args.output)
    try:
        if to_stdout:
            _to_stdout(out, data)
        else:
            write_bytes_atomic(target, data)
    except OSError as exc:
        print(f"error: cannot write {target}: {exc.strerror}.", file=err)
        return 1
    print(f"wrote {'the standard output' if to_stdout else target} ({len(data):,} bytes)",
          file=err if to_stdout else out)  # (never into the export written there)
    if args.query and not any(h.annotation_id for h in service.search(args.query, limit=1_000_000).hits):
        print(f"note: the query {args.query} found nothing: the file holds no annotation.", file=err)  # (it said
        # only "wrote brief.md (147 bytes)", as after any export)
    if args.format == "csv":
        from annotations.export.tabular import spreadsheet_note

        if cut := spreadsheet_note(data):
            print(f"note: {cut}", file=err)
    damaged = service.damaged_files_note(args.docs or None) if not args.query and (
        args.format in ("pdf", "pack") or (args.format == "dossier" and with_documents)) else ""
    if damaged:
        print(f"warning: {damaged}", file=err)
    waiting = service.waiting_note() if args.all and args.format != "pack" else ""
    if waiting:
        print(f"note: {waiting}", file=err)
    left_out = service.answer_key_left_out(args.docs or None, args.trainer) \
        if args.format == "dossier" and args.answer_key else ""
    if left_out:
        print(f"note: {left_out}", file=err)
    if args.format == "dossier" and args.answer_key and not args.hide_notes:
        from annotations.bundle import read_bundle

        notes = sum(1 for a in read_bundle(data).annotations if a.note)  # what the key holds (deleted ones too)
        if notes:  # the app's Answer key ticks "Hide my notes"; here the trainer chose, and is told what goes
            print(f"note: {notes} note(s) are in this answer key (for a fellow trainer); --hide-notes leaves them "
                  "out of a key for trainees.", file=err)
    guessable = service.guessable_hidden_notes(args.docs or None) if args.hide_notes else 0
    if guessable:
        print(f"warning: {guessable} hidden note(s) are not sealed (written before Dossier sealed notes, or taken "
              "from W3C JSON-LD, another reader's PDF, Hypothesis or REFI-QDA): their words can be guessed from "
              "this file. Delete and re-create those annotations (a changed note keeps its old words guessable) "
              "before handing it out.", file=err)
    if args.format != "pack":
        from reader.services_export import orphans_left_out

        orphans = orphans_left_out(service, args.format, args.docs or None, args.query, args.claims)
        if orphans:
            print(f"note: {orphans} orphaned annotation(s) left out: their text is no longer in the document "
                  "(`show` lists them)", file=err)
    return 0


def _to_stdout(out: TextIO, data: bytes) -> None:
    """`-o -`: the export's bytes on the standard output (as text where the output takes no bytes: a test's)."""
    buffer = getattr(out, "buffer", None)
    if buffer is not None:
        out.flush()
        buffer.write(data)
        buffer.flush()
    else:
        out.write(data.decode("utf-8", "replace"))


def cmd_import_qdpx(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA, ours): its codings become annotations."""
    from annotations.export.qdpx_read import CHOICES
    from reader.services_export import import_qdpx

    malformed = next((c for c in args.code if not c.partition("=")[0].strip() or "=" not in c), None)
    if malformed is not None:  # (ignored without a word before)
        print(f"error: --code {malformed!r}: give NAME=AS, where AS is {CHOICES}.", file=err)
        return 2
    codes = dict(c.split("=", 1) for c in args.code)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}.", file=err)
        return 1
    counts, _ = import_qdpx(service, path.name, data, dry_run=args.dry_run, codes=codes)
    if args.json:
        print_json({"dry_run": args.dry_run, **counts}, out)
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(import_summary(verb, counts), file=out)
    return 0


def cmd_import(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if Path(args.file).suffix.lower() == ".qdpx":
        return cmd_import_qdpx(service, args, out, err)
    if args.code:
        print("error: --code says what a REFI-QDA project's codes become; this is no .qdpx file.", file=err)
        return 2
    from reader.services_workshop import AnswerKeyError

    try:
        counts, changes = service.import_file(args.file, dry_run=args.dry_run, answer_key_ok=args.answer_key_ok)
    except AnswerKeyError as exc:
        print(f"error: {exc.message} Nothing was imported; to import it anyway, add --answer-key-ok.", file=err)
        return 1
    missing = changes.report.get("missing_documents") or {}
    assert isinstance(missing, dict)
    settled = property_conflicts(changes.report)
    if args.json:
        print_json({"dry_run": args.dry_run, **counts, "missing_documents": missing,
                    "property_conflict_details": settled}, out)
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(import_summary(verb, counts), file=out)
    if counts.get("conflicts"):
        print(f"note: {counts['conflicts']} conflict(s) kept both versions; see `conflicts`, resolve them in the app.",
              file=err)
    if counts.get("unplaced"):
        print(f"note: {counts['unplaced']} new annotation(s) could not be placed: their quote is nowhere in your copy "
              "of the document (kept, listed as orphaned by `show`).", file=err)
    if counts.get("moved_away"):
        print(f"note: {counts['moved_away']} of your annotation(s) moved to a newer version of their document that "
              "this library does not have yet: add the file again (or import a bundle with documents) to see them "
              "there.", file=err)
    addresses = changes.report.get("addresses") or []
    if counts.get("orphans_by_address") and isinstance(addresses, list):
        shown = ", ".join(str(a)[:200] for a in addresses[:3]) + (f" and {len(addresses) - 3} more"
                                                                 if len(addresses) > 3 else "")
        print(f"note: {counts['orphans_by_address']} annotation(s) name their page only by its address ({shown}), "
              "which no document of this library has: kept, but adding the page later does not place them. To place "
              "them: undo this import (`undo`), add the page, and import the file again.", file=err)
    for doc_id, title in sorted(missing.items()):
        print(f"note: add the document “{title or 'untitled'}” (sha256 {doc_id[:12]}…) to see the annotations "
              "waiting for it.", file=err)
    for conflict in settled:  # the value that lost is said, never dropped silently
        print(f"note: “{_title(service, conflict)}”: {conflict['message']}", file=err)
    if counts.get("speakers_unknown"):
        print(f"note: {counts['speakers_unknown']} claim(s) named a speaker that is neither in the bundle nor in this "
              "library: the speaker was left empty (set it again with `edit --speaker`).", file=err)
    if counts.get("too_large"):
        print(f"note: {counts['too_large']} annotation(s) left out: a note, tag or name longer than Dossier keeps "
              "(200,000 / 200 / 500 characters, 500 tags); the file still holds them.", file=err)
    if counts.get("skipped_unplaceable"):
        print(f"note: {counts['skipped_unplaceable']} annotation(s) left out: no quote (TextQuoteSelector) and no "
              "position (TextPositionSelector) within a document of this library to place them by (Range, XPath and "
              "CSS selectors are not read); the file still holds them.", file=err)
    if counts.get("future_dates"):
        print(f"note: {counts['future_dates']} document version(s) dated in the future (more than a day after this "
              "computer's clock): their dates were not believed; they count as made when the versions before them "
              "were.", file=err)
    return 0


def property_conflicts(report: dict[str, object]) -> list[dict[str, str]]:
    """The document properties an import settled between two edits (`Library.import_bundle`'s report):
    what was kept, what lost and whose it was, with a ready `message`."""
    found = report.get("property_conflicts") or []
    return [c for c in found if isinstance(c, dict)] if isinstance(found, list) else []


def _title(service: ReaderService, conflict: dict[str, str]) -> str:
    """The document's title as the library now has it (the bundle's may be the one that lost)."""
    from annotations.errors import DossierError

    try:
        return service.resolve_document(conflict["document_id"]).title
    except (DossierError, KeyError):
        return conflict.get("document") or "untitled"
