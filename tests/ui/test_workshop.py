"""Workshops in the app: presentation mode stepping (clicker keys, reveal, filters, Esc) and the exercise
window's diff against an answer key (rows, filters, marks in the reading view, report export)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from annotations.bundle import write_bundle
from annotations.codebook import default_codebook
from annotations.library import AnnotationInput
from annotations.model import Kind
from annotations.workshop.deck import DeckFilter
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.core.workshop.exercise_data import C1, DOC_ID, TEXT, Builder, key, trainee_a, trainee_b


def _annotated(win: MainWindow) -> str:
    result = win.service.add_file(SAMPLES / "harbour_council.txt")
    assert result.record is not None
    doc = result.record
    def mark(quote: str, **kw: object) -> None:
        start = doc.text.index(quote)
        win.service.annotate(doc.id, AnnotationInput(start=start, end=start + len(quote), **kw))  # type: ignore[arg-type]
    mark("Marta Lindqvist", kind=Kind.ENTITY, label="PERSON")
    mark("Tomas Ek", kind=Kind.ENTITY, label="PERSON")
    mark("Nobody has shown us a single study of what happens to the fish", kind=Kind.CLAIM, speaker_name="Tomas Ek",
         status="disputed", note="Two studies exist (2019, 2022).", tags=("fisheries",))
    mark("sea levels in the estuary had risen 11 centimetres since 1990", kind=Kind.CLAIM, speaker_name="Anil Mehta",
         status="supported", claim_type="statistic")
    win.refresh_library()
    win.open_document(doc.id)
    return doc.id


def test_presentation_steps_with_clicker_keys_and_esc_leaves(window: MainWindow, qtbot: object) -> None:
    _annotated(window)
    pw = window.workshop.start_presentation(show_notes=True)
    assert pw is not None and pw.isFullScreen()
    assert pw.deck.counter() == "1 / 4" and pw.view.font().pointSize() == 26
    assert len(pw.view.marks()) == 4 and pw.view._selected == pw.deck.items[0].id
    for key_ in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        qtbot.keyClick(pw, key_)  # type: ignore[attr-defined]
    assert pw.deck.position == 3 and "Speaker Anil Mehta" in pw.caption_text()
    assert "Status supported" in pw.caption_text() and pw.counter.text() == "4 / 4"
    assert "  " not in pw.caption_text() and " · Status supported" in pw.caption_text()  # (it read "Claim  · Status")
    current = [m for m in pw.view.marks() if m.annotation_id == pw.deck.items[3].id][0]
    dimmed = [m for m in pw.view.marks() if m.annotation_id == pw.deck.items[0].id][0]
    assert current.color == window._colors()["claim"] and dimmed.color != window._colors()["PERSON"]
    qtbot.keyClick(pw, Qt.Key.Key_PageUp)  # type: ignore[attr-defined]
    assert "Two studies exist" in pw.caption_text() and "fisheries" in pw.caption_text()
    qtbot.keyClick(pw, Qt.Key.Key_B)  # type: ignore[attr-defined]
    assert pw.stack.currentIndex() == 1  # blanked
    qtbot.keyClick(pw, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert not pw.isVisible() and window.workshop.presentation is None
    assert window.inspector.annotation_id() == pw.deck.items[2].id  # the app carries on where the room was


def test_reveal_mode_and_claims_only(window: MainWindow, qtbot: object) -> None:
    _annotated(window)
    pw = window.workshop.start_presentation(DeckFilter("claims"), reveal=True)
    assert pw is not None and len(pw.deck) == 2 and pw.view.marks() == []
    assert "hidden" in pw.caption_text()
    qtbot.keyClick(pw, Qt.Key.Key_Right)  # type: ignore[attr-defined]
    assert len(pw.view.marks()) == 1 and "Claim" in pw.caption_text()
    qtbot.keyClick(pw, Qt.Key.Key_End)  # type: ignore[attr-defined]
    assert len(pw.view.marks()) == 2
    qtbot.keyClick(pw, Qt.Key.Key_Home)  # type: ignore[attr-defined]
    assert pw.view.marks() == []
    pw.close()


def _bundles(tmp_path: Path, with_text: bool = False) -> tuple[Path, list[Path]]:
    paths = []
    for name, builder, flag in (("key", key(), True), ("ana", trainee_a(), False), ("ben", trainee_b(), False)):
        b = builder.bundle(answer_key=flag, with_text=with_text and flag)
        path = tmp_path / f"{name}.dossier"
        path.write_bytes(write_bundle(b.annotations, b.entities, b.documents, default_codebook(), b.creator,
                                      answer_key=flag, with_text=with_text and flag))
        paths.append(path)
    return paths[0], paths[1:]


def test_exercise_window_shows_the_diff_in_the_reading_view(window: MainWindow, qtbot: object, tmp_path: Path) -> None:
    article = tmp_path / "moscow.txt"
    article.write_bytes(TEXT.encode())
    added = window.service.add_file(article)
    assert added.record is not None and added.record.id == DOC_ID
    key_path, trainees = _bundles(tmp_path)
    cw = window.workshop.show_comparison(key_path, trainees)
    assert cw is not None and cw.view.toPlainText() == TEXT and not cw.missing.isVisibleTo(cw)
    assert [r.cells[0] for r in cw.class_model.rows()] == ["Ana", "Ben", "Class mean"]
    assert cw.class_model.rows()[0].cells[1:6] == ("0.60", "0.60", "0.60", "0.80", "1")
    rows = cw.diff_model.rows()
    assert len(rows) == 8 and len(cw.view.marks()) == 8
    assert sum(r.group == "missed" for r in rows) == 2
    zakharova = next(r for r in rows if r.text == "Maria Zakharova")
    assert (zakharova.status, zakharova.trainee_text) == ("boundary: too short", "Zakharova")
    start = TEXT.index("Zakharova")
    assert (start, start + len("Zakharova"), "#E65100", False) in cw.view.suggestions()  # the trainee's span, dashed
    for group in ("both", "boundary"):
        cw.filters[group].setChecked(False)
    rows = cw.diff_model.rows()
    assert [(r.status, r.text, r.trainee_text) for r in rows] == [
        ("wrong type", "Russia", "Russia"), ("missed", "The EU denied it.", "—"), ("extra", "—", "Paris was calm.")]
    assert rows[0].type == "PLACE → ORG"
    assert {m.color for m in cw.view.marks()} == {"#C62828", "#6A1B9A", "#1565C0"}
    cw.diff_table.clicked.emit(cw.diff_model.index(1, 0))
    assert cw.view._selected == rows[1].id
    cw.view.annotationSelected.emit(rows[2].id)
    assert cw.diff_table.selectionModel().selectedRows()[0].row() == 2
    cw.trainee_box.setCurrentIndex(1)  # Ben: every key item found, so nothing is missed or extra
    assert cw.diff_model.rows() == [] and "Ben" in cw.scores.text()
    cw.filters["both"].setChecked(True)
    assert len(cw.diff_model.rows()) == 7
    assert any("speaker: key Maria Zakharova, trainee Russia" in r.detail for r in cw.diff_model.rows())
    out = window.workshop.export_exercise_report(str(tmp_path / "report.html"))
    assert out is not None and "Krippendorff" in out.read_text()


def test_exercise_window_uses_the_text_the_key_carries(window: MainWindow, tmp_path: Path) -> None:
    key_path, trainees = _bundles(tmp_path, with_text=True)
    cw = window.workshop.show_comparison(key_path, trainees[:1])
    assert cw is not None and cw.view.toPlainText() == TEXT and not cw.missing.isVisibleTo(cw)
    assert cw.class_model.rows()[-1].cells[0] == "Ana"  # one trainee: no class mean
    key_path, trainees = _bundles(tmp_path)
    cw = window.workshop.show_comparison(key_path, trainees[:1])
    assert cw is not None and cw.missing.isVisibleTo(cw) and cw.view.marks() == []


def test_a_broken_bundle_is_reported_not_shown(window: MainWindow, tmp_path: Path) -> None:
    key_path, _ = _bundles(tmp_path)
    bad = tmp_path / "bad.dossier"
    bad.write_bytes(b"nope")
    assert window.workshop.show_comparison(key_path, [bad]) is None
    assert window.last_error.startswith("bad.dossier: This is not a .dossier bundle")


def _menu_action(window: MainWindow, text: str) -> QAction:
    found = [a for a in window.findChildren(QAction) if a.text() == text]
    assert len(found) == 1, text
    return found[0]


def test_importing_an_answer_key_asks_first(window: MainWindow, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    key_path, _ = _bundles(tmp_path)
    asked: list[tuple[str, str]] = []
    answers = [QMessageBox.StandardButton.No]

    def question(parent: QWidget, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append((title, text))
        return answers.pop(0) if answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_path), ""))
    importing = _menu_action(window, "Import bundle or PDF annotations…")
    importing.trigger()
    assert asked[0][0] == "Import an answer key?"
    assert "key.dossier is a trainer's answer key (by Trainer)" in asked[0][1]
    assert asked[0][1].endswith("This is a trainer's answer key — import anyway?")
    assert len(asked) == 1 and window.service.annotations(DOC_ID) == []  # No: nothing was imported
    asked.clear()
    importing.trigger()  # Yes to the key, then Yes to the summary (and to orphans: the article is not here)
    assert asked[0][0] == "Import an answer key?" and len(asked) >= 2
    imported = window.service.annotations(DOC_ID)
    assert len(imported) == 7
    store = window.service.library.store
    assert {store.provenance(a.id)["exported_by"] for a in imported} == {"Trainer (answer key)"}  # type: ignore[index]


def test_exercise_window_names_the_bundles_it_did_not_score(window: MainWindow, tmp_path: Path) -> None:
    """The same trainee's bundle given twice is scored once; the window says which file was left out, as
    `compare` and the report do."""
    article = tmp_path / "moscow.txt"
    article.write_bytes(TEXT.encode())
    window.service.add_file(article)
    key_path, trainees = _bundles(tmp_path)
    again = tmp_path / "ana-again.dossier"
    again.write_bytes(trainees[0].read_bytes())
    cw = window.workshop.show_comparison(key_path, [*trainees, again])
    assert cw is not None
    assert sorted(r.cells[0] for r in cw.class_model.rows()) == ["Ana", "Ben", "Class mean"]  # Ana once
    assert "Not scored: ana.dossier — the same bundle as ana-again.dossier" in cw.summary.text()
    cw.grab().save(str(tmp_path / "exercise-dropped.png"))


def test_workshop_compare_scores_the_class_around_an_unreadable_bundle(window: MainWindow, tmp_path: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """Workshop > Compare with one truncated trainee file among good ones: the exercise window opens with the
    others scored, and names the refused file with its reason among those not scored."""
    key_path, trainees = _bundles(tmp_path)
    cut = tmp_path / "cut.dossier"
    cut.write_bytes(trainees[0].read_bytes()[:300])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(trainees[0]), str(cut),
                                                                          str(trainees[1])], ""))
    _menu_action(window, "Compare trainees with an answer key…").trigger()
    cw = window.workshop.comparison
    assert cw is not None and cw.isVisible()
    assert [r.cells[0] for r in cw.class_model.rows()] == ["Ana", "Ben", "Class mean"]
    assert "Not scored: cut.dossier — refused: " in cw.summary.text()


def test_the_exercise_window_shows_the_trainee_s_notes_in_detail_and_tooltip(
        window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nia wrote why she disputes C1 and a note on a mark she got right: the row's Detail has each note, and its
    tooltip the whole row with the note as written."""
    key_path, _ = _bundles(tmp_path)
    nia = Builder("Nia")
    nia.mention("Maria Zakharova", "PERSON")
    nia.annotations[-1] = replace(nia.annotations[-1], note="spokeswoman of the ministry")
    nia.claim(C1, "Maria Zakharova", "supported", note="supported:\nthe ministry confirmed it on Tuesday")
    b = nia.bundle()
    path = tmp_path / "nia.dossier"
    path.write_bytes(write_bundle(b.annotations, b.entities, b.documents, default_codebook(), b.creator))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(key_path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(path)], ""))
    _menu_action(window, "Compare trainees with an answer key…").trigger()
    cw = window.workshop.comparison
    assert cw is not None
    rows = {r.text: r for r in cw.diff_model.rows()}
    claim, mention = rows[C1], rows["Maria Zakharova"]
    assert claim.detail == ("status: key disputed, trainee supported; "
                            "trainee's note: supported: the ministry confirmed it on Tuesday")
    assert mention.status == "both" and mention.detail == "trainee's note: spokeswoman of the ministry"
    row = cw.diff_model.row_of(claim.id)
    tip = cw.diff_model.index(row, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "Trainee's note: supported:\nthe ministry confirmed it on Tuesday" in tip
    cw.resize(1024, 700)
    cw.grab().save("/work/audit40/fix/A-exercise-notes.png")
