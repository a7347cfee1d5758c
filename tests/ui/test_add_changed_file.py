"""Adding again a file that changed since it was added says what became of its annotations, as the command line's
`add` does: the window said only "Added 1 document(s)." while one annotation was orphaned and another placed on
changed words (an outside tester, stop 52). A notice lists them, and the card of one placed approximately says so."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from annotations.anchoring import find_quote
from annotations.library import AnnotationInput
from annotations.model import AnchorState, Kind
from reader.ui.cards import FUZZY_LINE, card_tooltip
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.test_menus import menu_action


def test_adding_a_changed_file_again_says_what_became_of_its_annotations(window: MainWindow, qtbot: object,
                                                                          tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    article = tmp_path / "harbour.txt"
    text = (SAMPLES / "harbour_council.txt").read_text(encoding="utf-8")
    article.write_text(text, encoding="utf-8")
    record = window.service.add_file(article).record
    assert record is not None
    stored = window.service.library.document(record.id).text
    ids = {}
    for quote in ("Tomas Ek", "Oslo", "Marta Lindqvist"):
        start, end = find_quote(stored, quote)
        ids[quote] = window.service.library.annotate(record.id, AnnotationInput(Kind.ENTITY, start, end,
                                                                                label="PERSON"))[0].id
    sentence = next(line for line in text.splitlines() if "Oslo" in line)
    assert "Tomas Ek" not in sentence and "Marta Lindqvist" not in sentence
    article.write_text(text.replace(sentence, "").replace("Marta Lindqvist", "Marta Lindquist"), encoding="utf-8")
    window.refresh_library()
    window.open_document(record.id)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(article)], ""))
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):  # type: ignore[attr-defined]
        menu_action(window, "&File", "Add files").trigger()

    [notice] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "add-changed" and b.isVisible()]
    assert notice.text().startswith("harbour.txt changed since it was added: the new version replaces it")
    assert "1 placed on words that changed a little (check them" in notice.text()
    assert "1 orphaned: their words are gone" in notice.text()
    assert window.statusBar().currentMessage() == notice.text()
    notice.grab().save(str(tmp_path / "notice.png"))
    anchors = {a.id: a.anchor for a in window.service.library.store.annotations(window.document.id)}  # type: ignore
    assert anchors[ids["Marta Lindqvist"]] is AnchorState.FUZZY and anchors[ids["Oslo"]] is AnchorState.ORPHANED
    [fuzzy] = [r for r in window.annotations_panel.model.rows() if r.id == ids["Marta Lindqvist"]]
    assert fuzzy.fuzzy and FUZZY_LINE in card_tooltip(fuzzy)
    assert not any(r.fuzzy for r in window.annotations_panel.model.rows() if r.id != ids["Marta Lindqvist"])


def test_adding_a_file_that_now_holds_another_document_says_so(window: MainWindow, qtbot: object, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Alpha story\n\nAda Moe said the barrier works.\n", encoding="utf-8")
    b.write_text("Beta story\n\nSam Kerr said it fails.\n", encoding="utf-8")
    window.service.add_file(a)
    window.service.add_file(b)
    a.write_bytes(b.read_bytes())
    window.refresh_library()
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(tmp_path / "a.txt")], ""))
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):  # type: ignore[attr-defined]
        menu_action(window, "&File", "Add files").trigger()
    [notice] = [m for m in window.findChildren(QMessageBox) if m.objectName() == "add-changed" and m.isVisible()]
    assert notice.text().startswith("a.txt now holds the same file as “Beta story”")
    assert "“Alpha story”" in notice.text() and "keeps its annotations" in notice.text()
    notice.grab().save(str(tmp_path / "notice.png"))
