"""Strings a file gives that no UTF-8 holds (an outside tester, stop 59): a PDF whose /Author is malformed UTF-16 (a
lone surrogate, as buggy producers write) and a cp1251 FB2 with no encoding declaration came out of MuPDF with lone
surrogates in their metadata, and storing them failed with a traceback. Every string of the loaded document is now
whole text: lone surrogates are "�", and an FB2 in an undeclared code page is read by the text files' rule."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pymupdf

from reader.document import Document, load_document, page_rects

TOLSTOY = ('<?xml version="1.0"{decl}?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0"><description>'
           "<title-info><book-title>Война и мир</book-title><lang>ru</lang></title-info></description><body><section>"
           "<title><p>Глава первая</p></title><p>Ну что, князь, Генуа и Лукка стали не больше, как поместья фамилии "
           "Буонапарте.</p><p>Нет, я вам вперед говорю, если вы мне не скажете, что у нас война.</p></section></body>"
           "</FictionBook>")


def _storable(doc: Document) -> str:
    """Every string of the document as one JSON text, encoded as the store encodes it (raises on a lone surrogate)."""
    strings = [doc.text, *doc.warnings, *(e.title for e in doc.outline), *(line for _, line in doc.furniture),
               doc.meta.title, *doc.meta.authors, doc.meta.publisher, doc.meta.published, doc.meta.source_url]
    dumped = json.dumps(strings, ensure_ascii=False)
    dumped.encode("utf-8")
    return dumped


def bad_author_pdf(path: Path) -> Path:
    """A PDF whose /Author is UTF-16 "A" and a lone low surrogate."""
    doc = pymupdf.open()
    doc.new_page().insert_text((72, 100), "Body of a report on the harbour.", fontsize=12)
    info = doc.get_new_xref()
    doc.update_object(info, "<< /Title (Harbour report) /Author <FEFF0041DC00> /Subject <FEFFD800> >>")
    doc.xref_set_key(-1, "Info", f"{info} 0 R")
    doc.save(path)
    return path


def test_a_pdf_whose_author_is_broken_utf16_is_read(tmp_path: Path) -> None:
    path = bad_author_pdf(tmp_path / "report.pdf")
    assert "\udced" in pymupdf.open(path).metadata["author"]  # (what MuPDF gives)
    doc = load_document(path)
    _storable(doc)
    assert doc.meta.title == "Harbour report"
    assert doc.meta.authors and doc.meta.authors[0].startswith("A\ufffd")


def _epub(path: Path, title: bytes, creator: bytes) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                    'xmlns:container"><rootfiles><rootfile full-path="content.opf" media-type="application/'
                    'oebps-package+xml"/></rootfiles></container>')
        zf.writestr("content.opf", b'<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
                    b'unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="u">'
                    b"x</dc:identifier><dc:title>" + title + b"</dc:title><dc:creator>" + creator + b"</dc:creator>"
                    b'</metadata><manifest><item id="c" href="c.xhtml" media-type="application/xhtml+xml"/></manifest>'
                    b'<spine><itemref idref="c"/></spine></package>')
        zf.writestr("c.xhtml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title>'
                    "</head><body><h1>Chapter</h1><p>The harbour council met on Tuesday.</p></body></html>")
    return path


def test_an_epub_whose_metadata_is_in_an_undeclared_code_page_is_read(tmp_path: Path) -> None:
    path = _epub(tmp_path / "book.epub", "Récit d'été".encode("cp1252"), "Zoë Müller".encode("cp1252"))
    doc = load_document(path)
    _storable(doc)
    assert doc.meta.title == "R\ufffdcit d'\ufffdt\ufffd" and doc.meta.authors == ("Zo\ufffd M\ufffdller",)


def test_an_fb2_in_cp1251_without_a_declaration_is_read_in_its_code_page(tmp_path: Path) -> None:
    path = tmp_path / "tolstoy.fb2"
    path.write_bytes(TOLSTOY.format(decl="").encode("cp1251"))
    doc = load_document(path)
    _storable(doc)
    assert doc.meta.title == "Война и мир"
    assert "Ну что, князь, Генуа и Лукка" in doc.text and "\ufffd" not in doc.text  # was "�� ���, �����"
    assert doc.warnings == ("“tolstoy.fb2” is not UTF-8; it was read as Windows-1251 (Cyrillic).",)
    start = doc.text.index("Генуа")
    assert page_rects(path, doc, start, start + 5)  # opened again for the page view, it is read the same way


def test_an_fb2_that_says_its_encoding_or_is_utf8_is_read_as_it_was(tmp_path: Path) -> None:
    declared = tmp_path / "declared.fb2"
    declared.write_bytes(TOLSTOY.format(decl=' encoding="windows-1251"').encode("cp1251"))
    utf8 = tmp_path / "utf8.fb2"
    utf8.write_bytes(TOLSTOY.format(decl="").encode("utf-8"))
    for path in (declared, utf8):
        doc = load_document(path)
        assert doc.meta.title == "Война и мир" and "Генуа" in doc.text and doc.warnings == ()
