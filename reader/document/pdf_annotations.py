"""Real PDF annotations, both ways: write highlight/underline annotations with popups and sticky notes
(visible in Acrobat, Okular, Zotero, pdf.js…), and read those other readers left (`pdf_import`).

Marks are placed only where the caller says — page and rectangles from stored offsets or quads — never by
searching the text. Each annotation carries /NM (the Dossier id), /T (creator), /CreationDate, /M, a
/Popup when it has something to say, and the full Dossier record as JSON under the private key
`/Dossier:Record` (the way Zotero keeps `/Zotero:Key`), so importing our own PDF restores it exactly, and
its tags under Zotero's `/Zotero:Tags`, so Zotero shows them too.
Qt-free; PyMuPDF is opened only through `mupdf` or on bytes we generated.
"""
from __future__ import annotations

import io
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from reader.document import mupdf
from reader.document.loader import read_bytes
from reader.document.pdf_article import ArticleLayout
from reader.document.pdf_fonts import subset
from reader.document.pdf_footer import add_footers

RECORD_KEY = "Dossier:Record"
ZOTERO_TAGS_KEY = "Zotero:Tags"
"""Zotero's own key for an annotation's tags: a JSON array of strings, which Zotero reads on import."""
Rect = tuple[float, float, float, float]


@dataclass(frozen=True)
class PdfMark:
    """One annotation to draw: where (rectangles per page), how (kind, colour) and what it says."""

    nm: str
    """Unique name (/NM): the annotation id; later pages of a mark that spans pages get `id#2`, `id#3`…"""
    kind: str
    """entity | claim | highlight | note: claims are underlined, notes are sticky notes, the rest highlighted."""
    areas: tuple[tuple[int, tuple[Rect, ...]], ...]
    color: str
    title: str
    content: str
    subject: str = ""
    created: str = ""
    modified: str = ""
    record: str = ""
    """JSON written under /Dossier:Record (empty: none)."""
    tags: tuple[str, ...] = ()


pymupdf: Any = mupdf.pymupdf  # constants and classes; every file is still opened through `mupdf`


def _rgb(color: str) -> tuple[float, float, float]:
    return tuple(int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


_PRINTABLE_ASCII = frozenset(map(chr, range(32, 127)))
_LITERAL_ESCAPES = str.maketrans({"\\": "\\\\", "(": "\\(", ")": "\\)"})


def pdf_string(text: str) -> str:
    """`text` as a PDF string object: a literal `(…)` when it is printable ASCII, else UTF-16BE hex with a BOM.
    Lossless for every character (PyMuPDF's `get_pdf_str` turns control characters into "·") and a C-speed
    conversion (it walks the string in Python: half a second for 1,000 annotation records). A raw ESC pair would
    read as a language mark (PDF 2.0, 7.9.2.2); the JSON we write escapes it."""
    if _PRINTABLE_ASCII.issuperset(text):
        return "(" + text.translate(_LITERAL_ESCAPES) + ")"
    return "<FEFF" + text.encode("utf-16-be", "surrogatepass").hex().upper() + ">"


def pdf_date(iso: str) -> str:
    """ISO 8601 UTC ("2026-03-01T10:20:30Z", fractions allowed) -> PDF date "D:20260301102030Z"; "" if unreadable."""
    digits = "".join(ch for ch in iso[:19] if ch.isdigit())
    return f"D:{digits}Z" if len(digits) == 14 else ""


def _draw(doc: Any, marks: list[PdfMark]) -> int:
    """Add `marks` to `doc`; returns how many PDF annotations were made (a mark may span pages)."""
    drawn = 0
    lines: dict[int, list[tuple[Any, tuple[float, float]]]] = {}  # a turned page's lines and their directions
    with mupdf.named_annotations() as name_next:
        for mark in marks:
            for part, (page_no, rects) in enumerate(mark.areas):
                if not rects or not 0 <= page_no < doc.page_count:
                    continue
                page = doc[page_no]
                nm = mark.nm if part == 0 else f"{mark.nm}#{part + 1}"
                named = _as_text_string(nm)
                if named:
                    name_next(nm)
                if page.rotation and page_no not in lines:
                    lines[page_no] = _line_directions(page)
                _add(doc, page, mark, nm if not named else "", [pymupdf.Rect(r) for r in rects], lines.get(page_no, []))
                drawn += 1
    return drawn


def _add(doc: Any, page: Any, mark: PdfMark, nm: str, rects: list[Any],
         lines: list[tuple[Any, tuple[float, float]]]) -> None:
    if mark.kind == "note":
        first = rects[0]
        point = pymupdf.Point(max(4.0, min(first.x0, 60.0) - 24), max(2.0, first.y0 - 3))  # in the left margin
        annot = page.add_text_annot(point, mark.content, icon="Comment")
    else:  # rectangles where text runs left to right (PyMuPDF checks quads in Python); on a turned page each
        readings = [_reading(r, lines) for r in rects]  # follows the line it lies on
        marked: list[Any] = [r if d == (1.0, 0.0) else _quad(r, d) for r, d in zip(rects, readings, strict=True)]
        annot = page.add_underline_annot(marked) if mark.kind == "claim" else page.add_highlight_annot(marked)
    _set_stroke(annot, _rgb(mark.color))
    annot.set_info(title=mark.title, content=mark.content, subject=mark.subject,
                   creationDate=pdf_date(mark.created), modDate=pdf_date(mark.modified or mark.created))
    if mark.kind in ("entity", "highlight"):
        annot.set_opacity(0.55)
    annot.update()
    if mark.content and mark.kind != "note":
        top = rects[0].y0
        annot.set_popup(pymupdf.Rect(page.rect.width - 200, top, page.rect.width - 10, top + 110))
    if nm:
        _set_text(doc, annot, "NM", nm)
    if mark.record:
        _set_text(doc, annot, RECORD_KEY, mark.record)
    if mark.tags:
        _set_text(doc, annot, ZOTERO_TAGS_KEY, json.dumps(list(mark.tags), ensure_ascii=False))


def _line_directions(page: Any) -> list[tuple[Any, tuple[float, float]]]:
    """A turned page's text lines (unrotated coordinates) and the axis each runs along (a line at an angle counts
    for the nearer axis)."""
    out = []
    for block in page.get_text("dict", flags=0)["blocks"]:
        for line in block.get("lines", ()):
            dx, dy = line["dir"]
            axis = (float(round(dx)), 0.0) if abs(dx) >= abs(dy) else (0.0, float(round(dy)))
            out.append((pymupdf.Rect(line["bbox"]), axis))
    return out


def _reading(rect: Any, lines: list[tuple[Any, tuple[float, float]]]) -> tuple[float, float]:
    """Which way the text under `rect` runs: the line it overlaps most (left to right where none)."""
    best, reading = 0.0, (1.0, 0.0)
    for bbox, axis in lines:
        overlap = (rect & bbox).get_area()
        if overlap > best:
            best, reading = overlap, axis
    return reading


def _quad(rect: Any, reading: tuple[float, float]) -> Any:
    """`rect` as a quad whose top edge runs the way the text reads (`reading`: one of the four axis directions): a
    highlight's rounded ends and a claim's underline follow it (as a rectangle on a turned page, a highlight became
    an ellipse over the lines around the words and an underline a bar across three letters; an outside tester,
    stop 53)."""
    tl, tr, bl, br = rect.tl, rect.tr, rect.bl, rect.br
    return {(1.0, 0.0): pymupdf.Quad(tl, tr, bl, br), (-1.0, 0.0): pymupdf.Quad(br, bl, tr, tl),
            (0.0, 1.0): pymupdf.Quad(tr, br, tl, bl), (0.0, -1.0): pymupdf.Quad(bl, tl, br, tr)}[reading]


def _set_stroke(annot: Any, rgb: tuple[float, float, float]) -> None:
    """The annotation's /C: what `Annot.set_colors(stroke=rgb)` writes (the same numbers, printed by PyMuPDF's
    `_format_g` and read back), put straight into its dictionary — `set_colors` goes through `xref_set_key`."""
    low = mupdf.pymupdf.mupdf
    obj = low.pdf_annot_obj(annot.this)
    color = low.pdf_new_array(low.pdf_get_bound_document(obj), 3)
    for value in rgb:
        low.pdf_array_push_real(color, float(pymupdf._format_g(value)))
    low.pdf_dict_put(obj, pymupdf.PDF_NAME("C"), color)


def _as_text_string(text: str) -> bool:
    """Whether MuPDF's `pdf_new_text_string` stores `text` with the bytes `pdf_string` gives (printable ASCII
    as is, anything with a non-ASCII character as UTF-16BE with a BOM); ASCII with control characters is
    stored raw there, so it takes `pdf_string`'s way, and so do a NUL (the end of a C string) and a lone surrogate
    (no UTF-8 to hand over)."""
    if "\x00" in text:
        return False
    if text.isascii():
        return _PRINTABLE_ASCII.issuperset(text)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _set_text(doc: Any, annot: Any, key: str, text: str) -> None:
    """`text` under `key` of the annotation's dictionary as a PDF text string: put straight into the
    dictionary when MuPDF makes the same string of it (`xref_set_key` prints the whole dictionary, edits
    the text and parses it again: 20% of an export), else through `xref_set_key`."""
    if _as_text_string(text):
        low = mupdf.pymupdf.mupdf
        low.pdf_dict_puts(low.pdf_annot_obj(annot.this), key, low.pdf_new_text_string(text))
    else:
        doc.xref_set_key(annot.xref, key, pdf_string(text))


def original_pdf(source: Path, filetype: str = "pdf") -> bytes:
    """The stored file as PDF bytes: a PDF as is, XPS and other fixed-layout files converted (their pages
    and quads stay the same). Annotations the file itself holds are taken out (links and form fields stay): the
    export draws the library's annotations, and a PDF exported by Dossier, added by a teammate, carried its old
    marks on — an annotation deleted since came back, a corrected note stood beside the old one, and notes
    hidden from an answer key showed (an outside tester, stop 53). `import` brings a file's annotations into
    the library, where the export draws them."""
    data = read_bytes(source)
    if filetype == "pdf":
        doc = mupdf.open_document(data, "pdf", source.name)  # a clear DocumentError if it is damaged
        try:
            return _without_annotations(doc) or data
        finally:
            doc.close()
    doc = mupdf.open_document(data, filetype, source.name)
    try:
        return bytes(doc.convert_to_pdf())
    finally:
        doc.close()


def _without_annotations(doc: pymupdf.Document) -> bytes | None:
    """The document's bytes with its annotations deleted, or None when it has none (the file is used as it is)."""
    found = False
    for page in doc:
        for annot in list(page.annots()):
            page.delete_annot(annot)
            found = True
    return bytes(doc.tobytes(garbage=1, deflate=True)) if found else None


def article_base(layout: ArticleLayout) -> bytes:
    """The article laid out by `layout`, without marks, fonts subset."""
    doc = layout.pdf()
    try:
        subset(doc)
        return bytes(doc.tobytes(garbage=1, deflate=True))
    finally:
        doc.close()


def compose(parts: list[tuple[bytes, list[PdfMark]]], footer: str = "", title: str = "", author: str = "") -> bytes:
    """Several PDFs one after the other, each with its marks (page numbers relative to its part) drawn
    after joining: copying pages between files drops popups and replies, so marks are added last. With
    `footer`, every page gets "footer · page n of N" at its foot; `title` and `author` (when given) go in the
    document information (`described`)."""
    out = pymupdf.open(stream=parts[0][0], filetype="pdf") if parts else pymupdf.open()
    try:
        out.set_metadata(described(out.metadata or {}, title, author))
        offsets = [0]
        for data, _ in parts[1:]:
            offsets.append(out.page_count)
            with pymupdf.open(stream=data, filetype="pdf") as doc:
                out.insert_pdf(doc, annots=True)
        if footer:
            add_footers(out, footer)
        for (_, marks), offset in zip(parts, offsets):
            shifted = [replace(m, areas=tuple((page + offset, rects) for page, rects in m.areas)) for m in marks]
            _draw(out, shifted)
        return bytes(out.tobytes(garbage=1, deflate=True))
    finally:
        out.close()


CREATOR = "Dossier"
INFO_KEYS = ("title", "author", "subject", "keywords", "creator", "producer", "creationDate", "modDate", "trapped")


def described(info: dict[str, object], title: str, author: str) -> dict[str, str]:
    """The document information an export writes: the first part's (a PDF's own), with our /Title and /Author
    when given (the first part's author stays otherwise) and Dossier as /Creator and /Producer (the pack's and
    a generated article's /Title and /Author were empty; outside testers, stop 56)."""
    kept = {k: v for k, v in info.items() if k in INFO_KEYS and isinstance(v, str)}
    return {**kept, **({"title": title} if title else {}), **({"author": author} if author else {}),
            "creator": CREATOR, "producer": CREATOR}


def joined_titles(titles: list[str]) -> str:
    """The /Title of a PDF of documents with these titles: the one's, else the first three's and how many more."""
    return "; ".join(titles[:3]) + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")


def html_pdf(markup: str, css: str) -> bytes:
    """A4 pages of `markup` laid out by PyMuPDF's Story (a subset of HTML and CSS)."""
    story = pymupdf.Story(html=markup, user_css=css)
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    more = True
    while more:
        device = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.paper_rect("a4") + (56, 56, -56, -56))
        story.draw(device)
        writer.end_page()
    writer.close()
    return buffer.getvalue()
