"""The exercise window's Export report… adds the chosen format's ending to a name typed without one, as the app's
other save dialogs do: a trainer who typed "Gruppe A" with "Markdown (*.md)" chosen got the warning "Gruppe A: a
report is .md, .html or .json." and no report."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from reader.ui.mainwindow import MainWindow
from tests.ui.test_workshop import _bundles


@pytest.mark.parametrize("chosen, ending", [("Markdown (*.md)", ".md"), ("JSON (*.json)", ".json"),
                                            ("HTML (*.html)", ".html")])
def test_a_name_typed_without_an_ending_gets_the_chosen_format_s(window: MainWindow, qtbot: QtBot, tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch, chosen: str,
                                                                 ending: str) -> None:
    key_path, trainees = _bundles(tmp_path, with_text=True)
    cw = window.workshop.show_comparison(key_path, trainees)
    assert cw is not None
    typed = str(tmp_path / "Gruppe A")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (typed, chosen))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    button = next(b for b in cw.findChildren(QPushButton) if b.text() == "Export report…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert warned == []
    written = tmp_path / f"Gruppe A{ending}"
    assert written.exists() and "Ana" in written.read_text(encoding="utf-8")
