"""A PDF annotation's author (/T) is whatever the other reader wrote: "Okular\\nUser", a right-to-left override, a
control character. It was kept as it was, credited so in the Inspector, and carried on in every bundle (an outside
tester on imports, stop 62). It comes in as a name is credited: one line, without controls or turning marks; a
reply's author too."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.services import ReaderService
from tests.conftest import SAMPLES


def test_a_pdf_annotations_author_comes_in_as_one_clean_line(service: ReaderService, tmp_path: Path) -> None:
    pdf_path = tmp_path / "report.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[0]
        mark = page.add_highlight_annot(page.search_for("Amara Osei")[0])
        mark.set_info(title="Okular\nUser\u202e\x07", content="Check the name.")
        mark.update()
        pdf.save(pdf_path)
    counts, _ = service.import_file(pdf_path)
    assert counts["new"] == 1, counts
    [imported] = [a for a in service.library.store.annotations() if a.note.startswith("Check the name.")]
    assert imported.creator == "Okular User"
