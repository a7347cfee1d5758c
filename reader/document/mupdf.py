"""The only module that opens files with PyMuPDF. One rule turns a page into canonical text, and
the page geometry (character boxes) is aligned back to that same text, so offsets and quads agree.

PyMuPDF is not thread-safe: a `pymupdf.Document` must stay on the thread (or process) that opened it.
MuPDF's object cache has no size setter in PyMuPDF (TOOLS.store_maxsize is a stub); it is bounded by
the worker process's memory cap, and long-lived renderers call `TOOLS.store_shrink`.
"""
from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pymupdf

from annotations.errors import DocumentError
from reader.document.pagetext import line_joint
from reader.document.plaintext import canonical
from reader.document.textlayer_repair import lam_fixes

pymupdf.TOOLS.mupdf_display_errors(False)
pymupdf.TOOLS.mupdf_display_warnings(False)


def _no_timing_loop() -> int:
    return 0


if hasattr(pymupdf.Annot, "update_timing_test"):
    # PyMuPDF 1.23-1.28 call `Annot.update_timing_test()`, a 30,000-step pure-Python loop left in by mistake, on
    # every `Annot.update()`: half the time of an annotated PDF export, holding the GIL. Removed upstream
    # (pymupdf/PyMuPDF#5087); until a release without it is in our range, the loop is made a no-op.
    setattr(pymupdf.Annot, "update_timing_test", staticmethod(_no_timing_loop))

_list_and_name = pymupdf.JM_add_annot_id


@contextmanager
def named_annotations() -> Iterator[Callable[[str], None]]:
    """While open, each `page.add_*_annot` takes its /NM from what was passed to the function this yields
    (the caller's id, set right away) instead of PyMuPDF's `JM_add_annot_id`, which lists every /NM on the page to
    make up an unused "fitz-A<n>" — quadratic in the page's annotations: 30% of a 1,000-annotation export, and
    the caller replaced that name anyway. A name passed is used by the next annotation only; without one,
    PyMuPDF's own naming runs. Not thread-safe (nor is PyMuPDF)."""
    pending: list[str] = []

    def add_id(annot: Any, stem: str) -> None:
        if not pending:
            _list_and_name(annot, stem)
            return
        pymupdf.mupdf.pdf_dict_puts(pymupdf.mupdf.pdf_annot_obj(annot), "NM",
                                    pymupdf.mupdf.pdf_new_text_string(pending.pop()))
        pymupdf._pdf_annot_page(annot).doc().m_internal.resynth_required = 0  # as PyMuPDF's does

    pymupdf.JM_add_annot_id = add_id
    try:
        yield pending.append
    finally:
        pymupdf.JM_add_annot_id = _list_and_name


TEXT_FLAGS = (pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_PRESERVE_WHITESPACE) & ~pymupdf.TEXT_PRESERVE_LIGATURES
"""Ligatures expanded (so "ﬁnd" is searchable as "find"); no images; clipped to the page."""

_CONTROL = {c: None for c in range(32)} | {9: " ", 0x7F: None}
SOFT_HYPHEN = "\u00ad"
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)\]»›。！？｡．：；」』）》〉】〕〗〙〛\u061f\u06d4\u0964\u0965\u0589\u1362\u104b\u17d4\u0f0d"
                           r"\u05c3]\s*$")
"""A screen of a reflowed book ending so ends its paragraph: Latin punctuation, and the full stops, question marks
and closing brackets of other scripts — CJK 。！？」』）》, Arabic ؟ and Urdu ۔, Devanagari । ॥, Armenian ։, Ethiopic
።, Myanmar ။, Khmer ។, Tibetan །, Hebrew ׃ (a Chinese chapter ending "。" ran on into the next chapter's heading)."""


def recent_warnings() -> str:
    """MuPDF's warnings since the last call (it swallows some allocation failures and only warns)."""
    try:
        return str(pymupdf.TOOLS.mupdf_warnings(reset=True))
    except Exception:
        return ""


def open_document(data: bytes, filetype: str, name: str) -> Any:
    """A `pymupdf.Document` for the bytes, or DocumentError for anything it cannot be opened as."""
    if not data:
        raise DocumentError(f"“{name}” is empty.")
    if filetype == "epub":
        from reader.document.epub import drm_protected, prepared, too_large_unpacked

        if why := too_large_unpacked(data):
            raise DocumentError(f"“{name}” {why}: is it really a book?")
        if drm_protected(data):
            raise DocumentError(f"“{name}” is protected by DRM: its chapters are encrypted (only a cover or a "
                                "contents page, if any, is not), and Dossier can only read books without DRM.")
        data = prepared(data)
    if filetype == "fb2":
        from reader.document.fb2 import utf8_book

        data = utf8_book(data, name)[0]
    try:
        if filetype in ("epub", "fb2", "mobi"):  # (reflowable: screens as tall as its longest chapter needs)
            from reader.document.reflow import SCREEN_WIDTH, TYPE_SIZE, screen_height

            doc = pymupdf.open(stream=data, filetype=filetype, width=SCREEN_WIDTH,
                               height=screen_height(data, filetype), fontsize=TYPE_SIZE)
        else:
            doc = pymupdf.open(stream=data, filetype=filetype)
    except Exception:
        raise DocumentError(f"“{name}” is damaged or is not a valid {filetype.upper()} file.") from None
    if doc.needs_pass:
        doc.close()
        raise DocumentError(f"“{name}” is password-protected; Dossier cannot open encrypted files.")
    return doc


_LOSSLESS = frozenset({"/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/ASCIIHexDecode", "/AHx", "/ASCII85Decode", "/A85",
                       "/RunLengthDecode", "/RL"})
"""Generic filters a re-save may redo (PyMuPDF's `deflate`, another tool's compression): an image under these alone
is compared by its samples, which re-saving keeps. Image codecs (DCT, JPX, JBIG2, CCITT) are left as they are."""


def page_look(doc: Any, page: Any) -> str:
    """A short digest of how a page looks apart from its text: its size, its turn and its images' data (a re-saved or
    annotated copy keeps them; another scan does not). Cheap: an image is at most inflated, never decoded or drawn."""
    digest = hashlib.sha256(f"{page.rect.width:.0f}x{page.rect.height:.0f}@{page.rotation}".encode())
    try:
        xrefs = {int(item[0]) for item in page.get_images(full=True)} if doc.is_pdf else set()
        images = sorted(hashlib.sha256(_image_data(doc, xref)).digest() for xref in xrefs)  # (numbers change)
    except MemoryError:
        raise
    except Exception:  # an image the file cannot give: the page looks as its readable part does
        images = [b"?"]
    for image in images:
        digest.update(image)
    return digest.hexdigest()[:16]


def _image_data(doc: Any, xref: int) -> bytes:
    filters = set(re.findall(r"/\w+", doc.xref_get_key(xref, "Filter")[1]))
    data = doc.xref_stream(xref) if filters <= _LOSSLESS else doc.xref_stream_raw(xref)
    return bytes(data or b"")


def without_annotations(doc: Any) -> Any:
    """`doc` (opened from bytes: only this copy changes) with its annotations deleted, for reading its text: a
    FreeText comment's or a stamp's words were read as page text, so an annotated copy of a PDF was another text —
    a second document instead of the one in the library (an outside tester, stop 54). Links and form fields stay.
    The page view draws the file as it is."""
    if not doc.is_pdf:
        return doc
    kept_kinds = (pymupdf.PDF_ANNOT_WIDGET, pymupdf.PDF_ANNOT_LINK)  # type: ignore[attr-defined]
    for number in range(doc.page_count):
        page = doc.load_page(number)
        found = page.annot_xrefs()
        kept = [xref for xref, kind, _ in found if kind in kept_kinds]
        if len(kept) < len(found):  # (out of the page's list: PyMuPDF's own delete follows reply threads, which loop)
            doc.xref_set_key(page.xref, "Annots", f"[{' '.join(f'{x} 0 R' for x in kept)}]" if kept else "null")
    return doc


Box = tuple[float, float, float, float]
Char = tuple[str, "Box | None", int]


def _assemble(blocks: list[list[list[Char]]]) -> list[Char]:
    """The canonical page rule, on characters: each line's control characters removed (tabs become
    spaces) and its ends stripped, a soft hyphen ending it printed as "-" and any other dropped; a block's lines joined by a
    space (none after a line-end hyphen, nor between Chinese or Japanese characters: `pagetext.line_joint`);
    blocks joined by `\n`. Working on (char, box, line) triples keeps every box with its character."""
    out_blocks: list[list[Char]] = []
    for lines in blocks:
        out: list[Char] = []
        for line in lines:
            chars = [(t, box, n) for c, box, n in line for t in c.translate(_CONTROL)]
            fixes = lam_fixes("".join(c for c, _, _ in chars))
            if fixes:  # the same repair as `pagetext.page_lines` makes on the line's string
                chars = [(t, box, n) for i, (c, box, n) in enumerate(chars) for t in fixes.get(i, c)]
            while chars and chars[0][0].isspace():
                chars.pop(0)
            while chars and chars[-1][0].isspace():
                chars.pop()
            if chars and chars[-1][0] == SOFT_HYPHEN:  # a discretionary hyphen that was used: print it
                chars[-1] = ("-", chars[-1][1], chars[-1][2])
            chars = [ch for ch in chars if ch[0] != SOFT_HYPHEN]  # unused ones are invisible
            if not chars:
                continue
            if out and out[-1][0] != "-" and line_joint(out[-1][0], chars[0][0]):
                out.append((" ", None, -1))
            out += chars
        if out:
            out_blocks.append(out)
    joined: list[Char] = []
    for i, block in enumerate(out_blocks):
        if i:
            joined.append(("\n", None, -1))
        joined += block
    return joined


def _chars_of(span: dict[str, Any]) -> list[str]:
    """A rawdict span's characters by `pagetext.span_text`'s rule (raised digits as superscripts, one for one)."""
    from reader.document.pagetext import span_text
    from reader.document.superscripts import as_superscript

    chars = [str(ch["c"]) for ch in span["chars"]]
    text = "".join(chars)
    return chars if span_text({"text": text, "flags": span.get("flags", 0)}) == text else [
        as_superscript(c) for c in chars]


def _blocks(page: Any) -> list[list[list[Char]]]:
    """A page's text blocks -> lines -> (char, box, line number), from rawdict."""
    blocks: list[list[list[Char]]] = []
    line_no = 0
    for block in page.get_text("rawdict", flags=TEXT_FLAGS)["blocks"]:
        if block.get("type", 0) != 0:
            continue
        lines: list[list[Char]] = []
        for line in block["lines"]:
            line_no += 1
            lines.append([(c, tuple(ch["bbox"]), line_no) for span in line["spans"]
                          for c, ch in zip(_chars_of(span), span["chars"])])
        blocks.append(lines)
    return blocks


def page_text(page: Any) -> str:
    """Canonical text of one page on its own, NFC: `_assemble`'s rule on strings (3x faster than on
    characters; `tests/document/test_loader.py` checks the two agree). The loader adds the
    document-wide steps (furniture, joined hyphens) in `loader._page_texts`."""
    from reader.document.pagetext import assemble, page_lines

    return assemble(page_lines(page, TEXT_FLAGS)).replace("\x00", "")


def page_text_from_chars(page: Any) -> str:
    """The same page text built from rawdict characters (what the geometry uses)."""
    return canonical("".join(c for c, _, _ in _assemble(_blocks(page))))


_BROKEN_AT_HYPHEN = re.compile(r"\w[-\u2010]\Z")
"""A screen ending in a word's hyphen ("well-" of "well-known"): the next screen goes on with the same word."""


def join_pages(texts: list[str], reflowable: bool) -> tuple[str, list[tuple[int, int]]]:
    """Concatenate page texts, returning the text and each page's [start, end).

    Fixed-layout pages are separated by `\\n`. Reflowable pages (EPUB...) are an artefact of layout, so a
    paragraph that runs on over a page break is joined with a space instead, and a word broken at its hyphen
    with nothing (a page then begins where the one before ends).
    """
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for i, text in enumerate(texts):
        if i > 0:
            prev = texts[i - 1]
            sep = " " if reflowable and prev and text and not _SENTENCE_END.search(prev) else "\n"
            if sep == " " and _BROKEN_AT_HYPHEN.search(prev) and text[0].isalnum():
                sep = ""  # (a word MuPDF broke at its hyphen over the screen break, as it is joined inside a screen)
            parts.append(sep)
            pos += len(sep)
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text)
    return "".join(parts), spans


def iter_page_texts(doc: Any) -> Iterator[str]:
    for page in doc:
        yield page_text(page)


def char_boxes(page: Any, text: str) -> list[tuple[Box, int] | None]:
    """For each character of `text` (this page's canonical text): its box and line number on the
    page, or None for characters we inserted (separators) or that normalisation composed."""
    chars = _assemble(_blocks(page))
    raw_text = "".join(c for c, _, _ in chars)
    if raw_text == text:
        return [(box, n) if box is not None else None for _, box, n in chars]
    aligned = _align_deletions(chars, text)
    if aligned is not None:
        return aligned
    out: list[tuple[Box, int] | None] = [None] * len(text)
    matcher = difflib.SequenceMatcher(None, raw_text, text, autojunk=False)
    for a, b, size in matcher.get_matching_blocks():
        for k in range(size):
            _, box, n = chars[a + k]
            out[b + k] = (box, n) if box is not None else None
    return out


def _align_deletions(chars: list[Char], text: str) -> list[tuple[Box, int] | None] | None:
    """Boxes for `text` when it is the page's raw text with whole lines (running heads, page numbers)
    and line-end hyphens (joined words) left out — what the loader does — in one linear pass; None when
    `text` is not that (then the caller aligns with difflib, which is general but slower)."""
    out: list[tuple[Box, int] | None] = [None] * len(text)
    j = 0
    k = 0
    while k < len(chars):
        c, box, n = chars[k]
        if n < 0:  # a separator we inserted: kept if the text has it here, else it went with a line
            if j < len(text) and text[j] == c:
                j += 1
            k += 1
            continue
        end = k
        while end < len(chars) and chars[end][2] == n:
            end += 1
        line = "".join(ch for ch, _, _ in chars[k:end])
        if text.startswith(line, j):
            keep = end - k
        elif line.endswith("-") and text.startswith(line[:-1], j):
            keep = end - k - 1
        else:
            keep = 0  # furniture: the whole line is not in the text
        for offset in range(keep):
            _, box, n = chars[k + offset]
            out[j + offset] = (box, n) if box is not None else None
        j += keep
        k = end
    return out if j == len(text) else None


def range_rects(
    page: Any, page_text_: str, start: int, end: int
) -> list[tuple[float, float, float, float]]:
    """Rectangles (one per text line) covering page-local text [start, end)."""
    return rects_of(char_boxes(page, page_text_), start, end)


def rects_of(boxes: list[tuple[Box, int] | None], start: int, end: int) -> list[tuple[float, float, float, float]]:
    """`range_rects` from a page's `char_boxes`, read once for many ranges of it."""
    rects: list[tuple[float, float, float, float]] = []
    current_line = -1
    for item in boxes[start:end]:
        if item is None:
            continue
        (x0, y0, x1, y1), line_no = item
        if x1 <= x0 or y1 <= y0:
            continue
        if line_no == current_line and rects:
            a, b, c, d = rects[-1]
            rects[-1] = (min(a, x0), min(b, y0), max(c, x1), max(d, y1))
        else:
            rects.append((x0, y0, x1, y1))
            current_line = line_no
    return rects


def pdf_date(value: str) -> str:
    """PDF date string ("D:20250904120000Z") -> "2025-09-04"; "" when unreadable."""
    m = re.match(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?", value or "")
    if not m:
        return ""
    return "-".join(part for part in m.groups() if part)
