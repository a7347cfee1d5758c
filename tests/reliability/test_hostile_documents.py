"""Hostile documents: a generated corpus of 214 files (truncated and bit-flipped PDFs and EPUBs,
zero-byte files, wrong extensions, encrypted PDFs, a 5,000-page PDF, deeply nested HTML, HTML with
scripts, iframes and remote images, invalid UTF-8, a 50 MB text file, random bytes under every name).
Each one goes through the worker process the app uses for files from strangers, which has a time and a
memory limit: it either opens or is refused with a `DocumentError` — never anything else, never a hang.
The HTML ones are also parsed in this process with the network cut off: no request is ever attempted."""
from __future__ import annotations

import random
import socket
import zipfile
import zlib
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from annotations.errors import DocumentError
from reader.document import Limits
from reader.document.isolated import DocumentWorker
from reader.document.loader import load_document
from reader.document.textmodel import Document
from tests.helpers import make_epub, make_pdf

SUFFIXES = (".pdf", ".epub", ".txt", ".md", ".html", ".xps", ".fb2", ".mobi")
REMOTE = ('<img src="http://tracker.example/p.gif"><iframe src="https://evil.example/"></iframe>'
          '<script src="https://cdn.example/x.js"></script><script>fetch("https://x.example")</script>'
          '<link rel="stylesheet" href="http://css.example/a.css"><meta http-equiv="refresh" '
          'content="0;url=http://redirect.example/"><object data="http://o.example/a.swf"></object>'
          '<video src="http://v.example/v.mp4" poster="http://v.example/p.jpg"></video>')


def _flip(data: bytes, rng: random.Random, flips: int) -> bytes:
    out = bytearray(data)
    for _ in range(flips):
        out[rng.randrange(len(out))] ^= 1 << rng.randrange(8)
    return bytes(out)


def _pages_pdf(count: int) -> bytes:
    """`count` pages of 200 x 200 points, page N saying "page N": the file pymupdf saves after `new_page(width=200,
    height=200).insert_text((20, 40), f"page {N}")` for each page (MuPDF 1.28.2: byte for byte the same at 5,000
    pages but for the trailer's /ID, random in each save), written directly — pymupdf took ~20 s to build it."""
    version = pymupdf.mupdf_version.encode()
    out = bytearray(b"%PDF-1.7\n%\xc2\xb5\xc2\xb6\n% Written by MuPDF " + version + b"\n\n")
    offsets = [0]

    def obj(body: bytes) -> None:
        offsets.append(len(out))
        out.extend(b"%d 0 obj\n%s\nendobj\n\n" % (len(offsets) - 1, body))

    # objects: 3 resources, 4 page, 5 the font (shared), 6 contents of page 1; then resources, page, contents
    kids = b" ".join(b"%d 0 R" % (4 if page == 1 else 3 * page + 2) for page in range(1, count + 1))
    obj(b"<</Type/Catalog/Pages 2 0 R/Info<</Producer(MuPDF " + version + b")>>>>")
    obj(b"<</Type/Pages/Count %d/Kids[%s]>>" % (count, kids))
    for page in range(1, count + 1):
        resources = 3 if page == 1 else 3 * page + 1
        obj(b"<</Font<</helv 5 0 R>>>>")
        obj(b"<</Type/Page/MediaBox[0 0 200 200]/Rotate 0/Resources %d 0 R/Parent 2 0 R/Contents[%d 0 R]>>"
            % (resources, resources + (3 if page == 1 else 2)))
        if page == 1:
            obj(b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>")
        said = f"page {page}".encode().hex().upper().encode()
        text = b"\nq\nBT\n1 0 0 1 20 160 Tm\n/helv 11 Tf [<%s>]TJ\nET\nQ\n" % said
        packed = zlib.compress(text, 9)  # MuPDF deflates a stream where that makes it shorter
        if len(packed) < len(text):
            obj(b"<</Length %d/Filter/FlateDecode>>\nstream\n%s\nendstream" % (len(packed), packed))
        else:
            obj(b"<</Length %d>>\nstream\n%s\nendstream" % (len(text), text))
    xref = len(out)
    out.extend(b"xref\n0 %d\n0000000000 65535 f \n" % len(offsets))
    out.extend(b"".join(b"%010d 00000 n \n" % offset for offset in offsets[1:]))
    ident = random.Random(count).randbytes(16).hex().upper().encode()
    out.extend(b"\ntrailer\n<</Size %d/Root 1 0 R/ID[<%s><%s>]>>\nstartxref\n%d\n%%%%EOF\n"
               % (len(offsets), ident, ident, xref))
    return bytes(out)


def _corpus(folder: Path) -> list[Path]:
    rng = random.Random(7)
    files: list[Path] = []

    def put(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        files.append(path)

    pdf = make_pdf(folder / "base.pdf", [[f"Page {p} line {i}: the council met." for i in range(30)]
                                          for p in range(4)]).read_bytes()
    epub = make_epub(folder / "base.epub", [(f"Chapter {c}", ["A paragraph of the chapter."] * 20)
                                            for c in range(3)]).read_bytes()
    html = ("<html><head><title>Harbour</title></head><body><article><h1>Harbour</h1>"
            + "<p>The council voted on Thursday.</p>" * 40 + "</article></body></html>").encode()
    for i in range(40):
        put(f"truncated-{i}.pdf", pdf[:rng.randrange(1, len(pdf))])
        put(f"flipped-{i}.pdf", _flip(pdf, rng, rng.randint(1, 60)))
    for i in range(20):
        put(f"truncated-{i}.epub", epub[:rng.randrange(1, len(epub))])
        put(f"flipped-{i}.epub", _flip(epub, rng, rng.randint(1, 40)))
    for suffix in SUFFIXES:
        put(f"empty{suffix}", b"")
        for i in range(5):
            put(f"random-{i}{suffix}", rng.randbytes(rng.randint(1, 20_000)))
    for name, data in (("pdf-named.txt", pdf), ("pdf-named.epub", pdf), ("epub-named.pdf", epub),
                       ("text-named.pdf", b"just some text\n"), ("html-named.epub", html), ("pdf-named.html", pdf),
                       ("png-named.html", b"\x89PNG\r\n\x1a\n" + rng.randbytes(500)), ("zip-named.epub",
                       b"PK\x03\x04" + rng.randbytes(300)), ("pdf.unknown", pdf), ("noext", b"hello"),
                       ("pdf-named.md", pdf), ("elf-named.txt", b"\x7fELF" + rng.randbytes(2000))):
        put(name, data)
    for i in range(12):
        put(f"invalid-utf8-{i}.txt", b"Valid start. " + rng.randbytes(rng.randint(10, 5000)) + b" end.")
    put("only-whitespace.txt", b" \n\t\n   \r\n")
    put("nul-bytes.txt", b"text\x00with\x00nuls\x00" * 100)
    put("bom-utf16.txt", "Harbour council ☂ voted.\n".encode("utf-16"))
    for depth in (1_000, 20_000, 200_000):
        put(f"nested-{depth}.html", b"<html><body>" + b"<div>" * depth + b"deep" + b"</div>" * depth + b"</body></html>")
    put("unclosed-nested.html", b"<html><body>" + b"<b><i><u>" * 50_000 + b"text")
    for i in range(8):
        put(f"remote-{i}.html", ("<html><head><title>Remote</title>" + REMOTE + "</head><body>" + REMOTE
                                 + "<p>The council voted on Thursday to build the barrier.</p>" * (5 + i)
                                 + "</body></html>").encode())
    put("entities-bomb.html", b"<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                              b"<html><body><p>&b;&b;&b;</p></body></html>")
    put("huge-frontmatter.md", b"---\ntitle: x\n" + b"key: value\n" * 50_000 + b"---\n# Body\ntext\n")
    for i, (user, owner) in enumerate((("secret", "owner"), ("", "owner-only"))):
        doc = pymupdf.open(stream=pdf, filetype="pdf")
        path = folder / f"encrypted-{i}.pdf"
        doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw=user, owner_pw=owner)
        doc.close()
        files.append(path)
    (folder / "pages-5000.pdf").write_bytes(_pages_pdf(5_000))
    files.append(folder / "pages-5000.pdf")
    with (folder / "text-50mb.txt").open("w", encoding="utf-8") as out:
        line = "The harbour council voted nine to four on Thursday to build the barrier.\n"
        out.write(line * (50 * 2**20 // len(line)))
    files.append(folder / "text-50mb.txt")
    with zipfile.ZipFile(folder / "epub-without-opf.epub", "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip")
    files.append(folder / "epub-without-opf.epub")
    return files


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return _corpus(tmp_path_factory.mktemp("hostile"))


def test_every_hostile_file_opens_or_is_refused_with_a_document_error(corpus: list[Path],
                                                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert len(corpus) >= 200
    outcomes: Counter[str] = Counter()
    with DocumentWorker(Limits(seconds=60)) as worker:
        for path in corpus:
            try:
                doc = worker.load(path)
            except DocumentError as exc:
                assert exc.message.strip() and "Traceback" not in exc.message
                outcomes["refused"] += 1
            else:
                assert isinstance(doc, Document) and doc.text.strip()
                outcomes["opened"] += 1
        # the worker is still usable after all of that
        assert worker.load(corpus[0].parent / "base.pdf").format == "pdf"
    with capsys.disabled():
        print(f"\nhostile documents: {len(corpus)} files, {outcomes['opened']} opened, {outcomes['refused']} refused")
    assert outcomes["opened"] >= 20 and outcomes["refused"] >= 100


def test_named_cases_get_the_right_answer(corpus: list[Path]) -> None:
    by_name = {p.name: p for p in corpus}
    with DocumentWorker() as worker:
        for name, message in (("empty.pdf", "empty"), ("text-named.pdf", "not a PDF"), ("noext", "unsupported"),
                              ("encrypted-0.pdf", "password"), ("only-whitespace.txt", "no text")):
            with pytest.raises(DocumentError, match=message):
                worker.load(by_name[name])
        assert len(worker.load(by_name["pages-5000.pdf"]).pages) == 5_000
        assert worker.load(by_name["encrypted-1.pdf"]).format == "pdf"  # owner password only: readable
        assert len(worker.load(by_name["text-50mb.txt"]).text) > 50_000_000
        assert worker.load(by_name["pdf-named.txt"]).format == "pdf"  # content decides where it is unambiguous


def test_html_never_reaches_the_network(corpus: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(args)
        raise OSError("network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for path in (p for p in corpus if p.suffix == ".html" and p.stat().st_size < 2_000_000):
        try:
            doc = load_document(path)
        except DocumentError:
            continue
        assert "tracker.example" not in doc.text and "fetch(" not in doc.text
    assert attempts == []
