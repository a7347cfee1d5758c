"""Opening files: canonical text, metadata, page map, geometry — and clear refusals."""
from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import pymupdf
import pytest

from annotations.errors import DocumentError
from reader.document import Limits, load_document, page_rects
from tests.conftest import SAMPLES
from tests.helpers import make_epub, make_pdf


def test_utf8_text_file_canonical_text_is_its_own_text() -> None:
    path = SAMPLES / "harbour_council.txt"
    doc = load_document(path)
    assert doc.text == path.read_text(encoding="utf-8")
    assert doc.id == hashlib.sha256(path.read_bytes()).hexdigest()
    assert doc.format == "txt" and not doc.paged
    assert doc.meta.title.startswith("Harbour council approves")


def test_text_is_nfc_with_unix_line_ends(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("Cafe\u0301 one\r\nline two\rline three\n".encode())
    doc = load_document(path)
    assert doc.text == "Caf\u00e9 one\nline two\nline three\n"
    assert unicodedata.is_normalized("NFC", doc.text)


def test_legacy_encoding_is_recognised(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Le président a déclaré que la coopération était « très claire » à Genève.\n".encode("cp1252") * 5)
    assert "président" in load_document(path).text


def test_markdown_front_matter_and_outline() -> None:
    doc = load_document(SAMPLES / "field_notes.md")
    assert doc.meta.title == "Field notes — Vesterby visit"
    assert doc.meta.authors == ("Ines Varga",) and doc.meta.published == "2025-10-20"
    assert [o.title for o in doc.outline] == ["Field notes — Vesterby visit", "Arrival", "Conversations", "To check"]
    assert doc.text[doc.outline[1].offset:].startswith("## Arrival")


def test_html_article_body_and_metadata_without_furniture() -> None:
    doc = load_document(SAMPLES / "grid_shortfall.html")
    assert doc.meta.title == "Grid operator warns of winter power shortfall in the north"
    assert doc.meta.authors == ("Ravi Menon",)
    assert doc.meta.publisher == "The Kessling Courier"
    assert doc.meta.published == "2025-10-02"
    assert doc.meta.source_url == "https://courier.example/energy/grid-winter-shortfall"
    assert "chief executive Helena Brandt told a press conference in Kessling" in doc.text
    for furniture in ("never runs", "Subscribe now", "Related stories", "All rights reserved", "heating bill"):
        assert furniture not in doc.text
    paragraphs = doc.text.split("\n")
    assert any(p.startswith("Prices have already reacted.") for p in paragraphs)


def test_pdf_text_page_map_metadata_and_outline() -> None:
    path = SAMPLES / "flood_review.pdf"
    doc = load_document(path)
    assert doc.format == "pdf" and len(doc.pages) == 3
    assert doc.meta.title == "Flood Resilience Review 2025"
    assert doc.meta.authors == ("Amara Osei", "Northern Water Authority")
    assert doc.meta.published == "2025-06-12"
    with pymupdf.open(path) as pdf:
        for span in doc.pages:
            page_words = pdf[span.index].get_text().split()
            assert doc.text[span.start:span.end].split()[:5] == page_words[:5]
    spans = [(p.start, p.end) for p in doc.pages]
    assert spans == sorted(spans) and all(s <= e for s, e in spans)
    assert [o.title for o in doc.outline][:2] == ["Flood Resilience Review 2025", "Summary"]
    for entry in doc.outline:
        assert doc.text[entry.offset:].startswith(entry.title)
        assert doc.page_of(entry.offset) == entry.page


def test_pdf_page_of_and_pages_of(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "three.pdf", [["alpha page one"], ["beta page two"], ["gamma page three"]])
    doc = load_document(path)
    assert doc.text == "alpha page one\nbeta page two\ngamma page three"
    beta = doc.text.index("beta")
    assert doc.page_of(beta) == 1 and doc.page_of(0) == 0
    assert doc.pages_of(doc.text.index("one"), doc.text.index("gamma") + 5) == [0, 1, 2]


def test_pdf_rectangles_cover_exactly_the_quoted_words() -> None:
    path = SAMPLES / "flood_review.pdf"
    doc = load_document(path)
    quote = "Governor Piotr Zielinski has stated that the regional government will not cover any overspend"
    start = doc.text.index(quote)
    areas = page_rects(path, doc, start, start + len(quote))
    assert [page for page, _ in areas] == [2]
    rects = areas[0][1]
    assert len(rects) == 2  # the quote wraps onto a second line
    with pymupdf.open(path) as pdf:
        words = []
        for x0, y0, x1, y1, word, *_ in pdf[2].get_text("words"):
            centre = pymupdf.Point((x0 + x1) / 2, (y0 + y1) / 2)
            if any(pymupdf.Rect(r).contains(centre) for r in rects):
                words.append(word)
    assert " ".join(words).startswith("Governor Piotr Zielinski has stated")
    assert words[-1].rstrip(".") == "overspend"


def test_epub_chapters_are_joined_without_hard_breaks(tmp_path: Path) -> None:
    path = make_epub(tmp_path / "b.epub", [("One", ["First paragraph.", "Second paragraph."]), ("Two", ["Third."])],
                     title="My book")
    doc = load_document(path)
    assert doc.format == "epub" and doc.reflowable
    assert doc.meta.title == "My book"
    assert "First paragraph.\nSecond paragraph." in doc.text
    assert doc.text.index("Third.") > doc.text.index("Two")


def test_sample_epub() -> None:
    doc = load_document(SAMPLES / "reading_guide.epub")
    assert doc.meta.title == "A Short Guide to Reading the News Critically"
    assert "Admiralty code" in doc.text
    assert [o.title for o in doc.outline] == ["Chapter 1. Who is speaking?", "Chapter 2. Grading sources"]


def test_mislabelled_pdf_that_is_really_text_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_text("just some text")
    with pytest.raises(DocumentError, match="named .pdf but is not a PDF"):
        load_document(path)


def test_pdf_with_a_txt_name_is_opened_as_pdf(tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "x.pdf", [["hidden pdf"]])
    renamed = path.rename(tmp_path / "notes.txt")
    assert load_document(renamed).format == "pdf"


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b""), "is empty"),
    (lambda p: p.write_bytes(b"%PDF-1.7\n" + b"\x00garbage" * 50), "damaged or is not a valid PDF"),
    (lambda p: p.write_bytes(b"\x00\x01\x02binary\x00" * 20), "binary"),
])
def test_broken_files_are_refused(tmp_path: Path, make: object, message: str) -> None:
    path = tmp_path / "bad.txt"
    make(path)  # type: ignore[operator]
    if b"%PDF" in path.read_bytes()[:5]:
        path = path.rename(tmp_path / "bad.pdf")
    with pytest.raises(DocumentError, match=message):
        load_document(path)


def test_truncated_pdf_is_refused_or_opened_never_crashes(tmp_path: Path) -> None:
    data = (SAMPLES / "flood_review.pdf").read_bytes()
    for cut in (10, 200, len(data) // 3, len(data) // 2, len(data) - 10):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(data[:cut])
        try:
            doc = load_document(path)
        except DocumentError as exc:
            assert path.name in str(exc)
        else:
            assert doc.text


def test_encrypted_pdf_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "secret.pdf"
    doc = pymupdf.open()
    doc.new_page().insert_text((50, 60), "classified")
    doc.save(path, encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
    with pytest.raises(DocumentError, match="password-protected"):
        load_document(path)


def test_a_pdf_cut_short_is_said_to_be_damaged_not_a_scan(tmp_path: Path) -> None:
    """A PDF cut short before its text (a broken copy) was refused as having "no text layer (a scanned image?)":
    MuPDF repairs what is left and finds its pages empty. Damaged, said so (found by an outside tester)."""
    doc = pymupdf.open()
    for _ in range(3):
        doc.new_page().insert_text((72, 72), "The council voted on Tuesday to close the old harbour bridge.")
    data = doc.tobytes(garbage=0, deflate=True)
    path = tmp_path / "cut.pdf"
    path.write_bytes(data[:int(len(data) * 0.3)])
    with pytest.raises(DocumentError, match="is damaged"):
        load_document(path)


def test_a_scan_whose_offsets_a_tool_shifted_is_still_a_scan(tmp_path: Path) -> None:
    """MuPDF repairs a whole image-only PDF whose cross-reference offsets are off (a comment line added after the
    header) as silently as one cut short: its page image shows it is a scan, not damage (a reviewer's case)."""
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 200, 100), 0)
    pix.clear_with(200)
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_image(page.rect, pixmap=pix)
    data = doc.tobytes(garbage=0, deflate=True)
    path = tmp_path / "scan.pdf"
    path.write_bytes(data[:9] + b"%scanner v2\n" + data[9:])
    assert pymupdf.open(path).is_repaired
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(path)


def test_pdf_without_text_layer_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "scan.pdf"
    doc = pymupdf.open()
    doc.new_page().draw_rect(pymupdf.Rect(10, 10, 100, 100), fill=(0, 0, 0))
    doc.save(path)
    with pytest.raises(DocumentError, match="no text layer"):
        load_document(path)


def test_limits_refuse_oversized_and_overlong_files(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 2000)
    with pytest.raises(DocumentError, match="limit is"):
        load_document(big, Limits(max_file_bytes=1000))
    pdf = make_pdf(tmp_path / "many.pdf", [["p"]] * 5)
    with pytest.raises(DocumentError, match="5 pages; the limit is 4"):
        load_document(pdf, Limits(max_pages=4))


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    odd = tmp_path / "sheet.xlsx"
    odd.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(DocumentError, match="unsupported file type"):
        load_document(odd)
    with pytest.raises(DocumentError, match="does not exist"):
        load_document(tmp_path / "nope.txt")
    with pytest.raises(DocumentError, match="is a folder"):
        load_document(tmp_path)


def test_html_with_scripts_iframes_and_remote_images_keeps_only_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_text(
        "<html><head><title>T</title><script>fetch('http://evil.example/x')</script></head><body>"
        "<article><p>The minister said the budget was balanced, according to the statement released today.</p>"
        "<iframe src='http://evil.example/frame'></iframe><img src='http://evil.example/pixel.gif'>"
        "<p>Officials added that a second statement would follow next week with more figures.</p>"
        "</article></body></html>")
    doc = load_document(path)
    assert "budget was balanced" in doc.text
    assert "evil.example" not in doc.text and "fetch(" not in doc.text


def test_deeply_nested_html_is_refused_or_read(tmp_path: Path) -> None:
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * 5000 + "<p>deep text here</p>" + "</div>" * 5000 + "</body></html>")
    try:
        doc = load_document(path)
    except DocumentError as exc:
        assert "deep.html" in str(exc)
    else:
        assert "deep text here" in doc.text


@pytest.mark.parametrize("name", ["flood_review.pdf", "reading_guide.epub"])
def test_text_rule_on_strings_and_on_characters_agree(name: str) -> None:
    from reader.document import mupdf

    with pymupdf.open(SAMPLES / name) as doc:
        for page in doc:
            assert mupdf.page_text(page) == mupdf.page_text_from_chars(page)


def test_page_with_tabs_controls_and_hyphenation(tmp_path: Path) -> None:
    from reader.document import mupdf

    path = make_pdf(tmp_path / "odd.pdf", [["peace-", "keeping\tforces  ", "  end\x07 of text"]])
    doc = load_document(path)
    with pymupdf.open(path) as pdf:
        assert mupdf.page_text(pdf[0]) == mupdf.page_text_from_chars(pdf[0]) == doc.text
    start = doc.text.index("forces")
    assert page_rects(path, doc, start, start + len("forces"))
