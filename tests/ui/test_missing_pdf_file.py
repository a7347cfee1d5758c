"""A PDF whose stored copy in the library's files/ was deleted (by hand, a sync tool) opened as its text without a
word, and marks made there had no place on the page (an outside tester, stop 53). The window now says the file is
missing, what that means, and how to restore it; a PDF whose copy is there says nothing of the kind."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pymupdf
import pytest

from tests.conftest import SAMPLES

if TYPE_CHECKING:
    from reader.ui.mainwindow import MainWindow

pytestmark = pytest.mark.gui


def test_a_pdf_without_its_stored_file_opens_as_text_and_says_so(window: MainWindow) -> None:
    service = window.service
    pdf = service.add_file(SAMPLES / "flood_review.pdf").record
    txt = service.add_file(SAMPLES / "harbour_council.txt").record
    assert pdf is not None and txt is not None
    window.open_document(pdf.id)
    assert window.stack.currentWidget() is window.page_view
    assert "missing" not in window.statusBar().currentMessage()
    stored = service.stored_file(pdf)
    assert stored is not None
    stored.unlink()
    window.open_document(txt.id)
    window.open_document(pdf.id)
    assert window.stack.currentWidget() is window.text_view
    message = window.statusBar().currentMessage()
    assert "PDF file of “" in message and "missing" in message and "Add the file again" in message
    window.open_document(txt.id)  # a text document has no file to miss
    assert "missing" not in window.statusBar().currentMessage()


@pytest.mark.parametrize("replacement", ["another pdf", "not a pdf"])
def test_a_pdf_whose_stored_file_was_replaced_opens_as_text_and_says_so(window: MainWindow, replacement: str) -> None:
    """The stored copy replaced on disk: the page view showed the other file's pages without a word, or, for a
    file that was no PDF, blank pages and an error raised in the event loop (an outside tester on the fixes, stop
    53). The text is shown, with the reason; imports onto it get no places from the other file."""
    service = window.service
    pdf = service.add_file(SAMPLES / "flood_review.pdf").record
    assert pdf is not None
    stored = service.stored_file(pdf)
    assert stored is not None
    if replacement == "another pdf":
        other = pymupdf.open()
        other.new_page().insert_text((72, 100), "AN ENTIRELY DIFFERENT FILE")
        stored.write_bytes(other.tobytes())
    else:
        stored.write_bytes(b"<html>not a pdf</html>")
    window.open_document(pdf.id)
    assert window.stack.currentWidget() is window.text_view
    assert "is not the file it was added from" in window.statusBar().currentMessage()
    text = service.document(pdf.id).text
    start = text.index("Amara Osei")
    assert service.areas_for(pdf, start, start + len("Amara Osei")) == ()
