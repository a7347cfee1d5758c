"""Presentation mode fits the chosen screen whatever the title: a very long title is elided (full text in the
tooltip), the text column, caption and step counter stay on screen. Checked on a 1366×768 screen (the
offscreen platform configured with that one screen, in a child process) and on this process's screen."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotations.anchoring import make_target
from annotations.model import Annotation, ClaimFields, Kind
from annotations.workshop.deck import Deck
from reader.ui.presentation import PresentationWindow

ROOT = Path(__file__).resolve().parents[2]
TITLE = ("Ukraine's President Volodymyr Zelenskyy says the power grid of Kyiv and the surrounding region will be "
         "rebuilt before winter with help from European partners, after a night of Russian drone strikes that "
         "left hundreds of thousands without electricity, heating or running water")
TEXT = ("Zelenskyy said on Monday that the grid would be rebuilt before winter.\n\n"
        "“We will rebuild everything that was destroyed,” he told reporters in Kyiv, standing next to the "
        "French president and the head of the national grid operator, who promised new transformers.\n\n") * 6


def presentation() -> PresentationWindow:
    quote = "We will rebuild everything that was destroyed"
    start = TEXT.index(quote)
    claim = Annotation(id="c1", document_id="d", kind=Kind.CLAIM, target=make_target(TEXT, start, start + len(quote)),
                       claim=ClaimFields(speaker_id="p1"), note="Compare with the ministry's own timetable " * 4)
    person = Annotation(id="p", document_id="d", kind=Kind.ENTITY, label="PERSON", entity_id="p1",
                        target=make_target(TEXT, 0, len("Zelenskyy")))
    deck = Deck([person, claim], {"p1": "Volodymyr Zelenskyy"}, notes=True)
    return PresentationWindow(TITLE, TEXT, deck, {"PERSON": "#E69F00", "claim": "#CC79A7"})


def check_fits(window: PresentationWindow, width: int, height: int) -> None:
    assert window.width() <= width and window.height() <= height
    assert window.minimumSizeHint().width() <= width
    for part in (window.title, window.view, window.caption, window.counter):
        rect = part.geometry()
        top_left = part.mapTo(window, rect.topLeft() - part.pos())
        assert top_left.x() >= 0 and top_left.x() + rect.width() <= window.width(), part
        assert top_left.y() + rect.height() <= window.height(), part
    assert window.view.width() > width // 2
    assert window.title.text().endswith("…") and window.title.toolTip() == TITLE


def test_a_long_title_is_elided_on_this_screen(qtbot: QtBot) -> None:
    window = presentation()
    qtbot.addWidget(window)
    window.show_on(None)
    qtbot.waitExposed(window)
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.view.width() > screen.width() // 2)  # laid out at the screen's size
    check_fits(window, screen.width(), screen.height())
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert "Volodymyr Zelenskyy" in window.caption_text()
    check_fits(window, screen.width(), screen.height())
    qtbot.mouseClick(window.view.viewport(), Qt.MouseButton.LeftButton)  # a click on the text
    assert window.view.hasFocus() is False  # leaves the clicker's keys with the presentation


SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from tests.ui.test_presentation_fit import presentation, check_fits
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
window = presentation()
window.show_on(app.primaryScreen())
for _ in range(5):
    app.processEvents()
QTest.keyClick(window, Qt.Key.Key_Right)
app.processEvents()
check_fits(window, 1366, 768)
window.grab().save(sys.argv[1])
print(window.width(), window.height())
"""


def test_a_long_title_fits_a_1366_by_768_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    png = tmp_path / "presentation-1366x768.png"
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(png)], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1366", "768"]
    assert png.stat().st_size > 10_000


def test_a_title_of_many_lines_is_one_line(qtbot: QtBot) -> None:
    """A bundle's title may hold line breaks (the CLI's `properties` tidies them; a hand-made bundle need
    not): 40 of them made the title 1,373 px tall and left the article 68 px (break28w MEDIUM 7)."""
    quote = "We will rebuild everything that was destroyed"
    start = TEXT.index(quote)
    claim = Annotation(id="c1", document_id="d", kind=Kind.CLAIM, target=make_target(TEXT, start, start + len(quote)))
    window = PresentationWindow("SEE ANSWERS" + "\n" * 40 + "Grid", TEXT, Deck([claim], {}), {"claim": "#CC79A7"})
    qtbot.addWidget(window)
    window.show_on(None)
    qtbot.waitExposed(window)
    screen = window.screen().geometry()
    qtbot.waitUntil(lambda: window.view.width() > screen.width() // 2)
    assert window.title.height() < 100 and window.view.height() > screen.height() // 2
    assert window.title.toolTip() == "SEE ANSWERS Grid"
