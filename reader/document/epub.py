"""EPUB fix-ups before MuPDF lays a book out (`prepared`).

- A spine entry whose file is not in the book (a dangling manifest href, common in broken real books, or a
  hostile "../../../etc/passwd") is taken out of the spine: MuPDF lays such a chapter out as the text
  `ERROR: cannot find chapter "…"`, which became part of the document. `missing_chapters` names them for a
  warning. Nothing outside the zip is ever read either way.
- MuPDF draws inline SVG in XHTML but does not extract the text of its `<text>` elements, so a book (often
  a comic or a title page) whose words are SVG text came out empty. Here each such SVG gets its text
  repeated after it as plain paragraphs, which MuPDF reads.

The rewrite is deterministic and done wherever the book is opened (`mupdf.open_document`), so page
spans and offsets agree between loading and any later reopening. Books without inline SVG text are
passed through untouched (same bytes).
"""
from __future__ import annotations

import io
import math
import posixpath
import re
import zipfile
from urllib.parse import unquote

from lxml import etree  # type: ignore[import-untyped]

SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"
MAX_MEMBER_BYTES = 16 * 1024 * 1024
"""Larger chapters are left alone (the worker's memory cap bounds the rest)."""
_MARKUP = (".xhtml", ".html", ".htm", ".xml")
_CONTAINER = "META-INF/container.xml"
_OPF_NS = "http://www.idpf.org/2007/opf"


def _xml(markup: bytes) -> etree._Element | None:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _opf_path(book: zipfile.ZipFile) -> str | None:
    try:
        container = _xml(book.read(_CONTAINER))
    except KeyError:
        return None
    if container is None:
        return None
    for element in container.iter():
        if isinstance(element.tag, str) and etree.QName(element).localname == "rootfile":
            return element.get("full-path")
    return None


def _dangling(book: zipfile.ZipFile) -> tuple[str, etree._Element, list[etree._Element]] | None:
    """(OPF path, its tree, the spine itemrefs whose file is not in the zip), or None when the book has
    none or cannot be read (MuPDF then gives it its own verdict). A href is looked up as MuPDF does,
    relative to the OPF and ignoring case; one that climbs out of the zip or is absolute is never there."""
    opf_path = _opf_path(book)
    if not opf_path:
        return None
    try:
        info = book.getinfo(opf_path)
    except KeyError:
        return None
    if info.file_size > MAX_MEMBER_BYTES:
        return None
    root = _xml(book.read(info))
    if root is None:
        return None
    names = {name.lower() for name in book.namelist()}
    base = posixpath.dirname(opf_path)
    hrefs = {item.get("id"): item.get("href") or "" for item in root.iter(f"{{{_OPF_NS}}}item")}
    missing = []
    for itemref in root.iter(f"{{{_OPF_NS}}}itemref"):
        href = hrefs.get(itemref.get("idref"))
        if href is None:  # an idref to nothing in the manifest: MuPDF skips it, and the reader must be told
            missing.append(itemref)
            continue
        found = False
        for candidate in {href, unquote(href)}:  # MuPDF takes "#" and "?" in a manifest href literally
            if not candidate or candidate.startswith("/"):
                continue
            joined = posixpath.normpath(posixpath.join(base, candidate))
            if not joined.startswith("../") and joined.lower() in names:
                found = True
        if not found:
            missing.append(itemref)
    return (opf_path, root, missing) if missing else None


def publication_date(data: bytes) -> str:
    """The book's `dc:date` as YYYY, YYYY-MM or YYYY-MM-DD ("" when it has none, or none of those shapes): the
    date the library shows and the exports write (MuPDF's metadata has no date for a book). The first that reads as
    a date, a publication event's before the others."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            opf_path = _opf_path(book)
            if not opf_path:
                return ""
            info = book.getinfo(opf_path)
            root = _xml(book.read(info)) if info.file_size <= MAX_MEMBER_BYTES else None
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return ""
    if root is None:
        return ""
    dates = sorted(root.iter(f"{{{_DC_NS}}}date"),
                   key=lambda e: (e.get(f"{{{_OPF_NS}}}event") or e.get("event") or "publication") != "publication")
    for element in dates:
        found = _DATE.match(" ".join("".join(element.itertext()).split()))
        if found is not None:
            return found.group(0)
    return ""


_DC_NS = "http://purl.org/dc/elements/1.1/"
_DATE = re.compile(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?(?!\d)")


def missing_chapters(data: bytes) -> list[str]:
    """The hrefs of the book's spine entries whose file is not in it (they are skipped), in spine order; an entry
    the manifest does not list is named by its id ("ch4 (not in the book's manifest)")."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            found = _dangling(book)
            if found is None:
                return []
            _, root, missing = found
            hrefs = {item.get("id"): item.get("href") or "" for item in root.iter(f"{{{_OPF_NS}}}item")}
            return [hrefs.get(itemref.get("idref")) or f"{itemref.get('idref') or '?'} (not in the book's manifest)"
                    for itemref in missing]
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return []


def without_missing_chapters(data: bytes) -> bytes:
    """The EPUB's bytes with spine entries whose file is missing taken out, or the same bytes when none is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            found = _dangling(book)
            if found is None:
                return data
            opf_path, root, missing = found
            for itemref in missing:
                itemref.getparent().remove(itemref)
            opf = bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8"))
            return _rewritten(book, {opf_path: opf})
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return data


def _rewritten(book: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for info in book.infolist():
            content = replaced.get(info.filename)
            rewritten.writestr(info, book.read(info) if content is None else content)
    return out.getvalue()


def prepared(data: bytes) -> bytes:
    """The book as MuPDF should lay it out: missing chapters out of the spine, SVG text made readable.
    Deterministic, so that loading and every later reopening give the same pages and offsets."""
    return with_svg_text(without_missing_chapters(data))


MAX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_CHAPTER_BYTES = 256 * 1024 * 1024


def too_large_unpacked(data: bytes) -> str:
    """Why the book is refused before MuPDF unpacks it ("" when it is not): its zip says it unpacks past
    `MAX_UNPACKED_BYTES`, or one chapter past `MAX_CHAPTER_BYTES` (four times the cap on a text file). A
    megabyte of zip can unpack to a gigabyte; the worker ran out of memory on it and the book was called
    damaged (an outside tester, stop 54). Sizes that lie are still bounded by the worker's memory cap."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            members = book.infolist()
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return ""  # MuPDF gives the damaged book its own verdict
    total = sum(info.file_size for info in members)
    if total > MAX_UNPACKED_BYTES:
        return f"unpacks to {math.ceil(total / 2**20):,} MB; the limit is {MAX_UNPACKED_BYTES / 2**20:,.0f} MB"
    chapter = max((info for info in members if info.filename.lower().endswith(_MARKUP)),
                  key=lambda info: info.file_size, default=None)
    if chapter is not None and chapter.file_size > MAX_CHAPTER_BYTES:
        return (f"has a chapter of {math.ceil(chapter.file_size / 2**20):,} MB unpacked; the limit is "
                f"{MAX_CHAPTER_BYTES / 2**20:,.0f} MB")
    return ""


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
            return _rewritten(book, replaced)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return data  # MuPDF gives the damaged book its own verdict
