"""Open any supported file -> `Document` (canonical text, metadata, page map). Qt-free.

`load_document` runs in the calling process; use `reader.document.isolated.load_isolated` for files
from strangers, so that a hostile file can only cost a bounded time and memory in a child process.
"""
from __future__ import annotations

import functools
import hashlib
import re
import stat
from collections.abc import Sequence
from dataclasses import fields, replace
from pathlib import Path
from typing import Any

from annotations.doc_properties import split_authors
from annotations.errors import DocumentError
from annotations.unicode_text import lone_surrogate, mended, without_surrogates
from reader.document.formats import DEFAULT_LIMITS, FIXED_LAYOUT, PAGED_FORMATS, Limits, sniff_format
from reader.document import titles
from reader.document.damage import Repair, repair_of
from reader.document.pagetext import PageLines, assemble, furniture, heading_of, page_lines
from reader.document.charset import decode_text
from reader.document.plaintext import canonical, markdown_meta, text_meta
from reader.document.textmodel import Document, DocumentMeta, OutlineEntry, PageSpan


_CHUNK = 1 << 20


def _checked_size(path: Path, limits: Limits) -> int:
    """The file's size, refusing missing, unreadable, folder, empty and oversized files by their metadata
    alone, so that a 3 GB file is refused before a byte of it is read."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise DocumentError(f"“{path}” does not exist.") from None
    except OSError as exc:
        raise DocumentError(f"“{path}” cannot be read: {exc.strerror}.") from None
    size = status.st_size
    if stat.S_ISDIR(status.st_mode):
        raise DocumentError(f"“{path}” is a folder, not a document.")
    if not stat.S_ISREG(status.st_mode):  # (a pipe was refused as "empty (0 bytes)", or read until its writer quit)
        raise DocumentError(f"“{path.name}” is not a file but a pipe, a device or a socket; save what it holds "
                            "to a file and add that.")
    if size == 0:
        raise DocumentError(f"“{path.name}” is empty (0 bytes).")
    _check_cap(path, size, limits)
    return size


def _check_cap(path: Path, size: int, limits: Limits) -> None:
    if size > limits.max_file_bytes:
        raise DocumentError(
            f"“{path.name}” is {size / 2**20:.0f} MB; the limit is {limits.max_file_bytes / 2**20:.0f} MB."
        )


def read_bytes(path: Path, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The file's bytes, refusing missing, unreadable, empty and oversized files. Read in chunks and
    never past the cap, so a file that grows while it is read (a pipe, a download) cannot exhaust memory."""
    _checked_size(path, limits)
    chunks: list[bytes] = []
    total = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                total += len(chunk)
                _check_cap(path, total, limits)
                chunks.append(chunk)
    except OSError as exc:
        raise DocumentError(f"“{path}” cannot be read: {exc.strerror}.") from None
    if not total:
        raise DocumentError(f"“{path.name}” is empty (0 bytes).")
    return b"".join(chunks)


def file_digest(path: Path, limits: Limits = DEFAULT_LIMITS) -> str:
    """SHA-256 of the file (its document id), streamed in 1 MB chunks with the same refusals as
    `read_bytes`: memory stays flat whatever the file's size."""
    _checked_size(path, limits)
    digest = hashlib.sha256()
    total = 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(_CHUNK):
                total += len(chunk)
                _check_cap(path, total, limits)
                digest.update(chunk)
    except OSError as exc:
        raise DocumentError(f"“{path}” cannot be read: {exc.strerror}.") from None
    return digest.hexdigest()


def load_document(path: str | Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Open `path` as a Document, or raise DocumentError saying why not."""
    path = Path(path)
    if lone_surrogate(path.name):  # a name in Latin-1 bytes (an old archive): Python keeps them as lone surrogates
        raise DocumentError(f"“{mended(path.name)}” has a file name that is not UTF-8 text, which Dossier "
                            "cannot record. Rename the file and add it again.")
    if lone_surrogate(str(path.absolute())):
        raise DocumentError(f"“{path.name}” is in a folder whose name is not UTF-8 text "
                            f"(“{mended(str(path.absolute().parent))}”), which Dossier cannot record. Rename the folder "
                            "or move the file, and add it again.")
    data = read_bytes(path, limits)
    fmt = sniff_format(path, data[:4096])
    doc_id = hashlib.sha256(data).hexdigest()
    if fmt in PAGED_FORMATS:
        return _well_formed(_load_paged(path, data, fmt, doc_id, limits))
    return _well_formed(_load_text(path, data, fmt, doc_id, limits))


def _well_formed(doc: Document) -> Document:
    """`doc` with every lone surrogate in its strings replaced by U+FFFD. A PDF's malformed UTF-16 (/Author
    `<FEFF0041DC00>`) or an FB2 in a code page it does not declare come out of MuPDF as lone surrogates, which no
    UTF-8 holds: storing the document then failed with a traceback, and with it every file after it in the add."""
    meta = doc.meta
    cleaned: dict[str, Any] = {}
    for item in fields(meta):
        value = getattr(meta, item.name)
        if isinstance(value, str):
            cleaned[item.name] = mended(value)
        elif isinstance(value, tuple):
            cleaned[item.name] = tuple(mended(v) if isinstance(v, str) else v for v in value)
    return replace(
        doc, text=without_surrogates(doc.text), meta=replace(meta, **cleaned),  # (the text one for one: offsets stay)
        outline=tuple(replace(entry, title=mended(entry.title)) for entry in doc.outline),
        warnings=tuple(mended(warning) for warning in doc.warnings),
        furniture=tuple((page, mended(line)) for page, line in doc.furniture),
    )


def _check_text(text: str, name: str, limits: Limits) -> None:
    if not text.strip():
        raise DocumentError(f"“{name}” contains no text.")
    if len(text) > limits.max_text_chars:
        raise DocumentError(f"“{name}” has more than {limits.max_text_chars:,} characters of text.")


def _load_text(path: Path, data: bytes, fmt: str, doc_id: str, limits: Limits) -> Document:
    cap = limits.max_html_bytes if fmt == "html" else limits.max_text_file_bytes
    if len(data) > cap:
        raise DocumentError(f"“{path.name}” is {len(data) / 2**20:.0f} MB; the limit for {fmt} is {cap / 2**20:.0f} MB.")
    outline: tuple[OutlineEntry, ...] = ()
    warnings: tuple[str, ...] = ()
    if fmt == "html":
        from reader.document.html import read_html  # trafilatura: only where pages are parsed

        text, meta, outline, warnings = read_html(data, path.name)
    else:
        decoded = decode_text(data, path.name)
        text, warnings = canonical(decoded.text), decoded.warnings
        if fmt == "md":
            meta, outline = markdown_meta(text, path.stem)
        else:
            meta = text_meta(text, path.stem)
    _check_text(text, path.name, limits)
    return Document(
        id=doc_id, format=fmt, source_path=str(path.resolve()), size=len(data),
        text=text, meta=meta, outline=outline, warnings=warnings,
    )


def _load_paged(path: Path, data: bytes, fmt: str, doc_id: str, limits: Limits) -> Document:
    try:
        return _read_paged(path, data, fmt, doc_id, limits)
    except DocumentError:
        raise
    except MemoryError:
        raise DocumentError(f"“{path.name}” needs more memory than one document may use.") from None
    except Exception:  # MuPDF raises RuntimeError/FzErrorFormat/... on damaged structures: no names shown
        raise DocumentError(f"“{path.name}” is damaged and cannot be read.") from None


def _read_paged(path: Path, data: bytes, fmt: str, doc_id: str, limits: Limits) -> Document:
    from reader.document import mupdf  # PyMuPDF is imported only by processes that read paged files

    if fmt == "epub":
        from reader.document.epub import chapter_count

        if (chapters := chapter_count(data)) > limits.max_chapters:
            raise DocumentError(f"“{path.name}” has {chapters:,} chapters; the limit is {limits.max_chapters:,}.")
    doc = mupdf.without_annotations(mupdf.open_document(data, fmt, path.name))  # (their words are no page text)
    try:
        if doc.page_count == 0:
            raise DocumentError(_no_pages(path, data, fmt))
        if doc.is_reflowable and doc.page_count > limits.max_screens:  # (a book's pages are the screens MuPDF lays
            raise DocumentError(  # out: its length is told in chapters and characters, not in "pages")
                f"“{path.name}” is too long to lay out: it runs past {limits.max_screens:,} screens of text.")
        if not doc.is_reflowable and doc.page_count > limits.max_pages:
            raise DocumentError(
                f"“{path.name}” has {doc.page_count:,} pages; the limit is {limits.max_pages:,}."
            )
        lines: list[PageLines] = []
        sizes: list[tuple[float, float]] = []
        total = 0
        unreadable = 0
        looks: list[str] = []
        for page in doc:
            try:
                found = page_lines(page, mupdf.TEXT_FLAGS)
            except MemoryError:
                raise
            except Exception as exc:
                if "alloc" in str(exc).lower() or "memory" in str(exc).lower():
                    raise MemoryError from None
                found = PageLines()  # one unreadable page is shown blank, not the whole document refused
                unreadable += 1
            total += sum(len(line.text) + 1 for line in found.lines)
            if total > limits.max_text_chars:
                raise DocumentError(
                    f"“{path.name}” has more than {limits.max_text_chars:,} characters of text."
                )
            lines.append(found)
            sizes.append((page.rect.width, page.rect.height))
            if fmt in FIXED_LAYOUT:
                looks.append(mupdf.page_look(doc, page))
        if unreadable == doc.page_count:
            raise DocumentError(f"“{path.name}” is damaged: none of its {unreadable} pages could be read.")
        unread: list[str] = []
        if fmt == "epub":
            from reader.document.epub import without_error_pages

            lines, unread = without_error_pages(lines)
        reflowable = bool(doc.is_reflowable)
        texts, kept_out = _page_texts(lines, reflowable)
        text, spans = mupdf.join_pages(texts, reflowable)
        if not text.strip():
            if re.search(r"memory|malloc|alloc", mupdf.recent_warnings(), re.I):
                raise MemoryError
            if reflowable:
                raise DocumentError(_no_pages(path, data, fmt) if fmt == "epub" and _unreadable(data) else
                                    f"“{path.name}” has no text Dossier can read (only images?).")
            if doc.is_repaired and not _has_marks(doc):  # its cross-reference table was broken and its pages
                # hold nothing at all: cut short, not a scan (a scan whose offsets a tool shifted is still a scan)
                raise DocumentError(f"“{path.name}” is damaged (cut short, or broken in copying): no text could be "
                                    "read from it. Try the original file again.")
            raise DocumentError(
                f"“{path.name}” has no text layer (a scanned image?). Dossier annotates text and has no OCR."
            )
        repair = repair_of(doc, data, (i for i, (s, e) in enumerate(spans) if not text[s:e].strip()))
        pages = tuple(
            PageSpan(index=i, start=s, end=e, width=w, height=h)
            for i, ((s, e), (w, h)) in enumerate(zip(spans, sizes))
        )
        outline = _outline(doc, pages, text)
        meta = _paged_meta(doc.metadata or {}, text, path.stem, heading_of(lines[0]),
                           outline)
    finally:
        doc.close()
    from reader.document.wordlist import text_layer_warnings  # wordfreq: only where paged files are read

    warnings = text_layer_warnings(text, spans, fmt, repair)
    if fmt == "epub":
        from reader.document.epub import chapter_warnings, publication_date

        meta = replace(meta, published=meta.published or publication_date(data))
        warnings += chapter_warnings(data, unread)
    if fmt == "fb2":
        from reader.document.fb2 import utf8_book

        warnings = utf8_book(data, path.name)[1] + warnings
    return Document(
        id=doc_id, format=fmt, source_path=str(path.resolve()), size=len(data), text=text,
        meta=meta, pages=pages, outline=outline, reflowable=reflowable,
        warnings=warnings, furniture=kept_out, page_looks=tuple(looks),
    )


def stored_warnings(path: Path | None, fmt: str, text: str, spans: Sequence[tuple[int, int]]) -> tuple[str, ...]:
    """What the reader should know about a document in the library, as its add said it: its text layer
    (`text_layer_warnings`) and, for a PDF, whether MuPDF had to repair the file at `path` (the library's copy; None
    when there is none). A repair is not stored with the document, so the file is opened again (milliseconds; the
    page view opens it anyway), never parsed: `show` and the window said nothing of a PDF cut at half its bytes."""
    from reader.document.wordlist import text_layer_warnings  # wordfreq's lists: loaded only when needed

    repair: Repair | None = None
    if fmt == "pdf" and path is not None:
        try:
            repair = _stored_repair(path, [i for i, (s, e) in enumerate(spans) if not text[s:e].strip()])
        except (DocumentError, MemoryError):
            repair = None  # (the copy is gone or unreadable: the window and exports say so in their own words)
    return text_layer_warnings(text, spans, fmt, repair)


def _stored_repair(path: Path, empty_pages: list[int]) -> Repair | None:
    """The repair of the library's copy, looked at once per state of the file (its path, size and modification
    time): opening a document again, or each `show`, read and reopened the whole file every time."""
    try:
        info = path.stat()
    except OSError as exc:
        raise DocumentError(f"“{path.name}” cannot be read ({exc.strerror or exc}).") from None
    return _repair_of_file(str(path), info.st_size, info.st_mtime_ns, tuple(empty_pages))


@functools.lru_cache(maxsize=64)
def _repair_of_file(path: str, size: int, mtime_ns: int, empty_pages: tuple[int, ...]) -> Repair | None:
    """(`size` and `mtime_ns` only key the cache: a file written again is looked at again.)"""
    from reader.document import mupdf

    file = Path(path)
    data = read_bytes(file)
    try:
        doc = mupdf.open_document(data, "pdf", file.name)
    except DocumentError:
        return None
    try:
        return repair_of(doc, data, empty_pages)
    finally:
        doc.close()


def page_labels(path: Path) -> tuple[str, ...]:
    """The printed names of a stored PDF's pages ("i", "ii", "1", …) when its page-label tree gives any that is not the
    page's number; () for none, another format, or a file that cannot be read. Once per state of the file."""
    try:
        info = path.stat()
    except OSError:
        return ()
    return _labels_of_file(str(path), info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=64)
def _labels_of_file(path: str, size: int, mtime_ns: int) -> tuple[str, ...]:
    """(`size` and `mtime_ns` only key the cache.)"""
    from reader.document import mupdf

    try:
        data = read_bytes(Path(path))
        doc = mupdf.open_document(data, "pdf", Path(path).name)
    except (DocumentError, MemoryError):
        return ()
    try:
        labels = tuple(" ".join(str(doc[i].get_label() or "").split())[:40] for i in range(doc.page_count))
    except Exception:  # (a label tree the repair could not read names no page)
        return ()
    finally:
        doc.close()
    return labels if any(label and label != str(i + 1) for i, label in enumerate(labels)) else ()


def _no_pages(path: Path, data: bytes, fmt: str) -> str:
    """Why a file laid out to no page at all: a book whose every chapter was unreadable and left out is damaged."""
    if fmt == "epub" and (unreadable := _unreadable(data)):
        return (f"“{path.name}” is damaged: none of its chapters can be read (damaged in the file, or scrambled: "
                f"{len(unreadable):,} left out).")
    from reader.document.epub import chapter_count, missing_chapters, named  # (both said "has no pages"; stop 62)

    if fmt == "epub" and (missing := missing_chapters(data)):
        return f"“{path.name}” is damaged: the chapters it lists are not in the file ({named(missing)})."
    if fmt == "epub" and chapter_count(data) == 0:
        return f"“{path.name}” lists no chapter to read (its reading order is empty): is the book complete?"
    return f"“{path.name}” has no pages."


def _unreadable(data: bytes) -> list[str]:
    from reader.document.epub import unreadable_chapters

    return unreadable_chapters(data)


def _page_texts(lines: list[PageLines], reflowable: bool) -> tuple[list[str], tuple[tuple[int, str], ...]]:
    """Each page's canonical text, with running heads/feet and page numbers taken out (fixed layout
    only: a reflowed book has none) and line-end hyphenation joined where the joined word is a word.
    Reflowed text keeps its hyphens: there a line end is the viewer's, not the author's."""
    from reader.document.wordlist import LINE_HYPHEN, dehyphenate

    skip = furniture(lines) if not reflowable else [set() for _ in lines]
    kept_out = tuple(
        (index, page.lines[k].text) for index, page in enumerate(lines) for k in sorted(skip[index])
    )
    texts = [assemble(page, skip[index]) for index, page in enumerate(lines)]
    if reflowable:
        return [t.replace(LINE_HYPHEN, "-") for t in texts], kept_out
    return dehyphenate(texts), kept_out


def _paged_meta(info: dict[str, str], text: str, stem: str, heading: str,
                outline: tuple[OutlineEntry, ...]) -> DocumentMeta:
    from reader.document import mupdf

    title = titles.choose(metadata=[info.get("title") or ""], headings=[heading, *(o.title for o in outline[:3])],
                          text=text, fallback=stem, file_stem=stem)
    authors = split_authors(info.get("author") or "")
    return DocumentMeta(
        title=title,
        authors=authors,
        publisher=(info.get("publisher") or "").strip(),
        published=mupdf.pdf_date(info.get("creationDate", "")),
    )


def _outline(doc: object, pages: tuple[PageSpan, ...], text: str) -> tuple[OutlineEntry, ...]:
    """The file's table of contents, each entry pointing at its heading's text where it is found."""
    try:
        toc = doc.get_toc(simple=True)  # type: ignore[attr-defined]
    except Exception:
        return ()
    out = []
    for level, title, page_no in toc:
        index = page_no - 1
        if 0 <= index < len(pages):
            title = str(title).strip()
            span = pages[index]
            found = text.find(title, span.start, span.end) if title else -1
            offset = found if found >= 0 else span.start
            out.append(OutlineEntry(level=int(level), title=title, offset=offset, page=index))
    return tuple(out)


def page_rects(
    path: str | Path, document: Document, start: int, end: int
) -> list[tuple[int, list[tuple[float, float, float, float]]]]:
    """On-page rectangles (one per line) of canonical text [start, end) of a paged document, per page.

    Opens the file again (cheap) so that no PyMuPDF object outlives the call or crosses threads.
    """
    if not document.paged:
        return []
    from reader.document import mupdf

    data = read_bytes(Path(path))
    doc = mupdf.without_annotations(mupdf.open_document(data, document.format, Path(path).name))
    try:
        out = []
        for index in document.pages_of(start, end):
            span = document.pages[index]
            lo, hi = max(start, span.start) - span.start, min(end, span.end) - span.start
            if hi <= lo:
                continue
            page = doc[index]
            rects = mupdf.range_rects(page, document.text[span.start:span.end], lo, hi)
            if rects:
                out.append((index, rects))
        return out
    finally:
        doc.close()


def _has_marks(doc: Any) -> bool:
    """Whether any page holds an image or a drawing (a scan's page image; a chart): a page left empty by a repair
    holds neither."""
    for page in doc:
        try:
            if page.get_images() or page.get_drawings():
                return True
        except Exception:  # a page the repair could not read holds nothing that could be shown
            continue
    return False
