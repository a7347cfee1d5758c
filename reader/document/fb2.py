"""FictionBook (FB2) bytes before MuPDF reads them: MuPDF takes a book that declares no encoding (or declares
UTF-8) as UTF-8 whatever its bytes are, so a Russian book saved in windows-1251 without a declaration — common in
old FB2 archives — came out as "����� ������" with its title in lone surrogates (which then failed to be stored).
Such a book is decoded by the rule plain text follows (`reader.document.charset`) and handed over as UTF-8, with
the same warning. Done wherever the book is opened (`mupdf.open_document`), so offsets agree on every opening."""
from __future__ import annotations

import re

from reader.document.charset import decode_text

_PROLOG = re.compile(rb"^(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?\?>")
_DECLARED = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_DECLARED_TEXT = re.compile(r"""(<\?xml[^>]*?)\s+encoding\s*=\s*["'][^"']*["']""")


def _read_as_utf8(data: bytes) -> bool:
    """Whether MuPDF takes the book as UTF-8: no encoding declared in its XML prolog, or UTF-8 declared."""
    prolog = _PROLOG.match(data)
    declared = _DECLARED.search(prolog.group()) if prolog else None
    return declared is None or declared.group(1).lower().replace(b"_", b"-") in (b"utf-8", b"utf8")


def _needs_decoding(data: bytes) -> bool:
    if not _read_as_utf8(data):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def utf8_book(data: bytes, name: str) -> tuple[bytes, tuple[str, ...]]:
    """The book as MuPDF can read it (its bytes unchanged where they already are what it reads them as) and what
    the reader should know about how it was read (the code page guessed, bytes shown as "�")."""
    if not _needs_decoding(data):
        return data, ()
    decoded = decode_text(data, name)
    text = decoded.text.lstrip("\ufeff")
    text = _DECLARED_TEXT.sub(r"\1", text, count=1) if text.lstrip().startswith("<?xml") else text
    return text.encode("utf-8"), decoded.warnings
