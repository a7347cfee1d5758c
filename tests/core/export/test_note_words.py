"""A note's Markdown is rendered in the HTML handout and the briefing pack; whatever is rendered, every word the
analyst wrote is there."""
from __future__ import annotations

import html
from pathlib import Path

import pymupdf
import pytest

from annotations.anchoring import find_quote
from annotations.export.notes import note_html
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService

NOTES = ["[1]: p.4", "Sources:\n\n[1]: https://example.com/report", '[Kiel]: <timetable> "checked"']


@pytest.mark.parametrize("note", NOTES)
def test_a_line_that_reads_as_a_link_definition_is_kept(note: str) -> None:
    """CommonMark takes "[1]: p.4" for a link reference definition, which renders nothing: a note of sources
    ("[1]: https://…") lost its lines, or all of it, in the handout and the pack (an outside tester, exports)."""
    text = html.unescape(note_html(note))
    for word in note.replace("<", " ").replace(">", " ").split():
        assert word in text, (word, text)


def test_the_handout_and_the_pack_print_a_note_of_sources(service: ReaderService, tmp_path: Path) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said the ferry company had lied about the schedule.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "the ferry company had lied")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span, note="Sources:\n\n[1]: https://example.com/t"))
    assert "[1]: https://example.com/t" in html.unescape(service.export("html", [record.id]).decode("utf-8"))
    with pymupdf.open(stream=service.export("pack", [record.id]), filetype="pdf") as pack:
        assert "[1]: https://example.com/t" in "".join(page.get_text() for page in pack)
