"""A book with nothing to lay out said only "“book.epub” has no pages.": one whose every chapter is missing from the
file (a book cut short, a converter's leftovers) — though a book missing some of them names them in a warning — and
one whose reading order (spine) lists no chapter at all (an outside tester on documents, stop 62). Each now says
which it is."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document.loader import load_document


def _book(path: Path, spine: list[str], files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:'
                    'container"><rootfiles><rootfile full-path="c.opf" media-type="application/oebps-package+xml"/>'
                    "</rootfiles></container>")
        items = "".join(f'<item id="{c}" href="{c}.xhtml" media-type="application/xhtml+xml"/>' for c in spine)
        refs = "".join(f'<itemref idref="{c}"/>' for c in spine)
        zf.writestr("c.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
                    'unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier '
                    f'id="u">x</dc:identifier><dc:title>Book</dc:title></metadata><manifest>{items}</manifest>'
                    f"<spine>{refs}</spine></package>")
        for name, text in files.items():
            zf.writestr(name, text)
    return path


def test_a_book_whose_chapters_are_all_missing_says_so(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as refused:
        load_document(_book(tmp_path / "book.epub", ["c1", "c2"], {}))
    message = str(refused.value)
    assert "has no pages" not in message and "not in the file" in message and "“c1.xhtml”" in message, message


def test_a_book_whose_reading_order_is_empty_says_so(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as refused:
        load_document(_book(tmp_path / "book.epub", [], {"c1.xhtml": "<html><body><p>Text.</p></body></html>"}))
    message = str(refused.value)
    assert "has no pages" not in message and "lists no chapter" in message, message
