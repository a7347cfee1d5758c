"""A zip bomb as an EPUB (a megabyte that unpacks to a gigabyte) is refused for its size before MuPDF unpacks it:
the worker ran out of memory and the book was called "damaged" (an outside tester, stop 54). A FIFO named .txt is
refused as what it is, not as "empty"."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import epub, load_document

HEAD = (b'<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title></head>'
        b"<body><h1>Chapter</h1><p>")


def _book(path: Path, padding: int, chapters: int = 1) -> Path:
    """A valid one-spine book whose chapters each hold `padding` spaces before a sentence (deflated: ~1/1000)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                    'xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/'
                    'oebps-package+xml"/></rootfiles></container>')
        items = "".join(f'<item id="c{i}" href="c{i}.xhtml" media-type="application/xhtml+xml"/>' for i in range(chapters))
        spine = "".join(f'<itemref idref="c{i}"/>' for i in range(chapters))
        zf.writestr("OEBPS/content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" '
                    'version="3.0" unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    '<dc:identifier id="u">x</dc:identifier><dc:title>Padded book</dc:title></metadata>'
                    f"<manifest>{items}</manifest><spine>{spine}</spine></package>")
        for i in range(chapters):
            with zf.open(f"OEBPS/c{i}.xhtml", "w", force_zip64=True) as chapter:
                chapter.write(HEAD)
                block = b" " * (1 << 20)
                for _ in range(padding >> 20):
                    chapter.write(block)
                chapter.write(b" " * (padding & ((1 << 20) - 1)) + b"Ada Moe chairs the council.</p></body></html>")
    return path


def test_a_chapter_past_the_cap_is_refused_for_its_size(tmp_path: Path) -> None:
    path = _book(tmp_path / "bomb.epub", epub.MAX_CHAPTER_BYTES + 1)
    assert path.stat().st_size < 1 << 20
    with pytest.raises(DocumentError) as refused:
        load_document(path)
    assert "has a chapter of 257 MB unpacked; the limit is 256 MB" in str(refused.value)


def test_a_book_unpacking_past_the_cap_is_refused_and_one_below_is_read(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    path = _book(tmp_path / "book.epub", 3 << 20, chapters=3)
    assert epub.too_large_unpacked(path.read_bytes()) == ""
    assert "Ada Moe chairs the council." in load_document(path).text
    monkeypatch.setattr(epub, "MAX_UNPACKED_BYTES", 8 << 20)  # (the cap itself, 1 GB, is slow to build)
    assert epub.too_large_unpacked(path.read_bytes()) == "unpacks to 10 MB; the limit is 8 MB"


def test_a_pipe_named_txt_is_refused_as_a_pipe(tmp_path: Path) -> None:
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    with pytest.raises(DocumentError) as refused:
        load_document(pipe)
    assert "not a file but a pipe" in str(refused.value) and "empty" not in str(refused.value)
