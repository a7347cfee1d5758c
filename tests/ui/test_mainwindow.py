"""The desktop app, driven like a user: open, select, press a key, see it, edit, undo, search, reopen."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from annotations.edits import AnnotationEdit
from annotations.model import ClaimStatus, Kind
from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample as _open, select_quote as _select


def test_select_and_press_a_type_key_marks_an_entity_everywhere(window: MainWindow, qtbot: object) -> None:
    _open(window, "grid_shortfall.html")
    start, end = _select(window, "Helena Brandt")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    [annotation] = window.annotations
    assert annotation.label == "PERSON" and annotation.target.exact == "Helena Brandt"
    assert annotation.creator == "Trainer"
    marks = window.text_view.visible_marks()
    assert [(m.start, m.end) for m in marks] == [(start, end)]
    assert any(sel.cursor.selectedText() == "Helena Brandt" for sel in window.text_view.extraSelections())
    assert window.annotation_model.rows()[0].text == "Helena Brandt"
    assert window.library_panel.model.rows()[0].entities == 1
    assert window.inspector.annotation_id() == annotation.id


def test_claim_key_then_inspector_edits_speaker_status_grading_and_tags(window: MainWindow, qtbot: object) -> None:
    _open(window, "grid_shortfall.html")
    _select(window, "He denied that the company had delayed the repairs")
    qtbot.keyClick(window.text_view, Qt.Key.Key_C)  # type: ignore[attr-defined]
    [claim] = window.annotations
    assert claim.claim is not None and claim.claim.status is ClaimStatus.UNVERIFIED
    inspector = window.inspector
    inspector.speaker.setText("Jonas Albrecht")
    inspector.speaker.editingFinished.emit()
    inspector.status.setCurrentText("disputed")
    inspector.status.activated.emit(inspector.status.currentIndex())
    inspector.reliability.setCurrentText("C")
    inspector.reliability.activated.emit(inspector.reliability.currentIndex())
    inspector.credibility.setCurrentText("3")
    inspector.credibility.activated.emit(inspector.credibility.currentIndex())
    inspector.tags.setText("fire, repairs")
    inspector.tags.editingFinished.emit()
    claim = window.annotations[0]
    assert claim.claim.status is ClaimStatus.DISPUTED and claim.claim.grading == "C3"  # type: ignore[union-attr]
    assert claim.tags == ("fire", "repairs")
    assert window.service.entity(claim.claim.speaker_id).name == "Jonas Albrecht"  # type: ignore[union-attr,arg-type]
    row = window.claim_model.rows()[0]
    assert (row.speaker, row.status, row.grade) == ("Jonas Albrecht", "disputed", "C3")


def test_undo_and_redo_across_panels(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    window.annotating.edit(window.annotations[0].id, AnnotationEdit(note="chairman of the cooperative"))
    assert window.undo_action.text() == "Undo Edit entity"
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert window.annotations[0].note == ""
    window.undo()
    assert window.annotations == [] and window.text_view.marks() == []
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert len(window.annotations) == 1 and window.annotation_model.rowCount() == 1


def test_click_selects_delete_removes_tab_steps(window: MainWindow, qtbot: object,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("reader.ui.annotating.ask_delete", lambda *args: False)  # (the entity's question: its own test)
    _open(window, "harbour_council.txt")
    for quote, key in (("Tomas Ek", Qt.Key.Key_1), ("Claire Dubois", Qt.Key.Key_1), ("Oslo", Qt.Key.Key_3)):
        _select(window, quote)
        qtbot.keyClick(window.text_view, key)  # type: ignore[attr-defined]
    ids = [a.id for a in window.annotations]
    window.text_view.select_range(0, 0)
    window.text_view.select_annotation(None)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.inspector.annotation_id() == ids[0]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert window.inspector.annotation_id() == ids[1]
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert [a.id for a in window.annotations] == [ids[0], ids[2]]


def test_mark_all_occurrences_is_one_undoable_step(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    from reader.ui.mark_all import MarkAllDialog

    monkeypatch.setattr(MarkAllDialog, "exec", lambda dialog: 1)  # OK with every mention ticked (its own tests)
    _open(window, "harbour_council.txt")
    _select(window, "Lindqvist")
    window.annotating.annotate_selection(Kind.ENTITY, "PERSON")
    window.annotating.mark_all()
    assert len(window.annotations) == 2
    assert len({a.entity_id for a in window.annotations}) == 1
    window.undo()
    assert len(window.annotations) == 1


def test_search_finds_it_and_a_click_opens_the_document_at_it(window: MainWindow) -> None:
    first = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    window.annotating.annotate_selection(Kind.ENTITY, "PERSON")
    target = window.annotations[0].id
    _open(window, "grid_shortfall.html")
    window.navigation.search("type:person ek")
    html = window.search_panel.results.toHtml()
    assert "Tomas" in html and "1 match" in window.search_panel.summary.text()
    window.search_panel.openRequested.emit(first, target)
    assert window.document.id == first and window.inspector.annotation_id() == target  # type: ignore[union-attr]


def test_everything_is_there_after_closing_and_reopening(window: MainWindow, library_dir: Path, qtbot: object) -> None:
    doc_id = _open(window, "harbour_council.txt")
    _select(window, "European Investment Bank")
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # type: ignore[attr-defined]
    window.close()
    window.service.close()
    service = ReaderService.open(library_dir, isolated=False)
    again = MainWindow(service)
    qtbot.addWidget(again)  # type: ignore[attr-defined]
    again.open_document(doc_id)
    assert [(a.label, a.target.exact) for a in again.annotations] == [("ORG", "European Investment Bank")]
    assert again.undo_action.text() == "Undo Add entity"
    service.close()
    window.service = ReaderService.open(library_dir, isolated=False)  # for the fixture's close


def test_wrong_input_shows_a_message_and_changes_nothing(window: MainWindow) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    window.annotating.annotate(Kind.ENTITY, "ALIEN", *window.text_view.selected_range())  # type: ignore[misc]
    assert "Unknown entity type" in window.last_error and window.annotations == []


def test_twenty_thousand_highlights_draw_only_the_visible_ones(window: MainWindow, qtbot: object) -> None:
    """Regression for PySide6 6.12's crash after thousands of ExtraSelection.cursor assignments."""
    from reader.ui.text_view import Mark

    text = "\n".join(f"Line {i} mentions Maria Zakharova and the Kremlin." for i in range(20_000))
    window.text_view.set_document(text)
    marks = []
    pos = 0
    for i in range(20_000):
        start = text.index("Maria Zakharova", pos)
        marks.append(Mark(f"a{i}", start, start + 15, "#E69F00", "entity"))
        pos = start + 1
    window.text_view.set_marks(marks)
    drawn = len(window.text_view.extraSelections())
    assert 0 < drawn < 200
    for value in range(0, window.text_view.verticalScrollBar().maximum(), 500):
        window.text_view.verticalScrollBar().setValue(value)
    assert 0 < len(window.text_view.extraSelections()) < 200


def test_screenshot_command_renders_a_png(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = tmp_path / "shot.png"
    env = dict(os.environ, DOSSIER_LIBRARY=str(tmp_path / "lib"), DOSSIER_IN_PROCESS="1")
    done = subprocess.run([sys.executable, "main.py", "--screenshot", str(out), "--theme", "dark"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 10_000


def test_no_display_says_so_and_points_to_the_cli(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from tests.conftest import ROOT

    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["DOSSIER_LIBRARY"] = str(tmp_path / "lib")
    done = subprocess.run([sys.executable, "main.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "no display" in done.stderr and "--help" in done.stderr


def test_missing_xcb_libraries_are_named_as_debian_packages(monkeypatch: object) -> None:
    import ctypes.util

    from reader.ui import app

    monkeypatch.setenv("DISPLAY", ":0")  # type: ignore[attr-defined]
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)  # type: ignore[attr-defined]
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: None if name == "xcb-cursor" else "lib.so")  # type: ignore[attr-defined]
    assert app.missing_system_libraries() == ["libxcb-cursor0"]
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")  # type: ignore[attr-defined]
    assert app.missing_system_libraries() == []


def test_entities_panel_groups_mentions_cycles_and_merges(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    for quote, n in (("Lindqvist", 1), ("Lindqvist", 2)):
        _select(window, quote, n)
        qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    _select(window, "Marta Lindqvist")
    window.annotating.annotate(Kind.ENTITY, "PERSON", *window.text_view.selected_range())  # type: ignore[misc]
    rows = window.entities_panel.model.rows()
    assert sorted((r.name, r.mentions) for r in rows) == [("Lindqvist", 2), ("Marta Lindqvist", 1)]
    lindqvist = next(r for r in rows if r.name == "Lindqvist")
    first, second = (window.entities_panel.next_mention(lindqvist) for _ in range(2))
    assert first != second and window.entities_panel.next_mention(lindqvist) == first
    marta = next(r for r in rows if r.name == "Marta Lindqvist")
    window.entities_panel.mergeRequested.emit(marta.id, lindqvist.id)
    [merged] = window.entities_panel.model.rows()
    assert (merged.name, merged.mentions, merged.aliases) == ("Marta Lindqvist", 3, "Lindqvist")
    window.undo()
    assert len(window.entities_panel.model.rows()) == 2


def test_settings_name_the_annotator_and_survive_a_restart(window: MainWindow, tmp_path: Path) -> None:
    from reader.ui.settings import Settings

    settings = Settings(tmp_path / "settings.ini")
    settings.annotator = "Ana Trainee"
    settings.font_size = 17
    settings.sync()
    again = Settings(tmp_path / "settings.ini")
    assert (again.annotator, again.font_size, again.theme) == ("Ana Trainee", 17, "light")
    window.settings = again
    window.apply_settings()
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    window.annotating.annotate_selection(Kind.HIGHLIGHT)
    assert window.annotations[0].creator == "Ana Trainee"
    assert window.text_view.font().pointSize() == 17


def test_annotation_filter_and_facet_links(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    for quote, key in (("Tomas Ek", Qt.Key.Key_1), ("Oslo", Qt.Key.Key_3), ("Nobody has shown us", Qt.Key.Key_C)):
        _select(window, quote)
        qtbot.keyClick(window.text_view, key)  # type: ignore[attr-defined]
    panel = window.annotations_panel
    panel.kind.setCurrentText("claim")
    assert len(panel.visible_ids()) == 1
    panel.kind.setCurrentIndex(0)
    panel.filter.setText("place")
    assert [window.annotations[i].target.exact for i in range(3) if window.annotations[i].id in panel.visible_ids()] == ["Oslo"]
    window.navigation.search("*")
    assert 'href="facet:kind:entity"' in window.search_panel.summary.text()
    window.search_panel.add_facet("facet:kind:claim")
    assert window.search_panel.query.text() == "kind:claim"
    assert "1 match" in window.search_panel.summary.text()


def test_codebook_editor_adds_a_type_with_a_key_and_recolours(window: MainWindow, qtbot: object) -> None:
    from reader.ui.codebook_editor import CodebookEditor

    _open(window, "harbour_council.txt")
    editor = CodebookEditor(window.service.codebook(), window)
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    from annotations.codebook import EntityType

    editor.codebook = editor.edited().with_entity_type(EntityType("VESSEL", "Vessel", "#333333", "8"))
    editor._fill()
    editor.types.item(0, 2).setText("#112233")  # PERSON's colour
    window._run(lambda: window.service.library.set_codebook(editor.edited()))
    assert any(a.text() == "8 Vessel" for a in window.type_actions)
    _select(window, "herring boats")
    qtbot.keyClick(window.text_view, Qt.Key.Key_8)  # type: ignore[attr-defined]
    assert window.annotations[0].label == "VESSEL"
    assert window.service.codebook().entity_type("PERSON").color == "#112233"
    editor.types.item(1, 3).setText("8")  # a duplicate key is refused
    import pytest

    from annotations.errors import ValidationError
    with pytest.raises(ValidationError, match="each used once"):
        editor.edited()


def test_recent_documents_and_trash(window: MainWindow, tmp_path: Path) -> None:
    from reader.ui.settings import Settings

    window.settings = Settings(tmp_path / "settings.ini")
    first = _open(window, "harbour_council.txt")
    second = _open(window, "grid_shortfall.html")
    assert window.settings.recent == [second, first]
    window.library.fill_recent(window.recent_menu)
    assert [a.text() for a in window.recent_menu.actions()][0].startswith("Grid operator")
    window._applied(window.service.remove_document(first))
    assert [r.id for r in window.library_panel.model.rows()] == [second]
    window.library.show_trash()
    from PySide6.QtWidgets import QListWidget

    items = window.library.trash_dialog.findChild(QListWidget)
    assert items.count() == 1
    from PySide6.QtWidgets import QPushButton

    restore = window.library.trash_dialog.findChild(QPushButton)
    assert not restore.isEnabled()  # (nothing chosen yet)
    items.item(0).setSelected(True)
    assert restore.isEnabled()
    restore.click()
    assert sorted(r.id for r in window.library_panel.model.rows()) == sorted([first, second])
    assert [items.item(i).text() for i in range(items.count())] == ["The trash is empty."]  # (it showed an empty
    assert not restore.isEnabled() and not items.item(0).flags()  # list and a live Restore: the window tester, stop 60)
    window.undo()  # back in the trash: back in the open list (it stayed out; a tester, stop 58)
    assert items.count() == 1 and items.item(0).data(Qt.ItemDataRole.UserRole) == first
    window.library.trash_dialog.close()
    window.redo()  # the closed dialog no longer listens


def test_a_note_is_stored_while_typing_without_leaving_the_field(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    window.inspector.note.setFocus()
    qtbot.keyClicks(window.inspector.note, "chairman since 2019")  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.service.annotations(window.document.id)[0].note == "chairman since 2019",  # type: ignore[attr-defined,union-attr]
                    timeout=5000)


def test_dropped_files_are_added_in_the_background_with_errors_listed(window: MainWindow, qtbot: object,
                                                                       samples: Path) -> None:
    (samples / "broken.pdf").write_bytes(b"%PDF-1.7 not really")
    with qtbot.waitSignal(window.filesAdded, timeout=60_000) as blocker:  # type: ignore[attr-defined]
        window.library.add_files([str(samples / "harbour_council.txt"), str(samples / "broken.pdf"),
                          str(samples / "flood_review.pdf")])
    added, errors = blocker.args
    assert len(added) == 2 and len(errors) == 1 and "broken.pdf" in errors[0]
    assert len(window.library_panel.model.rows()) == 2
    assert "broken.pdf" in window.last_error
    window.navigation.search("title:flood")
    assert "match" in window.search_panel.summary.text()


def test_export_dialog_previews_and_saves_and_import_merges(window: MainWindow, qtbot: object, tmp_path: Path) -> None:
    doc_id = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # type: ignore[attr-defined]
    dialog = window.library.export()
    dialog.format.setCurrentIndex(0)  # Markdown
    assert "Tomas Ek" in dialog.preview.toPlainText()
    dialog.format.setCurrentIndex(dialog.format.findData("dossier"))  # bundle
    target = tmp_path / "out.dossier"
    dialog.with_documents.setChecked(True)
    dialog.save(str(target))
    assert target.exists() and dialog.result() == 1
    window.undo()  # re-importing our own export after deleting must not bring the annotation back
    window.library.import_file(str(target), confirm=False)
    assert window.annotations == []
    from annotations.library import Library

    teammate = Library.open(tmp_path / "teammate")  # a teammate's bundle does add what is new
    from annotations.bundle import read_bundle

    teammate.import_bundle(read_bundle(target.read_bytes()), allow_orphans=True)
    s = window.document.text.index("Claire Dubois")  # type: ignore[union-attr]
    from annotations.library import AnnotationInput
    from annotations.model import Kind

    teammate.annotate(doc_id, AnnotationInput(Kind.ENTITY, s, s + 13, label="PERSON"), creator="bo")
    (tmp_path / "bo.dossier").write_bytes(teammate.export_bundle([doc_id], "bo"))
    teammate.close()
    window.library.import_file(str(tmp_path / "bo.dossier"), confirm=False)
    assert [a.target.exact for a in window.annotations] == ["Claire Dubois"]


def test_conflicts_dialog_takes_theirs(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    from annotations.bundle import read_bundle
    from annotations.library import Library

    doc_id = _open(window, "harbour_council.txt")
    _select(window, "Nobody has shown us")
    window.annotating.annotate_selection(Kind.CLAIM)
    claim_id = window.annotations[0].id
    other = Library.open(tmp_path / "other")
    other.import_bundle(read_bundle(window.service.library.export_bundle([doc_id], "me", with_documents=True)))
    other.set_claim(claim_id, speaker_name="Tomas Ek")
    other.edit_annotation(claim_id, note="theirs")
    window.annotating.edit(claim_id, AnnotationEdit(note="mine"))
    window.service.library.import_bundle(read_bundle(other.export_bundle([doc_id], "bo")))
    other.close()
    [merge_conflicts] = [a for a in window.findChildren(QAction) if a.text() == "Merge conflicts…"]
    merge_conflicts.trigger()  # File > Merge conflicts…
    dialog = window.library.conflicts_dialog
    assert dialog.items.count() == 1 and "theirs" in dialog.detail.toHtml() and "mine" in dialog.detail.toHtml()
    shown = dialog.detail.toPlainText()
    # only the note is contested; bo's speaker is merged already and kept whichever is chosen
    assert "note ≠" in shown and "speaker ≠" not in shown and "status ≠" not in shown
    assert "speaker (bo's change, kept either way)" in shown and "Tomas Ek" in shown
    [take] = [b for b in dialog.findChildren(QPushButton) if b.text() == "Take theirs"]
    qtbot.mouseClick(take, Qt.MouseButton.LeftButton)
    assert dialog.items.count() == 0
    dialog.close()
    assert window.service.annotations(doc_id)[0].note == "theirs"
    assert window.service.annotations(doc_id)[0].claim.speaker_id is not None  # type: ignore[union-attr]


def test_toolbar_buttons_keep_a_short_label_and_say_it_all_in_the_tooltip(window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QToolBar

    _open(window, "harbour_council.txt")
    quote = "Nobody has shown us a single study of what happens to the fish"
    _select(window, quote)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    main = window.findChild(QToolBar, "toolbar-main")
    button = main.widgetForAction(window.undo_action)  # type: ignore[union-attr]
    assert window.undo_action.text().startswith("Undo Add entity")  # the Edit menu says it in full
    assert button.text() == "Undo" and "Undo Add entity" in button.toolTip()
    types = window.findChild(QToolBar, "toolbar-types")
    assert types is not None
    for action in window.type_actions:  # none pushed into the overflow menu
        widget = types.widgetForAction(action)
        assert widget is not None and widget.isVisible()


def test_codebook_editor_warns_of_a_colour_too_close_to_another(window: MainWindow, qtbot: object,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QColorDialog

    from reader.ui.codebook_editor import CodebookEditor

    editor = CodebookEditor(window.service.codebook(), window)
    qtbot.addWidget(editor)  # type: ignore[attr-defined]
    editor.show()
    assert editor.warning.isHidden()  # the shipped colours are told apart
    org, person = editor.codebook.entity_type("ORG").color, editor.codebook.entity_type("PERSON").color
    person_row = next(r for r in range(editor.types.rowCount()) if editor.types.item(r, 0).text() == "PERSON")
    editor.types.setCurrentCell(person_row, 2)
    near = QColor(org).lighter(104).name()
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *args: QColor(near)))
    qtbot.mouseClick(editor.colour_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert editor.types.item(person_row, 2).text() == near.upper()
    assert editor.types.item(person_row, 2).background().color().name() == near  # the swatch follows
    assert editor.warning.isVisible() and "Person and Organisation" in editor.warning.text()
    monkeypatch.setattr(QColorDialog, "getColor", staticmethod(lambda *args: QColor(person)))  # put back
    qtbot.mouseClick(editor.colour_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert editor.warning.isHidden(), editor.warning.text()


def test_the_hint_says_how_to_open_a_document_while_none_is_open(window: MainWindow, qtbot: object) -> None:
    """The hint on marking text stood over an empty view (the window-core tester, stop 60)."""
    from reader.ui.window_docks import HINT, NO_DOCUMENT

    assert window.hint.text() == NO_DOCUMENT
    doc_id = _open(window, "harbour_council.txt")
    assert window.hint.text() == HINT
    window._applied(window.service.remove_document(doc_id))
    assert window.document is None and window.hint.text() == NO_DOCUMENT
