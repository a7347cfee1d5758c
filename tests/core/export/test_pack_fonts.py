"""A briefing pack embeds each font it draws its own text with once, subset: every page's footer carries the
pack's title, and a title in Chinese embedded the whole 3.5 MB Droid Sans Fallback once per page (a 3-page
report's pack grew from 141 KB to 10.5 MB; an outside tester, stop 56)."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.services import ReaderService
from tests.helpers import make_pdf

CJK_TITLE = "港口理事会关于疏浚渔业和旅游的年度报告"


def _fonts(pdf: bytes) -> int:
    """How many font programs the file embeds."""
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        xrefs = {font[0] for page in doc for font in page.get_fonts(full=True)}
        return sum(1 for xref in xrefs if doc.extract_font(xref)[3])


def _pack(tmp_path: Path, pages: int, title: str) -> bytes:
    source = make_pdf(tmp_path / f"report{pages}.pdf", [[f"Page {n}: the harbour council met."] for n in range(pages)])
    service = ReaderService.open(tmp_path / f"lib{pages}", annotator="Ines", isolated=False)
    try:
        doc_id = service.add_file(source).record.id  # type: ignore[union-attr]
        return service.briefing_pack([doc_id], title=title, date="2024-05-01")
    finally:
        service.close()


def test_a_pack_titled_in_chinese_embeds_its_fonts_once_and_subset(tmp_path: Path) -> None:
    short, long = _pack(tmp_path, 3, CJK_TITLE), _pack(tmp_path, 12, CJK_TITLE)
    assert _fonts(long) == _fonts(short)  # before: one more Droid Sans Fallback and Nimbus Sans per page
    assert len(short) < 250_000 and len(long) < 250_000  # before: 7.2 MB and 24 MB
    with pymupdf.open(stream=long, filetype="pdf") as doc:
        assert all(CJK_TITLE in doc[n].get_text() for n in range(doc.page_count))


def test_a_latin_pack_with_typographic_quotes_embeds_its_fonts_once(tmp_path: Path) -> None:
    """A curly quote or a dash is no Latin-1: such a footer is laid out by MuPDF's HTML engine, as a CJK one."""
    title = "Harbour ‘dredging’ report — 2024"
    short, long = _pack(tmp_path, 3, title), _pack(tmp_path, 12, title)
    assert _fonts(long) == _fonts(short) and len(long) < 100_000
