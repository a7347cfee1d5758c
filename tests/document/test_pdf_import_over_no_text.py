"""A highlight another reader put where the page has no text (over a picture, a scanned page without a text layer, the
margin) cannot be placed on words. The preview said "1 skipped, 1 skipped Highlight", which reads as "Dossier does not
take highlights" — the words the README keeps for types with no place in Dossier (ink, shapes, free text) — while the
other highlights of the file came in (an outside tester on imports, stop 62). It now says what is wrong with that one:
"skipped Highlight over no text"."""
from __future__ import annotations

from pathlib import Path

import pymupdf

from reader.services import ReaderService
from tests.conftest import SAMPLES


def test_a_highlight_over_no_text_is_said_as_such(service: ReaderService, tmp_path: Path) -> None:
    pdf_path = tmp_path / "report.pdf"
    with pymupdf.open(SAMPLES / "flood_review.pdf") as pdf:
        page = pdf[0]
        page.add_highlight_annot(page.search_for("Amara Osei")[0]).update()
        blank = pymupdf.Rect(page.rect.x1 - 30, page.rect.y1 - 30, page.rect.x1 - 10, page.rect.y1 - 20)
        assert not page.get_text("words", clip=blank)
        page.add_highlight_annot(blank).update()
        page.add_ink_annot([[(100, 100), (150, 150)]]).update()
        pdf.save(pdf_path)
    preview, _ = service.import_file(pdf_path, dry_run=True)
    assert preview["new"] == 1 and preview["skipped"] == 2 and preview["skipped_Ink"] == 1, preview
    assert preview.get("skipped_Highlight_over_no_text") == 1 and "skipped_Highlight" not in preview, preview
