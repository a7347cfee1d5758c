"""EPUB chapters that cannot be read are left out and named; chapters in another encoding than they declare are
read in theirs. Before (an outside tester, stop 59): a scrambled chapter (DRM whose encryption.xml a converter
stripped, a corrupt zip entry) became binary junk ("�5�;j�B$S…") or vanished, a Latin-1 chapter declaring UTF-8 had
"�" for every accent — all without a warning; and a long book was refused for its "pages", which a book has not."""
from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import Limits, load_document, page_rects
from reader.document.wordlist import text_layer_warnings
from tests.document.test_epub_missing_chapters import _book

FRENCH = "Le président a présenté à la presse déjà très tôt les réformes de l'été."


def _chapter(words: str) -> str:
    return ('<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>c</title>'
            f"</head><body><h1>Chapter</h1><p>{words}</p></body></html>")


def _with_members(path: Path, replaced: dict[str, bytes]) -> Path:
    """The book with some members' bytes replaced as they are (no re-encoding)."""
    with zipfile.ZipFile(path) as book:
        members = [(info, book.read(info)) for info in book.infolist()]
    with zipfile.ZipFile(path, "w") as book:
        for info, data in members:
            book.writestr(info, replaced.get(info.filename, data))
    return path


def _scrambled(size: int = 3000, seed: int = 4) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.getrandbits(8) for _ in range(size))


def _three_chapters(path: Path) -> Path:
    return _book(path, ["c1.xhtml", "c2.xhtml", "c3.xhtml"],
                 {"c1.xhtml": "The first chapter mentions Tomas Ek.", "c2.xhtml": "The second chapter was here.",
                  "c3.xhtml": "The third chapter covers the vote."})


def test_a_scrambled_chapter_is_left_out_and_named(tmp_path: Path) -> None:
    path = _with_members(_three_chapters(tmp_path / "scrambled.epub"), {"OEBPS/c2.xhtml": _scrambled()})
    doc = load_document(path)
    assert "Tomas Ek" in doc.text and "covers the vote" in doc.text
    assert "\ufffd" not in doc.text and len(doc.text) < 200  # (was a line of junk)
    assert doc.warnings == ("1 chapter(s) of the book cannot be read (damaged in the file, or scrambled: no text) "
                            "and were skipped: “c2.xhtml”.",)
    start = doc.text.index("covers the vote")
    assert page_rects(path, doc, start, start + 6)  # reopened, the book is laid out the same way


def test_a_corrupt_zip_entry_is_left_out_and_named(tmp_path: Path) -> None:
    path = _three_chapters(tmp_path / "corrupt.epub")
    data = bytearray(path.read_bytes())
    at = data.index(b"The second chapter")
    data[at] ^= 0x20  # one flipped bit: its CRC no longer matches (a bad download or disk)
    path.write_bytes(bytes(data))
    doc = load_document(path)
    assert "second chapter" not in doc.text.lower() and "Tomas Ek" in doc.text and "covers the vote" in doc.text
    assert doc.warnings == ("1 chapter(s) of the book cannot be read (damaged in the file, or scrambled: no text) "
                            "and were skipped: “c2.xhtml”.",)


def test_a_chapter_in_latin1_declaring_utf8_is_read_in_latin1(tmp_path: Path) -> None:
    path = _book(tmp_path / "latin1.epub", ["c1.xhtml", "c2.xhtml"], {"c1.xhtml": "x", "c2.xhtml": "y"})
    _with_members(path, {"OEBPS/c1.xhtml": _chapter(FRENCH).encode("latin-1"),
                         "OEBPS/c2.xhtml": _chapter("Déjà lu, en UTF-8 comme il le dit.").encode("utf-8")})
    doc = load_document(path)
    assert FRENCH in doc.text and "\ufffd" not in doc.text and "Déjà lu" in doc.text
    assert doc.warnings == ("Chapter “c1.xhtml” declares UTF-8 but is not; it was read as Windows-1252 (Western "
                            "European).",)
    start = doc.text.index("présenté")
    assert page_rects(path, doc, start, start + 8)


def test_a_book_with_no_readable_chapter_is_refused_as_damaged(tmp_path: Path) -> None:
    path = _book(tmp_path / "lost.epub", ["c1.xhtml"], {"c1.xhtml": "x"})
    _with_members(path, {"OEBPS/c1.xhtml": _scrambled()})
    with pytest.raises(DocumentError, match="“lost.epub” is damaged: none of its chapters can be read"):
        load_document(path)


def test_a_long_book_is_measured_in_chapters_and_characters_not_pages(tmp_path: Path) -> None:
    """MuPDF's pages of a book are screens: a 16 MB novel was refused as having "14,066 pages; the limit is 10,000".
    Its length is now its chapters (before it is laid out) and its characters, and a PDF's pages stay pages."""
    chapters = {f"c{i}.xhtml": " ".join(["The council met again to talk about the bridge."] * 80) for i in range(3)}
    path = _book(tmp_path / "long.epub", list(chapters), chapters)
    doc = load_document(path, Limits(max_pages=2))
    assert len(doc.pages) > 2 and doc.text.count("The council met again") == 240
    with pytest.raises(DocumentError, match=r"“long.epub” has 3 chapters; the limit is 2\."):
        load_document(path, Limits(max_chapters=2))
    with pytest.raises(DocumentError, match=r"“long.epub” has more than 1,000 characters of text\."):
        load_document(path, Limits(max_text_chars=1000))
    with pytest.raises(DocumentError, match=r"“long.epub” is too long to lay out: it runs past 2 screens of text\."):
        load_document(path, Limits(max_screens=2))


def test_the_garbled_text_check_reads_a_books_junk() -> None:
    """Bytes shown as text ("�", control and private-use characters) have too few letters for the word test: such a
    page is garbled now, in a book said by the text before it (a book's pages are only screens)."""
    junk = _scrambled().decode("utf-8", errors="replace")
    first = "One\nThe first chapter mentions Tomas Ek."
    text = f"{first}\n{junk}\nThree"
    spans = [(0, len(first)), (len(first) + 1, len(first) + 1 + len(junk)), (len(text) - 5, len(text))]
    assert text_layer_warnings(text, spans, "epub") == (
        "Part of the book's text looks garbled (after “…first chapter mentions Tomas Ek.”): a chapter may be "
        "damaged or scrambled, and what it says there cannot be trusted.",)
    assert text_layer_warnings(text, spans, "pdf")[0] == ("The text layer of page 2 looks garbled: highlights may "
                                                          "not match what you see.")
    bullets = "\uf0b7 The council met again to talk about the bridge and the ferry.\n" * 6  # symbol-font bullets
    assert text_layer_warnings(bullets, [(0, len(bullets))], "pdf") == ()


def test_add_says_what_became_of_the_chapters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.cli import main

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    scrambled = _with_members(_three_chapters(tmp_path / "scrambled.epub"), {"OEBPS/c2.xhtml": _scrambled()})
    latin = _with_members(_book(tmp_path / "latin1.epub", ["c1.xhtml"], {"c1.xhtml": "x"}),
                          {"OEBPS/c1.xhtml": _chapter(FRENCH).encode("latin-1")})
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", str(tmp_path / "lib"), "add", str(scrambled), str(latin)], out=out, err=err) == 0
    assert "warning: scrambled.epub: 1 chapter(s) of the book cannot be read" in err.getvalue()
    assert "warning: latin1.epub: Chapter “c1.xhtml” declares UTF-8 but is not" in err.getvalue()
