"""An EPUB's chapters read as MuPDF would read them, and judged before it lays them out: unpackable and text, or to
be skipped; in the encoding they declare, or to be decoded and rewritten as UTF-8 (`epub.prepared`). Apart from
`epub` because it is the book's words, where `epub` is its structure (spine, container, DRM, SVG text)."""
from __future__ import annotations

import codecs
import re
import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from annotations.errors import DocumentError
from reader.document.charset import REPLACEMENT, decode_text

MAX_MEMBER_BYTES = 16 * 1024 * 1024
"""Larger chapters are left alone (the worker's memory cap bounds the rest)."""
MARKUP = (".xhtml", ".html", ".htm", ".xml")


@dataclass
class Chapters:
    """What reading each chapter's bytes found, beyond what the spine says."""

    unreadable: list[etree._Element] = field(default_factory=list)
    """Entries whose file cannot be unpacked (a corrupt zip entry) or is no text (scrambled: DRM whose
    encryption.xml a converter stripped): MuPDF laid their bytes out as junk ("�5�;j�B$S…") or dropped them."""
    recoded: dict[str, bytes] = field(default_factory=dict)
    """Zip member -> its text in UTF-8, for chapters whose bytes are not in the encoding they declare."""
    notes: list[str] = field(default_factory=list)
    """How each of those was read."""


_DECLARED = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)|<meta[^>]*?charset\s*=\s*["']?([\w.:-]+)""", re.I)
_CONTROLS = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f]")
CONTROL_SHARE = 0.01
"""Text in any encoding has (almost) no C0 control bytes but tab and line ends; scrambled or binary bytes have one in
ten. A chapter past this share is no text."""
UNREADABLE = (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError, ValueError)


def read_chapters(book: zipfile.ZipFile, members: list[tuple[etree._Element, str]]) -> Chapters:
    """Each markup chapter of the spine read as MuPDF would, and judged: unreadable, mislabelled, or fine (stop 59:
    a scrambled chapter became binary junk or vanished, a Latin-1 chapter declaring UTF-8 turned its accents into
    "�", without a word)."""
    found = Chapters()
    for itemref, member in members:
        if not member.lower().endswith(MARKUP):
            continue  # (an image or SVG in the reading order: MuPDF's own business)
        try:
            info = book.getinfo(member)
            if info.file_size > MAX_MEMBER_BYTES:
                continue
            markup = book.read(info)
        except UNREADABLE:
            found.unreadable.append(itemref)
            continue
        if b"\x00" in markup[:8192] and not markup.startswith((b"\xff\xfe", b"\xfe\xff")) \
                or len(_CONTROLS.findall(markup)) > CONTROL_SHARE * len(markup):
            found.unreadable.append(itemref)
            continue
        declared = _declared(markup)
        try:
            markup.decode(declared)
            continue
        except (UnicodeDecodeError, LookupError):
            pass
        try:
            decoded = decode_text(markup, member.rsplit("/", 1)[-1])
        except DocumentError:
            found.unreadable.append(itemref)
            continue
        if decoded.text.count(REPLACEMENT) - markup.count(REPLACEMENT.encode()) > max(3, 0.01 * len(decoded.text)):
            found.unreadable.append(itemref)  # (no encoding reads it: junk with "�" throughout)
            continue
        found.recoded[member] = _as_utf8(decoded.text)
        found.notes += [_mislabelled(note, declared) for note in decoded.warnings]
    return found


def _mislabelled(note: str, declared: str) -> str:
    """How a chapter was read (`decode_text`'s words), said of a chapter that declares `declared`."""
    if declared == "utf-8" and " is not UTF-8;" in note:
        return "Chapter " + note.replace(" is not UTF-8;", " declares UTF-8 but is not;", 1)
    return f"Chapter {note.rstrip('.')} (it declares {declared})."


def _declared(markup: bytes) -> str:
    """The encoding a chapter declares (XML prolog, then `<meta charset>`), as a Python codec; UTF-8 when none is
    (XHTML's default), UTF-16 after its byte order mark."""
    if markup.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    found = _DECLARED.search(markup[:2048])
    name = (found.group(1) or found.group(2)).decode("ascii", "replace") if found else "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def _as_utf8(text: str) -> bytes:
    """The chapter's text as UTF-8 bytes that say so (its declarations rewritten), so MuPDF reads it as decoded."""
    head, rest = text[:2048], text[2048:]
    head = re.sub(r"""(<\?xml[^>]*?encoding\s*=\s*["'])[\w.:-]+""", r"\g<1>utf-8", head, count=1, flags=re.I)
    head = re.sub(r"""(<meta[^>]*?charset\s*=\s*["']?)[\w.:-]+""", r"\g<1>utf-8", head, count=1, flags=re.I)
    return (head + rest).encode("utf-8")
