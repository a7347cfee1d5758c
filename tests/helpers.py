"""Builders for test documents (PDF via PyMuPDF, EPUB as a zip) in a given folder, and a bundle rewriter."""
from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pymupdf


def make_pdf(path: Path, pages: list[list[str]], **meta: str) -> Path:
    """A PDF with one text line per string, one page per list."""
    doc = pymupdf.open()
    for lines in pages:
        page = doc.new_page(width=420, height=595)
        y = 60.0
        for line in lines:
            page.insert_text((50, y), line, fontsize=11)
            y += 18
    if meta:
        doc.set_metadata(meta)
    doc.save(path)
    doc.close()
    return path


def make_epub(path: Path, chapters: list[tuple[str, list[str]]], title: str = "Test book") -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                    'xmlns:container"><rootfiles><rootfile full-path="c.opf" media-type="application/'
                    'oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>'
                        for i in range(len(chapters)))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(len(chapters)))
        zf.writestr("c.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
                    'unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    f'<dc:identifier id="u">x</dc:identifier><dc:title>{title}</dc:title></metadata>'
                    f"<manifest>{items}</manifest><spine>{spine}</spine></package>")
        for i, (heading, paragraphs) in enumerate(chapters):
            body = f"<h1>{heading}</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
            zf.writestr(f"c{i}.xhtml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                        f"<head><title>{heading}</title></head><body>{body}</body></html>")
    return path


def rewrite_bundle(data: bytes, change: Callable[[str, list[dict[str, Any]]], None],
                   names: tuple[str, ...] = ("annotations.jsonl", "documents.jsonl", "entities.jsonl")) -> bytes:
    """A teammate with a text editor: `change(name, records)` edits the JSON lines of the members `names` in
    place, and the manifest's checksums are made valid again — content that lies under valid checksums."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    for name in names:
        lines = [json.loads(x) for x in members[name].splitlines() if x.strip()]
        change(name, lines)
        members[name] = "".join(json.dumps(x) + "\n" for x in lines).encode()
    manifest = json.loads(members.pop("manifest.json"))
    manifest["members"] = {n: hashlib.sha256(d).hexdigest() for n, d in members.items()}
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        for n, d in members.items():
            zf.writestr(n, d)
    return out.getvalue()


def load_failing_on(name: str) -> Callable[[str | Path], Any]:
    """`load_document`, but failing as a fault of Dossier's own would on the file called `name` (a batch add goes on)."""
    from reader.document import load_document

    def load(path: str | Path) -> Any:
        if Path(path).name == name:
            raise ValueError("a fault of Dossier's own")
        return load_document(path)

    return load
