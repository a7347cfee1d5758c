"""The search panel shows what the library holds now: after the note of a listed hit is edited in the
Inspector, the hit is deleted (Delete) or brought back (Ctrl+Z), the shown query runs again (it listed the old
note as a hit until searched again); a hidden panel runs it when it shows again. A query that cannot be read
says why and lists no hits (the previous query's hits stayed under the message, as if they were its answer)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from reader.ui.mainwindow import MainWindow
from tests.ui.window_steps import open_sample as _open, select_quote as _select

SETTLE_MS = 15_000
"""How long a test waits at most for the note's autosave timer (700 ms) to fire on a loaded machine."""
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _focus(qtbot: object, window: MainWindow, widget: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # type: ignore[attr-defined]
    widget.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]


def _search(qtbot: object, window: MainWindow, query: str) -> None:
    """Ctrl+Shift+F, type the query over the old one, Enter."""
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    box = window.search_panel.query
    assert box.hasFocus()
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(box, query)  # type: ignore[attr-defined]
    qtbot.keyClick(box, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def _listed(window: MainWindow) -> str:
    return window.search_panel.results.toPlainText()


def _summary(window: MainWindow) -> str:
    return window.search_panel.summary.text()


def _live(window: MainWindow) -> dict[str, str]:
    """The open document's live annotations in the library: id -> note."""
    assert window.document is not None
    return {a.id: a.note for a in window.service.annotations(window.document.id)}


def _type_note(qtbot: object, window: MainWindow, annotation_id: str, text: str) -> None:
    """Select all of the Inspector's note, type `text` and wait for the autosave timer to store it."""
    note = window.inspector.note
    _focus(qtbot, window, note)
    qtbot.keyClick(note, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClicks(note, text)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: _live(window).get(annotation_id) == text, timeout=SETTLE_MS)  # type: ignore[attr-defined]


def _highlight(qtbot: object, window: MainWindow, quote: str) -> str:
    _select(window, quote)
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_H)  # type: ignore[attr-defined]
    [mark] = [a for a in window.annotations if a.target.exact == quote]
    return mark.id


def test_the_shown_hits_follow_edits_deletion_and_undo(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    mark = _highlight(qtbot, window, "Tomas Ek")
    _type_note(qtbot, window, mark, "probeword to check")
    _search(qtbot, window, "probeword")
    assert "1 match" in _summary(window) and "probeword" in _listed(window)

    _type_note(qtbot, window, mark, "zanzibar instead")
    assert "0 match" in _summary(window)  # was "1 match(es)" with the old note listed
    assert "probeword" not in _listed(window) and "No matches" in _listed(window)

    _search(qtbot, window, "zanzibar")
    assert "1 match" in _summary(window) and "zanzibar" in _listed(window)
    window.select_annotation(mark)
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert mark not in _live(window)
    assert "0 match" in _summary(window) and "zanzibar" not in _listed(window)  # no stale hit to click

    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert "1 match" in _summary(window) and "zanzibar" in _listed(window)


def test_a_hidden_panel_runs_its_query_again_when_it_shows(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    mark = _highlight(qtbot, window, "Tomas Ek")
    _type_note(qtbot, window, mark, "probeword")
    _search(qtbot, window, "probeword")
    assert "probeword" in _listed(window)
    dock = window.docks["search"]
    dock.toggleViewAction().trigger()  # View > Search: closed
    assert not dock.isVisible()
    _type_note(qtbot, window, mark, "zanzibar")
    assert "1 match" in _summary(window)  # closed: not searched on every autosave
    dock.toggleViewAction().trigger()  # View > Search: back, as a tab behind the library
    _type_note(qtbot, window, mark, "zanzibar again")
    assert "1 match" in _summary(window)  # behind a tab: not searched either
    _focus(qtbot, window, window.text_view)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL_SHIFT)  # type: ignore[attr-defined]
    assert "0 match" in _summary(window) and "probeword" not in _listed(window)  # on screen: up to date


def test_a_refused_query_lists_no_old_hits(window: MainWindow, qtbot: object) -> None:
    _open(window, "harbour_council.txt")
    _highlight(qtbot, window, "Tomas Ek")
    _search(qtbot, window, "Tomas")
    assert "Tomas Ek" in _listed(window)
    for refused in ("(((", "status:"):
        _search(qtbot, window, refused)
        assert "Cannot understand the query" in _summary(window)
        assert "Tomas" not in _listed(window) and "not run" in _listed(window)
        assert "dossier:" not in window.search_panel.results.toHtml()  # no link left to click
