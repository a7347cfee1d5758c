"""Builders for test documents (PDF via PyMuPDF, EPUB as a zip) in a given folder."""
from __future__ import annotations

import zipfile
from pathlib import Path

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
