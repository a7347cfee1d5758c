"""Passing through the Inspector's fields stores nothing (found by an outside tester, stop 39): a tag holding a
comma ("a,b" — from the CLI, a bundle, a Zotero PDF) is shown on the comma-separated tag line as two, and leaving
the line split it into two tags; a note holding "\\r\\n" is shown with "\\n", and leaving the note field stored it
so; and Edit > Undo, which first stores what is typed, stored that rewrite and undid it instead of the person's last
edit. A field left as it was shown is no edit."""
from __future__ import annotations

from PySide6.QtCore import Qt

from annotations.model import Kind
from reader.services import AnnotationInput
from reader.ui.cards import foot_line
from reader.ui.mainwindow import MainWindow
from reader.ui.models import annotation_rows
from tests.ui.test_typing import _focus
from tests.ui.window_steps import open_sample


def _setup(window: MainWindow) -> tuple[str, str, str]:
    doc = open_sample(window)
    text = window.service.document(doc).text
    start = text.index("Nobody has shown us a single study")
    claim, changes = window.service.annotate(doc, AnnotationInput(Kind.CLAIM, start, start + 40, tags=("a,b", "x|y")))
    window.session.apply(changes)  # (made as the CLI or an import would: such values are not typed)
    start = text.index("Tomas Ek")
    mark, changes = window.service.annotate(doc, AnnotationInput(Kind.HIGHLIGHT, start, start + 8,
                                                                 note="line one\r\nline two\rline three"))
    window.session.apply(changes)
    return doc, claim.id, mark.id


def _stored(window: MainWindow, doc: str, annotation_id: str) -> tuple[tuple[str, ...], str, str]:
    a = next(a for a in window.service.annotations(doc) if a.id == annotation_id)
    return a.tags, a.note, a.rev


def test_visiting_the_fields_stores_nothing(window: MainWindow, qtbot: object) -> None:
    doc, claim, mark = _setup(window)
    for annotation_id in (claim, mark):
        before = _stored(window, doc, annotation_id)
        window.select_annotation(annotation_id)
        _focus(qtbot, window, window.inspector.tags)
        _focus(qtbot, window, window.inspector.note)
        _focus(qtbot, window, window.inspector.tags)
        _focus(qtbot, window, window.text_view)
        qtbot.wait(1000)  # type: ignore[attr-defined]  # past the note's autosave interval
        assert _stored(window, doc, annotation_id) == before


def test_undo_takes_back_the_last_edit_not_a_rewrite(window: MainWindow, qtbot: object) -> None:
    doc, claim, mark = _setup(window)
    count = len(window.service.annotations(doc))  # the highlight was the last edit
    window.select_annotation(claim)
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert len(window.service.annotations(doc)) == count - 1
    assert _stored(window, doc, claim)[0] == ("a,b", "x|y")


def test_a_tag_added_keeps_the_tag_holding_a_comma(window: MainWindow, qtbot: object) -> None:
    doc, claim, _ = _setup(window)
    window.select_annotation(claim)
    _focus(qtbot, window, window.inspector.tags)
    window.inspector.tags.end(False)
    qtbot.keyClicks(window.inspector.tags, ", new")  # type: ignore[attr-defined]
    qtbot.keyClick(window.inspector.tags, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert set(_stored(window, doc, claim)[0]) == {"a,b", "x|y", "new"}


def test_editing_a_piece_of_a_tag_holding_a_comma_keeps_the_other_piece(window: MainWindow, qtbot: object) -> None:
    """'a,b, x|y' edited to 'a,c, x|y' had stored ('x|y', 'c'): the "a" typed was lost (a reviewer's case)."""
    doc, claim, _ = _setup(window)
    window.select_annotation(claim)
    _focus(qtbot, window, window.inspector.tags)
    window.inspector.tags.selectAll()
    qtbot.keyClicks(window.inspector.tags, "a,c, x|y")  # type: ignore[attr-defined]
    qtbot.keyClick(window.inspector.tags, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert set(_stored(window, doc, claim)[0]) == {"a", "c", "x|y"}


def test_a_tag_holding_a_comma_is_shown_as_one(window: MainWindow, qtbot: object) -> None:
    """The tag line quotes it and the card shows it whole ('"a,b", x|y'; the card had said "#a #b #x|y"), and a
    tag typed in quotes is one tag."""
    doc, claim, _ = _setup(window)
    window.select_annotation(claim)
    assert window.inspector.tags.text() == '"a,b", x|y'
    row = next(r for r in annotation_rows(window.service.annotations(doc), {}, {}) if r.id == claim)
    assert foot_line(row).startswith("#a,b  #x|y")
    _focus(qtbot, window, window.inspector.tags)
    window.inspector.tags.end(False)
    qtbot.keyClicks(window.inspector.tags, ', "minutes, p.4"')  # type: ignore[attr-defined]
    qtbot.keyClick(window.inspector.tags, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert _stored(window, doc, claim)[0] == ("a,b", "x|y", "minutes, p.4")
