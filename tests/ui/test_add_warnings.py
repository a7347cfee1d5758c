"""The window says how an added file was read when the reader should know it (a code page guessed, bytes
shown as "�", an EPUB's chapters missing and skipped): the first warning in the status bar, all of them in a
notice when there are several. Before, the loaders' warnings never reached the window."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reader.ui.mainwindow import MainWindow
from tests.document.test_epub_missing_chapters import _book
from tests.ui.test_menus import menu_action

LATIN = "Le président a déclaré que la coopération était « très claire » à Genève.\n" * 5
CP1252 = "latin.txt: “latin.txt” is not UTF-8; it was read as Windows-1252 (Western European)."
SKIPPED = ("broken.epub: 1 chapter(s) listed in the book are not in the file and were skipped: “gone.xhtml”.")


def _add_from_the_menu(window: MainWindow, qtbot: object, monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(p) for p in paths], ""))
    with qtbot.waitSignal(window.filesAdded, timeout=60_000):  # type: ignore[attr-defined]
        menu_action(window, "&File", "Add files").trigger()


def _notices(window: MainWindow) -> list[QMessageBox]:
    return [b for b in window.findChildren(QMessageBox) if b.objectName() == "add-warnings" and b.isVisible()]


def test_adding_a_file_read_in_another_code_page_says_so(window: MainWindow, qtbot: object, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN.encode("cp1252"))
    _add_from_the_menu(window, qtbot, monkeypatch, latin)
    assert window.statusBar().currentMessage() == f"Added 1 new document. Warning: {CP1252}"
    assert not _notices(window)
    window.grab().save("/tmp/wire_2a.png")


def test_several_warnings_are_listed_in_a_notice(window: MainWindow, qtbot: object, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN.encode("cp1252"))
    book = _book(tmp_path / "broken.epub", ["c1.xhtml", "gone.xhtml"], {"c1.xhtml": "Chapter one text, Anna Berg."})
    clean = tmp_path / "clean.txt"
    clean.write_text(LATIN.replace("Genève", "Lausanne"), encoding="utf-8")
    _add_from_the_menu(window, qtbot, monkeypatch, latin, clean, book)
    assert window.statusBar().currentMessage() == f"Added 3 new documents. Warning: {CP1252} (and 1 more, listed)"
    [notice] = _notices(window)
    assert notice.text() == f"Some files were read with warnings:\n\n• {CP1252}\n• {SKIPPED}"
    notice.grab().save("/tmp/wire_2b.png")


def test_a_file_opened_with_the_app_says_how_it_was_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`dossier FILE` (and "Open with" from the file manager) adds the file and opens it: the same warning."""
    from reader.ui.app import start_app
    from reader.ui.library_control import LibraryController

    monkeypatch.setenv("DOSSIER_IN_PROCESS", "1")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    said: list[tuple[str, list[str]]] = []
    real = LibraryController.show_add_warnings

    def record(self: LibraryController, summary: str, warnings: list[str]) -> None:
        said.append((summary, warnings))
        real(self, summary, warnings)

    monkeypatch.setattr(LibraryController, "show_add_warnings", record)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(LATIN.encode("cp1252"))
    assert start_app(["--library", str(tmp_path / "lib"), "--screenshot", str(tmp_path / "shot.png"), str(latin)]) == 0
    assert said == [("Added 1 new document.", [CP1252])]
