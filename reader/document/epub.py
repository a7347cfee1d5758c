"""EPUB fix-ups before MuPDF lays a book out. MuPDF draws inline SVG in XHTML but does not extract the
text of its `<text>` elements, so a book (often a comic or a title page) whose words are SVG text came
out empty. Here each such SVG gets its text repeated after it as plain paragraphs, which MuPDF reads.

The rewrite is deterministic and done wherever the book is opened (`mupdf.open_document`), so page
spans and offsets agree between loading and any later reopening. Books without inline SVG text are
passed through untouched (same bytes).
"""
from __future__ import annotations

import io
import zipfile

from lxml import etree  # type: ignore[import-untyped]

SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_MEMBER_BYTES = 16 * 1024 * 1024
"""Larger chapters are left alone (the worker's memory cap bounds the rest)."""
_MARKUP = (".xhtml", ".html", ".htm", ".xml")


def _svg_text_paragraphs(markup: bytes) -> bytes | None:
    """The chapter with every inline SVG's text repeated after it, or None when there is nothing to do."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    changed = False
    for svg in root.iter(f"{{{SVG_NS}}}svg"):
        lines = []
        for element in svg.iter(f"{{{SVG_NS}}}text"):
            words = " ".join("".join(element.itertext()).split())
            if words:
                lines.append(words)
        if not lines:
            continue
        holder = etree.Element(f"{{{XHTML_NS}}}div")
        for words in lines:
            paragraph = etree.SubElement(holder, f"{{{XHTML_NS}}}p")
            paragraph.text = words
        holder.tail = svg.tail
        svg.tail = None
        svg.addnext(holder)
        changed = True
    if not changed:
        return None
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))


def with_svg_text(data: bytes) -> bytes:
    """The EPUB's bytes with inline SVG text made readable, or the same bytes when it has none."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            members = book.infolist()
            replaced: dict[str, bytes] = {}
            for info in members:
                if not info.filename.lower().endswith(_MARKUP) or info.file_size > MAX_MEMBER_BYTES:
                    continue
                markup = book.read(info)
                if b"<svg" not in markup and b":svg" not in markup:
                    continue
                if b"text" not in markup:
                    continue
                fixed = _svg_text_paragraphs(markup)
                if fixed is not None:
                    replaced[info.filename] = fixed
            if not replaced:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w") as rewritten:
                for info in members:
                    content = replaced.get(info.filename)
                    rewritten.writestr(info, book.read(info) if content is None else content)
            return out.getvalue()
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return data  # MuPDF gives the damaged book its own verdict
