"""The document shown replaced elsewhere by a newer version of its file (its changed file added again by the
command line or another window): the window said it "was moved to the trash" and to restore it from File > Trash
before annotating — the wrong step (an outside tester, stop 59). It opens the newer version and says so; a mark
made on the old one meanwhile is refused with that reason."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from reader.services import ReaderService
from reader.ui.mainwindow import MainWindow
from tests.conftest import SAMPLES
from tests.ui.window_steps import select_quote

SETTLE_MS = 15_000


def test_a_document_replaced_elsewhere_opens_its_newer_version_and_says_so(window: MainWindow, qtbot: QtBot,
                                                                           library_dir: Path, tmp_path: Path) -> None:
    article = tmp_path / "harbour.txt"
    shutil.copy(SAMPLES / "harbour_council.txt", article)
    old = window.service.add_file(article).record
    assert old is not None
    window.refresh_library()
    window.open_document(old.id)
    article.write_text(article.read_text(encoding="utf-8").replace("Tomas Ek", "Tomas Ekholm"), encoding="utf-8")
    other = ReaderService.open(library_dir, annotator="Ben", isolated=False)  # the command line, another window
    try:
        newer = other.add_file(article).record
    finally:
        other.close()
    assert newer is not None and newer.id != old.id
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    select_quote(window, "Marta Lindqvist")
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)  # marked before the window noticed
    qtbot.waitUntil(lambda: window.document is not None and window.document.id == newer.id, timeout=SETTLE_MS)
    assert any("replaced by a newer version of its file" in s for s in said), said
    assert not any("moved to the trash" in s or "restore it" in s for s in said), said
    assert "Tomas Ekholm" in window.document.text
