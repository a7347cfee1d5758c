"""A book whose text is one long chapter (a novel converted from a text file; an FB2, which is one body) was refused
as "took longer than 60 s to open": MuPDF draws each screen by walking the whole chapter, so reading it cost its
screens times its size — 60,000 short paragraphs in one 5.4 MB chapter passed the worker's minute, the same text in
20 chapters read in 5 s (an outside tester on documents, stop 62). Screens are now as tall as the longest chapter
needs (`reader/document/reflow.py`), so a chapter is read on a bounded number of screens; a book of ordinary
chapters keeps MuPDF's screens."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.document.loader import load_document
from reader.document.reflow import CHAPTER_BYTES, screen_height
from tests.helpers import make_epub

PARAGRAPHS = [f"Paragraph {i} of the long chapter on the regional grid and its substations." for i in range(20_000)]


def test_one_long_chapter_is_read_on_a_bounded_number_of_screens(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "novel.epub", [("The whole novel", PARAGRAPHS)])
    book = load_document(path)
    assert book.text.split("\n") == ["The whole novel", *PARAGRAPHS]  # (every word, in order, whatever the screens)
    assert len(book.pages) <= 400, len(book.pages)  # MuPDF's own screens: about 1,430, each walking the whole chapter


def test_a_one_body_fb2_book_is_read_on_a_bounded_number_of_screens(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    path = tmp_path / "novel.fb2"
    path.write_text('<?xml version="1.0" encoding="utf-8"?><FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook'
                    '/2.0"><description><title-info><book-title>Novel</book-title><lang>en</lang></title-info>'
                    f"</description><body><section>{body}</section></body></FictionBook>", encoding="utf-8")
    book = load_document(path)
    assert book.text.split("\n")[-1] == PARAGRAPHS[-1] and len(book.pages) <= 400, len(book.pages)


def test_a_book_of_ordinary_chapters_keeps_mupdfs_screens(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "book.epub", [(f"Chapter {n}", PARAGRAPHS[n * 1000:(n + 1) * 1000]) for n in range(5)])
    data = path.read_bytes()
    assert screen_height(data, "epub") == 600
    assert len(load_document(path).pages) == pymupdf.open(path).page_count  # (the pages and offsets it always had)
    assert screen_height(b"x" * (3 * CHAPTER_BYTES), "fb2") == 3 * 600
