"""The trainer's name the Workshop dialog remembers is cleaned as the annotator's is: a right-to-left override
kept there came back on every later pack's cover (an outside tester, stop 56)."""
from __future__ import annotations

from pathlib import Path

from reader.ui.settings import Settings


def test_the_remembered_trainer_is_cleaned(tmp_path: Path) -> None:
    settings = Settings(tmp_path / "settings.ini")
    settings.trainer = "  Ana\u202e evil\x07 "
    assert settings.trainer == "Ana evil"
