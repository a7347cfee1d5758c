"""The annotated PDF of a text document: a mark covers the whole glyphs of its characters, also where a character is
one glyph with its neighbours — a ligature in the text ("ﬁnancial"), or letters the layout engine drew as one
("ﬃ" in "office"), or "…" (audit 40, T2 finding 6: the "ﬁ" of "ﬁnancial" was left unmarked on a line drawn by the
HTML engine — its glyph read back as "f" + "i", which matched no character of the text)."""
from __future__ import annotations

import io
from pathlib import Path

import pymupdf
import pytest

from reader.cli import main

HTML_LINE = "Soft hy\u00adphen\u00adated word and zero\u200bwidth and \ufb01nancial \ufb02ows, an office and a stop… Then."
"""A soft hyphen and a zero-width space: drawn by MuPDF's HTML engine (`pdf_bidi`), which also shapes "ffi"."""
PLAIN_LINE = "The \ufb01nancial \ufb02ows were large."
"""Drawn by our own text runs."""


def _run(library: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--library", str(library), *args], out=out, err=err)
    assert code == 0, out.getvalue() + err.getvalue()
    return out.getvalue()


def _glyphs(page: pymupdf.Page) -> list[tuple[str, pymupdf.Rect]]:
    flags = pymupdf.TEXTFLAGS_TEXT | pymupdf.TEXT_PRESERVE_LIGATURES
    return [(c["c"], pymupdf.Rect(c["bbox"])) for b in page.get_text("rawdict", flags=flags)["blocks"]
            for line in b.get("lines", ()) for s in line["spans"] for c in s["chars"]]


@pytest.mark.parametrize(("line", "quote", "occurrence", "glyph"), [
    (HTML_LINE, "financial", 1, "\ufb01"),  # `annotate --quote` folds the ligature: the stored quote is "ﬁnancial"
    (PLAIN_LINE, "financial", 1, "\ufb01"),
    (HTML_LINE, "ice", 1, "\ufb03"),  # the end of "office": its "i" is inside the "ﬃ" the engine drew
    (HTML_LINE, "stop…", 1, "…"),
])
def test_a_mark_covers_the_whole_glyph_of_a_ligature(tmp_path: Path, line: str, quote: str, occurrence: int,
                                                      glyph: str) -> None:
    source = tmp_path / "article.txt"
    source.write_text("Ligatures in an article\n\n" + line + "\n", encoding="utf-8")
    lib = tmp_path / "lib"
    doc_id = _run(lib, "add", str(source)).split()[0]
    _run(lib, "annotate", doc_id, "--quote", quote, "--occurrence", str(occurrence), "--kind", "highlight")
    out = tmp_path / "annotated.pdf"
    _run(lib, "export", doc_id, "--format", "pdf", "-o", str(out))
    with pymupdf.open(out) as pdf:
        page = pdf[0]
        [annot] = list(page.annots())
        marked = pymupdf.Quad(annot.vertices[:4]).rect
        boxes = [box for c, box in _glyphs(page) if c == glyph and box.intersects(marked)]
        assert boxes, f"no {glyph!r} glyph under the mark {marked}"
        box = boxes[0]
        assert marked.x0 <= box.x0 + 0.01 and marked.x1 >= box.x1 - 0.01, (marked, box)
        inner = pymupdf.Rect(box.x0 + 0.5, box.y0 + 2, box.x1 - 0.5, box.y1 - 2).irect
        zoom = pymupdf.Matrix(4, 4)
        drawn = page.get_pixmap(matrix=zoom, clip=inner)
        white = sum(1 for y in range(drawn.height) for x in range(drawn.width) if drawn.pixel(x, y) == (255, 255, 255))
        assert white == 0, f"{white} unmarked paper pixels inside the {glyph!r} glyph"
        page.get_pixmap(matrix=zoom, clip=marked + (-40, -4, 40, 4)).save(str(tmp_path / "mark.png"))
