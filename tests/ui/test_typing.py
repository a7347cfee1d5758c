"""Typing into the Inspector as a person does: real key events into the focused field, with pauses longer
than the note's autosave (700 ms), so the save and the refresh it causes happen between keystrokes."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample as _open, select_quote as _select

SETTLE_MS = 15_000
"""How long a test waits at most for the autosave timer (700 ms) to fire on a loaded machine."""


def _focused(qtbot: object, window: MainWindow) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _press(qtbot: object, window: MainWindow, key: Qt.Key) -> None:
    """A key press into whatever has the focus (what a keyboard does)."""
    qtbot.keyClick(_focused(qtbot, window), key)  # type: ignore[attr-defined]


def _type(qtbot: object, window: MainWindow, text: str) -> None:
    qtbot.keyClicks(_focused(qtbot, window), text)  # type: ignore[attr-defined]


def _focus(qtbot: object, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def test_a_note_typed_with_a_pause_is_stored_as_typed(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_1)
    [entity] = window.annotations
    _focus(qtbot, window, window.inspector.note)
    _type(qtbot, window, "First part.")

    def stored() -> str:
        return window.service.annotations(entity.document_id)[0].note

    # a pause: the autosave timer fires, the note is stored and the views refresh (in the same slot), then
    # typing goes on
    qtbot.waitUntil(lambda: stored() == "First part.", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    _type(qtbot, window, " Second part.")
    qtbot.waitUntil(lambda: stored() != "First part.", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    assert window.inspector.note.toPlainText() == "First part. Second part."
    assert stored() == "First part. Second part."


def test_speaker_and_tags_keep_what_is_typed_while_another_window_edits(window: MainWindow, qtbot: object,
                                                                       library_dir: Path) -> None:
    """The window refreshes the shown annotation when another window edits the library (polled every 2 s);
    a field being typed in keeps its text and cursor through that refresh."""
    doc = _open(window, "harbour_council.txt")
    _select(window, "Nobody has shown us a single study of what happens to the fish")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_C)
    [claim] = window.annotations
    assert window.inspector.speaker.hasFocus()  # C puts the cursor in Speaker
    other = ReaderService.open(library_dir, annotator="Other", isolated=False)
    try:
        _type(qtbot, window, "Tomas")
        other.edit_annotation(claim.id, note="from the other window")
        # the poll (a real 2 s timer) picks the other window's edit up and refreshes the inspector
        qtbot.waitUntil(lambda: window.inspector.note.toPlainText() == "from the other window",  # type: ignore[attr-defined]
                        timeout=SETTLE_MS)
        _type(qtbot, window, " Ek")
        _press(qtbot, window, Qt.Key.Key_Return)  # stores the speaker
        _focus(qtbot, window, window.inspector.tags)
        _type(qtbot, window, "fisheries")
        other.edit_annotation(claim.id, note="again from the other window")
        qtbot.waitUntil(lambda: window.inspector.note.toPlainText() == "again from the other window",  # type: ignore[attr-defined]
                        timeout=SETTLE_MS)
        _type(qtbot, window, ", council")
        _press(qtbot, window, Qt.Key.Key_Return)
    finally:
        other.close()
    [stored] = window.service.annotations(doc)
    assert stored.claim is not None and stored.claim.speaker_id is not None
    speaker = window.service.entity(stored.claim.speaker_id)
    assert speaker is not None and speaker.name == "Tomas Ek"
    assert stored.tags == ("fisheries", "council") and stored.note == "again from the other window"
    assert window.inspector.tags.text() == "fisheries, council"
    assert window.inspector.note.toPlainText() == "again from the other window"  # not focused: reloaded


def test_n_puts_the_cursor_in_the_note_and_typing_stores_a_note(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    assert window.inspector.note.hasFocus()
    _type(qtbot, window, "Check C and H with 1 source")  # letters that are shortcuts in the text view
    document_id = window.annotations[0].document_id
    qtbot.waitUntil(lambda: window.service.annotations(document_id)[0].note != "",  # type: ignore[attr-defined]
                    timeout=SETTLE_MS)
    [note] = window.service.annotations(document_id)
    assert note.kind.value == "note" and note.note == "Check C and H with 1 source"
    assert note.claim is None


def test_steady_typing_is_stored_before_it_pauses(window: MainWindow, qtbot: object,
                                                  monkeypatch: object) -> None:
    """Keys 200 ms apart never leave a pause for the autosave (made 60 s here, so only the deadline can store);
    the note is stored within the deadline (made 1 s here) while the typing goes on: a crash then loses
    seconds, not the whole burst (an outside tester, stop 40: 9 s of steady typing, a kill, an empty note)."""
    inspector = window.inspector
    inspector._note_timer.setInterval(60_000)  # type: ignore[attr-defined]
    inspector._note_deadline.setInterval(1_000)  # type: ignore[attr-defined]
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_1)
    [entity] = window.annotations
    _focus(qtbot, window, inspector.note)

    def stored() -> str:
        return window.service.annotations(entity.document_id)[0].note

    typed = ""
    for word in "steady typing with no pause at all goes on and on".split():
        _type(qtbot, window, word + " ")
        typed += word + " "
        qtbot.wait(200)  # type: ignore[attr-defined]  # (the next key comes before any pause could end)
        if stored():
            break
    assert stored() and typed.startswith(stored())
    assert inspector.note.toPlainText() == typed  # the typing went on untouched by the save


def test_tab_leaves_the_note_for_the_next_field(window: MainWindow, qtbot: object) -> None:
    """The Inspector is a form: Tab in the note went into the note as a tab character and was stored with it
    (an outside tester, stop 54); it now moves on, and the note is stored as typed."""
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    _type(qtbot, window, "Seen twice.")
    _press(qtbot, window, Qt.Key.Key_Tab)
    assert not window.inspector.note.hasFocus()
    document_id = window.annotations[0].document_id
    qtbot.waitUntil(lambda: window.service.annotations(document_id)[0].note != "",  # type: ignore[attr-defined]
                    timeout=SETTLE_MS)
    assert window.service.annotations(document_id)[0].note == "Seen twice."


def test_a_refused_autosave_shows_one_box_and_the_typing_goes_on_in_the_note(window: MainWindow, qtbot: object,
                                                                             monkeypatch: object) -> None:
    """A full disk refused each autosave of a note being typed: a box came up at each attempt and, activated, took
    the keys typed next (an outside tester, stop 54). One box for one message, and the keys stay in the note;
    once the disk takes writes again, the note is stored as typed."""
    from PySide6.QtWidgets import QMessageBox

    from annotations.errors import StoreError

    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    document_id = window.annotations[0].document_id
    real_edit = window.service.edit
    full = [True]

    def edit(annotation_id: str, edit: object) -> object:
        if full[0]:
            raise StoreError("The disk is full; nothing was stored.")
        return real_edit(annotation_id, edit)  # type: ignore[arg-type]

    monkeypatch.setattr(window.service, "edit", edit)  # type: ignore[attr-defined]
    _type(qtbot, window, "First words")
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)), timeout=SETTLE_MS)  # type: ignore[attr-defined]
    _type(qtbot, window, " and more")
    qtbot.waitUntil(lambda: window.last_error is not None, timeout=SETTLE_MS)  # type: ignore[attr-defined]
    qtbot.wait(1500)  # type: ignore[attr-defined]  # past the next autosave, refused again
    assert window.inspector.note.hasFocus() and window.inspector.note.toPlainText() == "First words and more"
    assert len([b for b in window.findChildren(QMessageBox) if b.isVisible()]) == 1
    full[0] = False
    _type(qtbot, window, ".")
    qtbot.waitUntil(lambda: window.service.annotations(document_id)[0].note == "First words and more.",  # type: ignore[attr-defined]
                    timeout=SETTLE_MS)


def test_after_a_document_opened_from_a_menu_the_reading_view_has_the_keys(window: MainWindow, qtbot: object,
                                                                          tmp_path: Path) -> None:
    """File > Recent chosen while typing in the Inspector: the field emptied and nothing had the focus, so the type
    keys did nothing until a click (an outside tester, stop 54). The reading view takes the keys."""
    from reader.ui.settings import Settings

    window.settings = Settings(tmp_path / "settings.ini")  # (Recent lists what the settings remember)
    other = _open(window, "flood_review.pdf")
    first = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    _type(qtbot, window, "seen")
    window.recent_menu.aboutToShow.emit()  # File > Recent opens
    [entry] = [a for a in window.recent_menu.actions() if "Flood" in a.text()]
    entry.trigger()
    assert window.document is not None and window.document.id == other
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.page_view or  # type: ignore[attr-defined]
                    window.page_view.isAncestorOf(QApplication.focusWidget()))
    assert [a.note for a in window.service.annotations(first)] == ["seen"]  # the typing was kept


def test_ctrl_z_in_the_note_is_the_librarys_undo_one_edit_at_a_time(window: MainWindow, qtbot: object) -> None:
    """Ctrl+Z in the note was the field's own undo: "abc" stored, " def" typed, Ctrl+Z emptied the field, and the
    empty note was stored over "abc" when the annotation was left (an outside tester, stop 54). It is Edit > Undo:
    the typing is stored, then taken back, one edit at a time; Ctrl+Shift+Z brings it back."""
    _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    [note] = window.annotations

    def stored() -> str:
        return window.service.annotations(note.document_id)[0].note

    _type(qtbot, window, "abc")
    qtbot.waitUntil(lambda: stored() == "abc", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    _type(qtbot, window, " def")
    qtbot.keyClick(window.inspector.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: stored() == "abc" and window.inspector.note.toPlainText() == "abc")  # type: ignore[attr-defined]
    qtbot.keyClick(window.inspector.note, Qt.Key.Key_Z,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: stored() == "abc def")  # type: ignore[attr-defined]
    window.select_annotation(note.id)
    assert stored() == "abc def"


def test_typing_another_window_saved_over_first_is_said_to_be_set_aside(window: MainWindow, qtbot: object,
                                                                       library_dir: Path) -> None:
    """Two windows typed into one note at once; the one whose words were set aside read "Open conflict with a change
    that arrived while you typed" and "Updated with changes made in another window" — as if its words had won (an
    outside tester, stop 57). It now says its typing was set aside, and where it waits."""
    from annotations.edits import AnnotationEdit

    doc = _open(window, "harbour_council.txt")
    _select(window, "Tomas Ek")
    _focus(qtbot, window, window.text_view)
    _press(qtbot, window, Qt.Key.Key_N)
    [note] = window.annotations
    _type(qtbot, window, "Line one.")
    qtbot.waitUntil(lambda: window.service.annotations(doc)[0].note == "Line one.", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    base = window.service.annotations(doc)[0]
    _type(qtbot, window, " BBB")  # this window's typing, saved at its pause
    qtbot.waitUntil(lambda: window.service.annotations(doc)[0].note == "Line one. BBB", timeout=SETTLE_MS)  # type: ignore[attr-defined]
    other = ReaderService.open(library_dir, annotator="Other", isolated=False)
    try:  # the other window's typing, begun on the same version, saved a moment later: its words win there
        other.edit(note.id, AnnotationEdit(note="Line one. AAA", note_base="Line one.", base_rev=base.rev))
    finally:
        other.close()
    assert window.service.annotations(doc)[0].note == "Line one. AAA"
    qtbot.waitUntil(lambda: "set aside" in window.statusBar().currentMessage(), timeout=SETTLE_MS)  # type: ignore[attr-defined]
    assert "Merge conflicts" in window.statusBar().currentMessage()
    window.select_annotation(note.id)
    assert window.inspector.conflict.isVisible() and "Your typing was set aside" in window.inspector.conflict.text()
    [conflict] = window.service.conflicts()
    assert conflict.theirs.note == "Line one. BBB"  # kept, to be taken back
    window.service.resolve_conflict(conflict.id, take_theirs=True)
    window.refresh_annotations()
    window.select_annotation(note.id)
    assert not window.inspector.conflict.isVisible()
