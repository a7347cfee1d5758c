"""`main.py --library DIR --annotator NAME COMMAND` runs the command (break28 LOW): the launcher looked for
the command among the first two words only, so this order started the desktop app on the folder."""
from __future__ import annotations

from pathlib import Path

import pytest

import reader.ui.app
from reader.launch import run
from tests.core.workshop.workflow import ARTICLE


@pytest.fixture
def no_app(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    started: list[list[str]] = []
    monkeypatch.setattr(reader.ui.app, "start_app", lambda argv: started.append(argv) or 0)
    return started


@pytest.mark.parametrize("before", [
    ["--library", "{lib}", "--annotator", "Ines Varga"],
    ["--annotator", "Ines Varga", "--library", "{lib}"],
    ["--library={lib}", "--annotator", "Ines Varga"],
])
def test_global_options_in_any_order_run_the_command(before: list[str], tmp_path: Path, no_app: list[list[str]],
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    lib = str(tmp_path / "lib")
    argv = [w.format(lib=lib) for w in before]
    assert run([*argv, "add", str(ARTICLE)]) == 0
    assert run([*argv, "list"]) == 0
    assert no_app == [] and "Harbour council" in capsys.readouterr().out


def test_without_a_command_the_app_still_starts(tmp_path: Path, no_app: list[list[str]]) -> None:
    assert run(["--library", str(tmp_path), "--size", "800x600", str(ARTICLE)]) == 0
    assert run(["--library", str(tmp_path / "list")]) == 0  # a folder named like a command is the folder
    assert len(no_app) == 2
