"""EPUB fix-ups before MuPDF lays a book out (`prepared`).

- A spine entry whose file is not in the book (a dangling manifest href, common in broken real books, or a
  hostile "../../../etc/passwd") is taken out of the spine: MuPDF lays such a chapter out as the text
  `ERROR: cannot find chapter "…"`, which became part of the document. `missing_chapters` names them for a
  warning. Nothing outside the zip is ever read either way.
- A chapter that `META-INF/encryption.xml` lists (DRM: any algorithm but font obfuscation) is taken out
  likewise, as MuPDF refuses it with the same error text; a book with no other chapter is refused as protected
  by DRM (`drm_protected`). Any page MuPDF still fills with that error is left blank (`without_error_pages`).
- MuPDF draws inline SVG in XHTML but does not extract the text of its `<text>` elements, so a book (often
  a comic or a title page) whose words are SVG text came out empty. Here each such SVG gets its text
  repeated after it as plain paragraphs, which MuPDF reads.
- Ruby readings (the small type above hard Japanese and Chinese characters) are left out, as MuPDF lays them
  out inline ("漢字かんじ"): `without_ruby_readings`.

The rewrite is deterministic and done wherever the book is opened (`mupdf.open_document`), so page
spans and offsets agree between loading and any later reopening. Books without inline SVG text or ruby
are passed through untouched (same bytes).
"""
from __future__ import annotations

import io
import math
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from urllib.parse import unquote

from lxml import etree  # type: ignore[import-untyped]

from reader.document.epub_chapters import MARKUP as _MARKUP, MAX_MEMBER_BYTES, UNREADABLE, Chapters, read_chapters
from reader.document.pagetext import PageLines

SVG_NS = "http://www.w3.org/2000/svg"
XHTML_NS = "http://www.w3.org/1999/xhtml"
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


FONT_OBFUSCATION = frozenset({"http://www.idpf.org/2008/embedding", "http://ns.adobe.com/pdf/enc#RC"})
"""encryption.xml algorithms that only scramble embedded fonts (IDPF's and Adobe's): a book using them has no DRM."""
_ENCRYPTION = "META-INF/encryption.xml"


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _encrypted(book: zipfile.ZipFile) -> set[str]:
    """The zip paths (lower case) that `META-INF/encryption.xml` lists as encrypted by anything but font
    obfuscation: DRM. MuPDF refuses every file listed there and lays a listed chapter out as its error text."""
    try:
        info = book.getinfo(_ENCRYPTION)
    except KeyError:
        return set()
    root = _xml(book.read(info)) if info.file_size <= MAX_MEMBER_BYTES else None
    encrypted: set[str] = set()
    for data in root.iter() if root is not None else ():
        if _local(data) != "EncryptedData":
            continue
        methods = [e.get("Algorithm") or "" for e in data.iter() if _local(e) == "EncryptionMethod"]
        if methods and all(m.strip() in FONT_OBFUSCATION for m in methods):
            continue
        for uri in (e.get("URI") or "" for e in data.iter() if _local(e) == "CipherReference"):
            encrypted |= {posixpath.normpath(u.lstrip("/")).lower() for u in (uri, unquote(uri)) if u}
    return encrypted


@dataclass
class _Spine:
    """A book's reading order as the OPF gives it, sorted by what MuPDF can make of each entry."""

    opf_path: str
    root: etree._Element
    missing: list[etree._Element] = field(default_factory=list)
    """Entries whose file is not in the zip (or that the manifest does not list)."""
    encrypted: list[etree._Element] = field(default_factory=list)
    """Entries whose file encryption.xml lists (DRM)."""
    readable: int = 0
    """Entries that are neither, the navigation document aside (a table of contents alone is no book)."""
    readable_bytes: int = 0
    encrypted_bytes: int = 0
    """The unpacked sizes of the readable and of the encrypted entries' files."""
    members: list[tuple[etree._Element, str]] = field(default_factory=list)
    """Each entry neither missing nor encrypted, with its zip member's name as the zip spells it."""

    def hrefs(self) -> dict[str | None, str]:
        return {item.get("id"): item.get("href") or "" for item in self.root.iter(f"{{{_OPF_NS}}}item")}

    def names(self, itemrefs: list[etree._Element]) -> list[str]:
        """The entries' hrefs; one the manifest does not list by its id ("ch4 (not in the book's manifest)")."""
        hrefs = self.hrefs()
        return [hrefs.get(ref.get("idref")) or f"{ref.get('idref') or '?'} (not in the book's manifest)"
                for ref in itemrefs]


def _in_zip(href: str, base: str, names: set[str]) -> str | None:
    """The zip path (lower case) a manifest href names, looked up as MuPDF does: relative to the OPF, ignoring
    case, "#" and "?" taken literally or not; None for one not in the zip (or climbing out of it, or absolute)."""
    for candidate in (href, unquote(href)):
        if not candidate or candidate.startswith("/"):
            continue
        joined = posixpath.normpath(posixpath.join(base, candidate)).lower()
        if not joined.startswith("../") and joined in names:
            return joined
    return None


def _spine(book: zipfile.ZipFile) -> _Spine | None:
    """The book's spine sorted into missing, encrypted and readable entries, or None when it cannot be read
    (MuPDF then gives the book its own verdict)."""
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
    spine = _Spine(opf_path, root)
    sizes = {info.filename.lower(): info.file_size for info in book.infolist()}
    spelt = {info.filename.lower(): info.filename for info in book.infolist()}
    names = set(sizes)
    encrypted = _encrypted(book)
    base = posixpath.dirname(opf_path)
    navigation = {item.get("id") for item in root.iter(f"{{{_OPF_NS}}}item")
                  if "nav" in (item.get("properties") or "").split()}
    hrefs = spine.hrefs()
    for itemref in root.iter(f"{{{_OPF_NS}}}itemref"):
        href = hrefs.get(itemref.get("idref"))
        path = _in_zip(href, base, names) if href is not None else None
        if path is None:  # (an idref to nothing in the manifest: MuPDF skips it, and the reader must be told)
            spine.missing.append(itemref)
        elif path in encrypted:
            spine.encrypted.append(itemref)
            spine.encrypted_bytes += sizes.get(path, 0)
        else:
            spine.members.append((itemref, spelt[path]))
            if itemref.get("idref") not in navigation:
                spine.readable += 1
                spine.readable_bytes += sizes.get(path, 0)
    return spine


def _read_spine(data: bytes) -> _Spine | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return _spine(book)
    except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return None


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
    spine = _read_spine(data)
    return spine.names(spine.missing) if spine is not None else []


def encrypted_chapters(data: bytes) -> list[str]:
    """The hrefs of the book's spine entries that META-INF/encryption.xml lists as encrypted (DRM; they are
    skipped), in spine order."""
    spine = _read_spine(data)
    return spine.names(spine.encrypted) if spine is not None else []


FRONT_MATTER_BYTES = 16_384
"""Unpacked bytes of readable chapters below which, beside encrypted ones, they are only a cover or a contents page."""


def drm_protected(data: bytes) -> bool:
    """Whether the book has encrypted chapters and nothing else to read: no other chapter (its navigation document
    aside), or only a cover or a table of contents (under `FRONT_MATTER_BYTES`, a fifth of the encrypted text at
    most) — such a book was added as "Test book / A novel" with a warning (a tester on the fixes, stop 56)."""
    spine = _read_spine(data)
    if spine is None or not spine.encrypted:
        return False
    return not spine.readable or (spine.readable_bytes < FRONT_MATTER_BYTES
                                  and 5 * spine.readable_bytes <= spine.encrypted_bytes)


def without_skipped_chapters(data: bytes) -> bytes:
    """The EPUB's bytes with spine entries whose file is missing, encrypted or unreadable taken out, and chapters
    whose bytes are not in the encoding they declare written again in UTF-8; the same bytes when none is."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            spine = _spine(book)
            if spine is None:
                return data
            chapters = read_chapters(book, spine.members)
            if not (spine.missing or spine.encrypted or chapters.unreadable or chapters.recoded):
                return data
            for itemref in spine.missing + spine.encrypted + chapters.unreadable:
                itemref.getparent().remove(itemref)
            opf = bytes(etree.tostring(spine.root, xml_declaration=True, encoding="utf-8"))
            return _rewritten(book, {spine.opf_path: opf, **chapters.recoded})
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return data


_ERROR_PAGE = re.compile(r'ERROR:\s*cannot\s*find\s*chapter\s*"(?P<chapter>.*)"', re.S)


def without_error_pages(pages: list[PageLines]) -> tuple[list[PageLines], list[str]]:
    """The pages with those MuPDF filled with `ERROR: cannot find chapter "…"` (a chapter it could not read,
    which the spine checks did not foresee) left blank, and the chapters they name. The error is never text."""
    kept, chapters = [], []
    for page in pages:
        error = _ERROR_PAGE.fullmatch("".join(line.text for line in page.lines).strip())
        kept.append(PageLines(height=page.height) if error else page)
        if error:
            chapters.append(error.group("chapter"))
    return kept, chapters


def named(hrefs: list[str]) -> str:
    return ", ".join(f"“{href[:80]}”" for href in hrefs[:5]) + (", …" if len(hrefs) > 5 else "")


def chapter_warnings(data: bytes, unread: list[str]) -> tuple[str, ...]:
    """What the reader must know of the chapters left out — missing from the file, encrypted (DRM), damaged or no
    text, or `unread` (MuPDF's error pages) — and of those read in another encoding than they declare."""
    spine = _read_spine(data)
    chapters = _chapters_of(data, spine)
    kinds = ((spine.names(spine.missing) if spine else [], "listed in the book are not in the file"),
             (spine.names(spine.encrypted) if spine else [], "of the book are encrypted (DRM)"),
             (spine.names(chapters.unreadable) if spine else [],
              "of the book cannot be read (damaged in the file, or scrambled: no text)"),
             (unread, "of the book could not be read"))
    return (*(f"{len(hrefs)} chapter(s) {what} and were skipped: {named(hrefs)}." for hrefs, what in kinds if hrefs),
            *chapters.notes)


def chapter_count(data: bytes) -> int:
    """How many entries the book's reading order (spine) has; 0 when it cannot be read."""
    spine = _read_spine(data)
    return len(list(spine.root.iter(f"{{{_OPF_NS}}}itemref"))) if spine is not None else 0


def unreadable_chapters(data: bytes) -> list[str]:
    """The hrefs of the spine's chapters that cannot be unpacked or are no text (they are skipped)."""
    spine = _read_spine(data)
    return spine.names(_chapters_of(data, spine).unreadable) if spine is not None else []


def _chapters_of(data: bytes, spine: _Spine | None) -> Chapters:
    if spine is None:
        return Chapters()
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            return read_chapters(book, spine.members)
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return Chapters()


def _rewritten(book: zipfile.ZipFile, replaced: dict[str, bytes]) -> bytes:
    """The book with the `replaced` members' new bytes. Members that cannot be unpacked (a corrupt entry) are left
    out: one failed the whole rewrite, so a chapter taken out of the spine for it was laid out after all."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as rewritten:
        for info in book.infolist():
            content = replaced.get(info.filename)
            if content is None:
                try:
                    content = book.read(info)
                except UNREADABLE:
                    continue
            rewritten.writestr(info, content)
    return out.getvalue()


def prepared(data: bytes) -> bytes:
    """The book as MuPDF should lay it out: missing and encrypted chapters out of the spine, SVG text made readable,
    ruby readings left out, superscript digits as superscript characters. Deterministic, so that loading and every
    later reopening give the same pages and offsets."""
    from reader.document.epub_superscripts import with_superscript_digits

    return with_superscript_digits(without_ruby_readings(with_svg_text(without_skipped_chapters(data))))


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


def without_ruby_readings(data: bytes) -> bytes:
    """The EPUB's bytes with its ruby readings left out, or the same bytes when it has none: the small type above hard
    characters in Japanese and Chinese (<rt>, and the <rp> brackets around it), which MuPDF lays out inline, so
    "<ruby>漢字<rt>かんじ</rt></ruby>" read "漢字かんじ". The book reads as the page does ("漢字"), as a web page."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            replaced: dict[str, bytes] = {}
            for info in book.infolist():
                if not info.filename.lower().endswith(_MARKUP) or info.file_size > MAX_MEMBER_BYTES:
                    continue
                markup = book.read(info)
                if b"<rt" in markup or b":rt" in markup:
                    fixed = _without_rt(markup)
                    if fixed is not None:
                        replaced[info.filename] = fixed
            return _rewritten(book, replaced) if replaced else data
    except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError):
        return data  # MuPDF gives the damaged book its own verdict


def _without_rt(markup: bytes) -> bytes | None:
    """The chapter without its <rt>, <rp> and <rtc> elements (their tails kept), or None when it has none."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    readings = [] if root is None else [e for e in root.iter() if _local(e) in ("rt", "rp", "rtc")]
    for element in readings:  # (in document order: a reading's earlier siblings that go are gone already)
        parent, previous = element.getparent(), element.getprevious()
        if parent is None:
            continue
        if previous is not None:  # the text after the reading stays, joined to what came before it
            previous.tail = (previous.tail or "") + (element.tail or "")
        else:
            parent.text = (parent.text or "") + (element.tail or "")
        parent.remove(element)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8")) if readings else None
