"""Suggestions in the app: dashed outlines in the reading view, Enter accepts and Backspace rejects (in
the dock and in the view), all of one entity and all shown in one undo step, rejections stay rejected
after closing the window, and a PDF page gets outlines and accepted annotations with quads."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from reader.ui.ops import SyncRunner
from tests.ui.window_steps import open_sample as _open


def _row_of(win: MainWindow, exact: str) -> int:
    return next(i for i, s in enumerate(win.suggestions) if s.exact == exact)


def test_enter_accepts_and_backspace_rejects_in_the_dock(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    window.suggest_action.trigger()
    total = len(window.suggestions)
    assert total > 20 and not window.annotations  # suggestions are not annotations
    assert len(window.text_view.suggestions()) == total  # every one is outlined
    table = window.suggestions_panel.table
    first, second = window.suggestions[0], window.suggestions[1]
    qtbot.keyClick(table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    [accepted] = window.annotations
    assert (accepted.target.start, accepted.target.end, accepted.label) == (first.start, first.end, first.type)
    assert window.suggestions[0] == second and window.suggestions_panel.current() == 0  # the next one moved up
    qtbot.keyClick(table, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert second not in window.suggestions and len(window.suggestions) == total - 2
    assert len(window.annotations) == 1  # a rejection creates nothing
    window.undo()
    assert second in window.suggestions  # undoing the rejection brings it back
    window.undo()
    assert not window.annotations and first in window.suggestions


def test_click_a_dashed_outline_then_enter_in_the_reading_view(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    window.suggesting.show("entity")
    view = window.text_view
    row = _row_of(window, "Marta Lindqvist")
    target = window.suggestions[row]
    view.show_range(target.start, target.end)
    [rect] = view.range_rects(target.start, target.end)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,  # type: ignore[attr-defined]
                     pos=QPoint(int(rect.center().x()), int(rect.center().y())))
    assert window.suggestions_panel.current() == row and view.suggestion_focus
    qtbot.keyClick(view, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    [annotation] = window.annotations
    assert annotation.target.exact == "Marta Lindqvist" and annotation.label == "PERSON"
    entity = window.service.entity(annotation.entity_id or "")
    assert entity is not None and entity.name == "Marta Lindqvist"


def test_all_of_one_entity_and_all_shown_are_single_steps(window: MainWindow) -> None:
    _open(window, "harbour_council.txt")
    window.suggesting.show("entity")
    window.suggestions_panel.set_current(_row_of(window, "Tomas Ek"))
    window.suggestions_panel.buttons[("accept", "entity")].click()
    eks = [a for a in window.annotations if a.target.exact in ("Tomas Ek", "Ek")]
    assert len(eks) == 2 and len({a.entity_id for a in eks}) == 1 and len(window.annotations) == 2
    left = len(window.suggestions)
    window.suggestions_panel.buttons[("reject", "all")].click()
    assert window.suggestions == [] and window.suggestions_panel.model.rowCount() == 0
    window.undo()
    assert len(window.suggestions) == left  # one undo step brought them all back


def test_rejections_survive_closing_the_window(window: MainWindow, qtbot: object, library_dir: object) -> None:
    doc = _open(window, "harbour_council.txt")
    window.suggesting.show("claim")
    claims = list(window.suggestions)
    window.suggestions_panel.buttons[("reject", "all")].click()
    window.close()
    window.service.close()
    service = ReaderService.open(library_dir, annotator="Trainer", isolated=False)  # type: ignore[arg-type]
    again = MainWindow(service, runner=SyncRunner(service))
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.open_document(doc)
    again.suggesting.show("claim")
    assert claims and again.suggestions == []
    again.suggesting.show("entity")
    assert again.suggestions  # only what was rejected stays away
    service.close()


def test_pdf_page_outlines_and_accepted_quads(window: MainWindow, qtbot: object) -> None:
    _open(window, "flood_review.pdf")
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)  # type: ignore[attr-defined]
    window.suggesting.show("entity")
    assert window.suggestions
    page = canvas._cache[0][1]
    first = window.suggestions[0]
    assert canvas.offset_rects(page, first.start, first.end)  # drawn from the page's character boxes
    canvas.setFocus()
    window.suggestions_panel.set_current(0)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    [annotation] = window.annotations
    assert annotation.target.exact == first.exact and annotation.target.areas
    assert annotation.target.areas[0].page == 0


def test_the_dock_says_which_suggestions_the_optional_spacy_model_found(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotations.suggest import spacy_ner
    from tests.core.suggest.test_assist import _fake_spacy

    _fake_spacy(tmp_path)  # a stand-in pipeline (spaCy is optional and not installed for the tests)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delenv(spacy_ner.ENV, raising=False)
    spacy_ner._pipeline.cache_clear()
    spacy_ner._entities.cache_clear()
    try:
        _open(window, "harbour_council.txt")
        window.suggest_action.trigger()
        model = window.suggestions_panel.model
        column = [header for header, _ in model.columns].index("Found by")
        found_by = {model.index(row, 0).data(): model.index(row, column).data() for row in range(model.rowCount())}
        assert found_by["Port Alder"] == "spaCy"
        assert found_by["Marta Lindqvist"] == found_by["Tomas Ek"] == "rules"
        assert list(found_by.values()).count("spaCy") == 1
    finally:
        spacy_ner._pipeline.cache_clear()
        spacy_ner._entities.cache_clear()
        sys.modules.pop("spacy", None)


def test_the_speaker_column_is_wide_enough_for_its_title(window: MainWindow) -> None:
    _open(window, "harbour_council.txt")
    window.suggest_action.trigger()
    window.suggesting.show("claim")
    header = window.suggestions_panel.table.horizontalHeader()
    assert header.sectionSize(2) >= header.sectionSizeHint(2)  # what Qt needs to show the title uncut


def test_enter_on_words_annotated_elsewhere_says_nothing_was_accepted(window: MainWindow, qtbot: object) -> None:
    """(An outside tester's fault, stop 36: the status bar said "Accepted 1 suggestion(s)." when the words had been
    marked otherwise in another window meanwhile, and nothing was accepted.)"""
    document_id = _open(window, "harbour_council.txt")
    window.suggest_action.trigger()
    first = window.suggestions[0]
    other = "ORG" if first.type != "ORG" else "PERSON"
    window.service.annotate(document_id, AnnotationInput(kind=Kind.ENTITY, start=first.start, end=first.end,
                                                         label=other))  # another window, not yet seen here
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage().startswith("Nothing accepted: those words are already annotated")
    marked = [a for a in window.service.annotations(document_id) if a.target.start == first.start]
    assert [a.label for a in marked] == [other]  # the other window's annotation, as it was
    second = window.suggestions[1]
    window.suggestions_panel.set_current(1)
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == "Accepted 1 suggestion(s)."
    assert any(a.target.start == second.start for a in window.service.annotations(document_id))


def test_the_dock_empties_when_the_open_document_is_removed_in_another_window(window: MainWindow,
                                                                              qtbot: object) -> None:
    """(An outside tester's fault, stop 36: the rows and their enabled buttons stayed after the document went.)"""
    document_id = _open(window, "harbour_council.txt")
    window.suggest_action.trigger()
    panel = window.suggestions_panel
    assert panel.model.rowCount() > 20
    other = ReaderService.open(window.service.folder, annotator="Cleo", isolated=False)  # another window
    try:
        other.remove_document(document_id)
    finally:
        other.close()
    assert window.check_external_changes()  # type: ignore[attr-defined]  # the window's poll
    assert window.document is None
    assert panel.model.rowCount() == 0 and not any(b.isEnabled() for b in panel.buttons.values())
    assert panel.status.text() == "No document open: open one to see its suggestions."
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.service.annotations(document_id) == []
