"""break26 bug 3, as the tester did it: Cleo types into a claim's note in the Inspector (real key events) and a
teammate's bundle changing that note is imported by another process before the autosave fires. Her typing
must not be written over the teammate's words: merged when they touch different words, else both kept."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from annotations.anchoring import find_quote
from annotations.bundle import read_bundle
from annotations.edits import AnnotationEdit
from annotations.library import AnnotationInput
from annotations.model import Kind
from reader.services import ReaderService
from tests.conftest import SAMPLES

pytestmark = pytest.mark.gui
V1 = "Ask the council for the fish study before Friday."


@pytest.fixture
def setup(qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[object, ReaderService, str]]:
    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    from reader.ui.mainwindow import MainWindow

    ana = ReaderService.open(tmp_path / "ana", annotator="Ana", isolated=False)
    record = ana.add_file(SAMPLES / "harbour_council.txt").record
    assert record is not None
    s, e = find_quote(record.text, "Nobody has shown us a single study")
    claim, _ = ana.annotate(record.id, AnnotationInput(Kind.CLAIM, s, e, note=V1))
    cleo = ReaderService.open(tmp_path / "cleo", annotator="Cleo", isolated=False)
    cleo.library.import_bundle(read_bundle(ana.export("dossier", [record.id], with_documents=True)))
    window = MainWindow(cleo)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    window.show()
    window.open_document(record.id, claim.id)
    yield window, ana, claim.id
    ana.close()
    cleo.close()


def _type_while_importing(qtbot: object, window: object, ana: ReaderService, claim_id: str, typed: str) -> None:
    note = window.inspector.note  # type: ignore[attr-defined]
    assert window.inspector.annotation_id() == claim_id and note.toPlainText() == V1  # type: ignore[attr-defined]
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(note, typed)  # type: ignore[attr-defined]
    bundle = Path(window.service.folder).parent / "ana.dossier"  # type: ignore[attr-defined]
    bundle.write_bytes(ana.export("dossier", [ana.documents()[0].id]))
    other = ReaderService.open(window.service.folder, annotator="Cleo", isolated=False)  # type: ignore[attr-defined]
    try:  # the CLI's import in another process, before the 700 ms autosave fires
        counts, _ = other.import_file(str(bundle))
        assert counts["updated"] == 1
    finally:
        other.close()
    qtbot.waitUntil(lambda: not window.inspector._note_timer.isActive(), timeout=3000)  # type: ignore[attr-defined]


def test_typing_in_other_words_is_merged_into_the_imported_note(qtbot: object, setup: tuple[object, ReaderService, str]) -> None:
    window, ana, claim_id = setup
    ana.edit_annotation(claim_id, note="Urgent: " + V1)
    _type_while_importing(qtbot, window, ana, claim_id, " Call Marta too.")
    stored = window.service.library.annotation(claim_id)  # type: ignore[attr-defined]
    assert stored.note == "Urgent: " + V1 + " Call Marta too."
    assert "merged" in window.statusBar().currentMessage()  # type: ignore[attr-defined]
    note = window.inspector.note  # type: ignore[attr-defined]
    assert note.toPlainText() == stored.note  # the field shows what was stored (recheck26 bug 5)...
    assert note.textCursor().position() == len(stored.note)  # ...and typing goes on where it was, at the end
    window.check_external_changes()  # type: ignore[attr-defined]  # the window's poll, then leaving the field
    window.inspector.tags.setFocus()  # type: ignore[attr-defined]
    assert window.service.library.annotation(claim_id).note == stored.note  # type: ignore[attr-defined]
    assert not window.service.conflicts() and window.service.undo_label() == "Edit claim"  # type: ignore[attr-defined]


def test_typing_over_the_same_words_keeps_both(qtbot: object, setup: tuple[object, ReaderService, str]) -> None:
    window, ana, claim_id = setup
    ana.edit_annotation(claim_id, note="The study exists: see annex 4.")
    _type_while_importing(qtbot, window, ana, claim_id, " CLEO TYPED THIS")
    service = window.service  # type: ignore[attr-defined]
    assert service.library.annotation(claim_id).note == V1 + " CLEO TYPED THIS"
    assert [c.theirs.note for c in service.conflicts()] == ["The study exists: see annex 4."]
    assert "Merge conflicts" in window.statusBar().currentMessage()  # type: ignore[attr-defined]
    window.grab().save(str(Path(service.folder).parent / "typed-over-import.png"))  # type: ignore[attr-defined]


def test_a_tag_typed_while_an_import_added_another_keeps_both(qtbot: object,
                                                              setup: tuple[object, ReaderService, str]) -> None:
    window, ana, claim_id = setup
    ana.edit_annotation(claim_id, tags=("urgent",))
    tags = window.inspector.tags  # type: ignore[attr-defined]
    tags.setFocus()
    qtbot.keyClicks(tags, "fish")  # type: ignore[attr-defined]
    bundle = Path(window.service.folder).parent / "ana.dossier"  # type: ignore[attr-defined]
    bundle.write_bytes(ana.export("dossier", [ana.documents()[0].id]))
    other = ReaderService.open(window.service.folder, annotator="Cleo", isolated=False)  # type: ignore[attr-defined]
    try:
        assert other.import_file(str(bundle))[0]["updated"] == 1
    finally:
        other.close()
    assert window.check_external_changes()  # type: ignore[attr-defined]  # the window's poll sees the import
    assert tags.text() == "fish"  # the typing is kept while it is not stored
    qtbot.keyClick(tags, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.service.library.annotation(claim_id).tags == ("urgent", "fish")  # type: ignore[attr-defined]


def _type_while_deleted(qtbot: object, window: object, claim_id: str, typed: str) -> object:
    """Type `typed` at the end of the claim's note (real keys), then delete the claim from another process before the
    autosave fires (`dossier delete`); the note field."""
    note = window.inspector.note  # type: ignore[attr-defined]
    note.setFocus()
    qtbot.keyClick(note, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(note, typed)  # type: ignore[attr-defined]
    other = ReaderService.open(window.service.folder, annotator="Cleo", isolated=False)  # type: ignore[attr-defined]
    try:
        other.delete_annotation(claim_id)
    finally:
        other.close()
    return note


def test_typing_while_the_command_line_deletes_it_keeps_the_words(qtbot: object,
                                                                    setup: tuple[object, ReaderService, str]) -> None:
    """`dossier delete` in another process before the autosave fired: the field emptied, "That annotation was
    deleted.", the words gone (an outside tester, stop 52). Now the annotation is back with them, the deletion the
    other side of a conflict."""
    window, _, claim_id = setup
    note = _type_while_deleted(qtbot, window, claim_id, " ANA-TYPED-WORDS")
    qtbot.waitUntil(lambda: not window.inspector._note_timer.isActive(), timeout=3000)  # type: ignore[attr-defined]
    stored = window.service.library.annotation(claim_id)  # type: ignore[attr-defined]
    assert not stored.deleted and stored.note == V1 + " ANA-TYPED-WORDS"
    assert note.toPlainText() == stored.note
    [conflict] = window.service.conflicts()  # type: ignore[attr-defined]
    assert conflict.theirs.deleted
    assert window.statusBar().currentMessage().startswith("It was deleted while you typed")  # type: ignore


def test_a_tag_typed_keeps_the_tag_the_command_line_added_meanwhile(qtbot: object,
                                                                    setup: tuple[object, ReaderService, str]) -> None:
    """`dossier edit --tag from-cli` in another process, then, before the window noticed, a tag typed in the
    Inspector and Return: the whole line was stored and "from-cli" was gone (an outside tester, stop 52)."""
    window, _, claim_id = setup
    other = ReaderService.open(window.service.folder, annotator="Cleo", isolated=False)  # type: ignore[attr-defined]
    try:
        other.edit(claim_id, AnnotationEdit(add_tags=("from-cli",)))
    finally:
        other.close()
    line = window.inspector.tags  # type: ignore[attr-defined]
    assert line.text() == ""  # the window has not looked yet
    line.setFocus()
    qtbot.keyClicks(line, "ana-tag")  # type: ignore[attr-defined]
    qtbot.keyClick(line, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.service.library.annotation(claim_id).tags == ("ana-tag", "from-cli")  # type: ignore[attr-defined]


def test_the_window_seeing_the_deletion_before_the_autosave_shows_the_words_back(
        qtbot: object, setup: tuple[object, ReaderService, str]) -> None:
    """The window's poll saw the deletion before the autosave fired: the words were stored but the Inspector
    went empty, as if they were gone (an outside tester, stop 52)."""
    window, _, claim_id = setup
    note = _type_while_deleted(qtbot, window, claim_id, " TYPED")
    window.check_external_changes()  # type: ignore[attr-defined]  # (its 2 s poll, before the 0.7 s autosave)
    qtbot.waitUntil(lambda: not window.inspector._note_timer.isActive(), timeout=3000)  # type: ignore[attr-defined]
    assert window.service.library.annotation(claim_id).note == V1 + " TYPED"  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: window.inspector.annotation_id() == claim_id)  # type: ignore[attr-defined]
    assert note.toPlainText() == V1 + " TYPED"
