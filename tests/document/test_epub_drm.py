"""An EPUB whose META-INF/encryption.xml lists chapters (DRM): they are skipped and named, a book with nothing
else is refused, and MuPDF's `ERROR: cannot find chapter "…"` never becomes text (outside tester: it did)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import load_document, page_rects
from tests.document.test_epub_missing_chapters import _book

AES = "http://www.w3.org/2001/04/xmlenc#aes128-cbc"
FONT = "http://www.idpf.org/2008/embedding"


def _encrypted(path: Path, listed: dict[str, str], nav: str = "") -> Path:
    """The book at `path` with `listed` (zip path -> algorithm) in META-INF/encryption.xml; `nav` marks that
    manifest item as the navigation document."""
    entries = "".join(f'<enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/><enc:CipherData>'
                      f'<enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData>'
                      for uri, algorithm in listed.items())
    with zipfile.ZipFile(path) as book:
        members = {info.filename: book.read(info) for info in book.infolist()}
    if nav:
        members["OEBPS/content.opf"] = members["OEBPS/content.opf"].replace(
            f'href="{nav}"'.encode(), f'href="{nav}" properties="nav"'.encode())
    members["META-INF/encryption.xml"] = (
        '<?xml version="1.0"?><encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        f'xmlns:enc="http://www.w3.org/2001/04/xmlenc#">{entries}</encryption>').encode()
    with zipfile.ZipFile(path, "w") as book:
        for name, data in members.items():
            book.writestr(name, data)
    return path


def test_an_encrypted_chapter_is_skipped_and_named(tmp_path: Path) -> None:
    chapters = {"c0.xhtml": "Chapter zero, Anna Berg.", "c1.xhtml": "Locked.", "c2.xhtml": "Chapter two."}
    path = _encrypted(_book(tmp_path / "drm.epub", list(chapters), chapters),
                      {"OEBPS/c1.xhtml": AES, "OEBPS/font.otf": FONT})
    doc = load_document(path)
    assert "ERROR" not in doc.text and "Locked." not in doc.text  # was 'ERROR: cannot find chapter "OEBPS/c1.xhtml"'
    assert "Anna Berg." in doc.text and "Chapter two." in doc.text
    assert doc.warnings == ("1 chapter(s) of the book are encrypted (DRM) and were skipped: “c1.xhtml”.",)
    start = doc.text.index("Chapter two")
    assert page_rects(path, doc, start, start + 11)  # reopening lays the book out the same way


@pytest.mark.parametrize("nav", ["", "c0.xhtml"], ids=["every chapter", "all but the table of contents"])
def test_a_book_whose_chapters_are_all_encrypted_is_refused_as_drm(tmp_path: Path, nav: str) -> None:
    hrefs = ["c0.xhtml", "c1.xhtml", "c2.xhtml"]
    listed = {f"OEBPS/{href}": AES for href in hrefs if href != nav}
    path = _encrypted(_book(tmp_path / "drm.epub", hrefs, {href: "Locked." for href in hrefs}), listed, nav)
    with pytest.raises(DocumentError, match="is protected by DRM"):
        load_document(path)  # was a book of "ERROR: cannot find chapter …" lines


def test_a_chapter_mupdf_cannot_read_never_becomes_text(tmp_path: Path) -> None:
    """Font obfuscation is no DRM, but MuPDF refuses any file encryption.xml lists: its error page is left blank."""
    path = _encrypted(_book(tmp_path / "odd.epub", ["c0.xhtml", "c1.xhtml"],
                            {"c0.xhtml": "Chapter zero, Anna Berg.", "c1.xhtml": "Scrambled."}),
                      {"OEBPS/c1.xhtml": FONT})
    doc = load_document(path)
    assert "ERROR" not in doc.text and "cannot find" not in doc.text and "Anna Berg." in doc.text
    assert doc.warnings == ("1 chapter(s) of the book could not be read and were skipped: “OEBPS/c1.xhtml”.",)
    start = doc.text.index("Anna Berg")
    assert page_rects(path, doc, start, start + 9)


def test_obfuscated_fonts_alone_are_no_drm(tmp_path: Path) -> None:
    path = _encrypted(_book(tmp_path / "fonts.epub", ["c0.xhtml"], {"c0.xhtml": "All here."}),
                      {"OEBPS/font.otf": FONT, "OEBPS/f2.otf": "http://ns.adobe.com/pdf/enc#RC"})
    doc = load_document(path)
    assert "All here." in doc.text and doc.warnings == ()


def test_a_book_whose_only_plain_page_is_its_cover_is_refused(tmp_path: Path) -> None:
    """Every chapter encrypted but the cover: the book was added as a two-line document with a warning (a tester on
    the fixes, stop 56)."""
    body = "The harbour board met on Monday to review the repairs to the outer wall. " * 200
    chapters = {"cover.xhtml": "Test book. A novel.", "c1.xhtml": body, "c2.xhtml": body}
    path = _encrypted(_book(tmp_path / "cover.epub", list(chapters), chapters),
                      {"OEBPS/c1.xhtml": AES, "OEBPS/c2.xhtml": AES})
    with pytest.raises(DocumentError, match="protected by DRM"):
        load_document(path)
