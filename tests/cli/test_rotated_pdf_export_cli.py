"""The annotated PDF of a PDF whose pages are rotated (/Rotate 90, 180, 270) marks each annotation's words where the
page shows them: the stored quads are in the PDF's unrotated space, which is what PDF annotations use (audit 40, T2
finding 3 found the export right while the page view was wrong; this keeps the export so)."""
from __future__ import annotations

import io
from pathlib import Path

import pymupdf

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
