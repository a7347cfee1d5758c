"""A web page's superscript numbers read as the page shows them. A power or a note reference set in `<sup>` was run
into the number or word before it: "€12<sup>5</sup>" read "€125" and "3 × 10<sup>8</sup> m/s" "3 × 108 m/s" — another
number than the page's, which a QUANTITY mark then carried — and "footnote<sup>1</sup>" "footnote1" (an outside tester
on documents, stop 62). Digits and signs in a `<sup>` are now superscript characters ("10⁸", "footnote¹"); anything
else there ("1<sup>st</sup>", Wikipedia's "[1]") and subscripts ("CO<sub>2</sub>", searched as "CO2") are read as
before."""
from __future__ import annotations

from pathlib import Path

import pytest

from reader.document import load_document

ARTICLE = "".join(f"<p>Paragraph {i}: the harbour council met and the fisheries officer spoke about the quay and the "
                  "tide in the inner basin, according to the minutes.</p>" for i in range(1, 4))


@pytest.mark.parametrize(("markup", "reads"), [
    ("Prices rose from €12<sup>5</sup> a tonne last year.", "from €12⁵ a tonne"),
    ("Light travels at 3 × 10<sup>8</sup> m/s in a vacuum.", "3 × 10⁸ m/s"),
    ("An area of 40 km<sup>2</sup> was flooded.", "40 km² was"),
    ("The charge was 10<sup>-19</sup> coulombs.", "10⁻¹⁹ coulombs"),
    ("The treasurer disagreed with the figures<sup><a href='#fn1'>1</a></sup> and left.", "the figures¹ and left"),
    ("It came 1<sup>st</sup> in the race.", "came 1st in"),
    ("The city has grown<sup>[3]</sup> since.", "grown[3] since"),
    ("Emissions of CO<sub>2</sub> fell by a tenth.", "Emissions of CO2 fell"),
], ids=["money", "power-of-ten", "square-km", "negative-power", "note-reference", "ordinal", "bracketed-note",
        "subscript"])
def test_a_superscript_reads_as_the_page_shows_it(tmp_path: Path, markup: str, reads: str) -> None:
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council backs the quay</title></head>"
                    f"<body><article><h1>Council backs the quay</h1><p>{markup}</p>{ARTICLE}</article></body></html>",
                    encoding="utf-8")
    assert reads in load_document(path).text
