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


TIMELINE = "Timeline:\n\n1986. Treaty signed.\n1990. Wall fell.\n\n2001) Attack.\n2)\n\n- 3. a bullet"


def test_a_numbered_line_keeps_the_number_the_analyst_typed() -> None:
    """CommonMark numbers a list from its first item: "1986. Treaty signed. / 1990. Wall fell." printed as 1986 and
    1987, so a timeline in a note gave wrong years in the handout and the pack (an outside tester, exports). Each
    item shows the number it was typed with, and its "." or ")"."""
    import lxml.html

    rendered = note_html(TIMELINE)
    text = lxml.html.fromstring(f"<div>{rendered}</div>").text_content()
    for line in ("1986. Treaty signed.", "1990. Wall fell.", "2001) Attack.", "2)", "3. a bullet"):
        assert line in text, (line, rendered)
    assert "start=" not in rendered


def test_the_pack_prints_a_notes_years_as_typed(service: ReaderService, tmp_path: Path) -> None:
    source = tmp_path / "ferry.txt"
    source.write_text("Ilse Brandt said the ferry company had lied about the schedule.\n", encoding="utf-8")
    record = service.add_file(source).record
    assert record is not None
    span = find_quote(service.document(record.id).text, "the ferry company had lied")
    service.annotate(record.id, AnnotationInput(Kind.HIGHLIGHT, *span, note=TIMELINE))
    with pymupdf.open(stream=service.export("pack", [record.id]), filetype="pdf") as pack:
        text = " ".join("".join(page.get_text() for page in pack).split())
    assert "1986. Treaty signed. 1990. Wall fell." in text and "2001) Attack." in text and "1987" not in text


FENCED = ["~~~ Summary of the call ~~~\nThe mayor lied.", "```see the minutes p.4\nquoted\n```"]


@pytest.mark.parametrize("note", FENCED)
def test_the_words_after_a_code_fence_are_kept(note: str) -> None:
    """A line opening a code fence ("~~~ Summary of the call ~~~", "```see the minutes p.4") makes the rest of it an
    "info string", which CommonMark never prints: those words vanished from the handout and the pack (an outside
    tester, exports). They are printed as the block's first line."""
    import lxml.html

    text = lxml.html.fromstring(f"<div>{note_html(note)}</div>").text_content()
    for word in note.replace("~", " ").replace("`", " ").split():
        assert word in text, (word, text)
