"""CLI commands on annotations: `annotate`, `edit`, `delete`, `conflicts`, `search`, `suggest`, `undo`,
`redo`."""
from __future__ import annotations

import argparse
import html
import re
import unicodedata
from typing import TextIO

from annotations import codec
from annotations.model import ClaimStatus, Kind
from reader.services import AnnotationEdit, AnnotationInput, ReaderService
from reader.cli_common import PROG, print_json
from reader.cli_output import one_line


def cmd_annotate(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    kind = Kind(args.kind)
    spec = AnnotationInput(
        kind=kind, start=0, end=1, label=args.type, entity_name=args.entity, speaker_name=args.speaker,
        status=ClaimStatus(args.status) if args.status else None, reliability=args.reliability,
        credibility=args.credibility, tags=tuple(args.tag), note=args.note,
    )
    quote = unicodedata.normalize("NFC", args.quote)  # texts are NFC; a typed or pasted quote may be NFD
    quote = quote.strip() or quote  # the spaces around a typed quote are no part of it (white space alone is refused)
    annotation, _ = service.annotate_quote(args.doc, quote, args.occurrence, spec)
    if args.json:
        print_json(service.w3c(annotation), out)
    else:
        print(annotation.id, file=out)
    return 0


def cmd_edit(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    annotation = service.resolve_annotation(args.annotation)
    service.check_annotation_reachable(annotation)
    edit = AnnotationEdit(note=args.note, label=args.type, entity_name=args.entity, speaker_name=args.speaker,
                          status=ClaimStatus(args.status) if args.status else None, reliability=args.reliability,
                          credibility=args.credibility, add_tags=tuple(args.tag), remove_tags=tuple(args.untag))
    service.edit(annotation.id, edit)
    edited = service.resolve_annotation(annotation.id)
    if args.json:
        print_json(service.w3c(edited), out)
    else:
        print(f"edited {edited.id}", file=out)
    return 0


def cmd_conflicts(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    conflicts = service.conflicts()
    if args.json:
        print_json([{"id": c.id, "annotation": c.ours.id, "from": c.source, "ours": codec.annotation_to_dict(c.ours),
                "theirs": codec.annotation_to_dict(c.theirs), "contested": list(c.contested)} for c in conflicts], out)
        return 0
    if not conflicts:
        print("no open conflicts", file=out)
    for c in conflicts:
        changed = [k for k, v in codec.annotation_to_dict(c.ours).items()
                   if k not in ("rev", "revision", "modified", "deleted", "note_salt") and codec.annotation_to_dict(c.theirs).get(k) != v]
        differs = f"differs in {', '.join(changed) or 'nothing visible'}"
        if c.merged and c.contested:  # the changes only one side made are kept either way: the clash is these
            differs = f"{', '.join(c.contested)} changed on both sides (the other changes are kept either way)"
        if c.ours.deleted != c.theirs.deleted:  # the deleting side touched nothing else: say who did what
            edited = f" ({', '.join(changed)})" if changed else ""
            differs = (f"you deleted it, they edited it{edited}" if c.ours.deleted
                       else f"they deleted it, you edited it{edited}")
        print(f"{c.id[:8]}  {c.ours.kind.value} {c.ours.id[:8]} “{c.ours.target.exact[:40]}” from {c.source or '?'}:"
              f" {differs}", file=out)
    return 0


def cmd_delete(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    annotation = service.resolve_annotation(args.annotation)
    service.check_annotation_reachable(annotation)
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
            print_json({"total": result.total, "estimated": result.estimated, "hits": hits, "facets": result.facets,
                   "suggestion": result.suggestion, "behind": result.behind,
                   "left_out": [word for word, _ in result.left_out]}, out)
        else:
            print_json(hits, out)
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
    if note := result.left_out_note():
        print(f"note: {note}", file=err)
    if result.behind:
        print(f"note: {result.behind:,} recent edit(s) are not in the search index yet (another process is writing "
              "it); they are stored — search again in a moment, or run `reindex`.", file=err)
    if args.facets:
        for name, counts in result.facets.items():
            if not counts:  # ("status: " with nothing after it, for hits of no claim)
                continue
            print(f"  {name}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1])),
                  file=err)
    return 0


def cmd_suggest(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.resolve_document(args.doc)
    suggestions = service.suggest(doc.id, args.kind)
    if args.json:
        print_json([s.as_json() for s in suggestions], out)
        return 0
    for s in suggestions:
        speaker = f"  — {s.speaker}" if s.speaker else ""
        found_by = "  [spaCy]" if s.source == "spacy" else ""  # the optional statistical model, not the rules
        print(f"{s.start:>7}-{s.end:<7} {s.kind:<6} {s.type:<10} {s.exact[:100]}{speaker}{found_by}", file=out)
    print(f"{len(suggestions)} suggestion(s); accept one with: {PROG} annotate DOC --quote TEXT ...", file=err)
    return 0


def cmd_undo(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(one_line(service.undo().label), file=out)
    return 0


def cmd_redo(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    print(one_line(service.redo().label), file=out)
    return 0
