"""A book's screens are joined with a space where a paragraph runs on over a screen break — also where MuPDF broke
a hyphenated word there ("well-known" laid out as "well-" at the foot of one screen and "known" atop the next):
the book's text then read "well- known", so the reading view showed it so, and a search or Find for "well-known"
missed it (an outside tester on documents, stop 62). Inside a screen the same line break was joined as written. A
word broken at its own hyphen over a screen break is joined again, hyphen kept, as it is inside a screen."""
from __future__ import annotations

import re
from pathlib import Path

from reader.document.loader import load_document
from reader.document.mupdf import join_pages
from tests.helpers import make_epub

WORDS = ("well-known", "long-term", "cost-benefit", "so-called", "north-east", "re-elected", "year-round")


def test_screens_joined_at_a_hyphen_keep_the_word_whole() -> None:
    text, spans = join_pages(["a well-", "known fact, the long-term", "plan"], reflowable=True)
    assert text == "a well-known fact, the long-term plan"
    assert [text[s:e] for s, e in spans] == ["a well-", "known fact, the long-term", "plan"]
    assert join_pages(["a sentence ends with a dash -", "then more"], reflowable=True)[0] == (
        "a sentence ends with a dash - then more")  # (a spaced dash is no broken word)
    assert join_pages(["a well-", "known"], reflowable=False)[0] == "a well-\nknown"  # (pages of a PDF: see dehyphenate)


def test_a_book_never_reads_a_hyphenated_word_broken_by_a_space(tmp_path: Path) -> None:
    paragraphs = [" ".join(f"the {WORDS[(i + k) % len(WORDS)]} plan number {i}" for k in range(2 + i % 9))
                  for i in range(900)]
    chapters = [(f"Chapter {n}", paragraphs[n::9]) for n in range(9)]  # (short chapters: MuPDF lays them out fast)
    book = load_document(make_epub(tmp_path / "book.epub", chapters))
    assert len(book.pages) > 20
    broken = re.findall(r"\w+- \w+", book.text)
    assert not broken, broken[:5]
    assert book.text.count("well-known") == sum(p.count("well-known") for p in paragraphs)
