"""The annotated PDF of a PDF whose pages are rotated (/Rotate 90, 180, 270) marks each annotation's words where the
page shows them: the stored quads are in the PDF's unrotated space, which is what PDF annotations use (audit 40, T2
finding 3 found the export right while the page view was wrong; this keeps the export so)."""
from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main

QUOTE = "Nordgrid Energy"


def _run(library: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    assert code == 0, out.getvalue() + err.getvalue()
    return out.getvalue()


def test_marks_in_the_annotated_pdf_cover_their_words_on_rotated_pages(tmp_path: Path) -> None:
    source = tmp_path / "rotated.pdf"
    doc = pymupdf.open()
    for rotation in (0, 90, 180, 270):
        page = doc.new_page()
        page.insert_text((72, 100), f"Page rotated {rotation} degrees. Minister Jane Roe said the budget rose.")
        page.insert_text((72, 130), "Second line mentions Nordgrid Energy in Oslo.")
        page.set_rotation(rotation)
    doc.save(source)
    doc.close()
    lib = tmp_path / "lib"
    doc_id = _run(lib, "add", str(source)).split()[0]
    for occurrence in (1, 2, 3, 4):
        _run(lib, "annotate", doc_id, "--quote", QUOTE, "--occurrence", str(occurrence), "--kind", "entity",
             "--type", "ORG")
    out = tmp_path / "annotated.pdf"
    _run(lib, "export", doc_id, "--format", "pdf", "-o", str(out))
    with pymupdf.open(out) as pdf:
        for page in pdf:
            [annot] = [a for a in page.annots() if a.type[1] == "Highlight"]
            quad = pymupdf.Quad(annot.vertices[:4])
            assert page.get_textbox(quad.rect).strip() == QUOTE
            word = next(pymupdf.Rect(w[:4]) for w in page.get_text("words") if w[4] == "Nordgrid")
            shown = (word * page.rotation_matrix).irect  # where the page shows the word
            plain = page.get_pixmap(annots=False, clip=shown)
            marked = page.get_pixmap(clip=shown)
            white = sum(1 for y in range(marked.height) for x in range(marked.width) if marked.pixel(x, y) == (255, 255, 255))
            assert white <= 0.05 * marked.width * marked.height, (page.rotation, white)  # the highlight fills the word
            assert plain.samples != marked.samples


def test_marks_and_footers_follow_the_text_on_landscape_pages_stored_upright(tmp_path: Path) -> None:
    """The usual landscape page: /Rotate 90, 180 or 270 with its content drawn so that it reads upright. The
    highlight was drawn as an ellipse over the lines around its words, the claim's underline as a bar across three
    letters, and the pack's footer ran up through the text (an outside tester, stop 53): the marks' quads and the
    footer now run the way the text reads."""
    land = pymupdf.open()
    page = land.new_page(width=842, height=595)
    page.insert_text((72, 100), "Landscape table: the Harbour Authority denied all claims of pollution.", fontsize=12)
    source = tmp_path / "landscape.pdf"
    doc = pymupdf.open()
    for rotation in (90, 180, 270):
        turned = doc.new_page(width=842, height=595) if rotation == 180 else doc.new_page(width=595, height=842)
        turned.show_pdf_page(turned.rect, land, 0, rotate=rotation)
        turned.set_rotation(rotation)
    doc.save(source)
    library = tmp_path / "lib"
    _run(library, "add", str(source))
    for occurrence in ("1", "2", "3"):
        _run(library, "annotate", str(source), "--quote", "Harbour Authority", "--occurrence", occurrence,
             "--kind", "highlight")
        _run(library, "annotate", str(source), "--quote", "denied all claims of pollution", "--occurrence", occurrence,
             "--kind", "claim")
    for fmt in ("pdf", "pack"):
        out = tmp_path / f"out.{fmt}.pdf"
        _run(library, "export", str(source), "--format", fmt, "-o", str(out))
        with pymupdf.open(out) as exported:
            pages = [p for p in exported if p.rotation]
            assert len(pages) == 3
            for page in pages:
                reading = next(line["dir"] for b in page.get_text("dict")["blocks"] for line in b.get("lines", ())
                               if "Harbour" in "".join(s["text"] for s in line["spans"]))
                annots = list(page.annots())
                assert len(annots) == 2
                for annot in annots:
                    (x0, y0), (x1, y1) = annot.vertices[0], annot.vertices[1]  # the quad's top edge
                    length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
                    assert ((x1 - x0) / length, (y1 - y0) / length) == pytest.approx(reading, abs=0.01), annot.type
                if fmt == "pack":
                    footer = [line["dir"] for b in page.get_text("dict")["blocks"] for line in b.get("lines", ())
                              if "page " in "".join(s["text"] for s in line["spans"])]
                    assert footer and all(d == pytest.approx(reading, abs=0.01) for d in footer)


def test_a_turned_page_with_text_across_and_at_an_angle(tmp_path: Path) -> None:
    """On a turned page each mark follows its own line — a margin remark running across the page's rows too — and a
    line at 45° is marked, not a crash (StopIteration in the first version of the fix; an outside tester on the
    fixes, stop 53)."""
    land = pymupdf.open()
    page = land.new_page(width=842, height=595)
    for i in range(6):
        page.insert_text((72, 100 + 20 * i), f"Row {i}: the Harbour Authority denied all claims.", fontsize=12)
    page.insert_text((800, 500), "Margin remark by the Port Office", fontsize=10, rotate=90)
    mixed = pymupdf.open()
    turned = mixed.new_page(width=595, height=842)
    turned.show_pdf_page(turned.rect, land, 0, rotate=90)
    turned.set_rotation(90)
    diagonal = mixed.new_page(width=595, height=842)
    at = pymupdf.Point(150, 300)
    diagonal.insert_text(at, "Diagonal: the Coast Guard denied it", fontsize=14, morph=(at, pymupdf.Matrix(-45)))
    diagonal.set_rotation(90)
    source = tmp_path / "mixed.pdf"
    mixed.save(source)
    library = tmp_path / "lib"
    _run(library, "add", str(source))
    _run(library, "annotate", str(source), "--quote", "Port Office", "--kind", "highlight")
    _run(library, "annotate", str(source), "--quote", "Harbour Authority", "--kind", "highlight")
    _run(library, "annotate", str(source), "--quote", "Coast Guard", "--kind", "highlight")
    out = tmp_path / "out.pdf"
    _run(library, "export", str(source), "--format", "pdf", "-o", str(out))
    with pymupdf.open(out) as exported:
        first = {}
        for annot in exported[0].annots():
            (x0, y0), (x1, y1) = annot.vertices[0], annot.vertices[1]
            length = ((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5
            words = " ".join(w[4] for w in exported[0].get_text("words", clip=annot.rect))
            first["Port" if "Port" in words else "Harbour"] = (round((x1 - x0) / length), round((y1 - y0) / length))
        rows, remark = (next(line["dir"] for b in exported[0].get_text("dict")["blocks"] for line in b.get("lines", ())
                             if word in "".join(s["text"] for s in line["spans"])) for word in ("Row 0", "Margin"))
        assert first == {"Harbour": tuple(round(v) for v in rows), "Port": tuple(round(v) for v in remark)}
        assert len(list(exported[1].annots())) == 1
