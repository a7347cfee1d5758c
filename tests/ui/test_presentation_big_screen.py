"""Presentation mode on a 2560×1440 screen (break28 MEDIUM): the first step is centred on the screen it is
shown on (it was centred at the window's size before it went full screen: off screen), and a long note
never eats the presentation (the caption is at most a quarter of the height, the note cut with "…", the
whole note in the tooltip). Run in a child process whose offscreen platform has that one screen; the
picture is saved and was looked at."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
import json, sys
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from annotations.anchoring import make_target
from annotations.model import Annotation, Kind
from annotations.workshop.deck import Deck
from reader.ui.presentation import PresentationWindow

text = open("resources/samples/harbour_council.txt", encoding="utf-8").read()
NOTE = "Ask what he published before: " + "the retreat plan, its costs and who would pay. " * 300

def person(i, quote, note=""):
    s = text.index(quote)
    return Annotation(id=i, document_id="d", kind=Kind.ENTITY, label="PERSON", entity_id="e" + i, note=note,
                      target=make_target(text, s, s + len(quote)))

deck = Deck([person("1", "Claire Dubois"), person("2", "Professor Anil Mehta", NOTE)], {"e2": "Anil Mehta"}, notes=True)
window = PresentationWindow(text.split(chr(10))[0], text, deck, {"PERSON": "#E69F00"})
window.show_on(app.primaryScreen())
for _ in range(5):
    app.processEvents()

def where(window):
    view = window.view
    start = text.index("Claire Dubois") if window.deck.current.id == "1" else text.index("Professor Anil Mehta")
    rects = view.range_rects(start, start + 5)
    top = min(r.top() for r in rects)
    return {"mark_y": top, "viewport_h": view.viewport().height(), "caption_h": window.caption.height(),
            "window_h": window.height(), "caption": window.caption_text(), "tooltip": window.caption.toolTip()}

first = where(window)
window.grab().save(sys.argv[1])
QTest.keyClick(window, Qt.Key.Key_Right)
app.processEvents()
second = where(window)
window.grab().save(sys.argv[2])
print(json.dumps({"first": first, "second": second, "note": NOTE}))
"""


def test_step_one_is_centred_and_a_long_note_is_cut_on_a_2560_by_1440_screen(tmp_path: Path) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "big", "x": 0, "y": 0, "width": 2560, "height": 1440,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    shots = [tmp_path / "step1.png", tmp_path / "step2.png"]
    done = subprocess.run([sys.executable, "-c", SCRIPT, *map(str, shots)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout.splitlines()[-1])
    first, second = got["first"], got["second"]
    for step in (first, second):  # the current mark in the middle third of the text
        assert step["viewport_h"] / 3 <= step["mark_y"] <= step["viewport_h"] * 2 / 3, step
    assert first["window_h"] == 1440
    assert second["caption_h"] <= 1440 // 4 and second["viewport_h"] > 1440 // 2
    assert second["caption"].endswith("…") and len(second["caption"]) < len(got["note"]) // 4
    assert second["tooltip"] == got["note"]
    assert all(shot.stat().st_size > 10_000 for shot in shots)
