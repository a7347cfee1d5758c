"""Presentation mode sets the article's headings as the reading view does: an EPUB's chapter titles and a PDF's
outline headings ("Chapter 2. Grading sources", "Summary") were shown to the room as body text, in the middle of the
paragraphs, since the presentation read the headings without the document's outline."""
from __future__ import annotations

from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES


def test_the_room_sees_the_chapter_titles_as_headings(window: MainWindow, qtbot: QtBot) -> None:
    for sample in ("reading_guide.epub", "flood_review.pdf"):
        added = window.service.add_file(SAMPLES / sample)
        assert added.record is not None
        window.refresh_library()
        window.open_document(added.record.id)
        shown = window.workshop.start_presentation()
        assert shown is not None
        assert len(window.text_view.headings()) > 1
        assert shown.view.headings() == window.text_view.headings(), sample
        shown.close()
