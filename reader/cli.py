"""Command-line interface. A contract: later issues, tests and scripts rely on these exact forms.

    python main.py [--library DIR] add FILE...
    python main.py [--library DIR] list [--json]
    python main.py [--library DIR] show DOC [--json]
    python main.py [--library DIR] annotate DOC --quote TEXT [--occurrence N] --kind KIND [...] [--json]
    python main.py [--library DIR] delete ANNOTATION-ID
    python main.py [--library DIR] search QUERY [--limit N] [--json]
    python main.py [--library DIR] reindex
    python main.py [--library DIR] export DOC... --format md|jsonld|csv|html|pdf|pack|dossier|qdpx|qdc|brat|conll|spacy|stix -o OUT
    python main.py compare KEY.dossier TRAINEE.dossier... [--json] [--report FILE.md|.html|.json]
Errors print one line on stderr and exit 1 (2 for wrong usage); `--json` prints machine-readable stdout.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from annotations import codec
from annotations.atomic import write_bytes_atomic
from annotations.errors import DossierError
from annotations.model import RELIABILITY_GRADES, Annotation, ClaimStatus, Kind
from reader.services import AnnotationEdit, AnnotationInput, ReaderService, default_library_dir
from reader.services_export import FORMATS
from reader import cli_properties

FEW_DOCUMENTS = 10
"""A bundle of this many named documents carries their files unless told otherwise."""


def _prog(script: Path) -> str:
    """How the user started Dossier (the installed command, `python -m reader` or the script in a checkout), for
    usage lines and hints."""
    if script.stem == "dossier":
        return "dossier"
    return "python -m reader" if script.parts[-2:] == ("reader", "__main__.py") else "python main.py"


PROG = _prog(Path(sys.argv[0]))
COMMANDS = ("add", "list", "show", "annotate", "edit", "conflicts", "delete", "search", "reindex", "undo", "redo", "remove", "export", "import", "suggest",
            "compare", "properties")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG, description="Dossier: read, annotate and search articles offline.",
        epilog="Without a command, the desktop app starts (optionally on FILE). --install-desktop-entry puts it in "
               "the desktop menu (per user), --remove-desktop-entry takes it out.")
    parser.add_argument("--library", metavar="DIR", help="library folder (default: $DOSSIER_LIBRARY or "
                        f"{default_library_dir()})")
    lib = argparse.ArgumentParser(add_help=False)
    lib.add_argument("--library", metavar="DIR", default=argparse.SUPPRESS, help="library folder")
    for holder in (parser, lib):  # who is annotating: else $DOSSIER_ANNOTATOR, else the name given in the app
        holder.add_argument("--annotator", metavar="NAME", default=None if holder is parser else argparse.SUPPRESS,
                            help="credit edits and exports to NAME (default: $DOSSIER_ANNOTATOR, else the name "
                                 "given in the app, else the login name)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("add", parents=[lib], help="add files or folders to the library")
    p.add_argument("files", nargs="+", metavar="FILE")
    p.add_argument("--json", action="store_true", help="print the added documents as JSON")

    p = sub.add_parser("list", parents=[lib], help="list the documents")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", parents=[lib], help="a document's metadata, text and annotations")
    p.add_argument("doc", metavar="DOC", help="document id, unique id prefix, or path of an added file")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("annotate", parents=[lib], help="annotate a quote in a document")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--quote", required=True, metavar="TEXT", help="text to annotate, exactly as in the document")
    p.add_argument("--occurrence", type=int, default=1, metavar="N", help="which occurrence of TEXT (default 1)")
    p.add_argument("--kind", required=True, choices=[k.value for k in Kind])
    p.add_argument("--type", metavar="LABEL", help="entity type (PERSON, ORG...) or claim type (quote...)")
    p.add_argument("--entity", metavar="NAME", help="canonical entity name (default: the quote)")
    p.add_argument("--speaker", metavar="NAME", help="who made the claim (an entity)")
    p.add_argument("--status", choices=[s.value for s in ClaimStatus])
    p.add_argument("--reliability", choices=RELIABILITY_GRADES, type=str.upper, metavar="A-F")
    p.add_argument("--credibility", type=int, choices=range(1, 7), metavar="1-6")
    p.add_argument("--tag", action="append", default=[], metavar="TAG")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print the annotation as W3C JSON-LD")

    p = sub.add_parser("edit", parents=[lib], help="change an annotation's fields (one undoable step)")
    p.add_argument("annotation", metavar="ANNOTATION-ID")
    p.add_argument("--note", metavar="TEXT", help="replace the note")
    p.add_argument("--type", metavar="LABEL", help="entity type (PERSON, ORG...) or claim type")
    p.add_argument("--entity", metavar="NAME", help="entities: the entity it names")
    p.add_argument("--speaker", metavar="NAME", help="claims: who made it ('' clears it)")
    p.add_argument("--status", choices=[s.value for s in ClaimStatus])
    p.add_argument("--reliability", choices=RELIABILITY_GRADES, type=str.upper, metavar="A-F")
    p.add_argument("--credibility", type=int, choices=range(1, 7), metavar="1-6")
    p.add_argument("--tag", action="append", default=[], metavar="TAG", help="add a tag (repeatable)")
    p.add_argument("--untag", action="append", default=[], metavar="TAG", help="remove a tag (repeatable)")
    p.add_argument("--json", action="store_true", help="print the edited annotation as W3C JSON-LD")

    p = sub.add_parser("conflicts", parents=[lib], help="list open merge conflicts (ours and theirs)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("delete", parents=[lib], help="delete an annotation (undoable)")
    p.add_argument("annotation", metavar="ANNOTATION-ID")

    p = sub.add_parser("search", parents=[lib], help="search annotations (Whoosh query syntax)")
    p.add_argument("query", metavar="QUERY", help="e.g. 'type:person zakharova', 'status:disputed', '*'")
    p.add_argument("--limit", type=int, default=20, metavar="N")
    p.add_argument("--documents", action="store_true", help="search the documents' full text instead")
    p.add_argument("--facets", action="store_true", help="also print counts by kind, type, status, tag")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("export", parents=[lib], help="export notes: Markdown brief, W3C JSON-LD, CSV, HTML handout")
    p.add_argument("docs", nargs="*", metavar="DOC")
    p.add_argument("--all", action="store_true", help="every document")
    p.add_argument("--query", metavar="Q", help="the annotations a search finds")
    p.add_argument("--format", required=True, choices=FORMATS,
                   help="pack = briefing pack PDF (cover, article with highlights, tables, notes); qdpx, qdc = "
                        "REFI-QDA project, codebook; brat, conll, spacy = NER training data; stix = STIX 2.1 bundle")
    p.add_argument("--with-documents", action="store_true",
                   help="dossier: include the source files and texts (the default for up to "
                        f"{FEW_DOCUMENTS} named documents)")
    p.add_argument("--without-documents", action="store_true", help="dossier: leave the source files out")
    p.add_argument("--answer-key", action="store_true", help="dossier: flag the bundle as a trainer's answer key")
    p.add_argument("--hide-notes", action="store_true", help="dossier: leave the notes out (e.g. of a key for trainees)")
    p.add_argument("--trainer", default="", metavar="NAME", help="pack: the trainer named on the cover")
    p.add_argument("--title", default="", metavar="TEXT", help="pack: the cover's title (default: the document's)")
    p.add_argument("--date", default="", metavar="DATE", help="pack: the cover's date (default: today)")
    p.add_argument("--parts", metavar="LIST", type=lambda v: [x.strip() for x in v.split(",") if x.strip()],
                   help="pack: which parts, comma-separated: cover,article,tables,notes (default: all; without "
                        "notes every note is left out)")
    p.add_argument("--wikilinks", action="store_true", help="md: write entities and speakers as [[wiki links]]")
    p.add_argument("--claims", action="store_true",
                   help="brat, conll, spacy: claims too, as spans labelled CLAIM (entities only otherwise)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write (replaced atomically)")

    p = sub.add_parser("import", parents=[lib], help="merge a .dossier bundle, the annotations in a PDF, or W3C Web "
                       "Annotation JSON-LD / Hypothesis JSON (anchored by quote)")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="only show what would change")
    p.add_argument("--answer-key-ok", action="store_true",
                   help="import a trainer's answer key anyway (refused without it: it shows the answers)")
    p.add_argument("--orphans", action="store_true",
                   help="(the default now) annotations whose document is missing are kept until it is added")
    p.add_argument("--code", action="append", default=[], metavar="NAME=AS",
                   help="qdpx: what a code becomes — entity:TYPE, claim, claim:TAG, tag, highlight or note "
                        "(default: entity types and claim tags by name, other codes as tags)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("suggest", parents=[lib], help="offline entity and claim suggestions for a document")
    p.add_argument("doc", metavar="DOC")
    p.add_argument("--kind", choices=("entity", "claim"))
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("compare", help="score trainees' bundles against an answer key (no library needed)")
    p.add_argument("key", metavar="KEY.dossier", help="the answer key (export DOC --format dossier --answer-key)")
    p.add_argument("trainees", nargs="+", metavar="TRAINEE.dossier")
    p.add_argument("--json", action="store_true", help="per trainee: precision, recall, f1 (overall, by type), claims")
    p.add_argument("--report", action="append", default=[], metavar="FILE",
                   help="also write the report (.md, .html or .json; may be repeated)")

    sub.add_parser("reindex", parents=[lib], help="rebuild the search index from the library")
    sub.add_parser("undo", parents=[lib], help="undo the last edit in this library")
    sub.add_parser("redo", parents=[lib], help="redo the last undone edit")
    p = sub.add_parser("remove", parents=[lib], help="move a document and its annotations to the trash")
    p.add_argument("doc", metavar="DOC")
    cli_properties.add_parser(sub, lib)
    return parser


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    args = build_parser().parse_args(argv)
    if args.command is None:
        build_parser().print_help(out)
        return 0
    if args.command == "compare":  # bundles only: no library is opened (or created)
        try:
            return cmd_compare(args, out, err)
        except DossierError as exc:
            print(f"error: {exc.message}", file=err)
            return 1
    try:
        service = ReaderService.open(args.library, annotator=(args.annotator or "").strip() or None)
    except DossierError as exc:
        print(f"error: {exc.message}", file=err)
        return 1
    if args.command in WRITE_COMMANDS and service.read_only() and not getattr(args, "dry_run", False):
        service.close()
        print(f"error: The library at {service.folder} is read-only: `{args.command}` would change it. "
              "list, show, search and export still work.", file=err)
        return 1
    noted = 0
    try:
        noted = _notes(service, 0, err)
        return int(HANDLERS[args.command](service, args, out, err) or 0)
    except DossierError as exc:
        print(f"error: {exc.message}", file=err)
        return 1
    except KeyboardInterrupt:
        print("interrupted; every edit already made is saved.", file=err)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; the edit itself is already stored
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    finally:
        _notes(service, noted, err)  # e.g. "the search index cannot be written" after an edit
        service.close()


def _notes(service: ReaderService, shown: int, err: TextIO) -> int:
    """Print the library's messages from number `shown` on; returns how many there are now."""
    messages = service.messages()
    for message in messages[shown:]:
        print(f"note: {message}", file=err)
    return len(messages)


def _json(value: Any, out: TextIO) -> None:
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def _progress_bar(err: TextIO) -> Callable[[int, int], None] | None:
    if not err.isatty():
        return None

    def report(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(1, total)
        err.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}")
        if done >= total:
            err.write("\n")
        err.flush()
    return report


def cmd_add(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    results = service.add_files(args.files, progress=_progress_bar(err))
    failed = 0
    added = []
    for r in results:
        if r.error is not None or r.record is None:
            failed += 1
            print(f"error: {r.error}", file=err)
            continue
        added.append(r)
        if r.replaced:
            counts = r.changes.report.get("anchors", {})
            summary = ", ".join(f"{n} {state}" for state, n in dict(counts).items() if n)  # type: ignore[call-overload]
            print(f"note: {r.path.name} changed since it was added; annotations re-anchored "
                  f"from {r.replaced[:12]}: {summary or 'none'}", file=err)
        if r.same_text:
            print(f"note: {r.path.name} has the same text as “{r.record.title}” ({r.record.id[:12]}…), already in "
                  "the library: it is taken as that document", file=err)
        if not args.json:
            print(f"{r.record.id} {r.record.title}", file=out)
        for warning in _text_warnings(service.document(r.record.id)):
            print(f"warning: {r.path.name}: {warning}", file=err)
    if args.json:
        _json([_doc_summary(service, r.record) for r in added if r.record], out)
    return 1 if failed else 0


def _text_warnings(doc: Any) -> list[str]:
    """What the reader should know about a document's text (a garbled text layer), from the text itself."""
    from reader.document.wordlist import garbled_warning  # wordfreq's lists: loaded only when needed

    warning = garbled_warning(doc.text, doc.pages)
    return [warning] if warning else []


def _doc_summary(service: ReaderService, doc: Any, counts: dict[str, dict[str, int]] | None = None) -> dict[str, Any]:
    data = codec.document_to_dict(doc, with_text=False)
    data.pop("deleted", None)
    data["pages"] = len(doc.pages)
    if counts is not None:
        data["annotations"] = counts.get(doc.id, {})
    return data


def cmd_list(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    docs = service.documents()
    counts = service.annotation_counts()
    if args.json:
        _json([_doc_summary(service, d, counts) for d in docs], out)
        return 0
    for d in docs:
        n = sum(counts.get(d.id, {}).values())
        when = d.published or d.added[:10]
        print(f"{d.id[:12]}  {d.format:<4}  {n:>4} ann  {when:<10}  {d.title}", file=out)
    if not docs:
        print(f"The library is empty. Add files with: {PROG} add FILE...", file=err)
    return 0


def _flat(service: ReaderService, a: Annotation, names: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": a.id, "kind": a.kind.value, "label": a.label, "start": a.target.start, "end": a.target.end,
        "exact": a.target.exact, "note": a.note, "tags": list(a.tags), "creator": a.creator,
        "created": a.created, "modified": a.modified, "anchor": a.anchor.value,
        "pages": [area.page + 1 for area in a.target.areas],
    }
    if a.entity_id:
        data["entity"] = names.get(a.entity_id)
        data["entity_id"] = a.entity_id
    if a.claim is not None:
        data |= {"speaker": names.get(a.claim.speaker_id) if a.claim.speaker_id else None,
                 "speaker_id": a.claim.speaker_id, "claim_type": a.claim.claim_type,
                 "status": a.claim.status.value, "reliability": a.claim.reliability,
                 "credibility": a.claim.credibility}
    return data


def cmd_show(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.document(service.resolve_document(args.doc).id)
    annotations = service.annotations(doc.id)
    names = {e.id: e.name for e in service.entities()}
    if args.json:
        data = codec.document_to_dict(doc)
        data.pop("deleted", None)
        data["warnings"] = _text_warnings(doc)
        data["annotations"] = [_flat(service, a, names) for a in annotations]
        _json(data, out)
        return 0
    print(f"{doc.title}\n{'=' * min(78, len(doc.title))}", file=out)
    for label, value in (("id", doc.id), ("format", doc.format), ("authors", ", ".join(doc.authors)),
                         ("site", doc.publisher), ("published", doc.published), ("source", doc.source_url or
                         doc.source_path), ("pages", str(len(doc.pages)) if doc.pages else "")):
        if value:
            print(f"{label:>9}: {value}", file=out)
    for warning in _text_warnings(doc):
        print(f"  warning: {warning}", file=out)
    print(f"\n{doc.text}\n", file=out)
    print(f"-- {len(annotations)} annotation(s)", file=out)
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
        label = f" {a.label}" if a.label else ""
        print(f"{a.id[:13]}  [{a.kind.value}{label}]{page} “{a.target.exact}” {' '.join(extra)}".rstrip(), file=out)
        if a.note:
            print(f"{'':15}note: {a.note}", file=out)
    return 0


def cmd_annotate(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kind = Kind(args.kind)
    spec = AnnotationInput(
        kind=kind, start=0, end=1, label=args.type, entity_name=args.entity, speaker_name=args.speaker,
        status=ClaimStatus(args.status) if args.status else None, reliability=args.reliability,
        credibility=args.credibility, tags=tuple(args.tag), note=args.note,
    )
    quote = unicodedata.normalize("NFC", args.quote)  # texts are NFC; a typed or pasted quote may be NFD
    annotation, _ = service.annotate_quote(args.doc, quote, args.occurrence, spec)
    if args.json:
        _json(service.w3c(annotation), out)
    else:
        print(annotation.id, file=out)
    return 0


def cmd_edit(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    annotation = service.resolve_annotation(args.annotation)
    edit = AnnotationEdit(note=args.note, label=args.type, entity_name=args.entity, speaker_name=args.speaker,
                          status=ClaimStatus(args.status) if args.status else None, reliability=args.reliability,
                          credibility=args.credibility, add_tags=tuple(args.tag), remove_tags=tuple(args.untag))
    service.edit(annotation.id, edit)
    edited = service.resolve_annotation(annotation.id)
    if args.json:
        _json(service.w3c(edited), out)
    else:
        print(f"edited {edited.id}", file=out)
    return 0


def cmd_conflicts(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    conflicts = service.conflicts()
    if args.json:
        _json([{"id": c.id, "annotation": c.ours.id, "from": c.source, "ours": codec.annotation_to_dict(c.ours),
                "theirs": codec.annotation_to_dict(c.theirs)} for c in conflicts], out)
        return 0
    if not conflicts:
        print("no open conflicts", file=out)
    for c in conflicts:
        changed = [k for k, v in codec.annotation_to_dict(c.ours).items()
                   if k not in ("rev", "revision", "modified") and codec.annotation_to_dict(c.theirs).get(k) != v]
        print(f"{c.id[:8]}  {c.ours.kind.value} {c.ours.id[:8]} “{c.ours.target.exact[:40]}” from {c.source or '?'}:"
              f" differs in {', '.join(changed) or 'nothing visible'}", file=out)
    return 0


def cmd_delete(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    annotation = service.resolve_annotation(args.annotation)
    service.delete_annotation(annotation.id)
    print(f"deleted {annotation.id}", file=out)
    return 0


_TAGS = re.compile(r"</?b>")


def cmd_search(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    scope = "documents" if args.documents else "annotations"
    result = service.search(args.query, limit=args.limit, scope=scope, facets=args.facets)
    if args.json:
        hits = [{"annotation_id": h.annotation_id, "document_id": h.document_id, "kind": h.kind,
                 "label": h.label, "exact": h.exact, "snippet": h.snippet, "score": round(h.score, 4),
                 "start": h.start, "title": h.title, "status": h.status, "tags": list(h.tags)}
                for h in result.hits]
        if args.facets:
            _json({"total": result.total, "estimated": result.estimated, "hits": hits, "facets": result.facets,
                   "suggestion": result.suggestion}, out)
        else:
            _json(hits, out)
        return 0
    bold = ("\033[1m", "\033[0m") if out.isatty() else ("[", "]")
    for h in result.hits:
        snippet = html.unescape(_TAGS.sub(lambda m: bold[m.group(0) == "</b>"], h.snippet)).replace("\n", " ")
        ident = (h.annotation_id or h.document_id)[:13]
        print(f"{ident}  {h.kind:<9} {h.label or '':<10} {snippet}   — {h.title[:40]}", file=out)
    about = "about " if result.estimated else ""
    shown = f"; showing {len(result.hits)}" if result.total > len(result.hits) else ""
    print(f"{about}{result.total} match(es){shown}", file=err)
    if result.suggestion:
        print(f"did you mean: {result.suggestion}", file=err)
    if args.facets:
        for name, counts in result.facets.items():
            print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])),
                  file=err)
    return 0


def cmd_export(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
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
        write_bytes_atomic(target, data)
    except OSError as exc:
        print(f"error: cannot write {target}: {exc.strerror}.", file=err)
        return 1
    print(f"wrote {target} ({len(data):,} bytes)", file=out)
    return 0


def cmd_import_qdpx(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """A REFI-QDA project (QualCoder, NVivo, ATLAS.ti, MAXQDA, ours): its codings become annotations."""
    from reader.services_export import import_qdpx

    codes = dict(c.split("=", 1) for c in args.code if "=" in c)
    path = Path(args.file)
    try:
        data = path.read_bytes()
    except OSError as exc:
        print(f"error: cannot read {path}: {exc.strerror}.", file=err)
        return 1
    counts, _ = import_qdpx(service, path.name, data, dry_run=args.dry_run, codes=codes)
    if args.json:
        _json({"dry_run": args.dry_run, **counts}, out)
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb}: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n) if any(
        counts.values()) else "nothing new", file=out)
    return 0


def cmd_import(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    if Path(args.file).suffix.lower() == ".qdpx":
        return cmd_import_qdpx(service, args, out, err)
    from reader.services_workshop import AnswerKeyError

    try:
        counts, changes = service.import_file(args.file, dry_run=args.dry_run, answer_key_ok=args.answer_key_ok)
    except AnswerKeyError as exc:
        print(f"error: {exc.message} Nothing was imported; to import it anyway, add --answer-key-ok.", file=err)
        return 1
    missing = changes.report.get("missing_documents") or {}
    assert isinstance(missing, dict)
    if args.json:
        _json({"dry_run": args.dry_run, **counts, "missing_documents": missing}, out)
        return 0
    verb = "would import" if args.dry_run else "imported"
    print(f"{verb}: " + ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in counts.items() if n) if any(
        counts.values()) else "nothing new", file=out)
    if counts.get("conflicts"):
        print(f"note: {counts['conflicts']} conflict(s) kept both versions; see `conflicts`, resolve them in the app.",
              file=err)
    for doc_id, title in sorted(missing.items()):
        print(f"note: add the document “{title or 'untitled'}” (sha256 {doc_id[:12]}…) to see the annotations "
              "waiting for it.", file=err)
    return 0


def cmd_suggest(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.resolve_document(args.doc)
    suggestions = service.suggest(doc.id, args.kind)
    if args.json:
        _json([s.as_json() for s in suggestions], out)
        return 0
    for s in suggestions:
        speaker = f"  — {s.speaker}" if s.speaker else ""
        print(f"{s.start:>7}-{s.end:<7} {s.kind:<6} {s.type:<10} {s.exact[:100]}{speaker}", file=out)
    print(f"{len(suggestions)} suggestion(s); accept one with: {PROG} annotate DOC --quote TEXT ...", file=err)
    return 0


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from reader.services_workshop import compare_files, report_bytes, report_format

    formats = [(Path(f), report_format(f)) for f in args.report]
    report = compare_files(args.key, args.trainees)
    if not report.key.answer_key:
        print(f"note: {Path(args.key).name} is not flagged as an answer key; comparing anyway.", file=err)
    for target, fmt in formats:
        try:
            write_bytes_atomic(target, report_bytes(report, fmt))
        except OSError as exc:
            print(f"error: cannot write {target}: {exc.strerror}.", file=err)
            return 1
    written = [f"wrote {target}" for target, _ in formats]
    if args.json:
        _json(report.as_json(), out)
        _after_output(out, err, written)
        return 0
    key = report.key
    print(f"answer key: {key.name} — {len(key.of_kind('entity'))} entity mentions, {len(key.of_kind('claim'))} claims"
          f" in {'; '.join(t for _, t in report.documents)}", file=out)
    print(f"{'trainee':<24} {'P':>5} {'R':>5} {'F1':>5} {'F1~':>5}  {'claims':>7} {'speaker':>7} {'status':>6} "
          f"{'kappa':>6}", file=out)
    for t in report.trainees:
        e, c = t.entities, t.claims
        print(f"{t.name[:24]:<24} {e.exact.precision:5.2f} {e.exact.recall:5.2f} {e.exact.f1:5.2f} {e.overlap.f1:5.2f}"
              f"  {f'{c.score.tp}/{c.score.tp + c.score.fn}':>7} {_num(c.speaker_agreement):>7} "
              f"{_num(c.status_agreement):>6} {_num(c.status_kappa):>6}", file=out)
        for w in t.warnings:
            print(f"  ! {w}", file=out)
    if report.agreement is not None:
        a = report.agreement
        print(f"class: Krippendorff's alpha {_num(a.entity_alpha)} for entities ({a.entity_units} units), "
              f"{_num(a.status_alpha)} for claim status ({a.status_units} claims)", file=out)
    _after_output(out, err, [*written, "F1~ = entity mentions matched by overlap; misses, extras and boundary "
                                          "errors: --report FILE.md or --json"])
    return 0


def _after_output(out: TextIO, err: TextIO, lines: list[str]) -> None:
    """Lines for stderr, written once stdout is flushed, so a terminal (or `2>&1`) shows each on its own
    line after the table rather than in the middle of it."""
    out.flush()
    for line in lines:
        print(line, file=err)


def _num(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


def cmd_reindex(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    count = service.reindex(_progress_bar(err))
    print(f"indexed {count} items", file=out)
    return 0


def cmd_undo(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(service.undo().label, file=out)
    return 0


def cmd_redo(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(service.redo().label, file=out)
    return 0


def cmd_remove(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.resolve_document(args.doc)
    service.remove_document(doc.id)
    print(f"moved to trash: {doc.id} {doc.title} (undo brings it back)", file=out)
    return 0


WRITE_COMMANDS = frozenset({"add", "annotate", "delete", "reindex", "import", "undo", "redo", "remove"})
"""Commands that change the library (refused up front on a read-only library)."""

HANDLERS: dict[str, Callable[[ReaderService, argparse.Namespace, TextIO, TextIO], int]] = {
    "add": cmd_add, "list": cmd_list, "show": cmd_show, "annotate": cmd_annotate, "delete": cmd_delete,
    "edit": cmd_edit, "conflicts": cmd_conflicts, "search": cmd_search, "reindex": cmd_reindex, "export": cmd_export, "import": cmd_import, "suggest": cmd_suggest, "undo": cmd_undo, "redo": cmd_redo, "remove": cmd_remove,
    "properties": cli_properties.cmd_properties,
}


if __name__ == "__main__":
    sys.exit(main())
