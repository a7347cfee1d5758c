"""PDF and EPUB text as printed: joined hyphenation (compounds kept), running heads and page numbers out
of the body, garbled text layers flagged, text MuPDF's dict extraction or EPUB layout would lose."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from reader.document import load_document, page_rects
from reader.document.pagetext import page_lines

BODY = [
    "Harbour engineers tested the new optical sensors over the",
    "winter. They found that the sensors cut the uncer-",
    "tainty of each tide reading by half, and that the well-known",
    "drift problem of older gauges had gone away. The results",
    "matter most for treatment-",
    "experienced crews, who rely on the gauges every night,",
    "and for the well-",
    "known pilots of the outer harbour. The zorblat method,",
    "the council said, beat every older zor-",
    "blat trial that had been run since the storm.",
]


def _pdf(path: Path, pages: list[list[str]], header: str = "", footer: bool = False) -> Path:
    doc = pymupdf.open()
    for number, lines in enumerate(pages, start=1):
        page = doc.new_page(width=420, height=595)
        if header:
            page.insert_text((50, 30), header, fontsize=8)
        page.insert_text((50, 90), "\n".join(lines), fontsize=9)
        if footer:
            page.insert_text((200, 570), f"Page {number} of {len(pages)}", fontsize=8)
    doc.save(path)
    doc.close()
    return path


def _glyph_boxes(path: Path, page: int, text: str) -> list[pymupdf.Rect]:
    with pymupdf.open(path) as pdf:
        return list(pdf[page].search_for(text))


def test_line_end_hyphenation_is_joined_when_the_word_is_a_word(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "sensors.pdf", [BODY])
    doc = load_document(path)
    assert "cut the uncertainty of each" in doc.text  # dictionary word
    assert "the zorblat trial" not in doc.text and "older zorblat trial" in doc.text  # the document's own word
    assert "treatment-experienced crews" in doc.text  # a real compound stays
    assert "the well-known pilots" in doc.text  # used with its hyphen elsewhere in the document
    assert "uncer-" not in doc.text and "\x00" not in doc.text


def test_joined_words_still_highlight_their_glyphs(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "sensors.pdf", [BODY])
    doc = load_document(path)
    start = doc.text.index("uncertainty")
    [(page, rects)] = page_rects(path, doc, start, start + len("uncertainty"))
    first, second = _glyph_boxes(path, 0, "uncer")[0], _glyph_boxes(path, 0, "tainty")[0]
    assert page == 0 and len(rects) == 2
    assert abs(rects[0][0] - first.x0) < 1 and abs(rects[0][2] - first.x1) < 1  # the hyphen is not lit
    assert abs(rects[1][0] - second.x0) < 1 and abs(rects[1][2] - second.x1) < 1
    later = doc.text.index("experienced")
    [(_, [box])] = page_rects(path, doc, later, later + len("experienced"))
    target = _glyph_boxes(path, 0, "experienced crews")[0]
    assert abs(box[0] - target.x0) < 1 and abs(box[1] - target.y0) < 1


def test_running_heads_and_page_numbers_leave_the_body(tmp_path: Path) -> None:
    pages = [
        ["The inquiry heard from six witnesses on the first day. The harbour master said the", "gates were"],
        ["closed on time. Two pilots disagreed, and said the warning came late in the", "evening."],
        ["The council will publish its findings in the spring, after the second hearing."],
        ["Nobody has yet said who paid for the repairs to the outer wall."],
    ]
    path = _pdf(tmp_path / "inquiry.pdf", pages, header="Journal of Harbour Studies 12 (2024) 101-119", footer=True)
    doc = load_document(path)
    assert "Journal of Harbour Studies" not in doc.text and "Page 2 of 4" not in doc.text
    assert "the harbour master said the gates were\nclosed on time" in doc.text.lower()
    assert (1, "Page 2 of 4") in doc.furniture
    assert (0, "Journal of Harbour Studies 12 (2024) 101-119") in doc.furniture
    start = doc.text.index("Two pilots")
    [(page, [box])] = page_rects(path, doc, start, start + len("Two pilots"))
    target = _glyph_boxes(path, 1, "Two pilots")[0]
    assert page == 1 and abs(box[0] - target.x0) < 1 and abs(box[1] - target.y0) < 1


def test_numbered_headings_at_the_top_of_each_page_stay_in_the_text(tmp_path: Path) -> None:
    """"Section 1 Summary", "Section 2 Summary"… at the top of each page differ only by a number, as a running head
    does, and were left out of the text as one (stop 55's tester); set larger than the body, they are headings. A
    running head in small type is still set aside."""
    doc = pymupdf.open()
    for number in range(1, 5):
        page = doc.new_page(width=420, height=595)
        page.insert_text((50, 30), f"Harbour review 2024 · {number}", fontsize=8)
        page.insert_text((50, 60), f"Section {number} Summary", fontsize=16)
        for row in range(6):
            page.insert_text((50, 100 + 16 * row), f"Body line {row} of the section on page {number} says more.",
                             fontsize=11)
    path = tmp_path / "sections.pdf"
    doc.save(path)
    text = load_document(path).text
    assert all(f"Section {n} Summary" in text for n in range(1, 5))
    assert "Harbour review 2024" not in text


def test_figures_atop_each_page_stay_in_the_text(tmp_path: Path) -> None:
    """"Population 10,407 and households 3,012 in the district" atop each page of a report differs from page to page
    only in its figures, as a running head does in its page number, and was left out of the text as one: the figures
    could be neither searched nor marked (an outside tester, stop 56). Figures that do not count the pages are text;
    a page number in a running head still is not (both on the same pages here)."""
    doc = pymupdf.open()
    for number in range(6):
        page = doc.new_page(width=420, height=595)
        page.insert_text((50, 30), f"Population {10_407 + 1_010 * number:,} and households {3_012 + 100 * number:,} "
                                   "in the district", fontsize=9)
        page.insert_text((50, 100), f"The district report for region {number} says the council met.", fontsize=11)
        page.insert_text((200, 570), f"Page {number + 3} of 9", fontsize=8)
    path = tmp_path / "regions.pdf"
    doc.save(path)
    loaded = load_document(path)
    assert all(f"Population {10_407 + 1_010 * n:,} and households" in loaded.text for n in range(6))
    assert "Page 4 of 9" not in loaded.text and (1, "Page 4 of 9") in loaded.furniture


@pytest.mark.parametrize(("name", "footers"), [
    ("two reports bound together", [f"Page {n} of 6" for n in (1, 2, 3, 4, 5, 6, 1, 2, 3, 4, 5, 6)]),
    ("an excerpt", [str(n) for n in (11, 12, 13, 14, 15, 16, 101, 102, 103, 104, 105, 106)]),
    ("a two-up sheet", [f"{2 * n + 1} {2 * n + 2}" for n in range(12)]),
    ("numbers skipped", [str(n) for n in (1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 16)]),
    ("a preface's roman numbers", ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"]),
])
def test_page_numbers_that_do_not_follow_the_page_index_stay_out(tmp_path: Path, name: str,
                                                                  footers: list[str]) -> None:
    """Numbers that count pages, if not from the page's index, are page numbers all the same: a first rule for
    figures let them into the text mid-sentence (a tester on the fixes, stop 56)."""
    doc = pymupdf.open()
    for footer in footers:
        page = doc.new_page(width=420, height=595)
        page.insert_text((50, 100), "The council published its findings in the spring and", fontsize=11)
        page.insert_text((50, 116), "the second hearing continued the next week.", fontsize=11)
        page.insert_text((200, 570), footer, fontsize=8)
    path = tmp_path / "numbered.pdf"
    doc.save(path)
    loaded = load_document(path)
    assert not any(footer in loaded.text.split("\n") for footer in footers), name
    assert len(loaded.furniture) == len(footers)


def _pages(path: Path, heads: list[str], feet: list[str], extra: dict[int, tuple[float, str]] | None = None) -> Path:
    doc = pymupdf.open()
    for n, (head, foot) in enumerate(zip(heads, feet)):
        page = doc.new_page(width=420, height=595)
        if head:
            page.insert_text((50, 30), head, fontsize=8)
        page.insert_text((50, 100), "The council published its findings in the spring and", fontsize=11)
        page.insert_text((50, 116), "the second hearing continued the next week.", fontsize=11)
        if foot:
            page.insert_text((200, 570), foot, fontsize=8)
        if extra and n in extra:
            y, words = extra[n]
            page.insert_text((60, y), words, fontsize=8)
    doc.save(path)
    return path


def test_running_heads_that_the_figures_rule_must_not_let_in(tmp_path: Path) -> None:
    """A tester on the second fixes, stop 56: a chart's axis label in the band on a few pages let every page number
    in (numbers were grouped by shape, not height); a chapter's number in the running head of two-page chapters let
    the head in; a meeting's date atop its minutes; "Part IV" atop a part's first page was taken for a Roman page
    number and left out."""
    n = 10
    axis = _pages(tmp_path / "axis.pdf", [""] * n, [str(i + 1) for i in range(n)],
                  {i: (540.0, str(250 * i)) for i in (2, 5, 8)})
    loaded = load_document(axis)
    assert not any(str(i + 1) in loaded.text.split("\n") for i in range(n))
    chapters = _pages(tmp_path / "chapters.pdf", [f"Chapter {i // 2 + 1} · Harbour Authority · {i + 1}"
                                                  for i in range(n)], [""] * n)
    assert "Harbour Authority" not in load_document(chapters).text
    dates = [f"{day} March" for day in (3, 3, 10, 10, 10, 17, 24, 24, 31, 31)]  # a meeting's minutes, page by page
    minutes = _pages(tmp_path / "minutes.pdf", [f"Council minutes, {d} 2025" for d in dates], [""] * n)
    assert "Council minutes" not in load_document(minutes).text
    parts = _pages(tmp_path / "parts.pdf", [["Part I", "", "", "Part II", "", "", "Part III", "", "", "Part IV"][i]
                                            for i in range(n)], [["i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
                                                                  "ix", "x"][i] for i in range(n)])
    text = load_document(parts).text.split("\n")
    assert all(f"Part {r}" in text for r in ("I", "II", "III", "IV")) and "vii" not in text


def test_pages_without_text_are_said(tmp_path: Path) -> None:
    """A scanned page among typeset ones opened blank without a word (an outside tester, stop 56)."""
    doc = pymupdf.open()
    for number in range(3):
        page = doc.new_page(width=420, height=595)
        if number == 1:  # a picture of a page: pixels, no text
            pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
            pix.clear_with(200)
            page.insert_image(page.rect, pixmap=pix)
        else:
            page.insert_text((50, 100), f"Typeset page {number + 1} of the harbour report.", fontsize=11)
    path = tmp_path / "scan-inside.pdf"
    doc.save(path)
    loaded = load_document(path)
    assert loaded.warnings == ("Page 2 has no text layer (a scanned image, a picture, or a damaged file): nothing "
                               "there can be read, searched or marked.",)
    typeset = _pdf(tmp_path / "typeset.pdf", [["One page."], ["Two pages."]])
    assert load_document(typeset).warnings == ()


def test_a_single_page_keeps_all_its_lines(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "one.pdf", [["A short note on the harbour."]], header="Harbour notes", footer=True)
    doc = load_document(path)
    assert "Harbour notes" in doc.text and "Page 1 of 1" in doc.text and not doc.furniture


def _caesar(text: str, shift: int = 3) -> str:
    out = []
    for c in text:
        if "a" <= c <= "z":
            out.append(chr((ord(c) - 97 + shift) % 26 + 97))
        elif "A" <= c <= "Z":
            out.append(chr((ord(c) - 65 + shift) % 26 + 65))
        else:
            out.append(c)
    return "".join(out)


def test_a_garbled_text_layer_is_flagged_and_a_clean_one_is_not(tmp_path: Path) -> None:
    clean = _pdf(tmp_path / "clean.pdf", [BODY, BODY])
    assert load_document(clean).warnings == ()
    garbled = _pdf(tmp_path / "garbled.pdf", [BODY, [_caesar(line) for line in BODY]])
    doc = load_document(garbled)
    assert doc.warnings == ("The text layer of page 2 looks garbled: highlights may not match what you see.",)


def test_a_page_the_dict_extraction_misses_is_read_from_the_plain_extraction() -> None:
    class Page:
        rect = pymupdf.Rect(0, 0, 400, 600)

        def get_text(self, kind: str, flags: int = 0) -> Any:
            if kind == "dict":
                return {"blocks": [{"type": 0, "lines": []}]}
            assert kind == "blocks"
            return [(50, 100, 300, 130, "The tide gauge failed\nat midnight.\n", 0, 0)]

    lines = page_lines(Page(), 0)
    assert [line.text for line in lines.lines] == ["The tide gauge failed", "at midnight."]


def _svg_epub(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        zf.writestr("META-INF/container.xml",
                    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:'
                    'xmlns:container"><rootfiles><rootfile full-path="c.opf" media-type="application/'
                    'oebps-package+xml"/></rootfiles></container>')
        zf.writestr("c.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
                    'unique-identifier="u"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">'
                    '<dc:identifier id="u">x</dc:identifier><dc:title>Lighthouse</dc:title></metadata>'
                    '<manifest><item id="c0" href="c0.xhtml" media-type="application/xhtml+xml" '
                    'properties="svg"/></manifest><spine><itemref idref="c0"/></spine></package>',
                    compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("c0.xhtml", '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>'
                    't</title></head><body><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800">'
                    '<rect width="600" height="800" fill="#eee"/><text x="10" y="40">The keeper wrote '
                    'every night.</text><text x="10" y="80"><tspan>Storms came</tspan> <tspan>in autumn.'
                    '</tspan></text></svg></body></html>', compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_epub_text_inside_inline_svg_is_read(tmp_path: Path) -> None:
    doc = load_document(_svg_epub(tmp_path / "comic.epub"))
    assert doc.text == "The keeper wrote every night.\nStorms came in autumn."
    assert doc.meta.title == "Lighthouse"


@pytest.mark.parametrize("name", ["flood_review.pdf"])
def test_sample_pdf_has_no_warnings(name: str) -> None:
    from tests.conftest import SAMPLES

    assert load_document(SAMPLES / name).warnings == ()


def test_the_command_line_shows_the_garbled_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import json

    from reader.cli import main

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    path = _pdf(tmp_path / "garbled.pdf", [[_caesar(line) for line in BODY]])
    clean = _pdf(tmp_path / "clean.pdf", [BODY])
    library = str(tmp_path / "lib")
    out, err = io.StringIO(), io.StringIO()
    assert main(["--library", library, "add", str(path), str(clean)], out=out, err=err) == 0
    assert err.getvalue().count("warning:") == 1
    assert "warning: garbled.pdf: The text layer looks garbled (every page)" in err.getvalue()
    out = io.StringIO()
    assert main(["--library", library, "show", str(path)], out=out, err=io.StringIO()) == 0
    assert "warning: The text layer looks garbled" in out.getvalue()
    out = io.StringIO()
    assert main(["--library", library, "show", str(clean), "--json"], out=out, err=io.StringIO()) == 0
    assert json.loads(out.getvalue())["warnings"] == []


def test_languages_without_a_word_list_are_not_called_garbled() -> None:
    from reader.document.wordlist import garbled_pages

    welsh = ("Mae'r cyngor wedi pleidleisio i adeiladu morglawdd newydd ar draws aber yr afon, yn dilyn dwy "
             "flynedd o ddadlau rhwng y pysgotwyr a'r awdurdod dŵr. Dywedodd arweinydd y cyngor y byddai'r "
             "gwaith yn dechrau ym mis Medi ac y byddai'n diogelu tair mil o gartrefi rhag llifogydd.")
    chinese = "国务院新闻办公室周三发布白皮书，介绍了过去十年中国在生态环境保护方面取得的进展。" * 10
    shifted = _caesar(" ".join(BODY) + " " + " ".join(BODY))
    assert garbled_pages([welsh, chinese, shifted]) == [2]


def test_an_arabic_text_with_latin_names_is_not_called_garbled(tmp_path: Path) -> None:
    """Only its Latin words are looked at: "Nordgrid" 30 times is no sample of a language (break18 bug 18)."""
    from reader.document.wordlist import garbled_pages, garbled_warning

    arabic = "قال المتحدث باسم شركة Nordgrid إن الشركة ستبني محطات جديدة للطاقة في المنطقة. " * 30
    assert garbled_pages([arabic]) == []
    source = tmp_path / "ar_long.txt"
    source.write_text(arabic, encoding="utf-8")
    doc = load_document(source)
    assert doc.warnings == () and garbled_warning(doc.text, doc.pages) == ""
    shifted = _caesar(" ".join(BODY))
    assert garbled_warning(shifted) == ""  # a plain text has no text layer drawn from fonts
    pdf = load_document(_pdf(tmp_path / "ar.pdf", [[_caesar(line) for line in BODY]]))
    assert pdf.warnings and "garbled" in pdf.warnings[0]  # a PDF's broken text layer is still noticed


def test_soft_hyphens_end_lines_as_hyphens_and_vanish_inside_words() -> None:
    from reader.document import mupdf
    from reader.document.pagetext import assemble
    from reader.document.wordlist import dehyphenate

    lines = ["The sensors cut the uncer\u00ad", "tainty of each read\u00ading by half."]

    class Page:
        rect = pymupdf.Rect(0, 0, 400, 600)

        def get_text(self, kind: str, flags: int = 0) -> Any:
            assert kind == "dict"
            return {"blocks": [{"type": 0, "lines": [
                {"bbox": (50, 100 + 20 * k, 300, 115 + 20 * k), "spans": [{"text": text}]}
                for k, text in enumerate(lines)] * 8}]}

    text = dehyphenate([assemble(page_lines(Page(), 0))])[0]
    assert text.startswith("The sensors cut the uncertainty of each reading by half. The sensors")
    chars = [[[(c, (0.0, 0.0, 1.0, 1.0), n) for c in line] for n, line in enumerate(lines)]]
    assert "".join(c for c, _, _ in mupdf._assemble(chars)) == "The sensors cut the uncer-tainty of each reading by half."


def test_hyphenation_uses_the_document_language_dictionary() -> None:
    from reader.document.wordlist import LINE_HYPHEN, dehyphenate, document_language

    page = ("Die Bundesregierung hat am Mittwoch einen Gesetzentwurf beschlossen, der die Förderung von "
            "Wärmepumpen neu regelt. Nach Angaben des Ministeriums sollen Haushalte künftig bis zu siebzig "
            f"Prozent der Kosten erstattet bekommen, wenn sie eine alte Öl{LINE_HYPHEN}heizung ersetzen, und "
            f"die Verbraucher{LINE_HYPHEN}zentrale begrüßte den Entwurf der Bundes{LINE_HYPHEN}regierung.")
    assert document_language([page.replace(LINE_HYPHEN, "-")]) == "de"
    assert dehyphenate([page]) == [page.replace(LINE_HYPHEN, "")]
    assert dehyphenate([page], lang="en")[0].count("-") == 2  # English knows neither compound


def test_the_library_keeps_the_furniture_it_took_out(tmp_path: Path) -> None:
    """Nothing the file said is lost: the running heads and page numbers are stored beside the text."""
    from annotations.library import Library

    pages = [["The inquiry heard from six witnesses on the first day."], ["Two pilots disagreed."],
             ["The council will publish its findings in the spring."], ["Nobody has yet said who paid."]]
    path = _pdf(tmp_path / "inquiry.pdf", pages, header="Journal of Harbour Studies 12 (2024) 101-119", footer=True)
    library = Library.open(tmp_path / "lib")
    record, _ = library.add_document(load_document(path), path)
    stored = library.document(record.id)
    assert (1, "Page 2 of 4") in stored.furniture and "Page 2 of 4" not in stored.text
    library.close()


def test_a_heading_under_a_continued_sentence_is_its_own_paragraph(tmp_path: Path) -> None:
    """MuPDF put a page's first line (a sentence continued from the page before) and the 18 pt heading under it in
    one block: the heading was read as the sentence's end ("…in March 2024. 2. Costs", in every quote's context
    and search snippet; an outside tester, stop 55)."""
    doc = pymupdf.open()
    first = doc.new_page(width=595, height=842)
    first.insert_text((72, 72), "1. Summary", fontsize=18)
    first.insert_text((72, 102), "The review found that the offices of the association filed a complaint about", fontsize=11)
    second = doc.new_page(width=595, height=842)
    second.insert_text((72, 72), "the closure of the promenade during the repair works in March 2024.", fontsize=11)
    second.insert_text((72, 99), "2. Costs", fontsize=18)
    second.insert_text((72, 129), "The table below sets out the estimated costs per measure.", fontsize=11)
    path = tmp_path / "review.pdf"
    doc.save(path)
    text = load_document(path).text
    assert "in March 2024.\n2. Costs\nThe table below" in text


def test_a_body_line_on_two_pages_of_three_stays_though_one_page_has_it_in_both_columns(tmp_path: Path) -> None:
    """One page holding a line at two neighbouring heights (the top of each column) counted as two pages: a body
    line on 2 of 3 pages was left out as a running head, and a claim over it lost its words (an outside tester,
    stop 58)."""
    line = "The minister said the dredging will start in May."
    doc = pymupdf.open()
    for p in range(3):
        page = doc.new_page(width=595, height=842)
        page.insert_text((50, 40), f"Harbour report {p + 1}", fontsize=10)
        if p == 0:
            page.insert_text((50, 80), line, fontsize=10)  # the left column's top
            page.insert_text((305, 94), line, fontsize=10)  # the right column's, one line lower
        if p == 1:
            page.insert_text((50, 94), line, fontsize=10)
        for k in range(20):
            page.insert_text((50, 200 + k * 14), f"Body line {k} of page {p + 1} about the harbour budget.", fontsize=10)
    path = tmp_path / "columns.pdf"
    doc.save(path)
    assert load_document(path).text.count(line) == 3  # was 0
