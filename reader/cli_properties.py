"""`properties DOC [--title … --author … --outlet … --date … --url … --language … --reliability …] [--json]`:
show a document's properties, or change them as one undoable step (the library checks every value)."""
from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from annotations.doc_properties import PROPERTY_NAMES, DocumentProperties
from annotations.model import DocumentRecord
from reader.services import ReaderService

OPTIONS = (("--title", "title", "the title shown everywhere (window, library, exports, the pack)"),
           ("--outlet", "publisher", "newspaper, agency, site or publisher"),
           ("--date", "published", "publication date: YYYY, YYYY-MM or YYYY-MM-DD"),
           ("--url", "source_url", "where it was published (http:// or https://)"),
           ("--language", "language", "BCP-47 code: en, fr, pt-BR…"),
           ("--reliability", "reliability", "Admiralty source reliability, A (completely reliable) to F ('' clears)"))


def add_parser(sub: Any, lib: argparse.ArgumentParser) -> None:
    p = sub.add_parser("properties", parents=[lib], help="show or change a document's title, authors, outlet, date, "
                       "URL, language and source reliability (one undoable step)")
    p.add_argument("doc", metavar="DOC", help="document id, unique id prefix, or path of an added file")
    for flag, dest, text in OPTIONS:
        p.add_argument(flag, dest=dest, metavar=flag[2:].upper(), help=text)
    p.add_argument("--author", dest="authors", action="append", metavar="NAME",
                   help="an author (repeat for several; the list given replaces the old one; --author '' clears)")
    p.add_argument("--json", action="store_true", help="print the properties as JSON")


def properties_of(doc: DocumentRecord) -> dict[str, Any]:
    return {"id": doc.id, "title": doc.title, "authors": list(doc.authors), "outlet": doc.publisher,
            "date": doc.published, "url": doc.source_url, "language": doc.language, "reliability": doc.reliability}


def cmd_properties(service: ReaderService, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    doc = service.resolve_document(args.doc)
    authors = None if args.authors is None else tuple(a for a in args.authors if a.strip())
    edit = DocumentProperties(title=args.title, authors=authors, publisher=args.publisher, published=args.published,
                              source_url=args.source_url, language=args.language, reliability=args.reliability)
    if edit != DocumentProperties():
        changes = service.set_document_properties(doc.id, edit)
        doc = service.document(doc.id)
        if not args.json:
            print(changes.label if changes else "nothing changed: the document already has these properties", file=err)
    data = properties_of(doc)
    if args.json:
        json.dump(data, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    labels = {"title": PROPERTY_NAMES["title"], "authors": PROPERTY_NAMES["authors"],
              "outlet": PROPERTY_NAMES["publisher"], "date": PROPERTY_NAMES["published"], "url": PROPERTY_NAMES["source_url"],
              "language": PROPERTY_NAMES["language"], "reliability": PROPERTY_NAMES["reliability"]}
    print(f"{'Document':<20}{doc.id}", file=out)
    for key, label in labels.items():
        value = data[key]
        shown = "; ".join(value) if isinstance(value, list) else value
        print(f"{label + ':':<20}{shown or '—'}", file=out)
    return 0
