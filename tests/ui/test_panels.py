"""Issue 15, driven like a user: Document > Properties… and the library's context menu edit a document's
properties (one undo step); the library keeps its columns and selection across refreshes and does not
call its own add "another window"; the Annotations dock shows readable cards; the theme's page and
selection colours are the ones the codebook colours were checked against."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from annotations.colour_check import too_close
from reader.ui.document_properties import DocumentPropertiesDialog
from reader.ui.mainwindow import MainWindow
from reader.ui.theme import PAGE, SELECTION, apply_theme
from tests.ui.window_steps import open_sample as _open, select_quote as _select


def _menu_action(win: MainWindow, menu_title: str, text: str):  # type: ignore[no-untyped-def]
    menu = next(a.menu() for a in win.menuBar().actions() if a.text().replace("&", "") == menu_title)
    return next(a for a in menu.actions() if a.text() == text)


def _dialog(win: MainWindow) -> DocumentPropertiesDialog:
    dialog = getattr(win, "properties_dialog", None)
    assert isinstance(dialog, DocumentPropertiesDialog) and dialog.isVisible()
    return dialog


def test_document_menu_properties_edits_title_and_source_as_one_undo_step(window: MainWindow, qtbot: QtBot) -> None:
    doc_id = _open(window, "harbour_council.txt")
    before = window.service.document(doc_id).title
    _menu_action(window, "Document", "Properties…").trigger()
    dialog = _dialog(window)
    assert dialog.title.text() == before
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Harbour barrier approved")
    qtbot.keyClicks(dialog.authors, "Ines Varga; Tomas Ek")
    qtbot.keyClicks(dialog.outlet, "Port Alder Gazette")
    qtbot.keyClicks(dialog.date, "2025-3-14")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.reliability.setCurrentIndex(dialog.reliability.findData("B"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    record = window.service.document(doc_id)
    assert (record.title, record.authors, record.publisher, record.published, record.language, record.reliability) == (
        "Harbour barrier approved", ("Ines Varga", "Tomas Ek"), "Port Alder Gazette", "2025-03-14", "en", "B")
    assert window.windowTitle() == "Harbour barrier approved — Dossier"
    [row] = window.library_panel.model.rows()
    assert row.title == "Harbour barrier approved" and "Port Alder Gazette · B" == row.source
    assert "Source reliability: B (usually reliable)" in row.tooltip
    assert window.library_panel.current_id() == doc_id  # the row stays selected
    assert window.undo_action.text().startswith("Undo Properties")
    window.undo_action.trigger()
    assert window.service.document(doc_id).title == before and window.service.document(doc_id).reliability == ""
    assert window.windowTitle() == f"{before} — Dossier"
    assert window.library_panel.model.rows()[0].title == before


def test_library_context_menu_properties_refuses_a_bad_date_in_the_dialog(window: MainWindow, qtbot: QtBot) -> None:
    doc_id = _open(window, "grid_shortfall.html")
    generation = window.service.library.store.generation
    menu = window.library_panel.context_menu(doc_id)
    next(a for a in menu.actions() if a.text() == "Properties…").trigger()
    dialog = _dialog(window)
    dialog.date.clear()
    qtbot.keyClicks(dialog.date, "last Tuesday")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "YYYY" in dialog.error.text()  # stays open, says what is wrong
    assert window.service.library.store.generation == generation
    dialog.date.clear()
    qtbot.keyClicks(dialog.date, "2025-10-02")
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Winter power shortfall")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and window.service.document(doc_id).title == "Winter power shortfall"
    assert window.service.search("title:shortfall", scope="documents").hits


def test_library_keeps_columns_and_selection_when_annotating_and_adding(window: MainWindow, qtbot: QtBot,
                                                                        samples: Path) -> None:
    first = _open(window, "harbour_council.txt")
    _open(window, "grid_shortfall.html")
    window.open_document(first)
    panel = window.library_panel
    header = panel.table.horizontalHeader()
    assert panel.current_id() == first
    widths = [header.sectionSize(i) for i in range(header.count())]
    assert sum(w for i, w in enumerate(widths) if not header.isSectionHidden(i)) <= panel.table.viewport().width() + 2
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert window.library_panel.model.rows()[0].entities == 1
    assert panel.current_id() == first and [header.sectionSize(i) for i in range(header.count())] == widths
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):
        window.library.add_files([str(samples / "field_notes.md")])
    assert len(panel.model.rows()) == 3 and panel.current_id() == first
    assert [header.sectionSize(i) for i in range(header.count())] == widths
    window.watch.poll()  # the next poll finds nothing new: the add was ours
    assert "another window" not in window.statusBar().currentMessage()


def test_polls_during_our_own_add_do_not_report_another_window(window: MainWindow, qtbot: QtBot, samples: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.tasks import AddFilesTask

    polled: list[bool] = []
    start = AddFilesTask.start_with_progress

    def watched(task: AddFilesTask) -> None:  # the window's 2-s poll, fired after each file the task commits
        task.progress.connect(lambda done, total: polled.append(window.watch.poll()))
        start(task)

    monkeypatch.setattr(AddFilesTask, "start_with_progress", watched)
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):
        window.library.add_files([str(samples / "harbour_council.txt"), str(samples / "field_notes.md")])
    assert polled == [False, False] and len(window.library_panel.model.rows()) == 2
    assert "another window" not in window.statusBar().currentMessage()
    assert window.watch.poll() is False  # and nothing is left over to report afterwards


def test_annotations_dock_shows_cards_with_the_whole_quote_and_the_type_colour(window: MainWindow,
                                                                               qtbot: QtBot) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    quote = "Nobody has shown us a single study of what happens to the fish"
    _select(window, quote)
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    claim = next(a for a in window.annotations if a.kind.value == "claim")
    window._run(lambda: window.service.edit_annotation(claim.id, note="Check with the cooperative.\nSecond line",
                                                       tags=("fisheries",)))
    panel = window.annotations_panel
    window.docks["annotations"].raise_()
    qtbot.waitUntil(lambda: panel.list.isVisible())
    person = next(a for a in window.annotations if a.label == "PERSON")
    card = panel.card_rect(claim.id)
    viewport = panel.list.viewport().width()
    assert card.width() >= viewport - 6  # the card spans the dock, no 20-px column
    lines = panel.list.fontMetrics().lineSpacing()
    assert card.height() >= 4 * lines  # chip, the quote, the note, the tags
    image = panel.list.viewport().grab().toImage()
    chip = panel.card_rect(person.id).topLeft() + QPoint(2 + 8 + 2, 2 + 8 + 2)
    colour = window.service.codebook().entity_type("PERSON").color
    got = image.pixelColor(chip * image.devicePixelRatio() if image.devicePixelRatio() != 1 else chip)
    assert abs(got.red() - QColor(colour).red()) + abs(got.green() - QColor(colour).green()) + abs(
        got.blue() - QColor(colour).blue()) < 30
    tooltip = panel.proxy.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert quote in tooltip and "Check with the cooperative." in tooltip and "#fisheries" in tooltip
    panel.filter.setText("cooperative")  # the note is searched too
    assert panel.visible_ids() == [claim.id]
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=panel.card_rect(claim.id).center())
    assert window.session.selected == claim.id


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_theme_page_and_selection_are_what_the_codebook_colours_were_checked_against(
        window: MainWindow, theme: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    try:
        apply_theme(app, theme)  # type: ignore[arg-type]
        palette = app.palette()
        page = palette.color(QPalette.ColorRole.Base).name()
        selection = palette.color(QPalette.ColorRole.Highlight).name()
        assert (page, selection) == (PAGE[theme], SELECTION[theme])
        assert too_close(window.service.codebook(), page, selection) == []
    finally:
        apply_theme(app, "light")


def test_a_claim_dragged_with_its_quotation_marks_is_not_quoted_twice(window: MainWindow, qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    from reader.ui.annotations_panel import card_quote
    from reader.ui.models import ROW_ROLE
    from tests.ui.test_selection import drag, open_article
    text = "Kyiv, May 2 - The minister said: “We will not give an inch to Russia.” Talks resume on Monday."
    open_article(window, tmp_path, text)
    start = text.index("“We")
    drag(qtbot, window.text_view, start, text.index("”") + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)
    claim = next(a for a in window.annotations if a.kind.value == "claim")
    assert claim.target.exact == "“We will not give an inch to Russia.”"
    panel = window.annotations_panel
    rows = [panel.list.model().index(i, 0).data(ROW_ROLE) for i in range(panel.list.model().rowCount())]
    shown = [card_quote(r.text) for r in rows if r.id == claim.id]
    assert shown == ["“We will not give an inch to Russia.”"]
    assert card_quote("Russia said no") == "“Russia said no”" and card_quote("the Ukrainians’") == "“the Ukrainians’”"


def test_properties_keeps_last_first_and_suffixed_authors_whole(window: MainWindow, qtbot: QtBot) -> None:
    doc_id = _open(window, "harbour_council.txt")
    _menu_action(window, "Document", "Properties…").trigger()
    dialog = _dialog(window)
    dialog.authors.selectAll()
    qtbot.keyClicks(dialog.authors, "Maria Jose Garcia; O'Neil, Jr.; Roe, Jane")  # (QTest types ASCII only)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.service.document(doc_id).authors == ("Maria Jose Garcia", "O'Neil, Jr.", "Roe, Jane")


def test_a_right_to_left_quote_on_a_card_keeps_its_marks_where_they_open_and_close() -> None:
    """An Arabic name made the whole card line right to left, its “ ” shown reversed (”يوسف الخطيب“; an outside
    tester, stop 55): the quote is isolated inside the marks, the line stays left to right."""
    from reader.ui.cards import card_quote

    assert card_quote("يوسف الخطيب") == "“\u2068يوسف الخطيب\u2069”"
    assert card_quote("Ada Moe") == "“Ada Moe”" and card_quote("“אמר דוד”") == "“אמר דוד”"  # (its own marks: as typed)
