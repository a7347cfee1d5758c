"""The lines Dossier itself prints over a generated article (title, outlet and authors) and at the foot of every
pack page show a control character or a bidi override as a sign, as the pack's cover and the HTML handout do: a
title holding U+202E printed "Harbour 4202 selaT", and a pack's footers "… 3 fo 2 egap" (an outside tester,
exports)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from annotations.doc_properties import DocumentProperties
from reader.services import ReaderService

TITLE = "Harbour \u202eTales 2024"


def _pages(pdf: bytes) -> list[str]:
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        return [" ".join(page.get_text().split()) for page in doc]


@pytest.fixture
def titled(service: ReaderService, tmp_path: Path) -> tuple[ReaderService, str]:
    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said the ferry company had lied about the schedule.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    service.set_document_properties(record.id, DocumentProperties(title=TITLE, publisher="Kiel \u202eNews\x1b"))
    return service, record.id


def test_the_article_header_shows_a_titles_override(titled: tuple[ReaderService, str]) -> None:
    service, doc_id = titled
    first = _pages(service.export("pdf", [doc_id]))[0]
    assert "Harbour ⟨U+202E⟩Tales 2024" in first and "Kiel ⟨U+202E⟩News␛" in first, first
    assert "\u202e" not in first


@pytest.mark.parametrize("title", ["", "Workshop \u202epack 2024"])
def test_every_pack_footer_reads_in_order(titled: tuple[ReaderService, str], title: str) -> None:
    service, doc_id = titled
    pages = _pages(service.briefing_pack([doc_id], "", title, "2024-05-01"))
    shown = "Workshop ⟨U+202E⟩pack 2024" if title else "Harbour ⟨U+202E⟩Tales 2024"
    for n, text in enumerate(pages, 1):
        assert text.endswith(f"{shown} · 2024-05-01 · page {n} of {len(pages)}"), text
        assert "\u202e" not in text


def test_a_long_title_is_cut_with_an_ellipsis_in_the_footer(titled: tuple[ReaderService, str]) -> None:
    """The footer holds the title's first 80 characters; it was cut mid-word with no sign ("… the harbour dredgi ·
    2024-05-01 · page 1 of 3"), which reads as the whole title. It ends with "…" when cut, after a whole word."""
    service, doc_id = titled
    title = "The municipal budget negotiations and the harbour dredging dispute that went on for years"
    pages = _pages(service.briefing_pack([doc_id], "", title, "2024-05-01"))
    assert pages[0].endswith("The municipal budget negotiations and the harbour dredging dispute that went on… · "
                             f"2024-05-01 · page 1 of {len(pages)}"), pages[0][-160:]
