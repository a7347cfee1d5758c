"""A book's superscript numbers as the book shows them (`epub.prepared`). MuPDF lays a `<sup>` out inline in the
line's type, so a power or a note reference ran into the number or word before it: "10<sup>8</sup>" read "108",
"€12<sup>5</sup>" "€125", "figures<sup>1</sup>" "figures1" (an outside tester on documents, stop 62). Digits and signs
in a `<sup>` are written as superscript characters before MuPDF lays the book out, as a saved web page's are
(`html_clean.with_superscript_digits`); chapters without such a `<sup>` keep their bytes."""
from __future__ import annotations

import io
import re
import zipfile

from lxml import etree  # type: ignore[import-untyped]

from reader.document.epub_chapters import MARKUP, MAX_MEMBER_BYTES, UNREADABLE
from reader.document.superscripts import superscript_elements


_SUP = re.compile(rb"<(?:[\w.-]+:)?sup[\s/>]")


def with_superscript_digits(data: bytes) -> bytes:
    """The book with digits and signs in its `<sup>` elements as superscript characters, or the same bytes when it
    has none."""
    from reader.document.epub import _rewritten

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as book:
            replaced: dict[str, bytes] = {}
            for info in book.infolist():
                if not info.filename.lower().endswith(MARKUP) or info.file_size > MAX_MEMBER_BYTES:
                    continue
                try:
                    markup = book.read(info)
                except UNREADABLE:
                    continue
                if _SUP.search(markup) and (fixed := _superscripted(markup)) is not None:
                    replaced[info.filename] = fixed
            return _rewritten(book, replaced) if replaced else data
    except UNREADABLE:
        return data  # MuPDF gives the damaged book its own verdict


def _superscripted(markup: bytes) -> bytes | None:
    """The chapter with its digit-only `<sup>` elements written in superscript characters, or None when it has none."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        root = etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    sups = [] if root is None else [e for e in root.iter()
                                     if isinstance(e.tag, str) and etree.QName(e).localname == "sup"]
    changed = superscript_elements(sups)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="utf-8")) if changed else None
