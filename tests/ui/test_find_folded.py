"""Find in the document (Ctrl+F, typed, Enter) folds like library search — ß/ss, case, apostrophes, ґ/г,
ё/е, Arabic diacritics — and selects the ORIGINAL characters, so the mark key then annotates what was found
(bug: on a PDF, a match found in case-folded text, where "ß" is "ss", was applied to the original text)."""
from __future__ import annotations

from pathlib import Path

import pymupdf
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow


def _open(window: MainWindow, path: Path) -> None:
    result = window.service.add_file(path)
    assert result.record is not None
    window.refresh_library()
    window.open_document(result.record.id)


def _find(window: MainWindow, qtbot: QtBot, typed: str) -> None:
    """Ctrl+F, type the words, Enter — as a user does."""
    focused = QApplication.focusWidget() or window
    qtbot.keyClick(focused, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_box.hasFocus()  # and the last words selected: typing replaces them (they were appended to)
    for ch in typed:  # a key event per character, carrying its text (QTest.keyClicks is ASCII only)
        QTest.sendKeyEvent(QTest.KeyAction.Click, window.find_box, Qt.Key.Key_unknown, ch,
                           Qt.KeyboardModifier.NoModifier)
    assert window.find_box.text() == typed
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)


def _german_pdf(path: Path) -> Path:
    with pymupdf.open() as pdf:
        page = pdf.new_page(width=595, height=842)
        page.insert_htmlbox(pymupdf.Rect(72, 72, 523, 700),
                            "<p>Die Größe der Straße ist groß und die Grüße sind herzlich.</p>"
                            "<p>Köln liegt am Rhein, sagte der Bürgermeister in Köln.</p>")
        pdf.save(path)
    return path


def test_find_in_a_pdf_after_sharp_s_then_the_mark_key_annotates_the_word_found(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open(window, _german_pdf(tmp_path / "koeln.pdf"))
    window.activateWindow()
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    text = window.document.text  # type: ignore[union-attr]
    for typed, expected in (("Köln", "Köln"), ("bürgermeister", "Bürgermeister"), ("Strasse", "Straße")):
        _find(window, qtbot, typed)
        selected = canvas.selected_range()
        assert selected is not None and text[selected[0]:selected[1]] == expected, typed
    _find(window, qtbot, "Bürgermeister")
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_1)
    [annotation] = window.annotations
    assert annotation.label == "PERSON" and annotation.target.exact == "Bürgermeister"


def test_enter_again_finds_the_next_occurrence_in_a_pdf(window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    _open(window, _german_pdf(tmp_path / "koeln.pdf"))
    window.activateWindow()
    canvas = window.page_view.canvas
    qtbot.waitUntil(lambda: 0 in canvas.cached_pages(), timeout=10_000)
    text = window.document.text  # type: ignore[union-attr]
    _find(window, qtbot, "KÖLN")
    first = canvas.selected_range()
    qtbot.keyClick(window.find_box, Qt.Key.Key_Return)
    second = canvas.selected_range()
    assert first is not None and second is not None and first[0] < second[0]
    assert text[first[0]:first[1]] == text[second[0]:second[1]] == "Köln"


def test_find_in_the_text_view_folds_like_search_and_marks_the_original(
        window: MainWindow, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mixed.txt"
    path.write_text("Звіт\n\nУ п’ятницю міністр дав ґрунтовні відповіді. Ёлки стоят у дороги.\n\n"
                    "وقال زِيلِينسكِي في القَاهِرَةِ إن الاتفاق مهم.\n\nDie Straße in Köln.\n", encoding="utf-8")
    _open(window, path)
    window.activateWindow()
    view = window.text_view
    text = window.document.text  # type: ignore[union-attr]
    for typed, expected in (("п'ятницю", "п’ятницю"), ("грунтовні", "ґрунтовні"), ("елки", "Ёлки"),
                            ("القاهرة", "القَاهِرَةِ"), ("Strasse", "Straße")):
        _find(window, qtbot, typed)
        selected = view.selected_range()
        assert selected is not None and text[selected[0]:selected[1]] == expected, typed
    _find(window, qtbot, "زيلينسكي")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1)
    [annotation] = window.annotations
    assert annotation.target.exact == "زِيلِينسكِي"


def test_escape_in_the_find_box_goes_back_to_the_text_with_the_match_selected(window: MainWindow, qtbot: QtBot) -> None:
    """After Ctrl+F, typing and Enter, the mark key typed into the find box ("Hart Island3") and Escape did nothing
    there (the window-core tester, stop 60): Escape now returns to the reading view with the match still selected,
    so the next key marks it."""
    from tests.conftest import SAMPLES

    _open(window, SAMPLES / "harbour_council.txt")
    _find(window, qtbot, "tomas ek")
    qtbot.keyClick(window.find_box, Qt.Key.Key_Escape)
    assert window.text_view.hasFocus() and window.find_box.text() == "tomas ek"
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    assert [(a.target.exact, a.label) for a in window.annotations] == [("Tomas Ek", "PERSON")]
