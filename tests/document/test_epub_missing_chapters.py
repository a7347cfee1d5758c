"""An EPUB whose manifest lists files it does not hold (break27): the missing chapters are skipped and named in
a warning; MuPDF's `ERROR: cannot find chapter "…"` lines are never part of the text."""
from __future__ import annotations

import zipfile
from pathlib import Path

from reader.document import load_document, page_rects


def _book(path: Path, hrefs: list[str], chapters: dict[str, str]) -> Path:
    """make_epub's book, with the OPF in OEBPS/ and a spine of `hrefs` (only `chapters` are in the zip)."""
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                    'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/'
                    'oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="i{i}" href="{h}" media-type="application/xhtml+xml"/>' for i, h in enumerate(hrefs))
        spine = "".join(f'<itemref idref="i{i}"/>' for i in range(len(hrefs)))
        zf.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                    'version="3.0" unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    '<dc:identifier id="u">x</dc:identifier><dc:title>Broken book</dc:title></metadata>'
                    f"<manifest>{items}</manifest><spine>{spine}</spine></package>")
        for name, words in chapters.items():
            zf.writestr(f"OEBPS/{name}", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml">'
                        f"<head><title>c</title></head><body><h1>Chapter</h1><p>{words}</p></body></html>")
    return path


def test_missing_chapters_are_skipped_and_reported(tmp_path: Path) -> None:
    path = _book(tmp_path / "broken.epub",
                 ["../../../../etc/passwd", "/etc/hostname", "c1.xhtml", "gone.xhtml", "Text/c%202.xhtml", "c1.xhtml#x"],
                 {"c1.xhtml": "Traversal text Anna Berg.", "Text/c 2.xhtml": "Second chapter text."})
    doc = load_document(path)
    assert "ERROR" not in doc.text and "cannot find" not in doc.text  # was the canonical text's first lines
    assert "Traversal text Anna Berg." in doc.text and "Second chapter text." in doc.text
    assert len(doc.warnings) == 1 and "4 chapter(s)" in doc.warnings[0] and "gone.xhtml" in doc.warnings[0]
    start = doc.text.index("Anna Berg")
    assert page_rects(path, doc, start, start + 9)  # reopening lays the book out the same way


def test_a_whole_book_is_unchanged(tmp_path: Path) -> None:
    path = _book(tmp_path / "whole.epub", ["c1.xhtml"], {"c1.xhtml": "All here."})
    doc = load_document(path)
    assert "All here." in doc.text and doc.warnings == ()


def test_a_spine_entry_the_manifest_does_not_list_is_named_in_the_warning(tmp_path: Path) -> None:
    """A chapter in the reading order whose id the manifest lacks was dropped without a word (an outside tester,
    stop 52): the reader read an incomplete book unawares."""
    path = _book(tmp_path / "unlisted.epub", ["c1.xhtml"], {"c1.xhtml": "First chapter.", "c4.xhtml": "Unlisted."})
    with zipfile.ZipFile(path) as book:
        members = {info.filename: book.read(info) for info in book.infolist()}
    members["OEBPS/content.opf"] = members["OEBPS/content.opf"].replace(
        b'<itemref idref="i0"/>', b'<itemref idref="i0"/><itemref idref="ch4"/>')
    with zipfile.ZipFile(path, "w") as book:
        for name, data in members.items():
            book.writestr(name, data)
    doc = load_document(path)
    assert "First chapter." in doc.text
    assert len(doc.warnings) == 1 and "1 chapter(s)" in doc.warnings[0], doc.warnings
    assert "ch4 (not in the book's manifest)" in doc.warnings[0]


def test_the_books_date_is_read(tmp_path: Path) -> None:
    """An EPUB's dc:date (the library showed the day it was added, the exports an empty date; an outside tester)."""
    path = _book(tmp_path / "dated.epub", ["c1.xhtml"], {"c1.xhtml": "Text."})
    with zipfile.ZipFile(path) as book:
        members = {info.filename: book.read(info) for info in book.infolist()}
    members["OEBPS/content.opf"] = members["OEBPS/content.opf"].replace(
        b"<dc:title>", b'<dc:date opf:event="modification" xmlns:opf="http://www.idpf.org/2007/opf">2025-01-09'
                       b"</dc:date><dc:date>2024-03-05T10:00:00Z</dc:date><dc:title>")
    with zipfile.ZipFile(path, "w") as book:
        for name, data in members.items():
            book.writestr(name, data)
    assert load_document(path).meta.published == "2024-03-05"  # the publication's, not the modification's
    assert load_document(_book(tmp_path / "undated.epub", ["c1.xhtml"], {"c1.xhtml": "Text."})).meta.published == ""
