"""Accept with speaker (F2, a double-click on a claim, the dock's button): the dialog shows the claim and its
suggested speaker, the analyst types the right one (real key events), ticks "all claims suggested with this
speaker" or not, and Enter accepts them in one undoable step with that speaker; an unnamed source is guessed as
typed; Escape accepts nothing; F2 on an entity only says what to select."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotations.unnamed_sources import UNNAMED_SOURCE_TAG
from annotations.library import AnnotationInput
from annotations.model import Annotation, Entity, Kind
from reader.ui.mainwindow import MainWindow
from reader.ui.speaker_dialog import SpeakerDialog
from tests.ui.window_steps import open_sample


def _claims(win: MainWindow) -> list[Annotation]:
    return [a for a in win.annotations if a.claim is not None]


def _speaker(win: MainWindow, claim: Annotation) -> Entity | None:
    return win.service.entity(claim.claim.speaker_id or "")  # type: ignore[union-attr]


def _claim_row(win: MainWindow, begins: str) -> int:
    return next(i for i, s in enumerate(win.suggestions) if s.kind == "claim" and s.exact.startswith(begins))


def answer(qtbot: QtBot, seen: dict[str, object], steps: Callable[[SpeakerDialog], None],
           key: Qt.Key = Qt.Key.Key_Return) -> None:
    """When the dialog opens: note what it shows, act like a person (`steps`), then press `key`."""
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, SpeakerDialog)
        try:
            seen.update(suggested=dialog.suggested.text(), typed=dialog.speaker.text(),
                        every=dialog.every.text() if dialog.every.isVisible() else None)
            steps(dialog)
            seen.update(button=dialog.ok.text(), unnamed=dialog.unnamed.isChecked())
            if "png" in seen:
                dialog.grab().save(str(seen["png"]))
        except BaseException:
            dialog.reject()  # a failing step closes the dialog: the test fails instead of hanging
            raise
        qtbot.keyClick(dialog.speaker, key)
    QTimer.singleShot(0, act)


def retype(qtbot: QtBot, text: str) -> Callable[[SpeakerDialog], None]:
    def steps(dialog: SpeakerDialog) -> None:
        qtbot.keyClick(dialog.speaker, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(dialog.speaker, Qt.Key.Key_Delete)
        if text:
            qtbot.keyClicks(dialog.speaker, text)
            if dialog.speaker.completer().popup().isVisible():
                dialog.speaker.completer().popup().hide()  # Enter then accepts the dialog, not a completion
    return steps


def test_f2_corrects_every_claim_suggested_with_one_speaker_in_one_step(window: MainWindow, qtbot: QtBot,
                                                                       tmp_path: Path) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    row = _claim_row(window, "Its chairman, Tomas Ek, warned")
    window.suggestions_panel.set_current(row)
    seen: dict[str, object] = {"png": tmp_path / "speaker_dialog.png"}

    def steps(dialog: SpeakerDialog) -> None:
        retype(qtbot, "Alder Fishing Cooperative")(dialog)
        qtbot.mouseClick(dialog.every, Qt.MouseButton.LeftButton)
    answer(qtbot, seen, steps)
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_F2)
    assert seen["suggested"] == "Tomas Ek" and seen["typed"] == "Tomas Ek"
    assert seen["every"] == "All 2 claims suggested with “Tomas Ek”" and seen["button"] == "Accept 2 claims"
    claims = _claims(window)
    assert [a.target.exact[:20] for a in claims] == ["Its chairman, Tomas ", "\"Nobody has shown us"]
    speakers = {_speaker(window, a).name for a in claims}  # type: ignore[union-attr]
    assert speakers == {"Alder Fishing Cooperative"}
    assert not any(s.kind == "claim" and s.speaker == "Tomas Ek" for s in window.suggestions)
    assert (tmp_path / "speaker_dialog.png").stat().st_size > 0
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # one step undoes both
    assert not _claims(window)
    assert sum(s.kind == "claim" and s.speaker == "Tomas Ek" for s in window.suggestions) == 2


def test_double_click_accepts_one_claim_with_an_unnamed_source_guessed_as_typed(window: MainWindow,
                                                                                qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggesting.show("claim")
    row = _claim_row(window, "Engineers from Halvorsen")
    table = window.suggestions_panel.table
    table.scrollTo(window.suggestions_panel.model.index(row, 2))
    rect = table.visualRect(window.suggestions_panel.model.index(row, 2))
    seen: dict[str, object] = {}
    answer(qtbot, seen, retype(qtbot, "engineers from Halvorsen & Partners"))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double-click's first press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen["suggested"] == "Halvorsen & Partners" and seen["unnamed"] is True
    assert seen["every"] is None and seen["button"] == "Accept 1 claim"  # the only claim with that speaker
    [accepted] = _claims(window)
    assert accepted.target.exact.startswith("Engineers from Halvorsen")
    assert UNNAMED_SOURCE_TAG in accepted.tags and "engineers from Halvorsen & Partners" in accepted.note
    assert accepted.claim is not None and accepted.claim.speaker_id is None


def test_the_button_accepts_with_no_speaker_when_the_field_is_emptied(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggesting.show("claim")
    window.suggestions_panel.set_current(_claim_row(window, "The European Investment Bank"))
    seen: dict[str, object] = {}
    answer(qtbot, seen, retype(qtbot, ""))
    qtbot.mouseClick(window.suggestions_panel.speaker_button, Qt.MouseButton.LeftButton)
    assert seen["suggested"] == "a council document (unnamed source)"
    [accepted] = _claims(window)
    assert accepted.claim is not None and accepted.claim.speaker_id is None
    assert UNNAMED_SOURCE_TAG not in accepted.tags


def test_escape_accepts_nothing_and_the_suggestion_stays(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    row = _claim_row(window, "Professor Anil Mehta")
    window.suggestions_panel.set_current(row)
    before = list(window.suggestions)
    seen: dict[str, object] = {}
    answer(qtbot, seen, retype(qtbot, "Someone Else"), key=Qt.Key.Key_Escape)
    window.speaker_action.trigger()
    assert seen["suggested"] == "Anil Mehta" and not window.annotations and window.suggestions == before


def test_f2_on_an_entity_says_to_select_a_claim(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggesting.show("entity")
    window.suggestions_panel.set_current(0)
    window.speaker_action.trigger()
    assert QApplication.activeModalWidget() is None and not window.annotations
    assert "Select a claim suggestion first" in window.statusBar().currentMessage()


def test_a_completed_name_is_named_with_its_type_even_in_the_claims_only_view(window: MainWindow,
                                                                              qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggestions_panel.kind.setCurrentIndex(window.suggestions_panel.kind.findData("claim"))
    window.suggesting.show("claim")
    assert all(s.kind == "claim" for s in window.suggestions)
    window.suggestions_panel.set_current(_claim_row(window, "The European Investment Bank"))
    seen: dict[str, object] = {}

    def steps(dialog: SpeakerDialog) -> None:
        retype(qtbot, "")(dialog)
        qtbot.keyClicks(dialog.speaker, "marta")
        seen["unnamed while typing"] = dialog.unnamed.isChecked()  # lower case reads like "officials"
        popup = dialog.speaker.completer().popup()
        assert popup.isVisible()  # the people of the document are offered although only claims are shown
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # picks the completion
        seen.update(picked=dialog.speaker.text(), type=dialog.type_box.currentText())
    answer(qtbot, seen, steps)
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_F2)
    assert seen["unnamed while typing"] is True and seen["picked"] == "Marta Lindqvist"
    assert seen["unnamed"] is False and seen["type"] == "Person"
    [accepted] = _claims(window)
    assert UNNAMED_SOURCE_TAG not in accepted.tags
    speaker = _speaker(window, accepted)
    assert speaker is not None and (speaker.name, speaker.type) == ("Marta Lindqvist", "PERSON")


def test_an_organisation_is_accepted_as_an_organisation(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    window.suggestions_panel.set_current(_claim_row(window, "Engineers from Halvorsen"))
    seen: dict[str, object] = {}
    answer(qtbot, seen, lambda dialog: seen.update(type=dialog.type_box.currentText()))
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_F2)
    assert seen["type"] == "Organisation" and seen["unnamed"] is False
    [accepted] = _claims(window)
    speaker = _speaker(window, accepted)
    assert speaker is not None and (speaker.name, speaker.type) == ("Halvorsen & Partners", "ORG")


def test_f2_while_typing_in_the_find_box_opens_nothing(window: MainWindow, qtbot: QtBot) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    window.suggestions_panel.set_current(_claim_row(window, "Professor Anil Mehta"))
    opened: list[str] = []

    def close_if_open() -> None:  # were it to open, say so and close it rather than hang the test
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, SpeakerDialog):
            opened.append(dialog.suggested.text())
            dialog.reject()
    window.find_box.setFocus()
    qtbot.keyClicks(window.find_box, "Mehta")
    QTimer.singleShot(0, close_if_open)  # armed just before the key, so it also runs inside a dialog's loop
    qtbot.keyClick(window.find_box, Qt.Key.Key_F2)
    qtbot.wait(1)  # let the check above run
    assert opened == [] and not window.annotations


def test_the_button_is_for_claims_only(window: MainWindow) -> None:
    open_sample(window, "harbour_council.txt")
    window.suggest_action.trigger()
    panel = window.suggestions_panel
    panel.set_current(next(i for i, s in enumerate(window.suggestions) if s.kind == "entity"))
    assert not panel.speaker_button.isEnabled()
    panel.set_current(_claim_row(window, "Professor Anil Mehta"))
    assert panel.speaker_button.isEnabled()


def test_the_dialog_shows_an_ampersand_and_refuses_a_name_too_long(qtbot: QtBot) -> None:
    from annotations.suggest import Suggestion
    from annotations.suggest.speaker_choice import speaker_choices
    claims = [Suggestion("claim", i * 50, i * 50 + 40, "x" * 40, "quote", speaker="Halvorsen & Partners",
                         speaker_kind="named", speaker_type="ORG") for i in range(2)]
    dialog = SpeakerDialog(claims[0], claims, speaker_choices(claims, []))
    qtbot.addWidget(dialog)
    assert dialog.every.text() == "All 2 claims suggested with “Halvorsen && Partners”"  # shows one "&"
    dialog.speaker.setText("y" * 501)  # pasted
    assert not dialog.ok.isEnabled() and not dialog.too_long.isHidden()
    dialog.speaker.setText("Halvorsen & Partners")
    assert dialog.ok.isEnabled() and dialog.too_long.isHidden()


def test_the_type_the_analyst_picks_is_kept_beside_an_entity_of_that_name_and_another_type(
        window: MainWindow, qtbot: QtBot) -> None:
    """(An outside tester's fault, stop 36: "Houston" typed as a person was linked to Houston the place.)"""
    document_id = open_sample(window, "harbour_council.txt")
    at = window.service.document(document_id).text.index("Tomas Ek")
    window.service.annotate(document_id, AnnotationInput(kind=Kind.ENTITY, start=at, end=at + 8, label="ORG"))
    window.suggest_action.trigger()
    window.suggestions_panel.set_current(_claim_row(window, "Its chairman, Tomas Ek, warned"))
    seen: dict[str, object] = {}

    def pick_person(dialog: SpeakerDialog) -> None:
        dialog.type_box.setFocus()
        qtbot.keyClicks(dialog.type_box, "Person")  # a combo box selects the item typed
        seen.update(type=dialog.type_box.currentText())
        dialog.speaker.setFocus()
    answer(qtbot, seen, pick_person)
    qtbot.keyClick(window.suggestions_panel.table, Qt.Key.Key_F2)
    assert seen["type"] == "Person"
    [accepted] = _claims(window)
    speaker = _speaker(window, accepted)
    assert speaker is not None and (speaker.name, speaker.type) == ("Tomas Ek", "PERSON")
    assert sorted(e.type for e in window.service.entities() if e.name == "Tomas Ek") == ["ORG", "PERSON"]
