"""Files as they really come: junk before the PDF header, refusals in plain words, huge files refused
before they are read. Fixtures are built here in tmp_path."""
from __future__ import annotations

import os
import re
import tracemalloc
from pathlib import Path

import pytest

from annotations.errors import DocumentError
from reader.document import Limits, load_document
from reader.document.loader import file_digest, read_bytes
from tests.helpers import make_pdf

INTERNAL_NAME = re.compile(r"\b(Fz\w+|\w+Error|\w+Exception)\b")


def test_pdf_with_junk_before_the_header_opens(tmp_path: Path) -> None:
    clean = make_pdf(tmp_path / "clean.pdf", [["The harbour council met on Tuesday."]])
    junk = b"HTTP/1.1 200 OK\r\nContent-Type: application/pdf\r\n\r\n" + b"\x00" * 300
    for name in ("saved.pdf", "saved.bin.pdf"):
        path = tmp_path / name
        path.write_bytes(junk + clean.read_bytes())
        doc = load_document(path)
        assert doc.format == "pdf" and "harbour council" in doc.text


def test_header_past_the_first_kilobyte_or_in_a_text_file_is_not_a_pdf(tmp_path: Path) -> None:
    far = tmp_path / "far.pdf"
    far.write_bytes(b"x" * 1100 + make_pdf(tmp_path / "a.pdf", [["text"]]).read_bytes())
    with pytest.raises(DocumentError, match="named .pdf but is not a PDF"):
        load_document(far)
    note = tmp_path / "note.txt"
    note.write_text("A PDF file starts with %PDF-1.7 and a binary comment line.\n")
    assert load_document(note).format == "txt"


def test_refusals_never_name_internal_exceptions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.document import mupdf

    class FzErrorFormat(RuntimeError):
        pass

    def broken(*_: object) -> object:
        raise FzErrorFormat("code=7: no objects found")

    path = make_pdf(tmp_path / "report.pdf", [["some text"]])
    monkeypatch.setattr(mupdf, "join_pages", broken)
    with pytest.raises(DocumentError) as info:
        load_document(path)
    assert "report.pdf" in info.value.message and not INTERNAL_NAME.search(info.value.message)
    bad_html = tmp_path / "page.html"
    bad_html.write_text("<html><body><p>text</p></body></html>")
    from reader.document import html

    monkeypatch.setattr(html.trafilatura, "bare_extraction", lambda *a, **k: broken())
    with pytest.raises(DocumentError) as info:
        load_document(bad_html)
    assert not INTERNAL_NAME.search(info.value.message)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    big = tmp_path / "huge.pdf"
    with big.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(3 * 2**30)  # sparse: 3 GB on paper, nothing on disk
    tracemalloc.start()
    try:
        for call in (load_document, file_digest, read_bytes):
            with pytest.raises(DocumentError, match="3072 MB; the limit is 512 MB"):
                call(big)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 * 2**20


def test_digest_is_streamed_and_equals_the_document_id(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(os.urandom(16).hex().encode() * 200_000)  # 6.4 MB
    tracemalloc.start()
    try:
        digest = file_digest(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 3 * 2**20
    assert digest == load_document(path, Limits(max_text_file_bytes=2**30)).id


def test_adding_an_oversized_file_is_one_refusal(tmp_path: Path) -> None:
    from reader.services import ReaderService

    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(3 * 2**30)
    service = ReaderService.open(tmp_path / "library", annotator="tester", isolated=False)
    try:
        tracemalloc.start()
        try:
            (result,) = service.add_files([big])
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
    finally:
        service.close()
    assert result.error and "limit is 512 MB" in result.error
    assert peak < 16 * 2**20


def test_the_worker_reports_unexpected_parser_errors_in_plain_words(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.document import isolated, loader

    class FzErrorFormat(RuntimeError):
        pass

    def broken(*_: object) -> object:
        raise FzErrorFormat("code=7: no objects found")

    class Pipe:
        def __init__(self) -> None:
            self.requests = [(str(tmp_path / "scan.pdf"), Limits())]
            self.sent: list[tuple[str, object]] = []

        def recv(self) -> object:
            if not self.requests:
                raise EOFError
            return self.requests.pop()

        def send(self, message: tuple[str, object]) -> None:
            self.sent.append(message)

    monkeypatch.setattr(loader, "load_document", broken)
    monkeypatch.setattr("resource.setrlimit", lambda *_: None)
    pipe = Pipe()
    isolated._serve(pipe, 1536)  # type: ignore[arg-type]
    [(status, message)] = pipe.sent
    assert status == "error" and "scan.pdf" in str(message) and not INTERNAL_NAME.search(str(message))
