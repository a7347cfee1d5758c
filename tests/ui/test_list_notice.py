"""Notices that list many files show the first few and every one under "Show Details…": 60 changed files made a box
5,000 px tall with its OK button off the screen (an outside tester, stop 57)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.ui.list_notice import SHOWN, list_notice
from reader.ui.mainwindow import MainWindow
from tests.ui.test_menus import menu_action

PARAGRAPH = ("report-{i}.txt changed since it was added: the new version replaces it, and its annotations were "
             "placed again — 3 exactly, 1 placed on words that changed a little (check them), 1 orphaned.")


def test_sixty_items_make_a_box_that_fits_a_screen_with_all_of_them_in_its_details(qtbot: object) -> None:
    items = [PARAGRAPH.format(i=i) for i in range(60)]
    box = list_notice(None, "60 files changed since they were added:", items, "add-changed")
    try:
        assert box.sizeHint().height() < 700  # (was 4,998 px)
        assert box.text().count("•") == SHOWN and "… and 54 more (Show Details…)" in box.text()
        assert all(item in box.detailedText() for item in items)
    finally:
        box.close()


def test_many_files_that_could_not_be_added_are_listed_in_one_notice(window: MainWindow, qtbot: object,
                                                                     tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    broken = []
    for i in range(9):
        path = tmp_path / f"broken-{i}.pdf"
        path.write_bytes(b"%PDF-1.7 not a real file")
        broken.append(str(path))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (broken, ""))
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):  # type: ignore[attr-defined]
        menu_action(window, "&File", "Add files").trigger()
    [notice] = [b for b in window.findChildren(QMessageBox) if b.objectName() == "add-errors" and b.isVisible()]
    assert notice.text().startswith("Some files could not be added:") and "… and 3 more" in notice.text()
    assert all(Path(p).name in notice.detailedText() for p in broken)
    assert window.statusBar().currentMessage() == "Added 0 new documents; 9 could not be added."
