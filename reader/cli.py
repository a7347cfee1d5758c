"""Command-line interface: the parser, the dispatch and the error handling; the commands live in
reader/cli_documents.py, cli_annotations.py, cli_exchange.py and cli_properties.py.
A contract: later issues, tests and scripts rely on these exact forms.

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
import difflib
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO, cast

from annotations.errors import DossierError, os_error_message
from annotations.model import RELIABILITY_GRADES, ClaimStatus, Kind
from annotations.unicode_text import lone_surrogate, mended
from reader import identity
from reader.services import ReaderService, default_library_dir, holds_library_parts
from reader.services_export import FORMATS, NER_FORMATS
from reader import cli_properties
from reader.cli_annotations import (
    cmd_annotate, cmd_conflicts, cmd_delete, cmd_edit, cmd_redo, cmd_search, cmd_suggest, cmd_undo,
)
from reader.cli_common import PROG, _prog as _prog, diagnostics  # _prog: re-exported (tests, the desktop entry)
from reader.cli_output import SafeStream, error_line
from reader.cli_documents import cmd_add, cmd_list, cmd_reindex, cmd_remove, cmd_show
from reader.cli_exchange import FEW_DOCUMENTS, cmd_export, cmd_import


COMMANDS = ("add", "list", "show", "annotate", "edit", "conflicts", "delete", "search", "reindex", "undo", "redo", "remove", "export", "import", "suggest",
            "compare", "properties")


VALUE_OPTIONS = frozenset({"--library", "--annotator", "--screenshot", "--theme", "--size"})
"""Options before the command (the CLI's and the app's) whose value is the next word."""


def first_word(argv: Sequence[str]) -> str | None:
    """The first word of `argv` that is not an option or an option's value: a command, or the file the app opens."""
    words = iter(argv)
    for word in words:
        if word == "--":
            return next(words, None)
        if word.startswith("-"):
            if word in VALUE_OPTIONS:
                next(words, None)
            continue
        return word
    return None


def command_word(argv: Sequence[str]) -> str | None:
    """The command `argv` names (None: the app starts): its first word that is not an option or an option's
    value, so `--library DIR --annotator NAME list` is `list` (it was looked for among the first two words
    only, and the app started on the folder instead)."""
    word = first_word(argv)
    return word if word in COMMANDS else None


def unknown_command(argv: Sequence[str]) -> str:
    """What to say when the first word is neither a command nor a file the app could open ("" when it is one of
    them): a mistyped `lsit` was taken for a file to open in the app, which offscreen never returned (an outside
    tester, stop 54)."""
    word = first_word(argv)
    if word is None or word in COMMANDS or Path(word).exists():
        return ""
    close = difflib.get_close_matches(word, COMMANDS, n=1)
    hint = f" Did you mean {close[0]}?" if close else ""
    return (f"error: {word!r} is neither a command nor a file.{hint} Commands: {', '.join(COMMANDS)} "
            f"(`{PROG} --help` says more).")


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
    for holder in (parser, lib):
        holder.add_argument("--verbose", action="store_true", default=False if holder is parser else argparse.SUPPRESS,
                            help="also print the log on stderr (e.g. the error a search index repair met)")
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
    p.add_argument("--quote", required=True, metavar="TEXT",
                   help="text to annotate: as in the document, else as search matches words (case, ß/ss, "
                        "accents, apostrophes, ґ/г, ё/е, Arabic diacritics); the document's own text is stored")
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
    p.add_argument("--limit", type=_positive, default=20, metavar="N", help="at most N results (default 20)")
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
    p.add_argument("--date", default="", metavar="DATE", help="pack: the cover's date, YYYY, YYYY-MM or YYYY-MM-DD (default: today)")
    p.add_argument("--parts", metavar="LIST", type=lambda v: [x.strip() for x in v.split(",") if x.strip()],
                   help="pack: which parts, comma-separated: cover,article,tables,notes (default: all; without "
                        "notes every note is left out)")
    p.add_argument("--wikilinks", action="store_true", help="md: write entities and speakers as [[wiki links]]")
    p.add_argument("--claims", action="store_true",
                   help="brat, conll, spacy: claims too, as spans labelled CLAIM (entities only otherwise)")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write (replaced atomically; - for the standard output)")

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


HIDE_NOTES_FORMATS = ("dossier", "pack")
"""The formats --hide-notes leaves the notes out of (every other format has no such choice)."""


def _export_options_refused(args: argparse.Namespace) -> str:
    """Why an export's options contradict each other or would be ignored ("" when they do not): an option
    that is silently dropped gives a file the user takes for what they asked (notes printed in a handout)."""
    if args.hide_notes and args.format not in HIDE_NOTES_FORMATS:
        return (f"--hide-notes leaves the notes out of dossier bundles and briefing packs only; a {args.format} "
                "export would still hold them. Nothing was written.")
    if args.hide_notes and args.format == "pack" and args.parts is not None and "notes" in args.parts:
        return "--hide-notes leaves the notes out, but --parts asks for them: choose one. Nothing was written."
    if args.with_documents and args.without_documents:
        return "--with-documents and --without-documents contradict each other: choose one. Nothing was written."
    for option, formats in FORMAT_OPTIONS.items():
        value = getattr(args, option.removeprefix("--").replace("-", "_"))
        if value and args.format not in formats:
            named = formats[0] if len(formats) == 1 else f"{', '.join(formats[:-1])} and {formats[-1]}"
            return (f"{option} applies to {named} exports only; a {args.format} export would "
                    "ignore it. Nothing was written.")
    if args.trainer and args.format == "dossier" and not args.answer_key:
        return "--trainer names whose annotations make an answer key: add --answer-key. Nothing was written."
    return ""


FORMAT_OPTIONS = {"--with-documents": ("dossier",), "--without-documents": ("dossier",),
                  "--answer-key": ("dossier",), "--trainer": ("pack", "dossier"), "--title": ("pack",),
                  "--date": ("pack",), "--parts": ("pack",), "--wikilinks": ("md",), "--claims": NER_FORMATS}
"""The export options that only some formats use: given to another, each was silently ignored (`--trainer` on a
CSV, an outside tester, stop 54)."""


def _positive(value: str) -> int:
    """A count of at least 1 (`--limit -1` printed "4 match(es); showing 0")."""
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value} is not a positive number (at least 1)")
    return number


def main(argv: Sequence[str] | None = None, out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = cast(TextIO, SafeStream(out or sys.stdout))  # a teammate's control characters never reach the terminal
    err = cast(TextIO, SafeStream(err or sys.stderr))
    args = build_parser().parse_args(_exclusions_as_queries(sys.argv[1:] if argv is None else argv))
    if args.command is None:
        build_parser().print_help(out)
        return 0
    with diagnostics(err, args.verbose):
        return _run(args, argv, out, err)


def _exclusions_as_queries(argv: Sequence[str]) -> list[str]:
    """`search -fish` as the query "-fish" (every annotation without "fish"): argparse took it for an unknown option
    and said QUERY was missing (a tester, stop 59). A word after `search` that starts with one minus and is none of
    its options gets a leading space, which argparse reads as a positional and the query strips."""
    out = list(argv)
    if "search" not in out or "--" in out:
        return out
    for i in range(out.index("search") + 1, len(out)):
        word = out[i]
        if len(word) > 1 and word.startswith("-") and not word.startswith("--") and word != "-h" \
                and not word[1:].replace(".", "", 1).isdigit():
            out[i] = " " + word
    return out


def _arguments_refused(args: argparse.Namespace) -> str:
    """What is wrong with arguments any command takes ("" if nothing): an empty path (a script's unset variable:
    `add ""` added the whole working folder, `--library ""` opened the default library) or an annotator's name
    no teammate's import would take (an outside tester, stop 54)."""
    if getattr(args, "library", None) == "":
        return "--library is empty; give the library's folder (or leave the option out for the default library)."
    if "" in (getattr(args, "files", None) or ()):
        return "an empty path was given; nothing was added."
    name = " ".join((args.annotator or "").split())
    if len(name) > identity.MAX_NAME:
        return f"--annotator can be at most {identity.MAX_NAME} characters (this one has {len(name):,}); nothing was changed."
    return ""


def _run(args: argparse.Namespace, argv: Sequence[str] | None, out: TextIO, err: TextIO) -> int:
    undecodable = next((a for a in (sys.argv[1:] if argv is None else argv) if lone_surrogate(a) and not Path(a).exists()),
                       None)
    if undecodable is not None:  # bytes the shell passed that are no UTF-8 ("caf\xe9" typed in Latin-1): a path may
        print(f"error: “{mended(undecodable)}” is not UTF-8 text (shown with � where it is not); "  # be, text not
              "nothing was changed.", file=err)
        return 2
    if refused := _arguments_refused(args):
        print(f"error: {refused}", file=err)
        return 2
    if args.command == "export" and (refused := _export_options_refused(args)):
        print(f"error: {refused}", file=err)
        return 2
    if args.command == "compare":  # bundles only: no library is opened (or created)
        try:
            return cmd_compare(args, out, err)
        except DossierError as exc:
            print(f"error: {error_line(exc.message)}", file=err)
            return 1
    folder = Path(args.library).expanduser() if args.library else default_library_dir()
    if folder.exists() and not folder.is_dir():  # (add said "[Errno 17] File exists")
        print(f"error: {folder} is a file, not a library folder; give the folder that holds the library.", file=err)
        return 1
    if args.command not in CREATING_COMMANDS and not holds_library_parts(folder):
        # (a folder with the library's files but no store is refused by the store, which says what is missing)
        print(f"error: there is no library at {folder}; nothing was created. Add files to start "
              f"one there: {PROG} --library {folder} add FILE…", file=err)
        return 1
    scratch: tempfile.TemporaryDirectory[str] | None = None
    library = args.library
    if getattr(args, "dry_run", False) and not holds_library_parts(folder):  # (a dry run made the library it
        scratch = tempfile.TemporaryDirectory(prefix="dossier-dry-run-")  # previewed into; stop 57's tester)
        library = str(Path(scratch.name) / "library")
        print(f"note: there is no library at {folder}: this is what importing into a new one would do (nothing was "
              "created).", file=err)
    try:
        service = ReaderService.open(library, annotator=(args.annotator or "").strip() or None)
    except DossierError as exc:
        print(f"error: {error_line(exc.message)}", file=err)
        if scratch is not None:
            scratch.cleanup()
        return 1
    if args.command in WRITE_COMMANDS and service.read_only() and not getattr(args, "dry_run", False):
        service.close()
        why = service.read_only_reason()
        print(f"error: {why} `{args.command}` would change it; list, show, search and export still work.", file=err)
        return 1
    noted = 0
    try:
        noted = _notes(service, 0, err)
        code = int(HANDLERS[args.command](service, args, out, err) or 0)
        if service.damaged():  # read with "�" where stored bytes rotted: said, and the run fails
            done = f" What `{args.command}` stored before the damage was met is kept." if code == 0 and \
                args.command not in ("list", "show", "search", "export") else ""
            print(f"error: {service.damaged()}{done}", file=err)
            return code or 1
        return code
    except DossierError as exc:
        print(f"error: {error_line(exc.message)}", file=err)
        return 1
    except KeyboardInterrupt:
        print("interrupted; every edit already made is saved.", file=err)
        return 130
    except BrokenPipeError:  # `... | head`: the reader left; the edit itself is already stored
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    except OSError as exc:  # the machine's fault (a full disk, a size limit), not the data's: one line, no traceback
        print(f"error: {os_error_message(exc)} Every edit already stored is kept.", file=err)
        return 1
    finally:
        _notes(service, noted, err)  # e.g. "the search index cannot be written" after an edit
        service.close()
        if scratch is not None:
            scratch.cleanup()


def cmd_compare(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    """`compare KEY TRAINEE...`: the class table on stdout (or --json), reports written, notes on stderr."""
    from annotations.atomic import write_bytes_atomic
    from reader.cli_common import after_output, num, print_json
    from reader.services_workshop import compare_files, report_bytes, report_format

    formats = [(Path(f), report_format(f)) for f in args.report]
    missing = next((target.parent for target, _ in formats if not target.parent.is_dir()), None)
    if missing is not None:  # as export -o: a mistyped folder is not created, the whole path, without a word
        print(f"error: cannot write the report: the folder {missing} does not exist.", file=err)
        return 1
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
    refused = [f"error: {Path(d.source).name} not scored (the others were): {d.reason}"
               for d in report.refused]
    dropped = [*refused, *(f"note: {Path(d.source).name} not scored: {d.reason}" for d in report.dropped
                           if not d.refused)]
    code = 1 if refused else 0  # as `add`: every readable bundle scored, and the run still says one failed
    if args.json:
        print_json(report.as_json(), out)
        after_output(out, err, [*dropped, *written])
        return code
    key = report.key
    print(f"answer key: {key.name} — {key.summary()} in {'; '.join(t for _, t in report.documents)}", file=out)
    print(f"{'trainee':<24} {'P':>5} {'R':>5} {'F1':>5} {'F1~':>5}  {'claims':>7} {'speaker':>7} {'status':>6} "
          f"{'kappa':>6}", file=out)
    for t in report.trainees:
        e, c = t.entities, t.claims
        print(f"{t.name[:24]:<24} {e.exact.precision:5.2f} {e.exact.recall:5.2f} {e.exact.f1:5.2f} {e.overlap.f1:5.2f}"
              f"  {f'{c.score.tp}/{c.score.tp + c.score.fn}':>7} {num(c.speaker_agreement):>7} "
              f"{num(c.status_agreement):>6} {num(c.status_kappa):>6}", file=out)
        for w in t.warnings:
            print(f"  ! {w}", file=out)
    if report.agreement is not None:
        a = report.agreement
        print(f"class: Krippendorff's alpha {num(a.entity_alpha)} for entities ({a.entity_units} units), "
              f"{num(a.status_alpha)} for claim status ({a.status_units} claims)", file=out)
    after_output(out, err, [*dropped, *written, "F1~ = entity mentions matched by overlap; misses, extras and "
                                                  "boundary errors: --report FILE.md or --json"])
    return code


def _notes(service: ReaderService, shown: int, err: TextIO) -> int:
    """Print the library's messages from number `shown` on; returns how many there are now."""
    messages = service.messages()
    for message in messages[shown:]:
        print(f"note: {message}", file=err)
    return len(messages)


CREATING_COMMANDS = frozenset({"add", "import"})
"""Commands that may start a library where there is none; any other found none and made an empty one there (a
mistyped --library, an unmounted share: `list` said "empty" and succeeded; an outside tester, stop 54)."""
WRITE_COMMANDS = frozenset({"add", "annotate", "delete", "reindex", "import", "undo", "redo", "remove"})
"""Commands that change the library (refused up front on a read-only library)."""

HANDLERS: dict[str, Callable[[ReaderService, argparse.Namespace, TextIO, TextIO], int]] = {
    "add": cmd_add, "list": cmd_list, "show": cmd_show, "annotate": cmd_annotate, "delete": cmd_delete,
    "edit": cmd_edit, "conflicts": cmd_conflicts, "search": cmd_search, "reindex": cmd_reindex, "export": cmd_export, "import": cmd_import, "suggest": cmd_suggest, "undo": cmd_undo, "redo": cmd_redo, "remove": cmd_remove,
    "properties": cli_properties.cmd_properties,
}


if __name__ == "__main__":
    sys.exit(main())
